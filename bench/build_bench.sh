#!/usr/bin/env bash
# Build of 100, 1000 and 10 000 generated cards (print PDF only), next to the bare
# Cairo+Pango+librsvg program (bench/bare_cairo.cc) drawing the same cards with the
# pictograms cached as sterk does (the fair floor). Targets (docs/performance.md):
# 1000 cards <= 1.5x bare, 10 000 cards <= 1.3x, peak memory at 10 000 <= 1.3x that at 100.
# BENCH_SIZES="100 1000" leaves out the long row.
set -euo pipefail
REPO=${REPO:-$(cd "$(dirname "$0")/.." && pwd)}
BUILD=${BUILD:-build}
STERK=${STERK:-$REPO/$BUILD/sterk}
if [ -z "${WORK:-}" ]; then  # run alone: bash bench/build_bench.sh
  WORK=$(mktemp -d /tmp/sterk-bench-XXXXXX)
  trap 'rm -rf "$WORK"' EXIT
fi
if ! declare -F measure >/dev/null; then
  : > "$WORK/rows.tsv"
  source "$REPO/bench/measure.sh"
fi
BARE=$REPO/$BUILD/bench_bare_cairo
for n in ${BENCH_SIZES:-100 1000 10000}; do
  runs=3
  [ "$n" -ge 10000 ] && runs="${BENCH_LONG_RUNS:-1}"  # about 15 s a run on an idle machine
  p=$WORK/build-$n
  python3 "$REPO/bench/gen_deck.py" "$n" "$p"
  ln -s "$REPO/fonts" "$p/fonts"
  ln -s "$REPO/templates" "$p/templates"
  # The bare program first, so the sterk row can show its ratio to it.
  measure --runs "$runs" "build $n cards (bare Cairo+Pango)" "$BARE" "$p/cards.tsv" "$REPO/fonts" "$REPO/templates/pictograms" "$p/bare.pdf"
  measure --runs "$runs" --vs "build $n cards (bare Cairo+Pango)" "build $n cards (sterk build --output print)" \
    "$STERK" build -C "$p" --output print --jobs 1
done
# Peak memory of the largest sterk build over the smallest (target: at most 1.3).
awk -F'\t' '/^build [0-9]+ cards \(sterk/ {n = $1; sub(/^build /, "", n); sub(/ cards.*/, "", n); m[n + 0] = $3}
  END {lo = -1; hi = -1; for (k in m) { if (lo < 0 || k + 0 < lo) lo = k + 0; if (k + 0 > hi) hi = k + 0 }
       if (lo > 0 && hi > lo) printf "%-44s %22.2fx\n", "build peak memory " hi " / " lo " cards", m[hi] / m[lo]}' \
  "$WORK/rows.tsv"
