#!/usr/bin/env bash
# Installs the Debian packages sterk needs to build, test and render.
# `make deps` runs this; `make decks` and `make test` run it when pkg-config
# cannot find one of the libraries. Needs root (or sudo) and Debian's apt.
set -euo pipefail
PACKAGES=(
  build-essential cmake pkg-config
  libcairo2-dev libpango1.0-dev libfontconfig-dev   # drawing, text layout, font registration
  librsvg2-dev                                      # SVG pictograms as vectors
  libqpdf-dev qpdf                                  # page boxes, /ID, metadata after Cairo
  libyaml-dev                                       # cards, templates, project file (libyaml event parser)
  libeigen3-dev                                     # MDS and clustering
  libhyphen-dev hyphen-nl                           # Dutch syllables (Flesch-Douma)
  libhunspell-dev hunspell-nl                       # Dutch spelling
  hunspell-en-us                                    # easy-read/english-word: English words in Dutch text
  libcli11-dev                                      # command line
  nlohmann-json3-dev                                # --format json, manifest.json
  libzip-dev                                        # audience set bundles
  zlib1g-dev                                        # .svgz pictograms, un-gzipped with a size limit
  libssl-dev                                        # SHA-256 of the output files (manifest.json) with the processor's SHA instructions
  catch2                                            # unit tests
  gettext                                           # msgfmt: po/nl.po → sterk.mo (Dutch messages); xgettext in tests
  python3                                           # tests/messages_lint.py: every message goes through tr()
  poppler-utils                                     # pdfinfo/pdffonts/pdftoppm in tests
  clang libclang-rt-14-dev                          # make fuzz: libFuzzer and sanitizer runtimes
  time                                              # /usr/bin/time in make bench
  ghostscript                                       # --output print-cmyk (PDF/X-3); optional at run time
  argyll                                            # colprof: builds the FOGRA39 CMYK profile at build time
  icc-profiles-free                                 # FOGRA39L.ti3, Fogra's data the profile is made from
  libxlsxwriter-dev                                 # sterk analyze --export: the XLSX workbook
  libqrencode-dev                                   # type: qr template elements (QR codes to the web pages)
  r-base-core                                       # tests: analysis compared with R (Rscript)
  r-cran-mass                                       # tests: MASS::isoMDS reference stress
  r-cran-yaml                                       # tests: analysis.yaml read by R's yaml package
  unzip                                             # tests: what a set bundle (.zip) holds
)
# Tools only the tests use. `make test` runs this with STERK_TEST_DEPS=1 (so `make decks`
# stays light); without them those tests show as "Not Run", with CI=true they fail
# (tests/needs.sh, docs/testing.md). STERK_A11Y=1 is the older name for the same.
if [ "${STERK_TEST_DEPS:-0}" = 1 ] || [ "${STERK_A11Y:-0}" = 1 ]; then
  PACKAGES+=(
    jq                                              # tests/suite_registration.sh reads ctest's JSON
    chromium                                        # web page screenshot and axe-core (tests/needs.sh chromium)
    ghostscript                                     # print-cmyk test (tests/needs.sh gs)
    zbar-tools                                      # zbarimg reads the QR codes back from card PNGs (tests/needs.sh zbar)
  )
  # node and npm are taken from the machine when it has them (Debian's would shadow them).
  command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs)
  command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi
echo "deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
