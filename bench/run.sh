#!/usr/bin/env bash
# `make bench`: every benchmark, as one table of wall time and peak memory.
# usage: bench/run.sh BUILD_DIR
set -euo pipefail
BUILD=${1:-build}
REPO=$(cd "$(dirname "$0")/.." && pwd)
STERK=$REPO/$BUILD/sterk
export STERK REPO BUILD
WORK=$(mktemp -d /tmp/sterk-bench-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export WORK

# measure NAME COMMAND...: prints a table row; the command's own output goes to a log.
measure() {
  local name=$1; shift
  local t
  if ! /usr/bin/time -o "$WORK/time.txt" -f "%e %M" "$@" > "$WORK/last.log" 2>&1; then
    printf "%-44s   failed: %s\n" "$name" "$(tail -1 "$WORK/last.log")"
    return 0
  fi
  t=$(tail -1 "$WORK/time.txt")
  printf "%-44s %8s s %9s MiB\n" "$name" "$(echo "$t" | cut -d' ' -f1)" \
    "$(awk -v k="$(echo "$t" | cut -d' ' -f2)" 'BEGIN{printf "%.1f", k/1024}')"
}
export -f measure

printf "%-44s %10s %13s\n" "benchmark" "wall" "peak memory"
for b in "$REPO"/bench/*_bench.sh; do
  bash "$b"
done
