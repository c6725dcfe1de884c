#!/usr/bin/env bash
# Build of 40, 160 and 1000 generated cards (print PDF only), next to the bare
# Cairo+Pango program (bench/bare_cairo.cc) drawing the same cards.
set -euo pipefail
BARE=$REPO/$BUILD/bench_bare_cairo
for n in 40 160 1000; do
  p=$WORK/build-$n
  python3 "$REPO/bench/gen_deck.py" "$n" "$p"
  ln -s "$REPO/fonts" "$p/fonts"
  ln -s "$REPO/templates" "$p/templates"
  # The bare program first, so the sterk row can show its ratio to it.
  measure --runs 3 "build $n cards (bare Cairo+Pango)" "$BARE" "$p/cards.tsv" "$REPO/fonts" "$REPO/templates/pictograms" "$p/bare.pdf"
  measure --runs 3 --vs "build $n cards (bare Cairo+Pango)" "build $n cards (sterk build --output print)" \
    "$STERK" build -C "$p" --output print --jobs 1
done
