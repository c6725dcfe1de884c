#!/usr/bin/env bash
# An out/ folder sterk may not write into (SPEC exit 3, docs/robustness.md): `sterk build`
# must stop with exit 3 and a message naming the folder and the reason, and leave out/
# exactly as it was. Root ignores file permissions, so as root the build runs as the
# user 'nobody' (setpriv); without setpriv the test is skipped (ctest SKIP_RETURN_CODE 77).
#   usage: bash tests/readonly_out.sh STERK_BINARY
set -euo pipefail
STERK=$(readlink -f "$1")
REPO=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/sterk-readonly-XXXXXX)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cp -r "$REPO/tests/cases/bad/_base/." "$work/"
cp -r "$REPO/fonts" "$REPO/templates" "$work/"
mkdir -p "$work/out/deck" && echo "an earlier build" > "$work/out/deck/old.txt"
cp "$STERK" "$work/sterk"
chmod -R a+rX "$work" && chmod a+w "$work"
chmod 555 "$work/out" "$work/out/deck"
before=$(cd "$work" && find out -exec stat -c '%n %s %Y' {} + | sort)

run=("$work/sterk" build)
if [ "$(id -u)" = 0 ]; then
  command -v setpriv > /dev/null || { echo "skipped: root without setpriv"; exit 77; }
  run=(setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$work" "$work/sterk" build)
fi
set +e
output=$(cd "$work" && "${run[@]}" 2>&1)
code=$?
set -e
echo "$output"
fail() { echo "FAILED: $*" >&2; exit 1; }
[ "$code" = 3 ] || fail "expected exit 3, got $code"
grep -Eq "^sterk: error: cannot create folder 'out/[^']*': Permission denied \[environment\]" <<< "$output" \
  || fail "expected a message naming the folder and the reason"
after=$(cd "$work" && find out -exec stat -c '%n %s %Y' {} + | sort)
[ "$before" = "$after" ] || fail "out/ changed: $(diff <(echo "$before") <(echo "$after"))"
echo "ok: exit 3, out/ unchanged"
