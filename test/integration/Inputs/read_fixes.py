#!/usr/bin/env python3
"""read_fixes.py FILE: parses an --export-fixes YAML (clang's
TranslationUnitDiagnostics) and prints one line per diagnostic: name,
file:offset, level, number of notes and of replacements."""
import os
import sys

import yaml

doc = yaml.safe_load(open(sys.argv[1]))
for d in doc["Diagnostics"]:
    msg = d["DiagnosticMessage"]
    print("%s %s:%d %s notes=%d replacements=%d" % (
        d["DiagnosticName"], os.path.basename(msg["FilePath"]), msg["FileOffset"],
        d.get("Level", "?"), len(d.get("Notes", [])), len(msg.get("Replacements", []))))
