#!/usr/bin/env bash
# One end-to-end case: run sterk on a small project and compare what it prints.
#
#   bash tests/run_case.sh [--rebase] STERK_BINARY tests/cases/NAME
#
# A case folder holds a small project (cards/, study/, sterk.yaml, …) and
# case.yaml:
#
#   # what the case shows (comment lines at the top are kept by --rebase)
#   args: check --format json      # the sterk command line, split at spaces
#   lang: nl                       # optional: nl, or project (sterk.yaml/LANG decide); default en
#   env: LANG=nl_NL.UTF-8          # optional: more environment, split at spaces
#   exit: 1                        # expected exit code
#   stdout: ""                     # or a block:  stdout: |  + lines indented by 2
#   stderr: |
#     cards/a.yaml:7:11: error: … [easy-read/sentence-length]
#
# The project is copied into a temporary folder together with the repository's
# fonts/ and templates/ (files of the case with the same name win), and sterk
# runs there, so paths in the output are relative to the project. The temporary
# folder's path, where it shows, is written as <project>.
# --rebase writes what sterk printed into case.yaml instead of comparing.
set -u
rebase=0
if [ "${1:-}" = "--rebase" ]; then rebase=1; shift; fi
if [ $# -ne 2 ]; then
  echo "usage: run_case.sh [--rebase] STERK_BINARY CASE_DIR" >&2
  exit 2
fi
sterk=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
case_dir=$(cd "$2" && pwd)
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
spec="$case_dir/case.yaml"
[ -f "$spec" ] || { echo "run_case: no case.yaml in $case_dir" >&2; exit 2; }

field() { sed -n "s/^$1:[[:space:]]*//p" "$spec" | head -n 1; }
# The lines of a `key: |` block without their two-space indent.
block() {
  awk -v key="$1" '
    inb && /^[^ ]/ { exit }
    inb { sub(/^  /, ""); print; next }
    $0 ~ "^" key ":[[:space:]]*[|]" { inb = 1 }' "$spec"
}
# Drops trailing empty lines so the file's layout cannot matter.
clip() { awk '{ lines[NR] = $0 } END { n = NR; while (n > 0 && lines[n] == "") n--; for (i = 1; i <= n; i++) print lines[i] }'; }

args=$(field args)
# Cases expect English unless case.yaml says `lang: nl` (Dutch) or `lang: project` (the
# project's sterk.yaml and LANG decide, as for a user); `env: NAME=value ...` sets more.
case_lang=$(field lang)
case_env=$(field env)
export LANG=C.UTF-8
unset LANGUAGE LC_ALL LC_MESSAGES
case "${case_lang:-en}" in
  project) unset STERK_LANG ;;
  *) export STERK_LANG=${case_lang:-en} ;;
esac
want_exit=$(field exit)
read -r -a argv <<<"$args"

work=$(mktemp -d /tmp/sterk-case-XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$repo/fonts" "$repo/templates" "$work/"
(cd "$case_dir" && tar cf - --exclude=case.yaml .) | (cd "$work" && tar xf -)

read -r -a envv <<<"$case_env"
(cd "$work" && env "${envv[@]}" "$sterk" "${argv[@]}" >"$work/.stdout" 2>"$work/.stderr")
got_exit=$?
for f in .stdout .stderr; do
  sed -i "s#$work#<project>#g" "$work/$f"
done

if [ $rebase = 1 ]; then
  {
    sed -n '/^#/p;/^[^#]/q' "$spec"
    echo "args: $args"
    [ -z "$case_lang" ] || echo "lang: $case_lang"
    [ -z "$case_env" ] || echo "env: $case_env"
    echo "exit: $got_exit"
    for stream in stdout stderr; do
      if [ -s "$work/.$stream" ]; then
        echo "$stream: |"
        clip <"$work/.$stream" | sed 's/^/  /;s/^  $//'
      else
        echo "$stream: \"\""
      fi
    done
  } >"$work/.case"
  cp "$work/.case" "$spec"
  echo "rebased $(basename "$case_dir") (exit $got_exit)"
  exit 0
fi

status=0
if [ "$got_exit" != "$want_exit" ]; then
  echo "exit code: expected $want_exit, got $got_exit" >&2
  status=1
fi
for stream in stdout stderr; do
  block "$stream" | clip >"$work/.want-$stream"
  clip <"$work/.$stream" >"$work/.got-$stream"
  if ! cmp -s "$work/.want-$stream" "$work/.got-$stream"; then
    echo "$stream differs (- expected, + got):" >&2
    diff -u "$work/.want-$stream" "$work/.got-$stream" | tail -n +3 >&2
    status=1
  fi
done
[ $status = 0 ] || echo "to accept the new output: bash tests/run_case.sh --rebase $1 $2" >&2
exit $status
