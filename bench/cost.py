#!/usr/bin/env python3
"""Cost of the aliasing checks on realistic translation units.

For every TU in bench/tus/<lib>/ (real Debian headers) and examples/*.cpp,
runs side by side, sequentially, --reps times (order rotated per run):

  syntax         clang++-22 -fsyntax-only FLAGS tu.cpp            (baseline)
  aliaslint      aliaslint tu.cpp -- FLAGS                         (aliasing-* only)
  tidy+aliasing  clang-tidy-22 -load PLUGIN
                   --checks='-*,aliasing-*,readability-braces-around-statements'
  tidy           clang-tidy-22 --checks='-*,readability-braces-around-statements'

Both clang-tidy runs use --enable-check-profile; the pair isolates the
checks' own cost (a bare --checks='-*' refuses to run), and the profile of
the first gives the per-check split. Reports medians and IQRs over the runs
of CPU time (user+sys, robust on a shared machine) and wall time, ratios to
-fsyntax-only, the overhead in %, and peak RSS.

Every library TU runs twice: with the flags of bench/cases/FLAGS (-isystem)
and as group "<lib> -I", the same file with each -isystem DIR turned into
-IDIR (benchlib.as_user_includes: what pkg-config, or include_directories()
without linking the package's imported CMake targets, gives). Libraries whose
headers are in a system directory anyway (xtensor, /usr/include) have no -I
group. Then the library headers are user code to the compiler and clang-tidy.

  bench/cost.py                 # all TUs, 2 runs (about 15 minutes on 2 cores)
  bench/cost.py --reps 5        # more runs
  bench/cost.py --quick         # 2 TUs per library, 1 run (about 4 minutes)
  bench/cost.py --isystem-only  # without the "<lib> -I" groups
  bench/cost.py --smoke         # CI: 2 tiny TUs, 1 run, checks only that it runs

Exit status: 0 if every run succeeded, 1 if a TU failed to compile or a
front end failed, 2 on a usage or set-up error.
"""
import argparse
import glob
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as bl  # noqa: E402

CONFIGS = ("syntax", "aliaslint", "tidy+aliasing", "tidy")
TARGET_OVERHEAD = 4.0  # percent


I_SUFFIX = " -I"  # the group of a library's TUs compiled with -I instead of -isystem


class TU:
    def __init__(self, group, path, flags):
        self.group, self.path, self.flags = group, path, flags
        self.name = os.path.relpath(path, bl.REPO) + (
            " (-I)" if group.endswith(I_SUFFIX) else "")


def discover(args):
    flags = bl.read_flags()
    if args.smoke:
        return [TU("torch (mock headers)", os.path.join(bl.TUS, "smoke", "torch_mock.cpp"),
                   bl.mock_flags()),
                TU("opencv (mock headers)", os.path.join(bl.TUS, "smoke", "opencv_mock.cpp"),
                   bl.mock_flags())]
    tus = []
    libs = args.libs.split(",") if args.libs else list(bl.LIBS)
    for lib in libs:
        if lib not in bl.LIBS:
            bl.die("unknown library %r (one of %s)" % (lib, ", ".join(bl.LIBS)))
        files = sorted(glob.glob(os.path.join(bl.TUS, lib, "*.cpp")))
        if args.quick:
            files = files[:2]
        tus += [TU(lib, f, flags[lib]) for f in files]
        user = None if args.isystem_only else bl.as_user_includes(flags[lib])
        if user:
            tus += [TU(lib + I_SUFFIX, f, user) for f in files]
    if not args.quick and not args.libs:
        tus += [TU("examples", f, bl.examples_flags())
                for f in sorted(glob.glob(os.path.join(bl.REPO, "examples", "*.cpp")))]
    if not tus:
        bl.die("no translation units found under %s" % bl.TUS)
    return tus


def command(config, tu, tools, profile_dir):
    if config == "syntax":
        return [tools.clangxx, "-fsyntax-only"] + tu.flags + [tu.path]
    if config == "aliaslint":
        return [tools.aliaslint, "--quiet", tu.path, "--"] + tu.flags
    prof = ["--enable-check-profile", "--store-check-profile=" + profile_dir]
    if config == "tidy+aliasing":
        return ([tools.clang_tidy, "-load", tools.plugin,
                 "--checks=-*,aliasing-*," + bl.BASE_CHECK, "--quiet"] + prof +
                [tu.path, "--"] + tu.flags)
    return ([tools.clang_tidy, "--checks=-*," + bl.BASE_CHECK, "--quiet"] + prof +
            [tu.path, "--"] + tu.flags)


