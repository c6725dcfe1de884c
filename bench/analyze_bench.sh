#!/usr/bin/env bash
# `make bench` part: times `sterk analyze` on generated studies of 100, 300 and 1000
# statements with 40 sorters (wall time and peak memory via /usr/bin/time -f).
# Run by bench/run.sh (which defines `measure`), or alone: bash bench/analyze_bench.sh
set -euo pipefail
REPO=${REPO:-$(cd "$(dirname "$0")/.." && pwd)}
STERK=${STERK:-$REPO/build/sterk}
OWN_WORK=""
if [ -z "${WORK:-}" ]; then WORK=$(mktemp -d /tmp/sterk-abench-XXXXXX); OWN_WORK=$WORK; fi
trap '[ -n "$OWN_WORK" ] && rm -rf "$OWN_WORK"' EXIT
if ! declare -F measure >/dev/null; then
  : > "$WORK/rows.tsv"
  source "$REPO/bench/measure.sh"
fi
for n in 100 300 1000; do
  dir=$WORK/analyze-$n
  python3 "$REPO/bench/gen_study.py" "$dir" --statements "$n" --sorters 40 --clusters 10 --seed 7
  measure --runs 3 "analyze: $n statements x 40 sorters" "$STERK" analyze -q --study "$dir"
done
