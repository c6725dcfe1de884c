#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets (tests/fuzz/fuzz_*.cc) with clang,
# AddressSanitizer and UndefinedBehaviorSanitizer into build-fuzz/, then runs each
# for FUZZ_SECONDS (default 60) starting from its seeds in tests/fuzz/corpus/<target>/.
#
# usage: tests/fuzz/run.sh [TARGET...]        (default: every target)
#   FUZZ_SECONDS=600 tests/fuzz/run.sh        the 10-minute runs of the issue
#   FUZZ_JOBS=2                               run two targets at a time
#
# The growing corpus is kept in build-fuzz/corpus/<target>/ (not committed). A crash,
# a hang (> 10 s per input) or a broken invariant stops that target and leaves the
# input in build-fuzz/findings/; the script then exits 1. Turn each finding into a
# regression test: copy it to tests/cases/bad/ or a unit test, and fix the cause.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${FUZZ_BUILD:-$REPO/build-fuzz}
SECS=${FUZZ_SECONDS:-60}
JOBS=${FUZZ_JOBS:-1}
CXX_CLANG=${FUZZ_CXX:-$(command -v clang++ || command -v clang++-14 || true)}
if [ -z "$CXX_CLANG" ]; then
  echo "fuzz: clang++ is needed (apt-get install clang libclang-rt-14-dev)" >&2
  exit 3
fi

if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=()
  for f in "$REPO"/tests/fuzz/fuzz_*.cc; do targets+=("$(basename "$f" .cc)"); done
fi

cmake -S "$REPO" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTERK_FUZZ=ON \
  -DCMAKE_CXX_COMPILER="$CXX_CLANG" > /tmp/sterk-fuzz-configure.log 2>&1 || { cat /tmp/sterk-fuzz-configure.log; exit 3; }
cmake --build "$BUILD" -j "$(nproc 2>/dev/null || echo 2)" --target "${targets[@]}"

mkdir -p "$BUILD/findings" "$BUILD/logs"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$REPO/tests/fuzz/lsan.supp:print_suppressions=0}

dict_for() {
  case $1 in
    fuzz_deck|fuzz_template) echo "-dict=$REPO/tests/fuzz/yaml.dict" ;;
    fuzz_csv|fuzz_study|fuzz_analysis) echo "-dict=$REPO/tests/fuzz/csv.dict" ;;
    fuzz_svg) echo "-dict=$REPO/tests/fuzz/svg.dict" ;;
  esac
}

run_one() {
  local t=$1
  local corpus=$BUILD/corpus/$t seeds=$REPO/tests/fuzz/corpus/$t log=$BUILD/logs/$t.log
  mkdir -p "$corpus" "$seeds"
  # shellcheck disable=SC2046
  "$BUILD/$t" "$corpus" "$seeds" $(dict_for "$t") -max_total_time="$SECS" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$BUILD/findings/$t-" \
    > "$log" 2>&1
}

summary() {
  local t=$1 rc=$2 log=$BUILD/logs/$1.log
  local execs time_s cov
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  time_s=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | awk '{print $5}' || true)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | awk '{print $2}' || true)
  if [ "$rc" = 0 ]; then
    printf "%-16s ok     %10s execs in %4s s, coverage %s edges, corpus %s inputs\n" "$t" "${execs:-?}" \
      "${time_s:-$SECS}" "${cov:-?}" "$(ls "$BUILD/corpus/$t" | wc -l)"
  else
    printf "%-16s FAILED (exit %s) after %s execs; see %s\n" "$t" "$rc" "${execs:-?}" "$log"
    grep -E 'ERROR: |invariant broken|SUMMARY|Test unit written' "$log" | head -5 | sed 's/^/    /'
  fi
}

echo "fuzz: ${#targets[@]} targets, $SECS s each, $JOBS at a time (logs in $BUILD/logs/)"
failed=0
i=0
while [ $i -lt ${#targets[@]} ]; do
  batch=("${targets[@]:$i:$JOBS}")
  pids=()
  for t in "${batch[@]}"; do run_one "$t" & pids+=($!); done
  for k in "${!batch[@]}"; do
    rc=0
    wait "${pids[$k]}" || rc=$?
    summary "${batch[$k]}" "$rc"
    [ "$rc" = 0 ] || failed=1
  done
  i=$((i + JOBS))
done
exit $failed