def failed(config, run):
    if run.rc < 0 or run.rc == -9:
        return "killed or timed out"
    if config == "aliaslint":
        if run.rc not in (0, 1):
            return "aliaslint exit %d" % run.rc
    elif run.rc != 0:
        return "exit %d" % run.rc
    if " error: " in run.out or run.out.startswith("error:"):
        return "error in output"
    return None


def measure_all(tus, tools, reps, timeout):
    """results[tu.name][config] = list of per-run dicts."""
    results = {t.name: {c: [] for c in CONFIGS} for t in tus}
    failures = []
    pdir = tempfile.mkdtemp(prefix="bench-profile-")
    # Warm the page cache with each group's headers (not measured).
    seen = set()
    for t in tus:
        if t.group not in seen:
            seen.add(t.group)
            bl.measure(command("syntax", t, tools, pdir), timeout=timeout, keep_output=False)
    t_start = time.time()
    total = reps * len(tus) * len(CONFIGS)
    done = 0
    for rep in range(reps):
        for i, t in enumerate(tus):
            k = (rep + i) % len(CONFIGS)
            for config in CONFIGS[k:] + CONFIGS[:k]:
                run = bl.measure(command(config, t, tools, pdir), timeout=timeout)
                done += 1
                why = failed(config, run)
                prof = bl.tidy_profile(pdir) if config.startswith("tidy") else {}
                if why:
                    failures.append((t.name, config, why, run.out[-2000:]))
                    bl.progress("FAILED %s [%s]: %s\n%s" % (t.name, config, why, run.out[-2000:]))
                results[t.name][config].append({
                    "wall": run.wall, "cpu": run.cpu, "rss_kb": run.rss_kb, "rc": run.rc,
                    "profile": prof, "failed": why})
                elapsed = time.time() - t_start
                eta = elapsed / done * (total - done)
                bl.progress("[run %d/%d] %-45s %-13s cpu %6.2fs wall %6.2fs  (eta %dm%02ds)" % (
                    rep + 1, reps, t.name, config, run.cpu, run.wall, eta // 60, eta % 60))
    os.rmdir(pdir)
    return results, failures


def aliasing_profile(run, field="wall"):
    return sum(v.get(field, 0.0) for k, v in run["profile"].items() if k.startswith("aliasing-"))


def pct(x):
    return "%.2f" % x if x == x else "n/a"


def med_iqr(xs, fmt="%.2f", suffix=""):
    m = bl.median(xs)
    lo, hi = bl.iqr(xs)
    if m != m:
        return "n/a"
    if len(xs) < 2:
        return (fmt % m) + suffix
    return (fmt % m) + suffix + " [" + (fmt % lo) + ", " + (fmt % hi) + "]"


def summarise(tus, results, reps, info, args):
    groups = []
    for t in tus:
        if t.group not in groups:
            groups.append(t.group)
    out = []
    summary = {}

    def group_sum(group, config, metric, rep):
        return sum(results[t.name][config][rep][metric] for t in tus if t.group == group)

    def sums(group_list, config, metric, rep):
        return sum(group_sum(g, config, metric, rep) for g in group_list)

    def prof_sum(group_list, rep, check=None, field="wall"):
        total = 0.0
        for t in tus:
            if t.group in group_list:
                run = results[t.name]["tidy+aliasing"][rep]
                if check:
                    total += run["profile"].get(check, {}).get(field, 0.0)
                else:
                    total += aliasing_profile(run, field)
        return total

    # Aggregate rows: "all" is the -isystem set (as in earlier recordings);
    # the libraries with an -I group are summed once per flavour.
    agg = {}
    base = [g for g in groups if not g.endswith(I_SUFFIX)]
    with_i = [g for g in groups if g.endswith(I_SUFFIX)]
    if len(base) > 1:
        agg["all"] = base
    if len(with_i) > 1:
        twins = [g[:-len(I_SUFFIX)] for g in with_i]
        agg["+".join(twins)] = twins
        agg["+".join(twins) + I_SUFFIX] = with_i
    rows_for = groups + list(agg)
    for metric, title in (("cpu", "CPU time (user+sys)"), ("wall", "Wall time")):
        rows = []
        for g in rows_for:
            gl = agg.get(g, [g])
            n = sum(1 for t in tus if t.group in gl)
            per_rep = {c: [sums(gl, c, metric, r) for r in range(reps)] for c in CONFIGS}
            ratio = {c: [per_rep[c][r] / per_rep["syntax"][r] for r in range(reps)] for c in CONFIGS}
            over = [100.0 * (per_rep["tidy+aliasing"][r] - per_rep["tidy"][r]) / per_rep["tidy"][r]
                    for r in range(reps)]
            prof_field = "user" if metric == "cpu" else "wall"
            prof = [100.0 * prof_sum(gl, r, field=prof_field) / per_rep["syntax"][r] for r in range(reps)]
            summary.setdefault(metric, {})[g] = {
                "tus": n, "seconds": {c: bl.median(per_rep[c]) for c in CONFIGS},
                "ratio_to_syntax": {c: bl.median(ratio[c]) for c in CONFIGS},
                "overhead_pair_pct": bl.median(over), "overhead_pair_iqr": bl.iqr(over),
                "checks_profile_pct_of_syntax": bl.median(prof)}
            rows.append([g, n, "%.1f" % bl.median(per_rep["syntax"]),
                         "%.1f" % bl.median(per_rep["aliaslint"]) + " (%s×)" % med_iqr(ratio["aliaslint"], "%.3f"),
                         "%.1f" % bl.median(per_rep["tidy+aliasing"]) + " (%s×)" % med_iqr(ratio["tidy+aliasing"], "%.3f"),
                         "%.1f" % bl.median(per_rep["tidy"]) + " (%s×)" % med_iqr(ratio["tidy"], "%.3f"),
                         med_iqr(over, "%+.2f", " %"), med_iqr(prof, "%.2f", " %")])
        out.append("### %s, seconds summed over the TUs (median of %d run%s [IQR])\n" % (
            title, reps, "s" if reps > 1 else ""))
        out.append(bl.md_table(
            ["TUs", "n", "syntax-only", "aliaslint (× syntax)", "tidy + aliasing (×)",
             "tidy base (×)", "checks' overhead: (tidy+aliasing − tidy) / tidy",
             "aliasing-* in check profile, % of syntax-only"], rows))
        out.append("")

    # -I against -isystem, CPU.
    rows = []
    for g in rows_for:
        if not g.endswith(I_SUFFIX):
            continue
        i, s = summary["cpu"][g], summary["cpu"][g[:-len(I_SUFFIX)]]
        cells = [g[:-len(I_SUFFIX)], i["tus"],
                 "%.1f → %.1f (%.3f×)" % (s["seconds"]["syntax"], i["seconds"]["syntax"],
                                          i["seconds"]["syntax"] / s["seconds"]["syntax"])]
        for c in CONFIGS[1:]:
            cells.append("%.3f× → %.3f×" % (s["ratio_to_syntax"][c], i["ratio_to_syntax"][c]))
        cells.append("%+.2f %% → %+.2f %%" % (s["overhead_pair_pct"], i["overhead_pair_pct"]))
        cells.append("%.2f %% → %.2f %%" % (s["checks_profile_pct_of_syntax"],
                                            i["checks_profile_pct_of_syntax"]))
        rows.append(cells)
    if rows:
        out.append("### -isystem → -I: the same TUs with the library headers as user headers "
                   "(CPU, medians; ratios to `-fsyntax-only` on the same flags)\n")
        out.append(bl.md_table(
            ["library", "n", "syntax-only s", "aliaslint (× syntax)", "tidy + aliasing (×)",
             "tidy base (×)", "checks' overhead (pair)", "aliasing-* in check profile"], rows))
        out.append("")

    # Per-check split from the profile.
    rows = []
    all_checks = sorted({k for t in tus for run in results[t.name]["tidy+aliasing"]
                         for k in run["profile"]})
    for check in all_checks:
        cells = [check]
        for g in rows_for:
            gl = agg.get(g, [g])
            ms = [1000.0 * prof_sum(gl, r, check) for r in range(reps)]
            syn = [sums(gl, "syntax", "wall", r) for r in range(reps)]
            cells.append("%.1f ms (%.3f %%)" % (bl.median(ms), 100.0 * bl.median(ms) / 1000.0 / bl.median(syn)))
        rows.append(cells)
    out.append("### Per-check split (clang-tidy --enable-check-profile, wall, summed over the TUs; "
               "% of syntax-only wall)\n")
    out.append("The aliasing checks share one matcher and one engine: the profile books "
               "the matching, the analysis and every check's rule on the check that leads "
               "the group (the first registered).\n")
    out.append(bl.md_table(["check"] + rows_for, rows))
    out.append("")

    # Peak RSS.
    rows = []
    for g in rows_for:
        gl = agg.get(g, [g])
        sel = [t for t in tus if t.group in gl]
        cells = [g]
        for c in CONFIGS:
            rss = [bl.median([r["rss_kb"] for r in results[t.name][c]]) / 1024.0 for t in sel]
            cells.append("%.0f" % (sum(rss) / len(rss)))
        d = [bl.median([r["rss_kb"] for r in results[t.name]["tidy+aliasing"]]) -
             bl.median([r["rss_kb"] for r in results[t.name]["tidy"]]) for t in sel]
        cells.append("%+.1f" % (sum(d) / len(d) / 1024.0))
        rows.append(cells)
    out.append("### Peak RSS, MiB (mean over the TUs of the median per TU)\n")
    out.append(bl.md_table(["TUs"] + list(CONFIGS) + ["tidy+aliasing − tidy"], rows))
    out.append("")

    # Per TU.
    rows = []
    for t in tus:
        r = results[t.name]
        syn = bl.median([x["cpu"] for x in r["syntax"]])
        cells = [t.name, "%.2f" % syn]
        for c in CONFIGS[1:]:
            cells.append("%.2f (%.3f×)" % (bl.median([x["cpu"] for x in r[c]]),
                                           bl.median([x["cpu"] for x in r[c]]) / syn))
        cells.append("%.1f" % (1000.0 * bl.median([aliasing_profile(x) for x in r["tidy+aliasing"]])))
        rows.append(cells)
    out.append("### Per TU: CPU seconds, median (× syntax-only); aliasing-* profile wall in ms\n")
    out.append(bl.md_table(["TU", "syntax-only", "aliaslint", "tidy+aliasing", "tidy", "aliasing-* ms"], rows))
    return "\n".join(out), summary


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    bl.add_common_args(ap)
    ap.add_argument("--reps", type=int, default=None,
                    help="runs of every (TU, front end) pair (default 2; --quick and --smoke 1)")
    ap.add_argument("--quick", action="store_true", help="2 TUs per library, 1 run, no examples")
    ap.add_argument("--libs", default="", help="comma-separated subset of %s" % ",".join(bl.LIBS))
    ap.add_argument("--isystem-only", action="store_true",
                    help='leave out the "<lib> -I" groups (library headers as user headers)')
    ap.add_argument("--timeout", type=float, default=600.0, help="per run, seconds")
    args = ap.parse_args()
    reps = args.reps or (1 if args.quick or args.smoke else 2)
    if reps < 1:
        bl.die("--reps must be at least 1")
    tools = bl.Tools(args).require("aliaslint", "plugin", "clangxx", "clang_tidy")
    tus = discover(args)
    info = bl.machine_info(tools)
    info["runs per (TU, front end)"] = reps
    info["mode"] = "smoke" if args.smoke else "quick" if args.quick else "full"
    bl.progress("cost: %d TUs x %d front ends x %d runs, sequential" % (len(tus), len(CONFIGS), reps))
    results, failures = measure_all(tus, tools, reps, args.timeout)
    # A TU on which any front end failed is left out of every table.
    bad = {name for name, _, _, _ in failures}
    ok = [t for t in tus if t.name not in bad]
    report = "## Cost\n\n" + bl.info_block(info) + "\n\n"
    summary = {}
    if ok:
        md, summary = summarise(ok, results, reps, info, args)
        report += md
    if failures:
        report += "\n\n### Failed runs (their TUs are left out of the tables above)\n\n" + "\n".join(
            "- `%s` [%s]: %s" % (name, config, why) for name, config, why, _ in failures)
    print(report)
    bl.write_outputs(args.out_dir, "cost" + ("-smoke" if args.smoke else ""),
                     {"info": info, "summary": summary, "results": results,
                      "failures": failures}, report)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
