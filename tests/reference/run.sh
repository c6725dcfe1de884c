#!/usr/bin/env bash
# Reference images: builds the small project in tests/reference/project (its own
# template, so design changes to the shipped templates do not move these), rasterises
# what a person would look at and compares it with tests/reference/<name>.png.
#
#   bash tests/reference/run.sh [--rebase] BUILD_DIR [GROUP…]
#
# GROUP: print (the print-shop PDF, card 1 front and back), sheets (office sheets, A4,
# long and short edge, front and back page, with a back offset of 2,1 mm), png (sterk's
# own PNGs and the overview), web (index.html in Chromium at 375 px wide), figures (the
# analysis figures of tests/r/studies/twaalf). Default: all.
# Tolerance: a pixel differs when a colour channel is off by more than 48/255; at most
# 0.5 % of the pixels may differ (tests/tools/image_diff.cc). On a mismatch the image
# sterk made and a difference image (red = differs) are left in BUILD_DIR/reference/.
# --rebase (make rebase) copies the new images over the references instead: look at
# them before committing.
set -euo pipefail
rebase=0
if [ "${1:-}" = "--rebase" ]; then rebase=1; shift; fi
build=$(cd "${1:?usage: run.sh [--rebase] BUILD_DIR [GROUP…]}" && pwd)
shift
groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(print sheets png web figures)
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
sterk="$build/sterk"
diff_tool="$build/sterk_image_diff"
keep="$build/reference"
mkdir -p "$keep"
work=$(mktemp -d /tmp/sterk-reference-XXXXXX)
trap 'rm -rf "$work"' EXIT

# The project with the repository's fonts and pictograms, nothing else of templates/.
project="$work/project"
cp -r "$here/project" "$project"
cp -r "$repo/fonts" "$project/"
cp -r "$repo/templates/pictograms" "$project/templates/"

status=0
# compare NAME FILE: FILE is what sterk made now; tests/reference/NAME.png what it should look like.
compare() {
  local name=$1 got=$2 want="$here/$1.png"
  if [ $rebase = 1 ]; then
    cp "$got" "$want"
    echo "rebased tests/reference/$name.png ($(stat -c %s "$want") bytes)"
    return
  fi
  cp "$got" "$keep/$name.png"
  if "$diff_tool" "$keep/$name.png" "$want" "$keep/$name-diff.png" 48 0.5; then
    rm -f "$keep/$name.png" "$keep/$name-diff.png"
  else
    echo "  now: $keep/$name.png   reference: $want"
    status=1
  fi
}
# page PDF N DPI OUT: one page of a PDF as a PNG.
page() { pdftoppm -r "$3" -f "$2" -l "$2" -singlefile -png "$1" "${4%.png}"; }
run_sterk() { (cd "$project" && "$sterk" "$@") >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }; }

for group in "${groups[@]}"; do
  case "$group" in
    print)
      run_sterk build --output print
      page "$project/out/proef/proef-print.pdf" 1 25 "$work/front.png"
      page "$project/out/proef/proef-print.pdf" 2 25 "$work/back.png"
      compare print-front "$work/front.png"
      compare print-back "$work/back.png" ;;
    sheets)
      for duplex in long short; do
        run_sterk build --output sheets --duplex "$duplex-edge" --back-offset 2,1
        page "$project/out/proef/proef-sheets-a4.pdf" 1 20 "$work/front.png"
        page "$project/out/proef/proef-sheets-a4.pdf" 2 20 "$work/back.png"
        compare "sheets-$duplex-front" "$work/front.png"
        compare "sheets-$duplex-back" "$work/back.png"
      done ;;
    png)
      run_sterk build --output png
      compare png-front "$project/out/proef/png/P-1-front.png"
      compare png-back "$project/out/proef/png/P-1-back.png"
      compare png-overview "$project/out/proef/png/overview.png" ;;
    web)
      run_sterk build --output html
      chromium=$(command -v chromium || command -v chromium-browser)
      # 375 px: a phone. --no-sandbox because CI runs as root.
      "$chromium" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size=375,1000 --screenshot="$work/web.png" "file://$project/out/proef/index.html" \
        >"$work/chromium.log" 2>&1 || { cat "$work/chromium.log"; exit 1; }
      compare web-375 "$work/web.png" ;;
    figures)
      cp -r "$repo/tests/r/studies/twaalf" "$project/study"
      run_sterk analyze --figures figures
      for f in cluster-map go-zone dendrogram; do
        page "$project/figures/$f.pdf" 1 20 "$work/$f.png"
        compare "figure-$f" "$work/$f.png"
      done ;;
    *) echo "run.sh: unknown group '$group'" >&2; exit 2 ;;
  esac
done
exit $status
