#!/usr/bin/env bash
# Runs a test that needs a tool or data the machine may not have.
#
#   bash tests/needs.sh NEED[,NEED…] -- COMMAND [ARGS…]
#
# NEED is one of: r (Rscript with MASS and yaml), chromium (Chromium and node, for the web page
# and axe-core), gs (Ghostscript), zbar (zbarimg, reads QR codes back from card PNGs), shared-data (the RCMap data in ../shared/data),
# setpriv (running as another user when the tests run as root).
# When a need is missing the test is skipped: exit 77, which ctest shows as "Not Run"
# (SKIP_RETURN_CODE 77), never as passed. With CI=true a missing need is a failure
# (exit 1): CI installs everything (scripts/deps.sh with STERK_TEST_DEPS=1), so a skip
# there means the machine is not what the tests expect.
set -u
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
needs=${1:?usage: needs.sh NEED[,NEED…] -- COMMAND [ARGS…]}
shift
[ "${1:-}" = "--" ] && shift

missing() {  # $1: what is missing, $2: how to install it
  if [ "${CI:-}" = true ]; then
    echo "FAILED: $1 is missing and CI=true, so this test may not skip ($2)" >&2
    exit 1
  fi
  echo "SKIPPED: $1 is missing ($2); ctest counts this test as not run" >&2
  exit 77
}

IFS=, read -r -a list <<<"$needs"
for need in "${list[@]}"; do
  case "$need" in
    r)
      command -v Rscript >/dev/null 2>&1 || missing "Rscript" "apt-get install r-base-core r-cran-mass"
      Rscript -e 'suppressMessages(library(MASS))' >/dev/null 2>&1 || missing "R's MASS package" "apt-get install r-cran-mass"
      Rscript -e 'suppressMessages(library(yaml))' >/dev/null 2>&1 || missing "R's yaml package" "apt-get install r-cran-yaml" ;;
    chromium)
      command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 ||
        missing "Chromium" "apt-get install chromium"
      command -v node >/dev/null 2>&1 || missing "node" "apt-get install nodejs npm" ;;
    zbar)
      command -v zbarimg >/dev/null 2>&1 || missing "zbarimg" "apt-get install zbar-tools" ;;
    gs)
      command -v gs >/dev/null 2>&1 || missing "Ghostscript" "apt-get install ghostscript" ;;
    shared-data)
      [ -f "$repo/../shared/data/rcmap/sampleproject/Statements.csv" ] ||
        missing "the RCMap sample data in ../shared/data/rcmap" "check out the shared folder next to the repository" ;;
    setpriv)
      if [ "$(id -u)" = 0 ]; then
        command -v setpriv >/dev/null 2>&1 || missing "setpriv" "apt-get install util-linux"
      fi ;;
    *) echo "needs.sh: unknown need '$need'" >&2; exit 2 ;;
  esac
done
exec "$@"
