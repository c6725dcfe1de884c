#!/usr/bin/env bash
# `make bench` part: times `sterk analyze` on generated studies of 100, 300, 1000 and
# 2000 statements with 40 sorters (wall time and peak memory via /usr/bin/time -f).
# Target (issue 13): 2000 statements under 60 s on the 2-core build machine.
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
for n in 100 300 1000 2000; do
  dir=$WORK/analyze-$n
  python3 "$REPO/bench/gen_study.py" "$dir" --statements "$n" --sorters 40 --clusters 10 --seed 7
  runs=3
  [ "$n" -ge 2000 ] && runs=1  # one run is enough to see the 60 s target, and keeps make bench short
  measure --runs "$runs" "analyze: $n statements x 40 sorters" "$STERK" analyze -q --study "$dir"
done
