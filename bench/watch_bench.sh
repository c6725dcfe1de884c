#!/usr/bin/env bash
# `make bench` part: `sterk watch` on a generated 40-card deck. One card's text is
# changed; the row is the time from saving the file to the new PNG of that card in
# out/preview/ (target: under 0.5 s), the median of 5 edits. Peak memory is not
# measured here (the watcher keeps running between edits).
# Run by bench/run.sh, or alone: bash bench/watch_bench.sh
set -euo pipefail
REPO=${REPO:-$(cd "$(dirname "$0")/.." && pwd)}
STERK=${STERK:-$REPO/build/sterk}
OWN_WORK=""
if [ -z "${WORK:-}" ]; then WORK=$(mktemp -d /tmp/sterk-wbench-XXXXXX); OWN_WORK=$WORK; fi
p=$WORK/watch-40
python3 "$REPO/bench/gen_deck.py" 40 "$p"
ln -s "$REPO/fonts" "$p/fonts"
ln -s "$REPO/templates" "$p/templates"
log=$WORK/watch.log
"$STERK" watch -C "$p" > "$log" 2>&1 &
watcher=$!
trap 'kill $watcher 2>/dev/null || true; wait $watcher 2>/dev/null || true; [ -n "$OWN_WORK" ] && rm -rf "$OWN_WORK"' EXIT

# Waits until the log has more than $1 "preview: drew" lines (30 s at most).
wait_for_preview() {
  local k
  for ((k = 0; k < 3000; k++)); do
    [ "$(grep -c '^preview: drew' "$log" || true)" -gt "$1" ] && return 0
    sleep 0.01
  done
  echo "watch: no preview after 30 s" >&2
  tail -5 "$log" >&2
  return 1
}
wait_for_preview 0 || { printf "%-44s   failed\n" "watch: one card changed (40 cards)"; exit 0; }

png=$(find "$p/out/preview" -name 'B-0007*front*.png' | head -1)
[ -n "$png" ] || png=$(find "$p/out/preview" -name 'B-0007*.png' | head -1)
times=()
for k in 1 2 3 4 5; do
  seen=$(grep -c '^preview: drew' "$log" || true)
  before=$(stat -c %y "$png")
  # Saved the way an editor does: a new file renamed over the old one.
  python3 - "$p/cards/bench.yaml" "$k" <<'PY'
import os, sys
path, k = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
marker = "  - id: B-0007\n"
at = text.index(marker)
line_start = text.index("    text: ", at)
line_end = text.index("\n", line_start)
text = text[:line_start] + "    text: Dit is versie " + k + " van deze kaart. Zeg wat je nodig hebt." + text[line_end:]
open(path + ".new", "w", encoding="utf-8").write(text)
os.replace(path + ".new", path)
PY
  start=$(date +%s.%N)
  wait_for_preview "$seen" || break
  # The PNG is written before the log line; check that it is new.
  [ "$(stat -c %y "$png")" != "$before" ] || { echo "watch: $png did not change" >&2; break; }
  end=$(date +%s.%N)
  times+=("$(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.3f", b - a}')")
done
if [ ${#times[@]} -lt 5 ]; then
  printf "%-44s   failed\n" "watch: one card changed (40 cards)"
  exit 0
fi
median=$(printf "%s\n" "${times[@]}" | sort -n | sed -n 3p)
printf "%-44s %8.2f s %13s %9s  (median of 5; save -> new PNG)\n" "watch: one card changed (40 cards)" "$median" "-" ""
