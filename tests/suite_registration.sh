#!/usr/bin/env bash
# Every Catch2 test case must be run by ctest. A test name that CMake splits (a ';'),
# or that Catch reads as a pattern, becomes a ctest entry that matches no test case —
# Catch then prints "No test cases matched" and, in Catch2 2.13, still exits 0, so the
# test silently never ran. This check fails when:
#   - a Catch2 test case is run by no ctest entry,
#   - a ctest entry that runs sterk_tests selects no test case (or only part of a name),
#   - the number of Catch2 test cases and of the ctest entries that run them differ.
#   usage: bash tests/suite_registration.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?usage: suite_registration.sh BUILD_DIR}" && pwd)
tests="$build/sterk_tests"
work=$(mktemp -d /tmp/sterk-registration-XXXXXX)
trap 'rm -rf "$work"' EXIT

{ "$tests" --list-test-names-only || true; } | sed '/^$/d' | sort >"$work/catch"
# The argument after sterk_tests in each ctest command: a test name or a tag.
(cd "$build" && ctest --show-only=json-v1) | jq -r '
  .tests[] | .command as $c
  | [range(0; $c | length) | select($c[.] | endswith("/sterk_tests"))] | .[0] as $i
  | select($i != null) | $c[$i + 1]' >"$work/specs"

status=0
: >"$work/covered"
while IFS= read -r spec; do
  if [[ "$spec" != *"["* && "$spec" != *"*"* ]]; then
    # A plain name (commas escaped for Catch2): it selects the test case of exactly
    # that name, if there is one. Checked here instead of starting sterk_tests for each.
    name=${spec//\\,/,}
    if grep -Fxq -- "$name" "$work/catch"; then
      echo "$name" >>"$work/covered"
      continue
    fi
  fi
  { "$tests" "$spec" --list-test-names-only || true; } | sed '/^$/d' >"$work/one"
  if [ ! -s "$work/one" ]; then
    echo "FAILED: the ctest entry '$spec' selects no Catch2 test case (rename the test: no ';' in names)"
    status=1
  fi
  cat "$work/one" >>"$work/covered"
done <"$work/specs"
sort "$work/covered" >"$work/covered.sorted"
missing=$(comm -23 "$work/catch" <(sort -u "$work/covered.sorted"))
if [ -n "$missing" ]; then
  echo "FAILED: these Catch2 test cases are run by no ctest entry:"
  echo "$missing" | sed 's/^/  /'
  status=1
fi
twice=$(uniq -d "$work/covered.sorted")
if [ -n "$twice" ]; then
  echo "FAILED: these Catch2 test cases are run by more than one ctest entry:"
  echo "$twice" | sed 's/^/  /'
  status=1
fi
n_catch=$(wc -l <"$work/catch")
n_run=$(wc -l <"$work/covered.sorted")
echo "$n_catch Catch2 test cases, $(wc -l <"$work/specs") ctest entries run $n_run of them"
[ "$n_catch" = "$n_run" ] || status=1
exit $status
