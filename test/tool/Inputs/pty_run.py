#!/usr/bin/env python3
"""pty_run.py [--stdout] CMD...: runs CMD with its stderr on a
pseudo-terminal (stdout discarded, or with --stdout on the terminal too)
and prints what the terminal received, with carriage returns and escapes
made visible as <CR> and <ESC>. Exits with CMD's status."""
import os
import pty
import subprocess
import sys

both = sys.argv[1] == "--stdout"
cmd = sys.argv[2:] if both else sys.argv[1:]
master, slave = pty.openpty()
proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL,
                        stdout=slave if both else subprocess.DEVNULL, stderr=slave)
os.close(slave)
received = b""
while True:
    try:
        chunk = os.read(master, 4096)
    except OSError:  # EIO: the child closed the terminal
        break
    if not chunk:
        break
    received += chunk
proc.wait()
text = received.decode("utf-8", "replace").replace("\r\n", "\n")
sys.stdout.write(text.replace("\r", "<CR>").replace("\x1b", "<ESC>"))
sys.exit(proc.returncode)
