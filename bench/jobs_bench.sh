#!/usr/bin/env bash
# The repository's decks, every output in sterk.yaml, with --jobs 1 and --jobs 2
# (decks render in parallel processes). Uses hyperfine when installed.
set -euo pipefail
for j in 1 2; do
  if command -v hyperfine >/dev/null; then
    hyperfine --style none --warmup 1 --runs 5 --export-json "$WORK/jobs-$j.json" \
      "$STERK build -C $REPO --out $WORK/jobs-$j --jobs $j" > /dev/null 2>&1
    python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; \
print('%-44s %8.2f s  ± %.2f (hyperfine, 5 runs)' % ('build all decks --jobs '+sys.argv[2], r['mean'], r['stddev']))" \
      "$WORK/jobs-$j.json" "$j"
  else
    measure "build all decks --jobs $j" "$STERK" build -C "$REPO" --out "$WORK/jobs-$j" --jobs "$j"
  fi
done
