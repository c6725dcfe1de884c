#!/usr/bin/env bash
# `make bench`: every benchmark, as one table of wall time and peak memory
# (docs/performance.md keeps the latest table and says how to read it).
# usage: bench/run.sh BUILD_DIR
#
# Each bench/*_bench.sh calls `measure [--vs BASE] NAME COMMAND...`, which runs the
# command once under /usr/bin/time and prints one row. With --vs, the row also gets
# the wall-time ratio to the row named BASE, measured earlier (the builds compare
# sterk with the bare Cairo+Pango program drawing the same cards).
# The table is also written to BUILD_DIR/bench.txt.
set -euo pipefail
BUILD=${1:-build}
REPO=$(cd "$(dirname "$0")/.." && pwd)
STERK=$REPO/$BUILD/sterk
export STERK REPO BUILD
WORK=$(mktemp -d /tmp/sterk-bench-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export WORK
: > "$WORK/rows.tsv"

# measure [--vs BASE] NAME COMMAND...: prints a table row; the command's own output goes to a log.
measure() {
  local base=""
  if [ "$1" = "--vs" ]; then base=$2; shift 2; fi
  local name=$1; shift
  local t wall mib ratio=""
  if ! /usr/bin/time -o "$WORK/time.txt" -f "%e %M" "$@" > "$WORK/last.log" 2>&1; then
    printf "%-44s   failed: %s\n" "$name" "$(tail -1 "$WORK/last.log")"
    return 0
  fi
  t=$(tail -1 "$WORK/time.txt")
  wall=${t%% *}
  mib=$(awk -v k="${t##* }" 'BEGIN{printf "%.1f", k/1024}')
  printf "%s\t%s\t%s\n" "$name" "$wall" "$mib" >> "$WORK/rows.tsv"
  if [ -n "$base" ]; then
    ratio=$(awk -F'\t' -v b="$base" -v w="$wall" '$1 == b && $2 > 0 {r = sprintf("%.1fx", w / $2)} END {print r}' \
      "$WORK/rows.tsv")
  fi
  printf "%-44s %8s s %9s MiB %9s\n" "$name" "$wall" "$mib" "$ratio"
}
export -f measure

{
  echo "sterk $("$STERK" --version 2>/dev/null | cut -d' ' -f2), $(nproc) cores, $(date -u +%Y-%m-%d)"
  printf "%-44s %10s %13s %9s\n" "benchmark" "wall" "peak memory" "vs bare"
  for b in "$REPO"/bench/*_bench.sh; do
    bash "$b"
  done
} | tee "$REPO/$BUILD/bench.txt"
