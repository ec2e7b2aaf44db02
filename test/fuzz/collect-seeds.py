#!/usr/bin/env python3
"""collect-seeds.py OUT: writes the fuzzers' seed corpus, one directory per
fuzz target kind (OUT/model, OUT/config, OUT/baseline, OUT/sarif,
OUT/cache-entry), from the test suite.

Gathered rather than copied into the repository, so that a model or a
configuration added to a test is a seed the next time scripts/fuzz runs:
- model: every *.yaml model file (rules/models, test/**/Inputs);
- config: every `--config=...` / `-config=...` string and every
  `printf '...' > .clang-tidy` of a RUN line, examples/config/.clang-tidy and
  .clangd, and test/fuzz/seeds/config;
- baseline: test/fuzz/seeds/baseline (baselines are written by the tests
  at run time, so hand-made ones stand in for them);
- sarif: test/Inputs/sarif/*.json, test/fuzz/seeds/sarif (shard logs of
  aliaslint, written by the tests at run time), and the *.sarif logs the
  last lit run left in build/test (if there is one);
- cache-entry: test/fuzz/seeds/cache-entry (a mode byte, then an entry or a
  body: tool/fuzz/CacheEntryFuzzer.cpp; written by its helper mode,
  ALIASLINT_FUZZ_WRITE_SEEDS=DIR build-fuzz/fuzz/fuzz-cache-entry).
Prints "KIND: N seeds" per kind.
"""
import hashlib
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEST = os.path.join(REPO, "test")
CONFIG_ARG = re.compile(r"""-?-config[= ](?:'([^']*)'|"((?:[^"\\]|\\.)*)")""")
PRINTF_CFG = re.compile(r"""printf '([^']*)'\s*>+\s*\S*\.clang-tidy""")


def walk(root, pred):
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if not x.startswith("build"))
        for f in sorted(files):
            if pred(f):
                yield os.path.join(d, f)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def model_seeds():
    for root in ("rules/models", "test", "docs"):
        for p in walk(os.path.join(REPO, root), lambda f: f.endswith(".yaml")):
            if "/fuzz/seeds/" not in p:
                yield read(p)


def printf_text(s):
    # The escapes the RUN lines use; %t stands for a path.
    s = s.replace("%t", "/tmp/t").replace("%S", "/tmp/s")
    return s.replace("\\n", "\n").replace("\\t", "\t").replace("%%", "%")


def config_seeds():
    for p in walk(TEST, lambda f: f.endswith((".cpp", ".test"))):
        for line in read(p).decode("utf-8", "replace").splitlines():
            if "RUN:" not in line:
                continue
            for m in CONFIG_ARG.finditer(line):
                text = m.group(1) if m.group(1) is not None else m.group(2)
                yield text.replace('\\"', '"').encode()
            for m in PRINTF_CFG.finditer(line):
                yield printf_text(m.group(1)).encode()
    for name in (".clang-tidy", ".clangd"):
        yield read(os.path.join(REPO, "examples", "config", name))
    yield from hand_seeds("config")


def hand_seeds(kind):
    for p in walk(os.path.join(TEST, "fuzz", "seeds", kind), lambda f: True):
        yield read(p)


def sarif_seeds():
    for p in walk(os.path.join(TEST, "Inputs", "sarif"),
                  lambda f: f.endswith(".json")):
        yield read(p)
    yield from hand_seeds("sarif")
    # Logs of the last lit run, but not the huge ones (the hostile tests').
    out = os.path.join(REPO, "build", "test")
    for d, dirs, files in os.walk(out):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(d, f)
            if f.endswith(".sarif") and os.path.getsize(p) <= 64 * 1024:
                yield read(p)


def main():
    out = sys.argv[1]
    kinds = {"model": model_seeds, "config": config_seeds,
             "baseline": lambda: hand_seeds("baseline"),
             "sarif": sarif_seeds,
             "cache-entry": lambda: hand_seeds("cache-entry")}
    for kind, gen in kinds.items():
        d = os.path.join(out, kind)
        os.makedirs(d, exist_ok=True)
        seen = set()
        for data in gen():
            if not data:
                continue
            # Named by content, as libFuzzer names what it adds.
            name = hashlib.sha1(data).hexdigest()
            seen.add(name)
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
        print("%s: %d seeds" % (kind, len(seen)))


if __name__ == "__main__":
    main()
