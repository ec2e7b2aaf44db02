#!/usr/bin/env python3
"""Precision and recall of the aliasing checks on the labelled corpus.

Runs aliaslint over bench/cases/*.cpp with the per-library flags of
bench/cases/FLAGS, reads `file:line:col: warning: ... [check]`, and compares
with the labels (`// case-expect: <check>@<line>` or `// case-expect: clean`;
bench/cases/README.md): a report of one of the three checks on a labelled
line is a true positive, any other report of the three checks a false
positive, an unmatched label a false negative. Prints TP, FP, FN,
precision and recall per check and per library, and the FP/FN list.

  bench/precision.py            # the whole corpus, 2 files at a time
  bench/precision.py -j1 --libs opencv,eigen
  bench/precision.py --smoke    # CI: 3 corpus files

Exit status: 0 when every file was analysed (whatever the scores), 1 if a
labelled file failed to parse or aliaslint failed on it (exit 2, `error:`
in its output, or a timeout), 2 on a usage or set-up error.
"""
import argparse
import concurrent.futures
import glob
import os
import re
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as bl  # noqa: E402

SMOKE_FILES = ("opencv_constwrite_bug_01.cpp", "opencv_lostwrite_clean_01.cpp",
               "opencv_wtv_bug_01.cpp")
WARNING = bl.WARNING


class Case:
    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)
        self.lib = None
        self.expect = set()   # {(check, line)}
        self.clean = False
        self.why = ""
        self.lines = open(path, errors="replace").read().splitlines()
        for line in self.lines[:20]:
            m = re.match(r"^//\s*case-library:\s*(\w+)", line)
            if m:
                self.lib = m.group(1)
            m = re.match(r"^//\s*case-expect:\s*(\S+)", line)
            if m:
                if m.group(1) == "clean":
                    self.clean = True
                else:
                    check, _, ln = m.group(1).partition("@")
                    self.expect.add((check, int(ln)))
            m = re.match(r"^//\s*case-why:\s*(.*)", line)
            if m:
                self.why = m.group(1)
        self.reports = []     # [(check, line, col, msg)]
        self.failure = None
        self.seconds = 0.0

    def labelled(self):
        return self.lib is not None and (self.clean or self.expect)

    def source(self, line):
        return self.lines[line - 1].strip() if 0 < line <= len(self.lines) else ""


def analyse(case, tools, flags, timeout):
    cmd = [tools.aliaslint, "--quiet", case.path, "--"] + flags
    run = bl.measure(cmd, cwd=bl.CASES, timeout=timeout)
    case.seconds = run.wall
    if run.rc not in (0, 1):
        case.failure = "aliaslint exit %d" % run.rc
    elif bl.ERROR_LINE.search(run.out):
        case.failure = "error in output"
    if case.failure:
        lines = run.out.splitlines()
        # For a crash, the stack dump's head says where; else the tail.
        at = next((i for i, l in enumerate(lines) if l.startswith("Stack dump:")), None)
        excerpt = lines[at:at + 24] if at is not None else lines[-15:]
        frame = next((re.sub(r"^\s*#\d+ 0x[0-9a-f]+ ", "", l) for l in excerpt
                      if re.search(r"#\d+ 0x[0-9a-f]+ (aliaslint|clang::tidy|\w+Check)", l)
                      and "PrintStackTrace" not in l and "SignalHandler" not in l), None)
        if frame:
            case.failure += " in " + frame.split(" (")[0]
        case.failure += "\n" + "\n".join(excerpt)
    real = os.path.realpath(case.path)
    seen = set()
    for line in run.out.splitlines():
        m = WARNING.match(line)
        if not m:
            continue
        f = m.group("file")
        if os.path.realpath(f if os.path.isabs(f) else os.path.join(bl.CASES, f)) != real:
            continue
        key = (m.group("check"), int(m.group("line")))
        if key in seen:
            continue
        seen.add(key)
        case.reports.append((key[0], key[1], int(m.group("col")), m.group("msg")))
    return case


def score(cases):
    """Per check and per library counts, and the FP/FN list."""
    by_check = {c: [0, 0, 0] for c in bl.CHECKS}
    by_lib = {}
    by_lib_check = {}
    wrong = []  # (kind, case, check, line, detail)
    for case in cases:
        lib = by_lib.setdefault(case.lib, [0, 0, 0])
        got = {(c, l): msg for c, l, _, msg in case.reports if c in bl.CHECKS}
        for key, msg in sorted(got.items(), key=lambda kv: kv[0][1]):
            k = 0 if key in case.expect else 1
            by_check[key[0]][k] += 1
            lib[k] += 1
            by_lib_check.setdefault((case.lib, key[0]), [0, 0, 0])[k] += 1
            if k == 1:
                wrong.append(("FP", case, key[0], key[1], msg))
        for key in sorted(case.expect, key=lambda k: k[1]):
            if key not in got:
                if key[0] in by_check:
                    by_check[key[0]][2] += 1
                lib[2] += 1
                by_lib_check.setdefault((case.lib, key[0]), [0, 0, 0])[2] += 1
                wrong.append(("FN", case, key[0], key[1], case.why))
    return by_check, by_lib, by_lib_check, wrong


def prf(tp, fp, fn):
    p = "%.2f" % (tp / (tp + fp)) if tp + fp else "n/a"
    r = "%.2f" % (tp / (tp + fn)) if tp + fn else "n/a"
    return p, r


