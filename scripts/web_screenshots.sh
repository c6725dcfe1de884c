#!/usr/bin/env bash
# Makes docs/img/web-overview-375.png and docs/img/web-card-375.png from the current
# build: the jongere deck's web pages in headless Chromium at 375 px (docs/publishing.md).
#   usage: bash scripts/web_screenshots.sh [STERK_BINARY] [CARD_ID]   (default build/sterk, J-werk-01)
# Needs Debian's chromium and node (STERK_TEST_DEPS=1 make deps); installs the npm
# packages of tests/a11y on first use. Look at the two pictures before committing them.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
sterk=$(readlink -f "${1:-$repo/build/sterk}")
card=${2:-J-werk-01}
chromium="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$chromium" ] && command -v node > /dev/null || { echo "web_screenshots: needs chromium and node (STERK_TEST_DEPS=1 make deps)" >&2; exit 2; }
[ -f "$repo/tests/a11y/node_modules/playwright-core/package.json" ] || (cd "$repo/tests/a11y" && npm ci --no-audit --no-fund --silent)
work=$(mktemp -d /tmp/sterk-shots-XXXXXX)
trap 'rm -rf "$work"' EXIT
"$sterk" build -C "$repo" --deck jongeren --output html --out "$work/out" > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
cd "$repo/tests/a11y"
node screenshots.mjs "$chromium" "$work/out/jongeren" "$card" "$repo/docs/img"
