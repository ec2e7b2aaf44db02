#!/usr/bin/env python3
"""bounded.py [--scale F] SECONDS MEGABYTES CMD...: runs CMD, passes its
output and exit status through, and fails (exit 3, with a message) if it
used more than SECONDS of CPU time or its peak resident memory passed
MEGABYTES, both multiplied by F (lit gives a larger F to sanitizer builds,
which are slower and larger by design). CPU time rather than wall time: on
a machine shared with other jobs a wall-clock limit fails at random. A hang
is still caught: the wall-clock limit is ten times the CPU limit."""
import resource
import subprocess
import sys
import time


def main():
    args = sys.argv[1:]
    scale = 1.0
    if args[:1] == ["--scale"]:
        scale, args = float(args[1]), args[2:]
    seconds, megabytes, cmd = float(args[0]) * scale, float(args[1]) * scale, args[2:]
    start = time.monotonic()
    try:
        rc = subprocess.call(cmd, timeout=10 * seconds)
    except subprocess.TimeoutExpired:
        sys.exit("bounded.py: still running after %.0f s: %s" % (10 * seconds, " ".join(cmd)))
    wall = time.monotonic() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    peak = usage.ru_maxrss / 1024.0
    if cpu > seconds:
        sys.exit("bounded.py: %.1f s of CPU time, more than %.0f s" % (cpu, seconds))
    if peak > megabytes:
        sys.exit("bounded.py: peak memory %.0f MB, more than %.0f MB" % (peak, megabytes))
    sys.stderr.write("bounded.py: %.1f s CPU (%.1f s wall), %.0f MB\n" % (cpu, wall, peak))
    sys.exit(rc)


if __name__ == "__main__":
    main()
