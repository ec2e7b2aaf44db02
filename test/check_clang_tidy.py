#!/usr/bin/env python3
"""Runs one aliasing check on a test file and verifies its output exactly.

Usage (from lit):
  %check_clang_tidy [-check-suffix=S] [-config=YAML] FILE CHECKS TMP -- FLAGS

Like clang-tidy's own check_clang_tidy.py: the file's `// CHECK-MESSAGES:`
lines are matched against clang-tidy's output, with no other warning or note
allowed; `// CHECK-FIXES:` lines against the file after `-fix`. A file with
no CHECK-MESSAGES must produce no diagnostic, and one with no CHECK-FIXES
must be left unchanged, so a test cannot pass vacuously.
"""
import argparse
import re
import shutil
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clang-tidy", required=True)
    # Empty: CLANG_TIDY has the checks built in (clang-tidy-aliaslint).
    ap.add_argument("--plugin", default="")
    ap.add_argument("-check-suffix", default="")
    ap.add_argument("-config", default="")
    ap.add_argument("input")
    ap.add_argument("checks")
    ap.add_argument("tmp")
    ap.add_argument("flags", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    flags = a.flags[1:] if a.flags[:1] == ["--"] else a.flags

    suffix = "-" + a.check_suffix if a.check_suffix else ""
    msg_prefix, fix_prefix = "CHECK-MESSAGES" + suffix, "CHECK-FIXES" + suffix
    text = open(a.input).read()
    has_msgs = re.search(r"//\s*%s:" % re.escape(msg_prefix), text) is not None
    has_fixes = re.search(r"//\s*%s:" % re.escape(fix_prefix), text) is not None

    # Keep line numbers; drop the CHECK lines so fixes are compared cleanly.
    cleaned = re.sub(r"//\s*CHECK-[A-Z0-9-]*:[^\r\n]*", "//", text)
    src = a.tmp + ".cpp"
    with open(src, "w") as f:
        f.write(cleaned)
    cmd = [a.clang_tidy] + (["-load", a.plugin] if a.plugin else [])
    cmd += ["--checks=-*," + a.checks, "-fix", "--header-filter=^$"]
    if a.config:
        cmd.append("--config=" + a.config)
    cmd += [src, "--"] + flags
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True)
    # clang-tidy's own remarks about applying fixes are not the check's.
    out = "\n".join(l for l in proc.stdout.splitlines()
                    if "note: FIX-IT applied suggested code changes" not in l) + "\n"
    with open(a.tmp + ".msg", "w") as f:
        f.write(out)
    if proc.returncode != 0 or re.search(r"error:", out):
        sys.exit("clang-tidy failed (exit %d):\n%s" % (proc.returncode, out))

    if has_msgs:
        check = subprocess.run(
            ["FileCheck", "-input-file=" + a.tmp + ".msg", a.input,
             "-check-prefix=" + msg_prefix,
             "-implicit-check-not={{warning|note}}:"])
        if check.returncode:
            sys.exit("CHECK-MESSAGES failed; clang-tidy output:\n" + out)
    elif re.search(r"(warning|note):", out):
        sys.exit("expected no diagnostics, got:\n" + out)

    fixed = open(src).read()
    if has_fixes:
        check = subprocess.run(["FileCheck", "-input-file=" + src, a.input,
                                "-check-prefix=" + fix_prefix, "-strict-whitespace"])
        if check.returncode:
            sys.exit("CHECK-FIXES failed; fixed file:\n" + fixed)
    elif fixed != cleaned:
        diff = subprocess.run(["diff", "-u", "-", src], input=cleaned,
                              stdout=subprocess.PIPE, universal_newlines=True).stdout
        sys.exit("no CHECK-FIXES, yet the file was changed:\n" + diff)


if __name__ == "__main__":
    main()
