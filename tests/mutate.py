#!/usr/bin/env python3
"""`make mutate`: does the test suite notice small bugs?

Each mutant in tests/mutants.txt is one small change to the program (a flipped
comparison, an off-by-one, a rule switched off). For each, this script changes a
scratch copy of the repository (build-mutate/tree; the working tree is never
touched), rebuilds it in its own build folder (build-mutate/tree/build, ccache makes
this quick), runs the test named by `kill:` first and then, if that passed, the whole
suite, stopping at the first failing test. A mutant is

  killed    a test failed: the suite notices this bug (good)
  survived  every test passed: the suite misses this bug (write a test)
  stale     its `from:` text is not in the file (exactly once): update the list
  no-build  the mutated program does not compile: change the mutant

Anything but "killed" makes the run fail. Usage:

  python3 tests/mutate.py [--only ID[,ID…]] [--list] [--check] [--no-baseline] [--jobs N]

First the whole suite runs once on the unchanged copy: it must pass, or every mutant
would look killed.

The table is printed at the end and written to build-mutate/mutate.txt.
"""
import argparse
import filecmp
import os
import re
import shutil
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(REPO, "build-mutate")
TREE = os.path.join(WORK, "tree")
# The build folder sits inside the copy (tree/build), like build/ in a checkout, so the
# compiler sees the same relative paths and ccache (base_dir) reuses the objects.
BUILD = os.path.join(TREE, "build")
FIELDS = ("id", "file", "from", "to", "what", "kill")


def read_mutants(path):
    """Blocks of `key: value` lines separated by blank lines; '#' lines are comments."""
    mutants, current = [], {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if current:
                    mutants.append(current)
                current = {}
                continue
            key, sep, value = line.partition(": ")
            if not sep or key not in FIELDS:
                sys.exit(f"{path}:{number}: expected one of {', '.join(FIELDS)} followed by ': '")
            if key in ("from", "to"):  # \n is a line break, \\ a backslash
                value = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), value)
            current[key] = value
            current.setdefault("line", number)
    if current:
        mutants.append(current)
    for m in mutants:
        missing = [k for k in FIELDS if k not in m]
        if missing:
            sys.exit(f"{path}:{m['line']}: mutant {m.get('id', '?')} lacks {', '.join(missing)}")
    ids = [m["id"] for m in mutants]
    twice = {i for i in ids if ids.count(i) > 1}
    if twice:
        sys.exit(f"{path}: mutant ids used twice: {', '.join(sorted(twice))}")
    return mutants


def copy_tree():
    """The repository's files (tracked and new, not ignored) into TREE; files whose
    content is unchanged since the last run keep their time, so make rebuilds only
    what changed."""
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=REPO,
                           check=True, capture_output=True).stdout.decode().split("\0")
    wanted = set()
    for rel in filter(None, files):
        src = os.path.join(REPO, rel)
        if not os.path.isfile(src):
            continue
        dst = os.path.join(TREE, rel)
        wanted.add(dst)
        if os.path.exists(dst) and filecmp.cmp(src, dst, shallow=False):
            continue
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        # A fresh time stamp (not the source's): make must see the copy as newer than
        # any object built from an older version of the file.
        shutil.copyfile(src, dst)
        shutil.copymode(src, dst)
    for root, dirs, names in os.walk(TREE):
        if root == TREE and "build" in dirs:
            dirs.remove("build")
        for name in names:
            p = os.path.join(root, name)
            if p not in wanted and "/tests/a11y/node_modules/" not in p:
                os.remove(p)


def run(cmd, log, cwd, env=None):
    with open(log, "w") as out:
        return subprocess.run(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env).returncode


def failed_tests(log):
    """The names under ctest's 'The following tests FAILED:' list."""
    names, inside = [], False
    with open(log, errors="replace") as f:
        for line in f:
            if line.startswith("The following tests FAILED"):
                inside = True
                continue
            if inside:
                m = re.match(r"\s*\d+ - (.*?) \((Failed|Timeout|SEGFAULT|Subprocess aborted|Child aborted|"
                             r"Exception|Not Run)\)", line)
                if m:
                    names.append(m.group(1))
                elif line.strip():
                    inside = False
    return names


def build(jobs, log):
    return run(["cmake", "--build", BUILD, "-j", str(jobs)], log, TREE)


