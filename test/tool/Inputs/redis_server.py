#!/usr/bin/env python3
"""redis_server.py start DIR | stop DIR: a private redis-server for one test.

start: picks a free loopback port, starts `redis-server --port P --save ''
--daemonize no` in the background, waits until it answers PING, and writes
the port to DIR/port and the process id to DIR/pid. The server runs under
`timeout`, so that a test that fails before its `stop` line cannot leave it
running for long. stop: ends that process group, found by DIR/pid."""
import os
import signal
import socket
import subprocess
import sys
import time

LIFETIME = "120"  # seconds: far more than the test needs


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers_ping(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def start(top):
    port = free_port()
    log = open(os.path.join(top, "redis.log"), "wb")
    proc = subprocess.Popen(
        ["timeout", LIFETIME, "redis-server", "--port", str(port),
         "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--daemonize", "no"],
        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True)
    with open(os.path.join(top, "pid"), "w") as f:
        f.write(str(proc.pid))
    for _ in range(100):
        if answers_ping(port):
            with open(os.path.join(top, "port"), "w") as f:
                f.write(str(port))
            return
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    stop(top)
    sys.exit("redis-server did not start; see " + log.name)


def stop(top):
    with open(os.path.join(top, "pid")) as f:
        pid = int(f.read())
    try:
        os.killpg(pid, signal.SIGTERM)  # its own session: timeout and server
    except ProcessLookupError:
        pass


{"start": start, "stop": stop}[sys.argv[1]](sys.argv[2])
