#!/usr/bin/env python3
"""cache_entry.py DIR KIND TEXT ACTION [OTHER]: damages the one entry of
the result cache in DIR of KIND (result or manifest) whose bytes contain
TEXT, to test that aliaslint survives it. ACTION: flip (the byte after
TEXT changed), truncate (half of it kept), garbage (not an entry), dir
(replaced by a directory), copy (replaced by the KIND entry containing
OTHER: valid, but another key's)."""
import os
import shutil
import sys


def find(top, kind, text):
    hits = []
    for root, _, files in os.walk(top):
        for f in files:
            path = os.path.join(root, f)
            with open(path, "rb") as fh:
                data = fh.read()
            # The body's first field is the kind: `<n>:<kind>\n`.
            if b"\n%d:%s\n" % (len(kind), kind.encode()) in data and text.encode() in data:
                hits.append(path)
    if len(hits) != 1:
        sys.exit("%d %s entries contain %r in %s" % (len(hits), kind, text, top))
    return hits[0]


def main():
    top, kind, text, action = sys.argv[1:5]
    path = find(top, kind, text)
    with open(path, "rb") as fh:
        data = fh.read()
    if action == "flip":
        i = data.index(text.encode()) + 1  # inside a field: still parses
        data = data[:i] + bytes([data[i] ^ 0x20]) + data[i + 1:]
    elif action == "truncate":
        data = data[: len(data) // 2]
    elif action == "garbage":
        data = b"\x00\xffnot a cache entry\n"
    elif action == "dir":
        os.remove(path)
        os.mkdir(path)
        return
    elif action == "copy":
        shutil.copyfile(find(top, kind, sys.argv[5]), path)
        return
    else:
        sys.exit("unknown action " + action)
    with open(path, "wb") as fh:
        fh.write(data)


main()
