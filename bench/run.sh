#!/usr/bin/env bash
# `make bench`: every benchmark, as one table of wall time and peak memory
# (docs/performance.md keeps the latest table and says how to read it).
# usage: bench/run.sh BUILD_DIR
#
# Each bench/*_bench.sh calls `measure [--runs N] [--vs BASE] NAME COMMAND...`
# (bench/measure.sh), which runs the command under /usr/bin/time and prints one row:
# the median wall time of N runs and the largest peak memory. With --vs, the row also
# gets the wall-time ratio to the row named BASE, measured earlier (the builds compare
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

source "$REPO/bench/measure.sh"
export -f measure

{
  echo "sterk $("$STERK" --version 2>/dev/null | cut -d' ' -f2), $(nproc) cores, $(date -u +%Y-%m-%d)"
  printf "%-44s %10s %13s %9s  %s\n" "benchmark" "wall" "peak memory" "cpu" "vs bare (wall, cpu)"
  for b in "$REPO"/bench/*_bench.sh; do
    bash "$b"
  done
} | tee "$REPO/$BUILD/bench.txt"
