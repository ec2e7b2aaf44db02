"""Prints a SARIF log's rule table, one `rule <id> <page>` line per rule, and
fails unless the table is exactly the registered checks and pages.

usage: sarif_rules.py LOG.sarif REPO_ROOT LIST_CHECKS_OUTPUT

LIST_CHECKS_OUTPUT is `clang-tidy -load plugin --list-checks` output: the
checks the module registers. Every rule must be one of them (no rule for a
check that does not exist), every one of them must have a rule, and its
helpUri must name a page that exists in docs/checks/, which holds no page
for a check that does not exist.
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
for r in rules:
    m = re.fullmatch(r"https://.+/blob/main/(.+)", r.get("helpUri", ""))
    page = m.group(1) if m else "<no page>"
    print("rule %s %s" % (r["id"], page))
    if not m or not os.path.isfile(os.path.join(root, page)):
        errors.append("%s: no page %s" % (r["id"], page))
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
