#!/usr/bin/env python3
"""pty_run.py CMD...: runs CMD with its stderr on a pseudo-terminal (stdout
discarded) and prints what the terminal received, with carriage returns
and escapes made visible as <CR> and <ESC>. Exits with CMD's status."""
import os
import pty
import subprocess
import sys

master, slave = pty.openpty()
proc = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL,
                        stdout=subprocess.DEVNULL, stderr=slave)
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
