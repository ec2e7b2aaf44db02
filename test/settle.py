#!/usr/bin/env python3
"""Checks that aliaslint's fix-its settle: applied, they compile and leave
nothing new to report.

Usage (from lit):
  settle.py --aliaslint BIN --subst NAME=FLAGS... suite DIR...
  settle.py --aliaslint BIN examples DIR

`suite` takes every test file under DIR with CHECK-FIXES lines and the flags
of its %check_clang_tidy RUN lines (%mock_flags, %torch_flags, ... given by
--subst, with the line's -config); `examples` takes every .cpp file of DIR
with the flags of DIR/compile_flags.txt. Each file is copied to a temporary
directory and analysed by every aliasing check; `aliaslint --fix` is applied;
the result must compile with `clang++ -fsyntax-only` and the same flags, and
a second analysis must report no finding (file line, check and message) that
the first did not. Exit 1 with every unsettled file listed.
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


def aliaslint(a, config, src, flags, fix=False):
    cmd = [a.aliaslint, "--quiet"] + (["--fix"] if fix else [])
    if config:
        cmd.append("--config=" + config)
    return run(cmd + [src, "--"] + flags)


def settle(a, name, src_text, flags, config):
    """None if the fix-its of `src_text` settle, else what went wrong."""
    tmp = tempfile.mkdtemp(prefix="settle-")
    try:
        src = os.path.join(tmp, os.path.basename(name))
        with open(src, "w") as f:
            f.write(src_text)
        rc, before = aliaslint(a, config, src, flags)
        if rc not in (0, 1):
            return "first run failed (exit %d):\n%s" % (rc, before)
        rc, out = aliaslint(a, config, src, flags, fix=True)
        if rc not in (0, 1):
            return "--fix failed (exit %d):\n%s" % (rc, out)
        fixed = open(src).read()
        if fixed == src_text:
            return None  # no fix-it: nothing to settle
        rc, out = run([a.clangxx, "-fsyntax-only"] + flags + [src])
        if rc:
            return "the fixed file does not compile:\n%s\n%s" % (out, fixed)
        rc, after = aliaslint(a, config, src, flags)
        if rc not in (0, 1):
            return "second run failed (exit %d):\n%s" % (rc, after)
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


def suite_jobs(a, root):
    for dirpath, _, files in sorted(os.walk(root)):
        for fn in sorted(files):
            path = os.path.join(dirpath, fn)
            if not fn.endswith(".cpp"):
                continue
            text = open(path).read()
            if not re.search(r"//\s*CHECK-FIXES[A-Z0-9-]*:", text):
                continue
            # Keep line numbers; drop the CHECK lines, as check_clang_tidy.py does.
            cleaned = re.sub(r"//\s*CHECK-[A-Z0-9-]*:[^\r\n]*", "//", text)
            seen = set()
            for cmd in run_lines(text):
                words = shlex.split(cmd)
                if not words or words[0] != "%check_clang_tidy" or "%s" not in words:
                    continue
                config = next((w[len("-config="):] for w in words
                               if w.startswith("-config=")), "")
                flags = []
                for w in words[words.index("--") + 1:]:
                    if w.startswith("%"):
                        if w[1:] not in a.subst:
                            sys.exit("%s: no --subst for %s" % (path, w))
                        flags += shlex.split(a.subst[w[1:]])
                    else:
                        flags.append(w)
                key = (tuple(flags), config)
                if key not in seen:
                    seen.add(key)
                    yield os.path.relpath(path, root), cleaned, flags, config


def example_jobs(root):
    flags = open(os.path.join(root, "compile_flags.txt")).read().split()
    for fn in sorted(os.listdir(root)):
        if fn.endswith(".cpp"):
            yield fn, open(os.path.join(root, fn)).read(), flags, ""


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

    jobs = []
    for d in a.dirs:
        jobs += list(suite_jobs(a, d) if a.mode == "suite" else example_jobs(d))
    if not jobs:
        sys.exit("no file with fix-its found in " + " ".join(a.dirs))
    failed = excepted = 0
    with concurrent.futures.ThreadPoolExecutor(a.j) as pool:
        results = pool.map(lambda j: settle(a, *j), jobs)
        for (name, _, flags, _), err in zip(jobs, results):
            known = KNOWN_EXCEPTIONS.get(name)
            if err and known:
                excepted += 1
                print("KNOWN %s: %s" % (name, known))
            elif err:
                failed += 1
                print("UNSETTLED %s (%s):\n%s" % (name, " ".join(flags), err))
            elif known:
                failed += 1
                print("SETTLED %s, listed as a known exception: remove it" % name)
    # A known exception is neither a settled run nor a failure: counted apart.
    counted = len(jobs) - excepted
    print("%d of %d runs settle, %d known exceptions" % (counted - failed, counted, excepted))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
