#!/usr/bin/env bash
# The web deck in headless Chromium (tests/a11y/web_check.mjs): builds a small easy-read
# test deck and the repository's decks as html, then checks axe-core, fonts, sideways
# scrolling, easy-read line breaks, a keyboard walk and "Lees voor".
#   usage: bash tests/a11y/run_web.sh STERK_BINARY
# Exit 0: all good; 1: problems (printed); 2: could not run; 77: skipped because
# chromium, node or the npm packages are missing (with CI=true that is a failure).
set -euo pipefail
STERK=$(readlink -f "$1")
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
skip() {
  echo "web: skipped: $*" >&2
  if [ "${CI:-}" = true ]; then echo "web: CI=true, so a skip is a failure" >&2; exit 1; fi
  exit 77
}
chromium="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$chromium" ] && command -v node > /dev/null || skip "chromium or node is not installed (STERK_A11Y=1 make deps)"
if [ ! -f "$here/node_modules/axe-core/axe.min.js" ] || [ ! -f "$here/node_modules/playwright-core/package.json" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent) || skip "npm could not install axe-core and playwright-core"
fi
work=$(mktemp -d /tmp/sterk-web-XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$here/deck/." "$work/"
cp -r "$repo/fonts" "$repo/templates" "$work/"
"$STERK" build -C "$work" --output html,png > "$work/build.log" 2>&1 || { cat "$work/build.log"; echo "web: the test deck did not build" >&2; exit 1; }
"$STERK" build -C "$repo" --output html --out "$work/repo-out" > "$work/repo.log" 2>&1 || { cat "$work/repo.log"; echo "web: the repository's decks did not build" >&2; exit 1; }
# Every page of the test deck and of the repository's decks at 320, 768 and 1280 px.
others=()
for d in "$work"/repo-out/*/; do [ -f "$d/index.html" ] && others+=("${d%/}"); done  # decks only: modules/ and sets/ have no web page
cd "$here"
exec node "$here/web_check.mjs" "$chromium" "$work/out/web-test" "${others[@]}"
