#!/usr/bin/env bash
# `make bench` part: `sterk check` on the shipped decks (target: under 0.3 s wall
# on an idle machine). Run by bench/run.sh (which defines `measure`), or alone:
# bash bench/check_bench.sh
set -euo pipefail
REPO=${REPO:-$(cd "$(dirname "$0")/.." && pwd)}
STERK=${STERK:-$REPO/build/sterk}
WORK=${WORK:-/tmp}
if ! declare -F measure >/dev/null; then
  measure() {
    local name=$1; shift
    /usr/bin/time -o "$WORK/check-time.txt" -f "%e %M" "$@" >/dev/null 2>&1 || { echo "$name failed"; return 0; }
    local t; t=$(tail -1 "$WORK/check-time.txt")
    printf "%-44s %8s s %9s MiB\n" "$name" "${t%% *}" "$(awk -v k="${t##* }" 'BEGIN{printf "%.1f", k/1024}')"
  }
fi
cards=$(cat "$REPO"/cards/*.yaml | grep -c "^  - id:" || true)
"$STERK" check -C "$REPO" >/dev/null 2>&1 || true  # warm the page cache and fontconfig
measure "check: shipped decks ($cards cards)" "$STERK" check -C "$REPO"
