"""Shared pieces of the bench/ harness: paths, tools, flags, measured runs,
clang-tidy check profiles, statistics and Markdown tables.

Used by cost.py, scaling.py and precision.py; not a command itself.
"""
import argparse
import datetime
import glob
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
CASES = os.path.join(BENCH, "cases")
TUS = os.path.join(BENCH, "tus")
OUT = os.path.join(BENCH, "out")  # raw results; git-ignored
MOCK = os.path.join(REPO, "test", "Inputs", "mock")
LIBS = ("torch", "opencv", "eigen", "xtensor")
CHECKS = ("aliasing-write-through-view", "aliasing-lost-write-to-copy",
          "aliasing-const-write-through-view")

CLANGXX = os.environ.get("ALIASLINT_BENCH_CLANGXX", "clang++-22")
CLANG_TIDY = os.environ.get("ALIASLINT_BENCH_CLANG_TIDY", "clang-tidy-22")
# aliaslint's (and clang-tidy's) `file:line:col: warning: message [check]`,
# and a compiler error line (the file did not parse).
WARNING = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): warning: (?P<msg>.*) "
                     r"\[(?P<check>[\w.-]+)\]$")
ERROR_LINE = re.compile(r"(^|: )(fatal )?error: ", re.M)
# The cheap check that keeps the clang-tidy baseline running (a bare
# --checks='-*' refuses to run): both sides of the pair enable it.
BASE_CHECK = "readability-braces-around-statements"


def add_common_args(ap):
    ap.add_argument("--bin-dir", default=os.path.join(REPO, "build", "bin"),
                    help="directory with aliaslint; the plugin is taken from "
                         "../lib/AliasingTidyPlugin.so (default: %(default)s)")
    ap.add_argument("--aliaslint", default=None,
                    help="the aliaslint binary (overrides --bin-dir)")
    ap.add_argument("--plugin", default=None,
                    help="AliasingTidyPlugin.so (overrides --bin-dir)")
    ap.add_argument("--smoke", action="store_true",
                    help="tiny inputs, for CI: checks that the harness runs, "
                         "not how fast anything is")
    ap.add_argument("--out-dir", default=OUT,
                    help="where raw JSON and the Markdown report go "
                         "(default: %(default)s)")


class Tools:
    def __init__(self, args):
        self.bin_dir = os.path.abspath(os.path.dirname(args.aliaslint) if args.aliaslint
                                       else args.bin_dir)
        self.aliaslint = os.path.abspath(args.aliaslint or os.path.join(self.bin_dir, "aliaslint"))
        self.plugin = os.path.abspath(args.plugin or os.path.join(
            os.path.dirname(self.bin_dir), "lib", "AliasingTidyPlugin.so"))
        self.clangxx = shutil.which(CLANGXX) or CLANGXX
        self.clang_tidy = shutil.which(CLANG_TIDY) or CLANG_TIDY

    def require(self, *names):
        missing = [getattr(self, n) for n in names
                   if not (os.path.isfile(getattr(self, n)) or shutil.which(getattr(self, n)))]
        if missing:
            die("missing tool(s): %s (build them, or pass --bin-dir)" % ", ".join(missing))
        return self

    def source_commit(self):
        """The commit the binaries were built from, if recorded by
        bench/build-bench.sh, else the repository's HEAD (marked if dirty)."""
        rec = os.path.join(os.path.dirname(self.bin_dir), "SOURCE_COMMIT")
        if os.path.isfile(rec):
            return open(rec).read().strip() + " (snapshot build, %s)" % os.path.dirname(self.bin_dir)
        head = git("rev-parse", "HEAD")
        dirty = git("status", "--porcelain", "--untracked-files=no", "--", "rules", "tool")
        return head + (" + uncommitted changes in rules/ or tool/" if dirty else "")


def die(msg, code=2):
    sys.stderr.write("error: %s\n" % msg)
    sys.exit(code)


def git(*args):
    try:
        return subprocess.run(["git", "-C", REPO] + list(args), stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, universal_newlines=True).stdout.strip()
    except OSError:
        return ""


def read_flags(path=os.path.join(CASES, "FLAGS")):
    """Per-library compiler flags from bench/cases/FLAGS, -fsyntax-only dropped
    (each front end adds what it needs)."""
    flags = {}
    for line in open(path):
        m = re.match(r"^(\w+):\s*(.*)$", line.strip())
        if m:
            flags[m.group(1)] = [f for f in m.group(2).split() if f != "-fsyntax-only"]
    return flags


# Directories the compiler searches as system directories whatever the flags
# say: an -I for them changes nothing (xtensor lives here).
SYSTEM_DIRS = ("/usr/include", "/usr/local/include")


def as_user_includes(flags):
    """The flags with every `-isystem DIR` turned into `-IDIR`, as real
    projects' builds give them (pkg-config; include_directories() or
    target_include_directories() of <Pkg>_INCLUDE_DIRS on a target that does
    not link the package's imported targets, which CMake otherwise marks
    SYSTEM), except for SYSTEM_DIRS. None if nothing changes."""
    out, changed, i = [], False, 0
    while i < len(flags):
        f = flags[i]
        d = flags[i + 1] if f == "-isystem" and i + 1 < len(flags) else (
            f[len("-isystem"):] if f.startswith("-isystem") and f != "-isystem" else None)
        if d is not None and os.path.normpath(d) not in SYSTEM_DIRS:
            out.append("-I" + d)
            changed = True
            i += 2 if f == "-isystem" else 1
            continue
        out.append(f)
        i += 1
    return out if changed else None


def mock_flags():
    return ["-std=c++17", "-isystem", MOCK]


