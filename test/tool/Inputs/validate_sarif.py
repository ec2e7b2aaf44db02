#!/usr/bin/env python3
"""Validates an aliaslint SARIF log.

Usage: validate_sarif.py SCHEMA LOG [--print]

Checks the log against the SARIF 2.1.0 JSON schema (python3-jsonschema),
then what the schema cannot say but code-scanning services rely on: each
result's ruleIndex names its ruleId, every result has a fingerprint, and
related-location ids are unique. Prints one summary line on success;
with --print, then one line per result:
  result RULE URI:LINE:COL fp=FINGERPRINT related=N fixes=N
"""
import json
import sys

import jsonschema


def main():
    schema_path, log_path = sys.argv[1:3]
    show = "--print" in sys.argv[3:]
    with open(schema_path) as f:
        schema = json.load(f)
    with open(log_path) as f:
        log = json.load(f)
    validator = jsonschema.Draft4Validator(schema)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    for e in errors:
        print("schema: %s: %s" % ("/".join(map(str, e.path)), e.message))
    problems = len(errors)
    results = 0
    for run in log["runs"]:
        rules = run["tool"]["driver"].get("rules", [])
        for r in run.get("results", []):
            results += 1
            idx = r.get("ruleIndex")
            if idx is None or rules[idx]["id"] != r["ruleId"]:
                print("result %s: ruleIndex does not name its ruleId" % r["ruleId"])
                problems += 1
            if not r.get("partialFingerprints"):
                print("result %s: no partialFingerprints" % r["ruleId"])
                problems += 1
            ids = [l["id"] for l in r.get("relatedLocations", [])]
            if len(ids) != len(set(ids)):
                print("result %s: duplicate relatedLocations ids" % r["ruleId"])
                problems += 1
    if problems:
        sys.exit("%s: %d problem(s)" % (log_path, problems))
    print("valid SARIF: %d result(s)" % results)
    if show:
        for run in log["runs"]:
            for r in run.get("results", []):
                loc = r["locations"][0]["physicalLocation"]
                reg = loc["region"]
                print("result %s %s:%d:%d fp=%s related=%d fixes=%d" % (
                    r["ruleId"], loc["artifactLocation"]["uri"],
                    reg["startLine"], reg["startColumn"],
                    r["partialFingerprints"]["aliaslint/v1"],
                    len(r.get("relatedLocations", [])), len(r.get("fixes", []))))


if __name__ == "__main__":
    main()
