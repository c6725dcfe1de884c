#!/usr/bin/env bash
# One study of tests/r/studies: sterk analyzes it, then R recomputes every value from
# the raw files and the written map (tests/r/check_analysis.R).
#   usage: bash tests/r/run.sh STERK_BINARY tests/r/studies/NAME
set -euo pipefail
sterk=$(readlink -f "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/sterk-r-XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$2" "$work/study"
(cd "$work" && "$sterk" analyze --study study >"$work/analyze.log" 2>&1) || { cat "$work/analyze.log"; exit 1; }
Rscript "$here/check_analysis.R" "$work/study"