def examples_flags():
    path = os.path.join(REPO, "examples", "compile_flags.txt")
    if os.path.isfile(path):
        return [l.strip() for l in open(path) if l.strip()]
    return ["-std=c++17"] + sum((["-isystem", d] for d in (
        "/usr/include/opencv4", "/usr/include/eigen3",
        "/usr/include/torch/csrc/api/include")), [])


def machine_info(tools=None):
    cpu = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "cpu": cpu or platform.processor(),
        "load average at start (1/5/15 min)": " ".join("%.2f" % x for x in os.getloadavg()),
        "python": sys.version.split()[0],
    }
    for name, exe in (("clang++", CLANGXX), ("clang-tidy", CLANG_TIDY)):
        try:
            out = subprocess.run([exe, "--version"], stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, universal_newlines=True).stdout
            m = re.search(r"version\s+(\S+)", out)
            info[name] = m.group(1) if m else out.splitlines()[0]
        except OSError:
            info[name] = "not found"
    if tools:
        info["aliaslint commit"] = tools.source_commit()
    return info


class Run:
    """One measured process: wall seconds, CPU seconds (user+sys), peak RSS
    in KiB (GNU time's %M, i.e. ru_maxrss), exit status and output."""
    __slots__ = ("wall", "cpu", "rss_kb", "rc", "out")

    def __init__(self, wall, cpu, rss_kb, rc, out):
        self.wall, self.cpu, self.rss_kb, self.rc, self.out = wall, cpu, rss_kb, rc, out


# GNU time (Debian package `time`, in scripts/setup); without it CPU time and
# peak RSS are reported as missing.
_TIME = "/usr/bin/time" if os.path.exists("/usr/bin/time") else None


def measure(cmd, cwd=None, timeout=None, keep_output=True):
    """Runs cmd under /usr/bin/time (-f '%U %S %M'); wall time from a
    monotonic clock around it."""
    fd, tfile = tempfile.mkstemp(prefix="bench-time-")
    os.close(fd)
    try:
        full = ([_TIME, "-q", "-f", "%U %S %M", "-o", tfile] + list(cmd)) if _TIME else list(cmd)
        t0 = time.perf_counter()
        p = subprocess.Popen(full, cwd=cwd, stdout=subprocess.PIPE if keep_output else subprocess.DEVNULL,
                             stderr=subprocess.STDOUT, universal_newlines=True, errors="replace")
        try:
            out, _ = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            p.kill()
            out, _ = p.communicate()
            return Run(time.perf_counter() - t0, float("nan"), 0, -9, (out or "") + "\n[timeout]")
        wall = time.perf_counter() - t0
        cpu, rss = float("nan"), 0
        if _TIME:
            lines = [l for l in open(tfile).read().splitlines() if re.match(r"^[\d.]+ [\d.]+ \d+$", l)]
            if lines:
                u, s, m = lines[-1].split()
                cpu, rss = float(u) + float(s), int(m)
        return Run(wall, cpu, rss, p.returncode, out or "")
    finally:
        os.unlink(tfile)


def tidy_profile(profile_dir):
    """Per-check wall and user seconds from the JSON files that
    clang-tidy --enable-check-profile --store-check-profile=DIR wrote;
    removes them. {check: {"wall": s, "user": s}}."""
    res = {}
    for path in glob.glob(os.path.join(profile_dir, "*.json")):
        try:
            prof = json.load(open(path)).get("profile", {})
        finally:
            os.unlink(path)
        for key, val in prof.items():
            m = re.match(r"^time\.clang-tidy\.(.+)\.(wall|user|sys)$", key)
            if m:
                res.setdefault(m.group(1), {}).setdefault(m.group(2), 0.0)
                res[m.group(1)][m.group(2)] += float(val)
    return res


# ---- statistics -------------------------------------------------------------

def median(xs):
    xs = [x for x in xs if x == x]
    return statistics.median(xs) if xs else float("nan")


def iqr(xs):
    """(q1, q3) by the 'inclusive' method; (x, x) for a single value."""
    xs = sorted(x for x in xs if x == x)
    if not xs:
        return (float("nan"), float("nan"))
    if len(xs) == 1:
        return (xs[0], xs[0])
    q = statistics.quantiles(xs, n=4, method="inclusive")
    return (q[0], q[2])


def loglog_fit(xs, ys):
    """Least-squares line through (log x, log y): (exponent, prefactor, r2)."""
    import math
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys) if x > 0 and y > 0]
    n = len(pts)
    if n < 2:
        return (float("nan"), float("nan"), float("nan"))
    mx = sum(p[0] for p in pts) / n
    my = sum(p[1] for p in pts) / n
    sxx = sum((p[0] - mx) ** 2 for p in pts)
    sxy = sum((p[0] - mx) * (p[1] - my) for p in pts)
    if sxx == 0:
        return (float("nan"), float("nan"), float("nan"))
    b = sxy / sxx
    a = my - b * mx
    ss_tot = sum((p[1] - my) ** 2 for p in pts)
    ss_res = sum((p[1] - (a + b * p[0])) ** 2 for p in pts)
    return (b, math.exp(a), 1.0 - ss_res / ss_tot if ss_tot else 1.0)


# ---- output -----------------------------------------------------------------

def md_table(header, rows, align=None):
    align = align or ["l"] + ["r"] * (len(header) - 1)
    sep = ["---:" if a == "r" else "---" for a in align]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(sep) + " |"]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def info_block(info):
    return "\n".join("- %s: %s" % (k, v) for k, v in info.items())


def write_outputs(out_dir, name, data, markdown):
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, name + ".json"), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True, default=str)
    with open(os.path.join(out_dir, name + ".md"), "w") as f:
        f.write(markdown + "\n")


def progress(msg):
    sys.stderr.write(msg + "\n")
    sys.stderr.flush()
