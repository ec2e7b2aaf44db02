#!/usr/bin/env python3
"""Checks that aliaslint's fix-its settle: applied, they compile and leave
nothing new to report.

Usage (from lit):
  settle.py --aliaslint BIN --subst NAME=FLAGS... suite DIR...
  settle.py --aliaslint BIN examples DIR

`suite` takes every test file under DIR with a RUN line that analyses the
file (`%s` then `--` and compile flags: %check_clang_tidy, %clang-tidy,
%aliaslint), once per distinct set of flags and `-config`/`--config`, the
flags' substitutions (%mock_flags, %torch_flags, ...) given by --subst;
`examples` takes every .cpp file of DIR with the flags of
DIR/compile_flags.txt. Each file is analysed by every aliasing check in a
copy of its directory (so that its own headers are found, and fixed there,
not in the tree); `aliaslint --fix` is applied; the result must compile
with the same flags and a second analysis must report no finding (file,
line, check and message) that the first did not.
A file that does not compile before the fix (a test of compile errors) has
nothing to settle. Exit 1 with every unsettled file listed.
"""
import argparse
import collections
import concurrent.futures
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

# Fix-its known not to settle, by file name (relative to the directory
# given) and the reason; each is to be fixed and removed from here.
KNOWN_EXCEPTIONS = {
}

FINDING = re.compile(r"^(?:.*/)?([^/:]+):(\d+):\d+: warning: (.*) \[(aliasing-[a-z-]+)\]$")


def findings(out):
    """The warnings of an aliaslint run as a multiset of (file, line, message, check)."""
    return collections.Counter(m.groups() for m in map(FINDING.match, out.splitlines()) if m)


def run(cmd, cwd=None):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       universal_newlines=True, cwd=cwd)
    return p.returncode, p.stdout


def aliaslint(a, config, src, flags, fix=False, cwd=None):
    """An analysis by every aliasing check, from the test's directory (a
    RUN line's relative paths are relative to it)."""
    cmd = [a.aliaslint, "--quiet"] + (["--fix"] if fix else [])
    if config:
        cmd.append("--config=" + config)
    return run(cmd + [src, "--"] + flags, cwd=cwd)


def settle(a, name, src_text, flags, config, src_dir):
    """None if the fix-its of `src_text` settle, "skip" if it has none (or
    does not compile), else what went wrong."""
    tmp = tempfile.mkdtemp(prefix="settle-")
    try:
        work = os.path.join(tmp, "d")
        if src_dir:
            shutil.copytree(src_dir, work, symlinks=True)
        else:
            os.mkdir(work)
        src = os.path.join(work, os.path.basename(name))
        with open(src, "w") as f:
            f.write(src_text)
        config = config.replace("%S", work)
        flags = [f.replace("%S", work) for f in flags]
        # `--fix` prints the findings of the analysis before the fix-its.
        rc, before = aliaslint(a, config, src, flags, fix=True, cwd=work)
        if rc not in (0, 1):
            if run([a.clangxx, "-fsyntax-only"] + flags + [src], cwd=work)[0]:
                return "skip"  # does not compile: nothing to settle
            return "--fix failed (exit %d):\n%s" % (rc, before)
        fixed = open(src).read()
        if fixed == src_text:
            return "skip"  # no fix-it in the file: nothing to settle
        # The second analysis parses the fixed file as `clang++
        # -fsyntax-only` with the same flags would: a compile error is its
        # exit 2, with the error.
        rc, after = aliaslint(a, config, src, flags, cwd=work)
        if rc not in (0, 1):
            return "the second run failed (exit %d):\n%s\nfixed file:\n%s" % (
                rc, after, fixed)
        new = findings(after) - findings(before)
        if new:
            return "new after the fix-its:\n%s\nfixed file:\n%s" % (
                "\n".join("%s:%s: %s [%s]" % k for k in sorted(new)), fixed)
        return None
    finally:
        shutil.rmtree(tmp)


def run_lines(text):
    """The file's RUN commands, continuation lines joined."""
    cmds, cur = [], ""
    for m in re.finditer(r"//\s*RUN:(.*)", text):
        part = m.group(1).strip()
        if part.endswith("\\"):
            cur += part[:-1] + " "
        else:
            cmds.append(cur + part)
            cur = ""
    return cmds


