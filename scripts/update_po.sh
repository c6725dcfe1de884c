#!/usr/bin/env bash
# Brings po/nl.po up to date with the messages in src/: new messages get an empty msgstr,
# changed ones a "#, fuzzy" guess. Then fill them in (docs/messages.md) and run
# `cd build && ctest -R messages/` to see that none is left.
set -euo pipefail
cd "$(dirname "$0")/.."
pot=$(mktemp --suffix=.pot)
trap 'rm -f "$pot"' EXIT
bash tests/po_complete.sh --pot "$pot" .
msgmerge --quiet --no-wrap --update --backup=none --no-location --sort-output po/nl.po "$pot"
echo "po/nl.po updated; untranslated or fuzzy:"
msgattrib --no-wrap --untranslated po/nl.po | grep -c "^msgid" || true
msgattrib --no-wrap --untranslated po/nl.po | grep '^msgid' | tail -n +2 || true
