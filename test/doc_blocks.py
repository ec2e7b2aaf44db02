#!/usr/bin/env python3
"""doc_blocks.py DOC OUTDIR: writes the fenced code blocks of the Markdown
page DOC that are marked `<!-- file: NAME -->` or `<!-- output: NAME -->` on
the line before their opening fence to OUTDIR/NAME, so that a lit test can
diff what a page shows against the files and output it describes.

A marker not followed by a fence, an unclosed fence or a name given twice is
an error (exit 1): a page edited carelessly must fail its test, not pass it
by checking nothing."""
import os
import re
import sys

MARKER = re.compile(r"^<!-- (file|output): (\S+) -->$")


def blocks(lines, doc):
    i = 0
    while i < len(lines):
        m = MARKER.match(lines[i].rstrip("\n"))
        i += 1
        if not m:
            continue
        if i >= len(lines) or not lines[i].startswith("```"):
            sys.exit("%s:%d: marker '%s' is not followed by a code block" % (doc, i, m.group(2)))
        start = i
        i += 1
        body = []
        while i < len(lines) and not lines[i].startswith("```"):
            body.append(lines[i])
            i += 1
        if i >= len(lines):
            sys.exit("%s:%d: code block '%s' is not closed" % (doc, start + 1, m.group(2)))
        i += 1
        yield m.group(2), "".join(body)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    doc, out = sys.argv[1], sys.argv[2]
    with open(doc) as f:
        lines = f.readlines()
    seen = set()
    for name, text in blocks(lines, doc):
        if name in seen:
            sys.exit("%s: code block '%s' is given twice" % (doc, name))
        seen.add(name)
        path = os.path.join(out, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    if not seen:
        sys.exit("%s: no marked code block" % doc)


main()
