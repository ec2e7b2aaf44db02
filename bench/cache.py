#!/usr/bin/env python3
"""bench/cache.py: the result cache and sharding over a synthetic project.

Generates a project of --tus small translation units over the mock headers
(test/Inputs/mock) with a compile_commands.json, then times, one after the
other: a run without the cache, a cold run filling a fresh --cache-dir, a
warm run over the unchanged project (every file a hit), and the two halves
of `--shard 1/2` and `--shard 2/2` (cold, no cache), merged with
`aliaslint merge-sarif` when the build has it. Reports wall and CPU time,
the cache's hit ratio, whether the warm run's SARIF is the cold run's, and
whether the warm run is within the target (at most 5 % of the cold run's
wall time). python3 standard library only.
"""
import argparse
import filecmp
import json
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as B  # noqa: E402

TARGET = 0.05  # warm / cold wall time, issue 13
STATS = re.compile(r"^aliaslint: cache: (\d+) hits?, (\d+) miss(?:es)?, (\d+) stored$", re.M)

# Three kinds of file, so that some have findings (with notes and fix-its)
# and some none, as in a real project.
LOST = """
void zeroRows{i}(torch::Tensor t, torch::Tensor idx) {{
  t.index({{idx}}) = 0;
}}
"""
VIEW = """
float scaleBackup{i}(torch::Tensor data) {{
  auto backup = data.slice(0, 0, {n});
  backup.mul_(2);
  return data.sum().item<float>();
}}
"""
CLEAN = """
void normaliseRow{i}(torch::Tensor m, int64_t r) {{
  auto row = m.select(0, r);
  row.div_(row.sum());
}}
"""


def generate(root, n):
    """n TUs under root/src, and root/compile_commands.json."""
    src = os.path.join(root, "src")
    os.makedirs(src)
    commands = []
    for i in range(n):
        body = "#include <torch/torch.h>\n" + CLEAN.format(i=i)
        if i % 3 == 0:
            body += LOST.format(i=i)
        if i % 5 == 0:
            body += VIEW.format(i=i, n=i % 7 + 1)
        name = os.path.join(src, "tu_%03d.cpp" % i)
        with open(name, "w") as f:
            f.write(body)
        commands.append({"directory": root, "file": name,
                         "arguments": ["clang++-22", *B.mock_flags(), "-c", name,
                                       "-o", name + ".o"]})
    with open(os.path.join(root, "compile_commands.json"), "w") as f:
        json.dump(commands, f, indent=1)


def run(tools, root, label, extra, jobs):
    cmd = [tools.aliaslint, "-p", root, "-j%d" % jobs, "--progress=never"] + extra
    B.progress("%s: %s" % (label, " ".join(cmd)))
    r = B.measure(cmd, cwd=root)
    if r.rc not in (0, 1):
        B.die("%s failed (exit %d):\n%s" % (label, r.rc, r.out[-2000:]))
    m = STATS.search(r.out)
    hits, misses = (int(m.group(1)), int(m.group(2))) if m else (None, None)
    return {"label": label, "wall": r.wall, "cpu": r.cpu, "rc": r.rc,
            "hits": hits, "misses": misses, "command": " ".join(cmd)}


def merge(tools, root, parts, out):
    """aliaslint merge-sarif OUT IN...; None when this build has no such
    subcommand (it then fails like a missing input file)."""
    cmd = [tools.aliaslint, "merge-sarif", out] + parts
    r = B.measure(cmd, cwd=root)
    if r.rc != 0 or not os.path.isfile(out):
        return None
    return {"label": "merge-sarif", "wall": r.wall, "cpu": r.cpu, "rc": r.rc,
            "hits": None, "misses": None, "command": " ".join(cmd)}


def measure_all(tools, root, jobs):
    cache = os.path.join(root, "cache")
    sarif = lambda name: ["--format=sarif", "-o", os.path.join(root, name)]
    runs = [run(tools, root, "no cache", sarif("plain.sarif"), jobs),
            run(tools, root, "cold (empty cache)",
                ["--cache-dir", cache, "--cache-stats"] + sarif("cold.sarif"), jobs),
            run(tools, root, "warm (cache hit)",
                ["--cache-dir", cache, "--cache-stats"] + sarif("warm.sarif"), jobs)]
    shards = [run(tools, root, "shard %d/2" % k,
                  ["--shard", "%d/2" % k] + sarif("shard%d.sarif" % k), jobs)
              for k in (1, 2)]
    merged = merge(tools, root, [os.path.join(root, "shard%d.sarif" % k) for k in (1, 2)],
                   os.path.join(root, "merged.sarif"))
    same = {"warm == cold": filecmp.cmp(os.path.join(root, "cold.sarif"),
                                        os.path.join(root, "warm.sarif"), shallow=False),
            "cold == no cache": filecmp.cmp(os.path.join(root, "plain.sarif"),
                                            os.path.join(root, "cold.sarif"), shallow=False)}
    if merged:
        same["merged shards == no cache"] = filecmp.cmp(
            os.path.join(root, "plain.sarif"), os.path.join(root, "merged.sarif"),
            shallow=False)
    return runs, shards, merged, same


def report(info, n, jobs, runs, shards, merged, same):
    cold, warm = runs[1], runs[2]
    ratio = warm["wall"] / cold["wall"] if cold["wall"] else float("nan")
    rows = []
    for r in runs + shards + ([merged] if merged else []):
        hit = ("%d/%d" % (r["hits"], r["hits"] + r["misses"])) if r["hits"] is not None else ""
        rows.append([r["label"], "%.2f" % r["wall"], "%.2f" % r["cpu"], hit,
                     "%.1f %%" % (100 * r["wall"] / cold["wall"])])
    lines = ["## Result cache and shards", "", B.info_block(info),
             "- TUs: %d, -j%d" % (n, jobs), "",
             B.md_table(["run", "wall s", "CPU s", "cache hits", "wall / cold"], rows), "",
             "- warm / cold wall time: %.1f %% (target <= %.0f %%: %s)"
             % (100 * ratio, 100 * TARGET, "met" if ratio <= TARGET else "NOT met"),
             "- shards: slower shard %.2f s wall, both %.2f s CPU"
             % (max(s["wall"] for s in shards), sum(s["cpu"] for s in shards))]
    if not merged:
        lines.append("- merge-sarif: not in this build; the shards are timed only")
    lines += ["- SARIF identical: " + ", ".join(
        "%s %s" % (k, "yes" if v else "NO") for k, v in same.items())]
    return "\n".join(lines), ratio


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    B.add_common_args(ap)
    ap.add_argument("--tus", type=int, default=300, help="TUs to generate (default: %(default)s)")
    ap.add_argument("-j", type=int, default=2, help="aliaslint -j (default: %(default)s)")
    args = ap.parse_args()
    n = 4 if args.smoke else args.tus
    tools = B.Tools(args).require("aliaslint")
    root = os.path.join(os.path.abspath(args.out_dir), "cache-project")
    shutil.rmtree(root, ignore_errors=True)
    generate(root, n)
    info = B.machine_info(tools)
    if args.smoke:
        info = {"mode": "smoke"}
    runs, shards, merged, same = measure_all(tools, root, args.j)
    md, ratio = report(info, n, args.j, runs, shards, merged, same)
    print(md)
    B.write_outputs(args.out_dir, "cache", {"info": info, "tus": n, "jobs": args.j,
                                           "runs": runs + shards + ([merged] if merged else []),
                                           "same": same, "warm_over_cold": ratio}, md)
    if not all(same.values()):
        B.die("the SARIF logs differ (see %s)" % root, 1)


if __name__ == "__main__":
    main()
