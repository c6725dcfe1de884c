#!/usr/bin/env bash
# Fails when a message in src/ (tr, trn, N_) has no Dutch entry in po/nl.po, when an entry
# is fuzzy or empty, or when the Dutch text has other {} placeholders than the English.
# `--pot FILE SRC` only writes the extracted messages to FILE (scripts/update_po.sh).
set -euo pipefail
pot_only=""
if [ "${1:-}" = --pot ]; then pot_only=$2; shift 2; fi
src=${1:?usage: po_complete.sh [--pot FILE] SOURCE_DIR}
cd "$src"
pot=${pot_only:-$(mktemp --suffix=.pot)}
merged=$(mktemp --suffix=.po)
trap 'rm -f "$merged"; [ -n "$pot_only" ] || rm -f "$pot"' EXIT
find src -name '*.cc' -o -name '*.h' | LC_ALL=C sort |
  xgettext --files-from=- --language=C++ --from-code=UTF-8 --keyword=tr --keyword=trn:1,2 \
    --keyword=N_ --no-location --no-wrap --sort-output --omit-header --output="$pot" 2>&1 |
  grep -v 'warning: .* is not a valid' || true
[ -n "$pot_only" ] && exit 0
count=$(grep -c '^msgid ' "$pot" || true)
msgmerge --quiet --no-wrap --no-fuzzy-matching --no-location -o "$merged" po/nl.po "$pot"
fail=0
missing=$(msgattrib --no-wrap --untranslated --no-obsolete "$merged" | grep -A1 '^msgid' | grep -v '^--' | sed -n 's/^msgid //p' | tail -n +2 || true)
if [ -n "$missing" ]; then
  echo "po/nl.po has no Dutch text for these messages (run scripts/update_po.sh and fill them in):"
  echo "$missing"
  fail=1
fi
fuzzy=$(msgattrib --no-wrap --only-fuzzy --no-obsolete po/nl.po | sed -n 's/^msgid //p' | tail -n +2 || true)
if [ -n "$fuzzy" ]; then
  echo "po/nl.po has fuzzy (unchecked) entries; check the Dutch and remove the '#, fuzzy' line:"
  echo "$fuzzy"
  fail=1
fi
# Same number of {} placeholders in each msgid and its msgstr (msgfmt cannot know ours).
bad=$(msgexec -i "$merged" bash -c '
  id=$(printf "%s" "$MSGEXEC_MSGID" | grep -o "{}" | wc -l)
  str=$(cat | grep -o "{}" | wc -l)
  if [ -n "$MSGEXEC_MSGID" ] && [ "$str" != 0 -o "$id" = 0 ] && [ "$id" != "$str" ]; then
    printf "%s  (English has %s {}, Dutch %s)\n" "$MSGEXEC_MSGID" "$id" "$str"
  fi' 2>/dev/null || true)
if [ -n "$bad" ]; then
  echo "these Dutch messages have a different number of {} placeholders than the English:"
  echo "$bad"
  fail=1
fi
[ "$fail" = 0 ] && echo "po/nl.po: all $count messages in src/ have a checked Dutch text"
exit $fail
