#!/usr/bin/env python3
"""cache_entry.py DIR TEXT ACTION [OTHER]: damages the one entry of the
result cache in DIR whose bytes contain TEXT, to test that aliaslint
survives it. ACTION: flip (one byte of the body changed), truncate (half of
it kept), garbage (not an entry), dir (replaced by a directory), copy
(replaced by the entry containing OTHER: valid, but another key's)."""
import os
import shutil
import sys


def find(top, text):
    hits = []
    for root, _, files in os.walk(top):
        for f in files:
            path = os.path.join(root, f)
            with open(path, "rb") as fh:
                if text.encode() in fh.read():
                    hits.append(path)
    if len(hits) != 1:
        sys.exit("%d entries contain %r in %s" % (len(hits), text, top))
    return hits[0]


def main():
    top, text, action = sys.argv[1:4]
    path = find(top, text)
    with open(path, "rb") as fh:
        data = fh.read()
    if action == "flip":
        i = data.index(b"write")  # inside a message: still parses
        data = data[:i] + b"W" + data[i + 1:]
    elif action == "truncate":
        data = data[: len(data) // 2]
    elif action == "garbage":
        data = b"\x00\xffnot a cache entry\n"
    elif action == "dir":
        os.remove(path)
        os.mkdir(path)
        return
    elif action == "copy":
        shutil.copyfile(find(top, sys.argv[4]), path)
        return
    else:
        sys.exit("unknown action " + action)
    with open(path, "wb") as fh:
        fh.write(data)


main()
