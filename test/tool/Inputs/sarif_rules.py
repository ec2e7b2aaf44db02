"""Prints a SARIF log's rule table, one `rule <id> <page>` line per rule, and
fails unless the table is exactly the registered checks and pages.

usage: sarif_rules.py LOG.sarif REPO_ROOT LIST_CHECKS_OUTPUT

LIST_CHECKS_OUTPUT is `clang-tidy -load plugin --list-checks` output: the
checks the module registers. Every rule must be one of them (no rule for a
check that does not exist), every one of them must have a rule, its
help.markdown must be, byte for byte, a page of docs/checks/ (which holds
no page for a check that does not exist) with help.text beside it, and a
helpUri, if there is one, must end in that page's path.
"""
import json
import os
import re
import sys

log, root, listed = sys.argv[1:4]
with open(log) as f:
    rules = json.load(f)["runs"][0]["tool"]["driver"]["rules"]
with open(listed) as f:
    registered = sorted(l.strip() for l in f if l.strip().startswith("aliasing-"))

errors = []
pages = set()
docs = {}
for name in sorted(os.listdir(os.path.join(root, "docs", "checks"))):
    with open(os.path.join(root, "docs", "checks", name)) as f:
        docs[f.read()] = "docs/checks/" + name
for r in rules:
    help = r.get("help", {})
    page = docs.get(help.get("markdown"), "<no page>")
    print("rule %s %s" % (r["id"], page))
    if page == "<no page>":
        errors.append("%s: help.markdown is no page of docs/checks" % r["id"])
    if not help.get("text", "").startswith(r["id"] + "\n"):
        errors.append("%s: help.text does not start with its title" % r["id"])
    if "helpUri" in r and not r["helpUri"].endswith("/" + page):
        errors.append("%s: helpUri %s is not %s" % (r["id"], r["helpUri"], page))
    pages.add(page)
    for key in ("shortDescription", "fullDescription"):
        if not r.get(key, {}).get("text"):
            errors.append("%s: no %s" % (r["id"], key))

ids = sorted(r["id"] for r in rules)
if ids != registered:
    errors.append("rules %s, registered checks %s" % (ids, registered))
for name in sorted(os.listdir(os.path.join(root, "docs", "checks"))):
    if name.endswith(".md") and "docs/checks/" + name not in pages:
        errors.append("docs/checks/%s describes no registered check" % name)

for e in errors:
    print("error: " + e)
sys.exit(1 if errors else 0)
