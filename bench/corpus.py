#!/usr/bin/env python3
"""The real-code corpus: aliaslint over public projects that use the modelled
libraries, to be reviewed by hand (bench/corpus/REVIEW.md).

The recipe is bench/corpus/projects.txt (project, commit, libraries, files,
include directories). For each project this script extracts those files and
every header of that commit with `git archive` from the snapshot in
MIRROR/<owner>+<name> (made by the session's fetch tool; this script cannot
fetch) into bench/corpus-src/ (git-ignored), then runs

    aliaslint --quiet --header-filter=.* FILE -- -std=c++17 <library dirs> <project includes>

over every file twice: once with the libraries' include directories as
`-isystem` (how find_package targets usually arrive) and once as `-I` (what
CMake's include_directories produces). xtensor lives in /usr/include, where
`-I` would be ignored, so its headers are reached through a directory of
symbolic links (bench/corpus-src/.xtensor-include). The fetched code is only
parsed, never built or run.

Writes bench/out/corpus.md (per project and per check: files, parse
failures, findings in project code and in the libraries' headers, and every
finding with file:line and message) and bench/out/corpus.json.

  bench/corpus.py                        # the whole corpus, one file at a time
  bench/corpus.py --only slambook2,kalman --variants isystem
  bench/corpus.py --smoke                # CI: a tiny git repository made on the fly

Exit status: 0 when every project was analysed (parse failures and findings
are reported, not errors), 1 if a snapshot or commit is missing or aliaslint
crashed or timed out on a file, 2 on a usage or set-up error.
"""
import argparse
import concurrent.futures
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as bl  # noqa: E402

PROJECTS = os.path.join(bl.BENCH, "corpus", "projects.txt")
SRC = os.path.join(bl.BENCH, "corpus-src")  # extracted snapshots; git-ignored
MIRROR = os.environ.get("ALIASLINT_CORPUS_MIRROR", "/work/.mirror")
VARIANTS = ("isystem", "I")
HEADER_EXT = (".h", ".hh", ".hpp", ".hxx", ".h++", ".inl", ".ipp", ".tpp", ".tcc", ".cuh")
SOURCE_EXT = (".c", ".cc", ".cpp", ".cxx", ".c++", ".cu")
STAMP = ".corpus-commit"

# Where each library's headers are, as include directories (XTENSOR_FARM and
# ARMADILLO_FARM are replaced by the symlink directories) and as the real directories that mark
# a finding as "in the library's headers".
LIB_INCLUDE = {
    "torch": ["/usr/include/torch/csrc/api/include"],
    "opencv": ["/usr/include/opencv4"],
    "eigen": ["/usr/include/eigen3"],
    "xtensor": ["XTENSOR_FARM"],
    "armadillo": ["ARMADILLO_FARM"],
    "kokkos": ["/usr/include/trilinos"],  # Debian's Trilinos: Kokkos with the Serial backend only
}
LIB_ROOTS = {
    "torch": ["/usr/include/torch", "/usr/include/ATen", "/usr/include/c10", "/usr/include/caffe2"],
    "opencv": ["/usr/include/opencv4"],
    "eigen": ["/usr/include/eigen3"],
    "xtensor": ["/usr/include/xtensor", "/usr/include/xtl", "/usr/include/xsimd",
                "/usr/include/xtensor.hpp"],
    "armadillo": ["/usr/include/armadillo", "/usr/include/armadillo_bits"],
    "kokkos": ["/usr/include/trilinos"],
}
# Libraries in /usr/include, where -I is ignored: reached through a directory
# of symbolic links of their own in corpus-src/.
FARMS = {"xtensor": (".xtensor-include", ("xtensor", "xtl", "xsimd", "xtensor.hpp")),
         "armadillo": (".armadillo-include", ("armadillo", "armadillo_bits"))}


class Project:
    def __init__(self, line, lineno):
        parts = line.split()
        if len(parts) < 5:
            raise ValueError("line %d: want `owner/name commit libraries files includes [flags]`" % lineno)
        self.repo, self.commit, libs, files, incs = parts[:5]
        self.flags = parts[5:]
        if self.repo.count("/") != 1:
            raise ValueError("line %d: %r is not owner/name" % (lineno, self.repo))
        self.libs = libs.split(",")
        bad = [l for l in self.libs if l not in LIB_INCLUDE]
        if bad:
            raise ValueError("line %d: unknown library %s (want %s)" % (lineno, ",".join(bad), ",".join(LIB_INCLUDE)))
        self.globs = [g for g in files.split(",") if g and not g.startswith("!")]
        self.excludes = [g[1:] for g in files.split(",") if g.startswith("!")]
        self.includes = [] if incs == "-" else incs.split(",")
        self.key = self.repo.replace("/", "+")
        self.files = []        # selected paths, relative to the project root
        self.missing = None    # why the snapshot could not be used
        self.runs = []         # Run records (dicts)

    def selects(self, path):
        return (any(fnmatch.fnmatchcase(path, g) for g in self.globs)
                and not any(fnmatch.fnmatchcase(path, g) for g in self.excludes))