def report(cases, info):
    # A file aliaslint failed on is listed apart, not scored (its labels
    # would otherwise all count as false negatives).
    by_check, by_lib, by_lib_check, wrong = score([c for c in cases if not c.failure])
    out = ["## Precision and recall", "", bl.info_block(info), ""]
    tot = [sum(v[i] for v in by_check.values()) for i in range(3)]
    rows = [[c, v[0], v[1], v[2], *prf(*v)] for c, v in by_check.items()]
    rows.append(["**all**", tot[0], tot[1], tot[2], *prf(*tot)])
    out += ["### Per check", "", bl.md_table(["check", "TP", "FP", "FN", "precision", "recall"], rows), ""]
    rows = []
    for lib in [l for l in bl.LIBS if l in by_lib] + sorted(set(by_lib) - set(bl.LIBS)):
        v = by_lib[lib]
        n = sum(1 for c in cases if c.lib == lib and not c.failure)
        bad = sum(1 for c in cases if c.lib == lib and c.failure)
        rows.append([lib, "%d%s" % (n, " (+%d failed)" % bad if bad else ""), v[0], v[1], v[2], *prf(*v)])
    out += ["### Per library (the three checks together)", "",
            bl.md_table(["library", "files scored", "TP", "FP", "FN", "precision", "recall"], rows), ""]
    rows = []
    for (lib, check), v in sorted(by_lib_check.items(),
                                  key=lambda kv: (bl.LIBS.index(kv[0][0]) if kv[0][0] in bl.LIBS else 9, kv[0][1])):
        rows.append([lib, check, v[0], v[1], v[2], *prf(*v)])
    out += ["### Per library and check (pairs with any label or report)", "",
            bl.md_table(["library", "check", "TP", "FP", "FN", "precision", "recall"], rows, ["l", "l", "r", "r", "r", "r", "r"]), ""]
    out += ["### False positives and false negatives", ""]
    if not wrong:
        out.append("none")
    for kind, case, check, line, detail in sorted(wrong, key=lambda w: (w[1].name, w[3])):
        out.append("- **%s** `%s:%d` %s — `%s`  \n  %s" % (
            kind, case.name, line, check, case.source(line),
            ("report: " + detail) if kind == "FP" else ("label: " + detail)))
    other = [(case, r) for case in cases for r in case.reports if r[0] not in bl.CHECKS]
    if other:
        out += ["", "Reports of other checks (not scored):", ""]
        out += ["- `%s:%d` [%s] %s" % (case.name, r[1], r[0], r[3]) for case, r in other]
    return "\n".join(out), {"by_check": by_check, "by_lib": by_lib,
                            "by_lib_check": {"%s/%s" % k: v for k, v in by_lib_check.items()},
                            "wrong": [(k, c.name, ch, l, d) for k, c, ch, l, d in wrong]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    bl.add_common_args(ap)
    ap.add_argument("-j", "--jobs", type=int, default=2, help="files analysed at once (default 2)")
    ap.add_argument("--libs", default="", help="comma-separated subset of %s" % ",".join(bl.LIBS))
    ap.add_argument("--timeout", type=float, default=300.0, help="per file, seconds")
    ap.add_argument("files", nargs="*", help="corpus files (default: bench/cases/*.cpp)")
    args = ap.parse_args()
    tools = bl.Tools(args).require("aliaslint")
    flags = bl.read_flags()
    if args.files:
        paths = [os.path.abspath(f) for f in args.files]
    elif args.smoke:
        paths = [os.path.join(bl.CASES, f) for f in SMOKE_FILES]
    else:
        paths = sorted(glob.glob(os.path.join(bl.CASES, "*.cpp")))
    cases = [Case(p) for p in paths]
    unlabelled = [c.name for c in cases if not c.labelled()]
    if unlabelled:
        bl.die("files without case-library/case-expect labels: " + ", ".join(unlabelled))
    if args.libs:
        libs = args.libs.split(",")
        cases = [c for c in cases if c.lib in libs]
    missing = sorted({c.lib for c in cases if c.lib not in flags})
    if missing:
        bl.die("no flags in bench/cases/FLAGS for: " + ", ".join(missing))
    if not cases:
        bl.die("no corpus files selected")
    info = bl.machine_info(tools)
    info["files"] = len(cases)
    info["mode"] = "smoke" if args.smoke else "full" if not (args.files or args.libs) else "subset"

    # Slow (libtorch) files first, so that the parallel run ends evenly.
    order = sorted(cases, key=lambda c: c.lib != "torch")
    lock = threading.Lock()
    done = [0]
    t0 = time.time()

    def job(case):
        analyse(case, tools, flags[case.lib], args.timeout)
        with lock:
            done[0] += 1
            status = "FAILED" if case.failure else "%d report(s)" % len(case.reports)
            bl.progress("[%3d/%d] %-36s %5.1fs  %s" % (done[0], len(cases), case.name, case.seconds, status))
        return case

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        list(ex.map(job, order))
    info["elapsed"] = "%.0f s with -j%d" % (time.time() - t0, args.jobs)

    md, data = report(cases, info)
    failures = [c for c in cases if c.failure]
    if failures:
        md += "\n\n### Files that failed (not scored as analysed)\n\n" + "\n".join(
            "- `%s`: %s" % (c.name, c.failure.splitlines()[0]) for c in failures)
    print(md)
    bl.write_outputs(args.out_dir, "precision" + ("-smoke" if args.smoke else ""),
                     {"info": info, "scores": data,
                      "reports": {c.name: c.reports for c in cases},
                      "failures": {c.name: c.failure for c in failures}}, md)
    for c in failures:
        sys.stderr.write("error: %s failed: %s\n" % (c.name, c.failure))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
