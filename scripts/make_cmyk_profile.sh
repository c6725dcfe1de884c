#!/usr/bin/env bash
# Builds sterk's default CMYK output profile (FOGRA39, coated paper) from Fogra's
# characterisation data FOGRA39L.ti3 (Debian: icc-profiles-free) with ArgyllCMS
# colprof (Debian: argyll). Called by CMake at build time:
#   make_cmyk_profile.sh COLPROF FOGRA39L.ti3 OUT.icc
# -qm: medium quality (about 20 s of CPU); -kr: Argyll's default black ramp;
# -l300: total ink limit 300 % (what Dutch print shops ask for on coated stock).
# colprof stamps the clock into the ICC header; it is set to a fixed date so the
# profile, and every PDF/X that embeds it, repeats byte for byte.
set -euo pipefail
colprof=$1 ti3=$2 out=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ti3" "$work/FOGRA39L.ti3"
(cd "$work" && "$colprof" -qm -kr -l300 \
  -D "Coated FOGRA39 (ISO 12647-2:2004), 300% TAC, sterk" \
  -C "Made by sterk with ArgyllCMS colprof from FOGRA39L.ti3 (Fogra, www.fogra.org)" \
  -A "sterk" FOGRA39L >"$work/colprof.log" 2>&1) || { cat "$work/colprof.log" >&2; exit 1; }
# ICC header bytes 24-35: creation date, six big-endian 16-bit numbers (2026-01-01 00:00:00).
printf '\x07\xea\x00\x01\x00\x01\x00\x00\x00\x00\x00\x00' |
  dd of="$work/FOGRA39L.icc" bs=1 seek=24 count=12 conv=notrunc status=none
mv "$work/FOGRA39L.icc" "$out"
