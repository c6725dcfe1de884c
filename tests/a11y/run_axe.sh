#!/usr/bin/env bash
# Checks web pages with axe-core in headless Chromium: bash tests/a11y/run_axe.sh out/*/index.html
# Needs Debian's chromium and node; installs axe-core here (npm ci) on first use.
# `--available` only checks that it can run. Exit 0: no violations; 1: violations (printed); 2: could not run; 77: skipped.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
chromium="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$chromium" ] || ! command -v node >/dev/null; then
  echo "a11y: skipped: chromium or node is not installed (apt-get install chromium nodejs)" >&2
  exit 77
fi
if [ ! -f "$here/node_modules/axe-core/axe.min.js" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent) || { echo "a11y: skipped: npm could not install axe-core" >&2; exit 77; }
fi
if [ "${1:-}" = "--available" ]; then exit 0; fi
exec node --experimental-websocket "$here/axe_check.mjs" "$chromium" "$@"
