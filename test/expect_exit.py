#!/usr/bin/env python3
"""expect_exit.py N CMD...: runs CMD, passes its output through, and succeeds
only if CMD exited with status N (lit's shell has no `$?`)."""
import subprocess
import sys

want = int(sys.argv[1])
got = subprocess.call(sys.argv[2:])
if got != want:
    sys.exit("expected exit status %d, got %d: %s" % (want, got, " ".join(sys.argv[2:])))
