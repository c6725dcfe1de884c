#!/usr/bin/env bash
# `make bench` part: `sterk check` on the shipped decks (target: under 0.3 s wall
# on an idle machine). Run by bench/run.sh (which defines `measure`), or alone:
# bash bench/check_bench.sh
set -euo pipefail
REPO=${REPO:-$(cd "$(dirname "$0")/.." && pwd)}
STERK=${STERK:-$REPO/build/sterk}
WORK=${WORK:-/tmp}
if ! declare -F measure >/dev/null; then
  : > "$WORK/rows.tsv"
  source "$REPO/bench/measure.sh"
fi
cards=$(cat "$REPO"/cards/*.yaml | grep -c "^  - id:" || true)
"$STERK" check -C "$REPO" >/dev/null 2>&1 || true  # warm the page cache and fontconfig
measure --runs 5 "check: shipped decks ($cards cards)" "$STERK" check -C "$REPO"