# Where the compile flags of a RUN line end: a pipe, a redirection.
FLAGS_END = re.compile(r"^(\||\|\||&&|;|[0-9]*>.*|<.*)$")


def analysis_flags(a, path, words):
    """The compile flags and config of a RUN line that analyses `%s`, or None."""
    if "%s" not in words or "--" not in words[words.index("%s"):]:
        return None
    at = words.index("--", words.index("%s"))
    config = ""
    for w in words[:at]:
        for opt in ("-config=", "--config="):
            if w.startswith(opt):
                config = w[len(opt):]
    flags = []
    for w in words[at + 1:]:
        if FLAGS_END.match(w):
            break
        if "%S" in w:
            flags.append(w)  # the test's directory: the copy's, in settle()
        elif w.startswith("%"):
            # The longest substitution the word starts with (`%inputs/x`).
            name = max((n for n in a.subst if w[1:].startswith(n)), key=len,
                       default=None)
            if name is None:
                sys.exit("%s: no --subst for %s" % (path, w))
            flags += shlex.split(a.subst[name] + w[1 + len(name):])
        else:
            flags.append(w)
    return flags, config


def suite_jobs(a, root):
    for dirpath, dirs, files in sorted(os.walk(root)):
        dirs.sort()
        for fn in sorted(files):
            path = os.path.join(dirpath, fn)
            if not fn.endswith(".cpp"):
                continue
            text = open(path).read()
            # Keep line numbers; drop the CHECK lines, as check_clang_tidy.py does.
            cleaned = re.sub(r"//\s*CHECK-[A-Z0-9-]*:[^\r\n]*", "//", text)
            seen = set()
            for cmd in run_lines(text):
                try:
                    words = shlex.split(cmd)
                except ValueError:
                    continue
                got = analysis_flags(a, path, words)
                if not got:
                    continue
                key = (tuple(got[0]), got[1])
                if key not in seen:
                    seen.add(key)
                    yield (os.path.relpath(path, root), cleaned, got[0], got[1],
                           dirpath)


def example_jobs(root):
    flags = open(os.path.join(root, "compile_flags.txt")).read().split()
    for fn in sorted(os.listdir(root)):
        if fn.endswith(".cpp"):
            yield fn, open(os.path.join(root, fn)).read(), flags, "", None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--aliaslint", required=True)
    ap.add_argument("--clangxx", default="clang++-22")
    ap.add_argument("--subst", action="append", default=[])
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("mode", choices=["suite", "examples"])
    ap.add_argument("dirs", nargs="+")
    a = ap.parse_args()
    a.subst = dict(s.split("=", 1) for s in a.subst)
    # The analyses run from each test's directory.
    if os.sep in a.aliaslint:
        a.aliaslint = os.path.abspath(a.aliaslint)

    jobs = []
    for d in a.dirs:
        jobs += list(suite_jobs(a, d) if a.mode == "suite" else example_jobs(d))
    if not jobs:
        sys.exit("no file to analyse found in " + " ".join(a.dirs))
    failed = excepted = skipped = 0
    with concurrent.futures.ThreadPoolExecutor(a.j) as pool:
        results = pool.map(lambda j: settle(a, *j), jobs)
        for (name, _, flags, _, _), err in zip(jobs, results):
            known = KNOWN_EXCEPTIONS.get(name)
            if err == "skip":
                skipped += 1
            elif err and known:
                excepted += 1
                print("KNOWN %s: %s" % (name, known))
            elif err:
                failed += 1
                print("UNSETTLED %s (%s):\n%s" % (name, " ".join(flags), err))
            elif known:
                failed += 1
                print("SETTLED %s, listed as a known exception: remove it" % name)
    # Only runs whose file got a fix-it count; a known exception is neither
    # a settled run nor a failure: counted apart.
    counted = len(jobs) - skipped - excepted
    print("%d of %d runs with fix-its settle (%d runs without a fix-it), "
          "%d known exceptions" % (counted - failed, counted, skipped, excepted))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
