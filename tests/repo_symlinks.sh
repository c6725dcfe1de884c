#!/usr/bin/env bash
# Every symbolic link the repository tracks must point inside the repository with a
# relative target: a link to /work/... or /tmp/... works on the machine that made it
# and is broken (or worse, points at someone else's files) in every fresh clone.
set -euo pipefail
root=${1:?usage: repo_symlinks.sh REPO}
cd "$root"
if ! git rev-parse --git-dir >/dev/null 2>&1; then
  echo "not a git checkout: cannot list the tracked links" >&2
  exit 77
fi
bad=0
while IFS= read -r -d '' path; do
  target=$(git cat-file -p "HEAD:$path" 2>/dev/null || readlink "$path")
  dir=$(dirname "$path")
  case "$target" in
    /*) echo "$path -> $target: absolute link (use a relative target inside the repository)" >&2; bad=1; continue ;;
  esac
  resolved=$(realpath -m "$dir/$target")
  case "$resolved/" in
    "$PWD"/*) ;;
    *) echo "$path -> $target: points outside the repository" >&2; bad=1 ;;
  esac
done < <(git ls-files -s -z | awk -v RS='\0' -v ORS='\0' '$1 == "120000" { sub(/^[^\t]*\t/, ""); print }')
exit $bad
