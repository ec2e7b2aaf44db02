#!/usr/bin/env python3
"""Helpers for the CI workflow test.

  ci_helpers.py step WORKFLOW STEP_ID [--prepend-path DIR]
      Checks the shape the docs promise (security-events: write, a SARIF
      upload that runs even when the gate fails) and prints the `run` script
      of the step with that id, as a bash script.
  ci_helpers.py sarif FILE
      Prints a SARIF log's results compactly: `result RULE FILE:LINE:COL`.
"""
import json
import sys

import yaml


def step(workflow, step_id, prepend=None):
    with open(workflow) as f:
        wf = yaml.safe_load(f)
    problems = []
    if (wf.get("permissions") or {}).get("security-events") != "write":
        problems.append("permissions: security-events is not 'write'")
    steps = [s for job in wf["jobs"].values() for s in job.get("steps", [])]
    uploads = [s for s in steps if str(s.get("uses", "")).startswith(
        "github/codeql-action/upload-sarif@")]
    if not uploads:
        problems.append("no github/codeql-action/upload-sarif step")
    for u in uploads:
        if "always()" not in str(u.get("if", "")):
            problems.append("the SARIF upload does not run when the gate fails")
    found = [s for s in steps if s.get("id") == step_id]
    if len(found) != 1:
        problems.append("no single step with id %r" % step_id)
    if problems:
        sys.exit("workflow %s: %s" % (workflow, "; ".join(problems)))
    print("set -e")
    if prepend:
        print('export PATH="%s:$PATH"' % prepend)
    print(found[0]["run"])


def sarif(path):
    with open(path) as f:
        log = json.load(f)
    print("sarif version %s runs %d" % (log["version"], len(log["runs"])))
    for run in log["runs"]:
        for r in run.get("results", []):
            loc = r["locations"][0]["physicalLocation"]
            reg = loc.get("region", {})
            print("result %s %s:%s:%s" % (r.get("ruleId"), loc["artifactLocation"]["uri"],
                                          reg.get("startLine"), reg.get("startColumn")))


if __name__ == "__main__":
    if sys.argv[1] == "step":
        args = sys.argv[2:]
        prepend = None
        if "--prepend-path" in args:
            i = args.index("--prepend-path")
            prepend = args[i + 1]
            del args[i:i + 2]
        step(args[0], args[1], prepend)
    elif sys.argv[1] == "sarif":
        sarif(sys.argv[2])
    else:
        sys.exit("usage: see the docstring")
