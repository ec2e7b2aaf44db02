#!/usr/bin/env python3
"""How the aliasing checks scale with the size of a function.

Generates, for N statements (1,000 to 64,000, doubling) over K arrays (4 to
256), one function mixing views, copies, in-place writes, reads, branches and
loops on libtorch tensors (mock headers: -isystem test/Inputs/mock, so that
parsing is cheap), and measures per (N, K):

  - the analysis time alone: the aliasing checks' time from
    clang-tidy-22 -load PLUGIN --checks='-*,aliasing-*' --enable-check-profile
    (median of --reps runs), as CPU time (user+sys: on a shared machine
    wall time mostly measures the other processes), wall time alongside;
  - peak memory: /usr/bin/time's maximum RSS of that run minus the one of
    clang++-22 -fsyntax-only on the same file (and, to isolate the checks
    from clang-tidy's own footprint, minus a clang-tidy run of the cheap
    readability-braces-around-statements check);
  - whether the engine skipped the function for its size
    (EngineOptions::MaxElements, via aliaslint --dump-provenance).

Fits time = c * N^b by least squares on log-log axes for each K (analysed
points only) and plots time against N to bench/scaling.png.

  bench/scaling.py                     # the full grid (about 15 minutes)
  bench/scaling.py --reps 5 --k 4,64
  bench/scaling.py --smoke             # CI: N=1000,2000, K=4, one run
  bench/scaling.py --checks aliasing-write-through-view --name scaling-wtv
                                       # one rule apart (plot bench/scaling-wtv.png)
  bench/scaling.py --report-only bench/out/scaling.json   # re-render report and plot

Exit status: 0 on success (whatever the exponent), 1 if a run failed or
timed out, 2 on a usage or set-up error.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as bl  # noqa: E402

TARGET_EXPONENT = 1.1
DEFAULT_N = [1000 * 2 ** i for i in range(7)]   # 1,000 .. 64,000
DEFAULT_K = [4, 16, 64, 256]
MATPLOTLIB_PYTHON = "/usr/bin/python3"          # Debian's python3-matplotlib


# ---- generator --------------------------------------------------------------

class Gen:
    """Emits exactly n statements (declarations, expression statements, if
    and for statements each count as one; braces do not) over k tensors."""

    def __init__(self, n, k, seed):
        self.n, self.k = n, k
        self.rng = random.Random(seed)
        self.left = n
        self.lines = []
        self.tmp = 0

    def a(self):
        return "a%d" % self.rng.randrange(self.k)

    def emit(self, depth, text):
        self.lines.append("  " * depth + text)
        self.left -= 1

    def view(self):
        src = self.a()
        return self.rng.choice([
            "%s.slice(0, 1, 6)" % src, "%s.select(0, 2)" % src, "%s.narrow(1, 0, 4)" % src,
            "%s.t()" % src, "%s.transpose(0, 1)" % src, "%s.view({-1})" % src,
            "%s.index({1})" % src])

    def copy(self):
        src = self.a()
        return self.rng.choice([
            "%s.clone()" % src, "%s.index_select(0, idx)" % src, "%s.index({mask})" % src,
            "%s.masked_select(mask)" % src, "%s.flip({0})" % src, "%s * 2.0" % src])

    def simple(self, depth):
        r = self.rng.random()
        if r < 0.14:
            self.emit(depth, "%s = %s;" % (self.a(), self.view()))
        elif r < 0.24:
            self.emit(depth, "%s = %s;" % (self.a(), self.copy()))
        elif r < 0.50:
            t = self.a()
            self.emit(depth, self.rng.choice([
                "%s.mul_(1.5);" % t, "%s.add_(%s);" % (t, self.a()), "%s.zero_();" % t,
                "%s.sub_(0.5);" % t, "%s.index_put_({0}, 1.0);" % t,
                "%s.slice(0, 0, 2).fill_(0.0);" % t, "%s.copy_(%s);" % (t, self.a()),
                "%s.index({mask}) = 0.0;" % t, "%s += %s;" % (t, self.a())]))
        else:
            t = self.a()
            self.emit(depth, self.rng.choice([
                "acc += %s.sum().item<double>();" % t,
                "acc -= %s.mean().item<double>();" % t,
                "acc += (%s - %s).abs().sum().item<double>();" % (t, self.a()),
                "n += %s.size(0);" % t]))

    def block(self, depth, budget):
        """Up to `budget` statements at `depth`, with nested control flow."""
        while budget > 0 and self.left > 0:
            r = self.rng.random()
            if r < 0.08 and depth < 3 and self.left >= 4:
                inner = min(self.rng.randint(1, 4), self.left - 1)
                cond = self.rng.choice(["acc > %d.0" % self.rng.randrange(9), "n %% %d == 0" % self.rng.randint(2, 7),
                                        "%s.size(0) > 3" % self.a()])
                self.emit(depth, "if (%s) {" % cond)
                before = self.left
                self.block(depth + 1, inner)
                if self.left > 1 and self.rng.random() < 0.5:
                    self.lines.append("  " * depth + "} else {")
                    self.block(depth + 1, min(self.rng.randint(1, 3), self.left))
                self.lines.append("  " * depth + "}")
                budget -= 1 + (before - self.left)
            elif r < 0.14 and depth < 3 and self.left >= 4:
                inner = min(self.rng.randint(1, 4), self.left - 1)
                self.emit(depth, "for (int r%d = 0; r%d < 4; ++r%d) {" % ((depth,) * 3))
                before = self.left
                self.block(depth + 1, inner)
                self.lines.append("  " * depth + "}")
                budget -= 1 + (before - self.left)
            elif r < 0.18 and self.left >= 3:
                # A block-scoped named view, written and its root read.
                self.tmp += 1
                src = self.a()
                self.lines.append("  " * depth + "{")
                self.emit(depth + 1, "auto v%d = %s.narrow(0, 0, 2);" % (self.tmp, src))
                self.emit(depth + 1, "v%d.add_(1.0);" % self.tmp)
                self.emit(depth + 1, "acc += %s.sum().item<double>();" % src)
                self.lines.append("  " * depth + "}")
                budget -= 3
            else:
                self.simple(depth)
                budget -= 1

    def source(self):
        head = ["// Generated by bench/scaling.py: N=%d statements over K=%d tensors." % (self.n, self.k),
                "#include <torch/torch.h>", "",
                "double generated(torch::Tensor idx, torch::Tensor mask, int64_t seed) {"]
        decls = ["  torch::Tensor a%d = torch::zeros({8, 8});" % i for i in range(self.k)]
        decls += ["  double acc = 0.0;", "  int64_t n = seed;"]
        self.left = self.n
        self.block(1, self.n)
        return "\n".join(head + decls + self.lines + ["  return acc + n;", "}", ""])


def generate(n, k, path, seed=1):
    with open(path, "w") as f:
        f.write(Gen(n, k, seed * 1000003 + n * 7 + k).source())


# ---- measurement ------------------------------------------------------------

def measure_point(n, k, tools, reps, work, timeout, flags, checks="aliasing-*"):
    src = os.path.join(work, "gen_n%d_k%d.cpp" % (n, k))
    generate(n, k, src)
    pdir = tempfile.mkdtemp(prefix="bench-scaling-prof-", dir=work)
    tidy = [tools.clang_tidy, "-load", tools.plugin, "--checks=-*," + checks, "--quiet",
            "--enable-check-profile", "--store-check-profile=" + pdir, src, "--"] + flags
    base = [tools.clang_tidy, "--checks=-*," + bl.BASE_CHECK, "--quiet", src, "--"] + flags
    syntax = [tools.clangxx, "-fsyntax-only"] + flags + [src]
    point = {"n": n, "k": k, "lines": sum(1 for _ in open(src)), "runs": [], "failed": None}
    for r in range(reps):
        s = bl.measure(syntax, timeout=timeout, keep_output=False)
        t = bl.measure(tidy, timeout=timeout, keep_output=False)
        prof = bl.tidy_profile(pdir)
        if s.rc != 0 or t.rc != 0:
            point["failed"] = "syntax exit %d, clang-tidy exit %d%s" % (
                s.rc, t.rc, " (timeout %ds)" % timeout if -9 in (s.rc, t.rc) else "")
            break
        # CPU time (user+sys) of the checks: on a shared machine the wall
        # time mostly measures the other processes.
        checks = {c: v.get("user", 0.0) + v.get("sys", 0.0) for c, v in prof.items()
                  if c.startswith("aliasing-")}
        walls = {c: v.get("wall", 0.0) for c, v in prof.items() if c.startswith("aliasing-")}
        point["runs"].append({"analysis": sum(checks.values()), "checks": checks,
                              "analysis_wall": sum(walls.values()),
                              "tidy_wall": t.wall, "tidy_cpu": t.cpu, "tidy_rss_kb": t.rss_kb,
                              "syntax_wall": s.wall, "syntax_cpu": s.cpu, "syntax_rss_kb": s.rss_kb})
    os.rmdir(pdir)
    if not point["failed"]:
        b = bl.measure(base, timeout=timeout, keep_output=False)
        point["base_rss_kb"] = b.rss_kb
        # Did the engine skip the function for its size?
        point["skipped"] = None
        with subprocess.Popen([tools.aliaslint, "--dump-provenance", src, "--"] + flags,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              universal_newlines=True, errors="replace") as d:
            for line in d.stdout:   # streamed: the dump of a big function is large
                m = re.search(r"skipped: (.*)", line)
                if m:
                    point["skipped"] = m.group(1).strip()
            d.wait()
        m = re.search(r"function has (\d+) CFG elements", point["skipped"] or "")
        point["cfg_elements"] = int(m.group(1)) if m else None
        runs = point["runs"]
        point["analysis"] = bl.median([x["analysis"] for x in runs])
        point["analysis_iqr"] = bl.iqr([x["analysis"] for x in runs])
        point["checks"] = {c: bl.median([x["checks"].get(c, 0.0) for x in runs])
                           for c in runs[0]["checks"]}
        point["analysis_wall"] = bl.median([x["analysis_wall"] for x in runs])
        point["syntax_wall"] = bl.median([x["syntax_wall"] for x in runs])
        point["syntax_cpu"] = bl.median([x["syntax_cpu"] for x in runs])
        point["tidy_cpu"] = bl.median([x["tidy_cpu"] for x in runs])
        point["rss_over_syntax_mb"] = bl.median([(x["tidy_rss_kb"] - x["syntax_rss_kb"]) / 1024.0 for x in runs])
        point["rss_over_tidy_mb"] = bl.median([(x["tidy_rss_kb"] - point["base_rss_kb"]) / 1024.0 for x in runs])
        point["tidy_rss_mb"] = bl.median([x["tidy_rss_kb"] / 1024.0 for x in runs])
    os.unlink(src)
    return point


# ---- report -----------------------------------------------------------------

def fit(points, ks):
    """Per K: the exponent of the three checks' total time, and of each
    check's own time (a rule's query can scale worse than the engine)."""
    fits = {}
    for k in ks:
        pts = [p for p in points if p["k"] == k and not p.get("failed") and not p.get("skipped")
               and not p.get("not_run")]
        if len(pts) >= 2:
            b, c, r2 = bl.loglog_fit([p["n"] for p in pts], [p["analysis"] for p in pts])
            fits[k] = {"exponent": b, "prefactor": c, "r2": r2, "points": len(pts),
                       "n_range": (pts[0]["n"], pts[-1]["n"]), "per_check": {}}
            for check in sorted(pts[0].get("checks", {})):
                bc, _, _ = bl.loglog_fit([p["n"] for p in pts], [p["checks"].get(check, 0.0) for p in pts])
                fits[k]["per_check"][check] = bc
    return fits


def report(points, fits, ns, ks, info, plot_rel):
    out = ["## Scaling", "", bl.info_block(info), ""]
    by = {(p["n"], p["k"]): p for p in points}

    def cell(p, f):
        if p is None:
            return "—"
        if p.get("failed"):
            return "failed"
        if p.get("skipped"):
            return "skipped"
        if p.get("not_run"):
            return "not run"
        return f(p)

    out += ["### Analysis time: the three aliasing checks' CPU time (user+sys, s) from the "
            "clang-tidy check profile, median of the runs [IQR]", ""]
    rows = [[n] + [cell(by.get((n, k)), lambda p: "%.3f [%.3f, %.3f]" % (p["analysis"], *p["analysis_iqr"]))
                   for k in ks] for n in ns]
    out += [bl.md_table(["N \\ K"] + ["K=%d" % k for k in ks], rows), ""]
    out += ["### The same, wall time (s)", ""]
    rows = [[n] + [cell(by.get((n, k)), lambda p: "%.3f" % p["analysis_wall"]) for k in ks] for n in ns]
    out += [bl.md_table(["N \\ K"] + ["K=%d" % k for k in ks], rows), ""]
    out += ["### Analysis time per statement (µs)", ""]
    rows = [[n] + [cell(by.get((n, k)), lambda p: "%.1f" % (1e6 * p["analysis"] / p["n"])) for k in ks] for n in ns]
    out += [bl.md_table(["N \\ K"] + ["K=%d" % k for k in ks], rows), ""]
    out += ["### For comparison: clang++ -fsyntax-only CPU time (s)", ""]
    rows = [[n] + [cell(by.get((n, k)), lambda p: "%.2f" % p["syntax_cpu"]) for k in ks] for n in ns]
    out += [bl.md_table(["N \\ K"] + ["K=%d" % k for k in ks], rows), ""]
    out += ["### Peak RSS of clang-tidy with aliasing-* minus clang++ -fsyntax-only "
            "(minus clang-tidy with only readability-braces-around-statements), MiB", ""]
    rows = [[n] + [cell(by.get((n, k)), lambda p: "%+.0f (%+.0f)" % (p["rss_over_syntax_mb"], p["rss_over_tidy_mb"]))
                   for k in ks] for n in ns]
    out += [bl.md_table(["N \\ K"] + ["K=%d" % k for k in ks], rows), ""]
    out += ["### Fitted exponent b in time = c · N^b (log-log least squares, analysed points)", ""]
    rows = []
    for k in ks:
        f = fits.get(k)
        if f:
            rows.append([k, "%.3f" % f["exponent"], "%.3f" % f["r2"], "%d–%d" % tuple(f["n_range"]), f["points"],
                         "yes" if f["exponent"] <= TARGET_EXPONENT else "**no**"])
        else:
            rows.append([k, "n/a", "", "", 0, ""])
    out += [bl.md_table(["K", "exponent b", "R²", "N range", "points", "b ≤ %.1f" % TARGET_EXPONENT], rows), ""]
    checks = sorted({c for f in fits.values() for c in f.get("per_check", {})})
    if checks:
        out += ["### Fitted exponent per check (the checks share one engine per "
                "translation unit: the first check that runs on a function, in "
                "clang-tidy's order, also pays for the engine's analysis of it)", ""]
        rows = [[k] + ["%.3f" % fits[k]["per_check"][c] if c in fits.get(k, {}).get("per_check", {}) else "n/a"
                       for c in checks] for k in ks]
        out += [bl.md_table(["K"] + checks, rows), ""]
        out += ["### Per check CPU time at the largest analysed N (s)", ""]
        rows = []
        for k in ks:
            ok = [p for p in points if p["k"] == k and not p.get("failed") and not p.get("skipped")
                  and not p.get("not_run")]
            if ok:
                p = ok[-1]
                rows.append([k, p["n"]] + ["%.3f" % p["checks"].get(c, 0.0) for c in checks])
        out += [bl.md_table(["K", "N"] + checks, rows), ""]
    skipped = [p for p in points if p.get("skipped")]
    if skipped:
        out.append("Skipped by the engine's size limit (EngineOptions::MaxElements):")
        out += ["- N=%d, K=%d: %s" % (p["n"], p["k"], p["skipped"]) for p in skipped]
    else:
        out.append("No function hit the engine's size limit (EngineOptions::MaxElements).")
    not_run = [p for p in points if p.get("not_run")]
    if not_run:
        out += ["", "Not run (the time budget per run, --budget):"]
        out += ["- N=%d, K=%d: %s" % (p["n"], p["k"], p["not_run"]) for p in not_run]
    failed = [p for p in points if p.get("failed")]
    if failed:
        out += ["", "Failed or timed out:"] + ["- N=%d, K=%d: %s" % (p["n"], p["k"], p["failed"]) for p in failed]
    if plot_rel:
        out += ["", "![analysis time against N](%s)" % plot_rel]
    return "\n".join(out)


def plot(data_path, png):
    """Draws time against N, one line per K; runs under a Python that has
    matplotlib (Debian's /usr/bin/python3 if the current one has not)."""
    try:
        import matplotlib
    except ImportError:
        if os.path.realpath(sys.executable) != os.path.realpath(MATPLOTLIB_PYTHON) and \
                os.path.exists(MATPLOTLIB_PYTHON):
            r = subprocess.run([MATPLOTLIB_PYTHON, os.path.abspath(__file__), "--plot-only", data_path,
                                "--plot", png])
            return r.returncode == 0
        bl.progress("warning: matplotlib not available (apt-get install python3-matplotlib); no plot")
        return False
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    data = json.load(open(data_path))
    points, fits = data["points"], {int(k): v for k, v in data["fits"].items()}
    ks = sorted({p["k"] for p in points})
    fig, ax = plt.subplots(figsize=(7.5, 5))
    for k in ks:
        ok = [p for p in points if p["k"] == k and not p.get("failed") and not p.get("skipped")
              and not p.get("not_run")]
        line, = ax.plot([p["n"] for p in ok], [p["analysis"] for p in ok], "o-",
                        label="K=%d (b=%.2f)" % (k, fits[k]["exponent"]) if k in fits else "K=%d" % k)
        if k in fits and ok:
            f = fits[k]
            xs = [ok[0]["n"], ok[-1]["n"]]
            ax.plot(xs, [f["prefactor"] * x ** f["exponent"] for x in xs], ":", color=line.get_color())
        sk = [p for p in points if p["k"] == k and p.get("skipped")]
        if sk:
            ax.plot([p["n"] for p in sk], [p["analysis"] for p in sk], "x", color=line.get_color(),
                    markersize=9)
    syn = {}
    for p in points:
        if not p.get("failed") and not p.get("not_run"):
            syn.setdefault(p["n"], []).append(p["syntax_cpu"])
    ns = sorted(syn)
    ax.plot(ns, [sorted(syn[n])[len(syn[n]) // 2] for n in ns], "k--", alpha=0.5,
            label="clang++ -fsyntax-only (median over K)")
    if ns:
        ref = [p for p in points if not p.get("failed") and not p.get("skipped") and not p.get("not_run")]
        if ref:
            x0, y0 = ref[0]["n"], min(p["analysis"] for p in ref if p["n"] == ref[0]["n"])
            ax.plot([ns[0], ns[-1]], [y0 * ns[0] / x0, y0 * ns[-1] / x0], color="grey", alpha=0.3,
                    linewidth=6, label="linear (slope 1)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("N (statements in the function)")
    ax.set_ylabel("CPU seconds (aliasing-* checks, clang-tidy profile)")
    checks = data.get("info", {}).get("checks measured", "aliasing-*")
    ax.set_title("aliaslint analysis time vs function size (%s)\nx = skipped by the engine's size limit"
                 % checks.replace("aliasing-", ""), fontsize=10)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(png, dpi=110)
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    bl.add_common_args(ap)
    ap.add_argument("--reps", type=int, default=None, help="runs per point (default 3; --smoke 1)")
    ap.add_argument("--n", default="", help="comma-separated N values (default %s)" % ",".join(map(str, DEFAULT_N)))
    ap.add_argument("--k", default="", help="comma-separated K values (default %s)" % ",".join(map(str, DEFAULT_K)))
    ap.add_argument("--timeout", type=float, default=1800.0, help="per run, wall seconds")
    ap.add_argument("--budget", type=float, default=60.0,
                    help="largest projected analysis CPU time per run, seconds: larger N of "
                         "a K whose growth projects beyond it are not run (default %(default)s)")
    ap.add_argument("--plot", default=None, help="PNG to write (default bench/scaling.png; "
                                                 "with --smoke, in --out-dir)")
    ap.add_argument("--checks", default="aliasing-*",
                    help="clang-tidy glob of the checks measured (default %(default)s), e.g. "
                         "to see one rule's query apart from the engine")
    ap.add_argument("--name", default="scaling",
                    help="base name of the outputs in --out-dir (default %(default)s)")
    ap.add_argument("--plot-only", metavar="JSON", help=argparse.SUPPRESS)
    ap.add_argument("--report-only", metavar="JSON",
                    help="re-render the report and the plot from a saved scaling.json")
    ap.add_argument("--emit", metavar="N,K", help="print the generated source for N,K and exit")
    args = ap.parse_args()
    if args.plot_only:
        return 0 if plot(args.plot_only, args.plot) else 1
    if args.report_only:
        data = json.load(open(args.report_only))
        points, info = data["points"], data["info"]
        ns = sorted({p["n"] for p in points})
        ks = sorted({p["k"] for p in points})
        fits = fit(points, ks)
        name = os.path.splitext(os.path.basename(args.report_only))[0]
        png = args.plot or (os.path.join(args.out_dir, name + ".png") if info.get("mode") == "smoke"
                            else os.path.join(bl.BENCH, name + ".png"))
        bl.write_outputs(args.out_dir, name, {"info": info, "points": points, "fits": fits}, "")
        ok = plot(os.path.join(args.out_dir, name + ".json"), png)
        md = report(points, fits, ns, ks, info, os.path.relpath(png, bl.BENCH) if ok else None)
        print(md)
        bl.write_outputs(args.out_dir, name, {"info": info, "points": points, "fits": fits}, md)
        return 0
    if args.emit:
        n, k = (int(x) for x in args.emit.split(","))
        sys.stdout.write(Gen(n, k, 1 * 1000003 + n * 7 + k).source())
        return 0
    ns = [int(x) for x in args.n.split(",")] if args.n else ([1000, 2000] if args.smoke else DEFAULT_N)
    ks = [int(x) for x in args.k.split(",")] if args.k else ([4] if args.smoke else DEFAULT_K)
    reps = args.reps or (1 if args.smoke else 3)
    png = args.plot or (os.path.join(args.out_dir, args.name + "-smoke.png") if args.smoke
                        else os.path.join(bl.BENCH, args.name + ".png"))
    tools = bl.Tools(args).require("aliaslint", "plugin", "clangxx", "clang_tidy")
    info = bl.machine_info(tools)
    info["runs per point"] = reps
    info["mode"] = "smoke" if args.smoke else "full"
    info["generator"] = "bench/scaling.py (seeded; `--emit N,K` prints a case), mock headers test/Inputs/mock"
    info["checks measured"] = args.checks
    flags = bl.mock_flags()
    os.makedirs(args.out_dir, exist_ok=True)
    work = tempfile.mkdtemp(prefix="bench-scaling-")
    points = []
    t0 = time.time()
    # Large N first within each K? No: small first, so that a blow-up shows early.
    for k in ks:
        prev = None
        for n in ns:
            if prev and not prev.get("failed") and not prev.get("skipped") and prev["analysis"] > 0:
                # Growth seen so far (at least linear) projects the next point;
                # beyond the budget the rest of this K is not run.
                last = [p for p in points if p["k"] == k and not p.get("failed") and not p.get("skipped")
                        and not p.get("not_run")]
                growth = 2.0
                if len(last) >= 2 and last[-2]["analysis"] > 0:
                    growth = max(2.0, last[-1]["analysis"] / last[-2]["analysis"] * n / last[-1]["n"] / 2.0)
                projected = prev["analysis"] * growth * n / (2.0 * prev["n"])
                if projected > args.budget:
                    p = {"n": n, "k": k, "not_run": "projected %.0f s of analysis per run > --budget %.0f s"
                         % (projected, args.budget)}
                    points.append(p)
                    bl.progress("N=%6d K=%3d  not run: %s" % (n, k, p["not_run"]))
                    continue
            if prev and prev.get("failed"):
                p = {"n": n, "k": k, "not_run": "a smaller N failed"}
                points.append(p)
                continue
            p = measure_point(n, k, tools, reps, work, args.timeout, flags, args.checks)
            prev = p
            points.append(p)
            bl.progress("N=%6d K=%3d  %s  (%.0fs elapsed)" % (  # noqa
                n, k, p["failed"] or ("skipped: " + p["skipped"]) if p.get("failed") or p.get("skipped")
                else "analysis %.3fs cpu (%.3fs wall), syntax %.2fs cpu, +%.0f MiB" % (
                    p["analysis"], p["analysis_wall"], p["syntax_cpu"], p["rss_over_syntax_mb"]),
                time.time() - t0))
    os.rmdir(work)
    fits = fit(points, ks)
    name = args.name + ("-smoke" if args.smoke else "")
    data_path = os.path.join(args.out_dir, name + ".json")
    plot_ok = False
    md = ""
    bl.write_outputs(args.out_dir, name, {"info": info, "points": points, "fits": fits}, md)
    plot_ok = plot(data_path, png)
    rel = os.path.relpath(png, bl.BENCH) if plot_ok else None
    md = report(points, fits, ns, ks, info, rel)
    print(md)
    bl.write_outputs(args.out_dir, name, {"info": info, "points": points, "fits": fits}, md)
    return 1 if any(p.get("failed") for p in points) else 0


if __name__ == "__main__":
    sys.exit(main())