def suite(jobs, log, regex=None):
    cmd = ["ctest", "--stop-on-failure", "-j", str(jobs), "--timeout", "300"]
    if regex:
        cmd += ["-R", regex]
    env = dict(os.environ)
    env.pop("CI", None)  # a mutant is killed by a failing test, not by a missing tool
    code = run(cmd, log, BUILD, env)
    return code, failed_tests(log)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="comma-separated mutant ids")
    ap.add_argument("--list", action="store_true", help="print the mutants and stop")
    ap.add_argument("--check", action="store_true", help="only check that every mutant's text is found")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--no-baseline", action="store_true",
                    help="skip the run of the whole suite on the unchanged tree (only when you know it passes)")
    args = ap.parse_args()
    mutants = read_mutants(os.path.join(REPO, "tests", "mutants.txt"))
    if args.only:
        only = set(args.only.split(","))
        unknown = only - {m["id"] for m in mutants}
        if unknown:
            sys.exit("unknown mutant: " + ", ".join(sorted(unknown)))
        mutants = [m for m in mutants if m["id"] in only]
    if args.list:
        for m in mutants:
            print(f"{m['id']:32} {m['file']:34} {m['what']}")
        return 0

    if args.check:
        stale = 0
        for m in mutants:
            try:
                with open(os.path.join(REPO, m["file"]), encoding="utf-8") as f:
                    found = f.read().count(m["from"])
            except OSError:
                found = 0
            if found != 1:
                stale += 1
                print(f"{m['id']}: stale: its text is found {found} times in {m['file']} (needs exactly 1)")
        print(f"{len(mutants)} mutants, {stale} stale")
        return 1 if stale else 0

    os.makedirs(WORK, exist_ok=True)
    copy_tree()
    log = os.path.join(WORK, "log.txt")
    if run(["cmake", "-S", TREE, "-B", BUILD, "-DCMAKE_BUILD_TYPE=Release"], log, TREE) != 0 or \
            build(args.jobs, log) != 0:
        print(open(log).read()[-3000:])
        sys.exit("mutate: the unchanged tree does not build")
    # A mutant counts as killed when a test fails, so every test must pass without one.
    if not args.no_baseline:
        code, failed = suite(args.jobs, log)
        if code != 0:
            sys.exit("mutate: the unchanged tree already fails " + (", ".join(failed) or "tests (see " + log + ")") +
                     "; fix that first")
    results = []
    for number, m in enumerate(mutants, 1):
        start = time.time()
        path = os.path.join(TREE, m["file"])
        try:
            with open(path, encoding="utf-8") as f:
                original = f.read()
        except OSError:
            original = ""
        status, by = "stale", "-"
        if original.count(m["from"]) == 1:
            try:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(original.replace(m["from"], m["to"]))
                mlog = os.path.join(WORK, f"mutant-{m['id']}.log")
                if build(args.jobs, mlog) != 0:
                    status = "no-build"
                else:
                    code, failed = suite(args.jobs, mlog, m["kill"])
                    if code == 0:  # the named test missed it: the whole suite
                        code, failed = suite(args.jobs, mlog)
                    if code != 0:
                        status, by = "killed", ", ".join(failed) or "(see " + mlog + ")"
                    else:
                        status = "survived"
            finally:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(original)  # a new time stamp, so the next build compiles it again
        results.append((m, status, by, time.time() - start))
        print(f"[{number}/{len(mutants)}] {m['id']}: {status} ({by}) {time.time() - start:.0f} s", flush=True)
    build(args.jobs, log)  # leave the scratch build matching the tree

    width = max(len(m["id"]) for m, *_ in results)
    lines = [f"{'mutant':{width}}  {'stage':9} {'result':9} killed by / what it breaks", ""]
    for m, status, by, _ in results:
        stage = m["file"].split("/")[1] if m["file"].startswith("src/") else m["file"]
        lines.append(f"{m['id']:{width}}  {stage:9} {status:9} {by if status == 'killed' else m['what']}")
    counts = {s: sum(1 for _, st, *_ in results if st == s) for s in ("killed", "survived", "stale", "no-build")}
    lines.append("")
    lines.append(f"{len(results)} mutants: {counts['killed']} killed, {counts['survived']} survived, "
                 f"{counts['stale']} stale, {counts['no-build']} do not build")
    table = "\n".join(lines)
    print("\n" + table)
    with open(os.path.join(WORK, "mutate.txt"), "w") as f:
        f.write(table + "\n")
    return 0 if counts["killed"] == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
