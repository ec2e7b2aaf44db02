#!/usr/bin/env python3
"""interrupt_run.py CMD...: starts CMD, and when its stdout shows a first
"warning:" line, sends it SIGINT (as Ctrl-C does); passes CMD's stdout and
stderr through and exits with CMD's status (a death by the signal itself
is reported as "killed by signal N", status 1)."""
import signal
import subprocess
import sys

proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE, text=True)
seen = []
for line in proc.stdout:
    seen.append(line)
    if "warning:" in line:
        proc.send_signal(signal.SIGINT)
        break
rest, err = proc.communicate(timeout=900)
sys.stdout.write("".join(seen) + rest)
sys.stderr.write(err)
if proc.returncode < 0:
    sys.stderr.write("killed by signal %d\n" % -proc.returncode)
    sys.exit(1)
sys.exit(proc.returncode)