def read_projects(path, only=()):
    projects = []
    for n, line in enumerate(open(path), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        try:
            p = Project(line, n)
        except ValueError as e:
            bl.die("%s: %s" % (path, e))
        if not only or any(o in p.repo for o in only):
            projects.append(p)
    return projects


def git_dir(mirror, key):
    """The snapshot's git directory: the fetch tool leaves a bare repository
    in MIRROR/<owner>+<name>/repo (or a work tree with .git beside it)."""
    for cand in (os.path.join(mirror, key, "repo", ".git"), os.path.join(mirror, key, "repo"),
                 os.path.join(mirror, key, ".git"), os.path.join(mirror, key)):
        if os.path.isfile(os.path.join(cand, "HEAD")) and os.path.isdir(os.path.join(cand, "objects")):
            return cand
    return None


def gitc(gdir, *args, **kw):
    return subprocess.run(["git", "--git-dir", gdir] + list(args), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, **kw)


def extract(p, mirror, src_root):
    """Extracts the project's selected files and every header and source file
    at its commit into src_root/<owner>+<name>; a stamp file records the commit
    so that an unchanged project is not extracted again."""
    dest = os.path.join(src_root, p.key)
    gdir = git_dir(mirror, p.key)
    if gdir is None:
        p.missing = ("no snapshot of %s in %s: bring it onto this machine with the session's fetch "
                     "tool (source github:%s), then run this again; this script cannot fetch"
                     % (p.repo, mirror, p.repo))
        return
    if gitc(gdir, "cat-file", "-e", p.commit + "^{commit}").returncode != 0:
        head = gitc(gdir, "rev-parse", "HEAD", universal_newlines=True).stdout.strip()
        p.missing = ("the snapshot of %s in %s has no commit %s (its HEAD is %s): fetch it again, "
                     "or update the commit in projects.txt and review its findings anew"
                     % (p.repo, gdir, p.commit, head or "unknown"))
        return
    ls = gitc(gdir, "ls-tree", "-r", "-z", "--name-only", p.commit)
    paths = [x.decode("utf-8", "replace") for x in ls.stdout.split(b"\0") if x]
    p.files = sorted(x for x in paths if p.selects(x))
    if not p.files:
        p.missing = "no file of %s at %s matches %s" % (p.repo, p.commit[:12], ",".join(p.globs))
        return
    stamp = os.path.join(dest, STAMP)
    if os.path.isfile(stamp) and open(stamp).read().strip() == p.commit:
        return
    if os.path.isdir(dest):
        shutil.rmtree(dest)
    os.makedirs(dest)
    wanted = sorted(set(p.files) | {x for x in paths if x.lower().endswith(HEADER_EXT + SOURCE_EXT)})
    # git archive refuses a pathspec that matches nothing, so the paths are
    # named one by one, in chunks that keep the command line short.
    for i in range(0, len(wanted), 500):
        proc = subprocess.Popen(["git", "--git-dir", gdir, "archive", "--format=tar", p.commit, "--"]
                                + wanted[i:i + 500], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            with tarfile.open(fileobj=proc.stdout, mode="r|") as tar:
                for member in tar:
                    if member.isfile() or member.isdir():
                        if hasattr(tarfile, "data_filter"):
                            tar.extract(member, dest, filter="data")
                        else:
                            tar.extract(member, dest)
        except tarfile.TarError:
            pass
        err = proc.stderr.read().decode("utf-8", "replace")
        if proc.wait() != 0:
            shutil.rmtree(dest)
            p.missing = "git archive failed for %s: %s" % (p.repo, err.strip())
            return
    with open(stamp, "w") as f:
        f.write(p.commit + "\n")


def make_farm(src_root, lib, roots_from="/usr/include"):
    dirname, links = FARMS[lib]
    farm = os.path.join(src_root, dirname)
    os.makedirs(farm, exist_ok=True)
    for name in links:
        link, target = os.path.join(farm, name), os.path.join(roots_from, name)
        if os.path.exists(target) and not os.path.lexists(link):
            os.symlink(target, link)
    return farm


def compile_flags(p, path, variant, lib_include, std):
    flags = ["-std=" + std]
    if path.lower().endswith(HEADER_EXT):
        flags += ["-x", "c++"]
    opt = "-isystem" if variant == "isystem" else "-I"
    for lib in p.libs:
        for d in lib_include[lib]:
            flags += [opt, d]
    return flags


def include_dirs(p, proj_dir, rel):
    dirs = []
    for inc in p.includes:
        if inc.startswith("./") or inc.startswith("../"):
            d = os.path.normpath(os.path.join(proj_dir, os.path.dirname(rel), inc))
        else:
            d = os.path.normpath(os.path.join(proj_dir, inc))
        dirs += ["-I", d]
    return dirs


def where(path, proj_dir, lib_roots):
    real = os.path.realpath(path)
    if real == proj_dir or real.startswith(proj_dir + os.sep):
        return "project"
    for lib, roots in lib_roots.items():
        for r in roots:
            if real == r or real.startswith(r.rstrip(os.sep) + os.sep):
                return "library"
    return "other"


def flags_of(p, rel, variant, ctx):
    proj_dir = os.path.realpath(os.path.join(ctx["src"], p.key))
    flags = compile_flags(p, rel, variant, ctx["lib_include"], ctx["std"])
    return flags + include_dirs(p, proj_dir, rel) + p.flags


def command(p, rel, variant, ctx):
    proj_dir = os.path.realpath(os.path.join(ctx["src"], p.key))
    flags = flags_of(p, rel, variant, ctx)
    return [ctx["aliaslint"], "--quiet", "--header-filter=" + ctx["header_filter"],
            "--timeout=%d" % ctx["timeout"], os.path.join(proj_dir, rel), "--"] + flags


def write_compdb(projects, variant, ctx, out_dir):
    """OUT_DIR/compile_commands.json: every selected file with the flags of
    `variant`, for aliaslint's own runner (`aliaslint -p OUT_DIR -j N`)."""
    entries = []
    for p in projects:
        if p.missing:
            continue
        proj_dir = os.path.realpath(os.path.join(ctx["src"], p.key))
        for rel in p.files:
            flags = flags_of(p, rel, variant, ctx)
            path = os.path.join(proj_dir, rel)
            entries.append({"directory": proj_dir, "file": path,
                            "arguments": ["clang++"] + flags + [path]})
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    return len(entries)


def analyse(p, rel, variant, ctx):
    proj_dir = os.path.realpath(os.path.join(ctx["src"], p.key))
    cmd = command(p, rel, variant, ctx)
    # aliaslint's own --timeout stops the file (exit 3); this one, later,
    # only catches aliaslint itself hanging.
    run = bl.measure(cmd, cwd=proj_dir, timeout=ctx["timeout"] + 60)
    rec = {"file": rel, "variant": variant, "rc": run.rc, "seconds": round(run.wall, 2),
           "cpu": round(run.cpu, 2) if run.cpu == run.cpu else None,
           "command": " ".join(cmd), "failure": None, "crash": False, "findings": []}
    errors = [l for l in run.out.splitlines() if bl.ERROR_LINE.search(l)]
    if run.rc == 3:
        rec["failure"], rec["crash"] = "aliaslint --timeout: over %ds" % ctx["timeout"], True
    elif run.rc == -9:
        rec["failure"], rec["crash"] = "hang: killed after %ds" % (ctx["timeout"] + 60), True
    elif run.rc not in (0, 1, 2):
        rec["failure"], rec["crash"] = "aliaslint exit %d" % run.rc, True
    elif errors or run.rc == 2:
        located = [l for l in errors if re.match(r"^.+?:\d+:\d+: (fatal )?error: ", l)]
        first = (located or errors or run.out.strip().splitlines() or ["exit 2"])[0]
        rec["failure"] = "%d error(s), the first: %s" % (len(located), first.replace(proj_dir + os.sep, ""))
    if rec["crash"]:
        rec["output_tail"] = run.out.splitlines()[-20:]
    seen = set()
    for line in run.out.splitlines():
        m = bl.WARNING.match(line)
        if not m:
            continue
        f = m.group("file")
        f = os.path.normpath(f if os.path.isabs(f) else os.path.join(proj_dir, f))
        key = (f, int(m.group("line")), int(m.group("col")), m.group("check"), m.group("msg"))
        if key in seen:
            continue
        seen.add(key)
        w = where(f, proj_dir, ctx["lib_roots"])
        shown = os.path.relpath(os.path.realpath(f), proj_dir) if w == "project" else f
        rec["findings"].append({"file": shown, "line": key[1], "col": key[2], "check": key[3],
                                "msg": key[4], "where": w})
    return rec


def load_reuse(path, tools):
    data = json.load(open(path))
    was, now = data.get("info", {}).get("aliaslint commit"), tools.source_commit()
    if was != now:
        bl.die("--reuse %s: its aliaslint commit (%s) is not this one (%s)" % (path, was, now))
    return {(p["repo"], p["commit"], r["file"], r["variant"]): r
            for p in data.get("projects", []) for r in p.get("runs", [])}


# ---- report -----------------------------------------------------------------

def unique_findings(runs):
    """Findings of a set of runs, one per (file, line, col, check), with the
    translation units that reported them."""
    out = {}
    for r in runs:
        for f in r["findings"]:
            k = (f["file"], f["line"], f["col"], f["check"])
            e = out.setdefault(k, dict(f, tus=[]))
            e["tus"].append(r["file"])
    return [out[k] for k in sorted(out)]


def summarise(projects):
    rows, by_check, failures, listing = [], {}, [], []
    tot = {v: [0, 0, 0, 0] for v in VARIANTS}  # files, failures, project, library+other
    for p in projects:
        if p.missing:
            rows.append([p.repo, ",".join(p.libs), "missing", "", "", "", ""])
            continue
        cells = [p.repo, ",".join(p.libs), len(p.files)]
        for v in VARIANTS:
            runs = [r for r in p.runs if r["variant"] == v]
            if not runs:
                cells += ["not run", ""]
                continue
            fails = [r for r in runs if r["failure"]]
            uf = unique_findings(runs)
            np_ = sum(1 for f in uf if f["where"] == "project")
            nl = len(uf) - np_
            cells += [len(fails), "%d / %d" % (np_, nl)]
            t = tot[v]
            t[0] += len(runs)
            t[1] += len(fails)
            t[2] += np_
            t[3] += nl
            for f in uf:
                c = by_check.setdefault(f["check"], {vv: [0, 0] for vv in VARIANTS})
                c[v][0 if f["where"] == "project" else 1] += 1
            failures += [(p.repo, v, r) for r in fails]
            listing.append((p, v, uf))
        rows.append(cells)
    return rows, tot, by_check, failures, listing


def report(projects, info):
    rows, tot, by_check, failures, listing = summarise(projects)
    out = ["## Real-code corpus", "", bl.info_block(info), ""]
    out += ["Findings are counted once per location (file, line, column, check), "
            "whichever translation units reported them; `a / b` is a findings in the project's "
            "own code and b in the libraries' headers (or other headers outside the project).", ""]
    out += ["### Per project", "", bl.md_table(
        ["project", "libraries", "files", "parse failures (-isystem)", "findings (-isystem)",
         "parse failures (-I)", "findings (-I)"], rows, ["l", "l", "r", "r", "r", "r", "r"]), ""]
    out += [bl.md_table(["variant", "files analysed", "parse failures", "findings in project code",
                         "findings in library headers"],
                        [["-" + v] + tot[v] for v in VARIANTS]), ""]
    crows = [[c, "%d / %d" % tuple(v["isystem"]), "%d / %d" % tuple(v["I"])]
             for c, v in sorted(by_check.items())]
    out += ["### Per check (project code / library headers)", "",
            bl.md_table(["check", "-isystem", "-I"], crows or [["none", "", ""]]), ""]
    out += ["### Parse failures", ""]
    if not failures:
        out.append("none")
    for repo, v, r in failures:
        out.append("- %s `%s` (-%s): %s" % (repo, r["file"], v, r["failure"]))
    missing = [p for p in projects if p.missing]
    if missing:
        out += ["", "### Projects not analysed", ""]
        out += ["- %s: %s" % (p.repo, p.missing) for p in missing]
    out += ["", "### Findings", ""]
    for p, v, uf in listing:
        out.append("#### %s (-%s): %d" % (p.repo, v, len(uf)))
        out.append("")
        for f in uf:
            tus = sorted(set(f["tus"]))
            via = "" if tus == [f["file"]] else " (from %s)" % (
                ", ".join(tus[:3]) + (" and %d more" % (len(tus) - 3) if len(tus) > 3 else ""))
            out.append("- %s`%s:%d:%d` [%s] %s%s" % ("" if f["where"] == "project" else "**%s header** " % f["where"],
                                                   f["file"], f["line"], f["col"], f["check"], f["msg"], via))
        out.append("")
    data = {"info": info, "projects": [
        {"repo": p.repo, "commit": p.commit, "libs": p.libs, "files": p.files, "missing": p.missing,
         "runs": p.runs} for p in projects]}
    return "\n".join(out), data


# ---- smoke ------------------------------------------------------------------

SMOKE_SRC = {
    "src/detail.cpp": """#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include "detail.h"

cv::Mat detail_layer(cv::Mat& img, double sigma) {
  cv::Mat blurred = img;
  cv::GaussianBlur(blurred, blurred, cv::Size(0, 0), sigma);
  cv::Mat detail;
  cv::subtract(img, blurred, detail, cv::noArray(), CV_16S);
  return detail;
}
""",
    "include/detail.h": """#pragma once
#include <opencv2/core.hpp>
cv::Mat detail_layer(cv::Mat& img, double sigma);
""",
    "src/broken.cpp": """#include "no_such_header.h"
""",
}


def make_smoke(tmp):
    """A one-commit git repository under tmp/mirror/smoke+demo/repo and a
    projects file naming it; the libraries are the mock headers."""
    mirror = os.path.join(tmp, "mirror")
    work = os.path.join(tmp, "work")
    for rel, text in SMOKE_SRC.items():
        os.makedirs(os.path.dirname(os.path.join(work, rel)), exist_ok=True)
        with open(os.path.join(work, rel), "w") as f:
            f.write(text)
    env = dict(os.environ, GIT_AUTHOR_NAME="smoke", GIT_AUTHOR_EMAIL="smoke@example.invalid",
               GIT_COMMITTER_NAME="smoke", GIT_COMMITTER_EMAIL="smoke@example.invalid",
               GIT_CONFIG_NOSYSTEM="1", HOME=tmp)
    gdir = os.path.join(mirror, "smoke+demo", "repo")
    for cmd in (["git", "init", "-q", "--bare", gdir],
                ["git", "--git-dir", gdir, "--work-tree", work, "add", "-A"],
                ["git", "--git-dir", gdir, "--work-tree", work, "commit", "-q", "-m", "smoke"]):
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    commit = gitc(gdir, "rev-parse", "HEAD", universal_newlines=True).stdout.strip()
    projects = os.path.join(tmp, "projects.txt")
    with open(projects, "w") as f:
        f.write("smoke/demo %s opencv src/*.cpp include\n" % commit)
        f.write("smoke/absent 0000000000000000000000000000000000000000 eigen *.cpp -\n")
    return projects, mirror


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    bl.add_common_args(ap)
    ap.add_argument("--projects", default=PROJECTS, help="the recipe (default: %(default)s)")
    ap.add_argument("--mirror", default=MIRROR,
                    help="where the fetched snapshots are, as <owner>+<name>/repo "
                         "(default: $ALIASLINT_CORPUS_MIRROR or %(default)s)")
    ap.add_argument("--src-dir", default=SRC, help="where the files are extracted (default: %(default)s)")
    ap.add_argument("--only", default="", help="comma-separated substrings of owner/name to keep")
    ap.add_argument("--variants", default=",".join(VARIANTS),
                    help="library include directories as isystem, I or both (default: %(default)s)")
    ap.add_argument("--header-filter", default=".*",
                    help="aliaslint's --header-filter: findings in which headers are shown "
                         "(default: %(default)s, every non-system header)")
    ap.add_argument("--std", default="c++17", help="language standard (default: %(default)s)")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="files analysed at once (default 1)")
    ap.add_argument("--timeout", type=int, default=300,
                    help="aliaslint's --timeout per file, seconds (default %(default)s); the harness "
                         "kills aliaslint itself 60 s later")
    ap.add_argument("--reuse", metavar="JSON",
                    help="take the result of each (project, commit, file, variant) whose command is "
                         "unchanged from this earlier corpus.json of the same aliaslint commit; "
                         "run only the others")
    ap.add_argument("--extract-only", action="store_true", help="extract the snapshots and stop")
    ap.add_argument("--compdb", metavar="DIR",
                    help="extract, then write DIR/<variant>/compile_commands.json for each variant "
                         "and stop: for `aliaslint -p DIR/<variant> -j N` over the whole corpus")
    args = ap.parse_args()
    variants = [v for v in args.variants.split(",") if v]
    if not variants or any(v not in VARIANTS for v in variants):
        bl.die("--variants takes isystem, I or isystem,I")
    tmp = None
    lib_include = {k: list(v) for k, v in LIB_INCLUDE.items()}
    lib_roots = {k: list(v) for k, v in LIB_ROOTS.items()}
    if args.smoke:
        tmp = tempfile.mkdtemp(prefix="corpus-smoke-")
        args.projects, args.mirror = make_smoke(tmp)
        args.src_dir = os.path.join(tmp, "src")
        lib_include = {k: [bl.MOCK] for k in LIB_INCLUDE}
        lib_roots = {k: [os.path.realpath(bl.MOCK)] for k in LIB_ROOTS}
    tools = None if args.extract_only else bl.Tools(args).require("aliaslint")
    projects = read_projects(args.projects, [o for o in args.only.split(",") if o])
    if not projects:
        bl.die("no project in %s matches --only %s" % (args.projects, args.only))
    os.makedirs(args.src_dir, exist_ok=True)
    src = os.path.realpath(args.src_dir)
    if not args.smoke:
        for lib in FARMS:
            lib_include[lib] = [make_farm(src, lib)]
    for p in projects:
        extract(p, args.mirror, src)
        if p.missing:
            bl.progress("warning: %s" % p.missing)
        else:
            bl.progress("%s: %d files at %s" % (p.repo, len(p.files), p.commit[:12]))
    if args.extract_only:
        return 1 if any(p.missing for p in projects) else 0
    ctx = {"src": src, "aliaslint": tools.aliaslint, "timeout": args.timeout, "std": args.std,
           "header_filter": args.header_filter, "lib_include": lib_include, "lib_roots": lib_roots}
    if args.compdb:
        for v in variants:
            n = write_compdb(projects, v, ctx, os.path.join(args.compdb, v))
            bl.progress("%s: %d files" % (os.path.join(args.compdb, v, "compile_commands.json"), n))
        return 1 if any(p.missing for p in projects) else 0
    jobs = [(p, f, v) for p in projects if not p.missing for v in variants for f in p.files]
    lock = threading.Lock()
    done = [0]

    reuse = load_reuse(args.reuse, tools) if args.reuse else {}

    def one(job):
        p, f, v = job
        old = reuse.get((p.repo, p.commit, f, v))
        rec = old if old and old["command"] == " ".join(command(p, f, v, ctx)) else analyse(p, f, v, ctx)
        with lock:
            p.runs.append(rec)
            done[0] += 1
            bl.progress("[%*d/%d] %s %s (-%s): %s, %d finding(s), %.1fs" % (
                len(str(len(jobs))), done[0], len(jobs), p.repo, f, v,
                rec["failure"] or "ok", len(rec["findings"]), rec["seconds"]))
            for x in rec["findings"]:
                bl.progress("    %s%s:%d:%d [%s] %s" % ("" if x["where"] == "project" else "(%s) " % x["where"],
                                                      x["file"], x["line"], x["col"], x["check"], x["msg"]))
        return rec

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        list(ex.map(one, jobs))
    for p in projects:
        p.runs.sort(key=lambda r: (VARIANTS.index(r["variant"]), r["file"]))
    info = bl.machine_info(tools)
    info["mode"] = "smoke" if args.smoke else "full"
    info["recipe"] = os.path.relpath(args.projects, bl.REPO) if not args.smoke else "smoke (generated)"
    info["projects"] = len(projects)
    info["flags"] = "aliaslint --quiet --header-filter=%s FILE -- -std=%s <library dirs as -isystem or -I> " \
                    "<project includes>" % (args.header_filter, args.std)
    md, data = report(projects, info)
    print(md)
    bl.write_outputs(args.out_dir, "corpus", data, md)
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)
    bad = [p.repo for p in projects if p.missing and not (args.smoke and p.repo == "smoke/absent")]
    crashed = [(p.repo, r["file"], r["variant"]) for p in projects for r in p.runs if r["crash"]]
    for repo, f, v in crashed:
        sys.stderr.write("error: aliaslint crashed or timed out on %s %s (-%s)\n" % (repo, f, v))
    return 1 if bad or crashed else 0


if __name__ == "__main__":
    sys.exit(main())
