#!/usr/bin/env python3
"""A small LSP client that drives a language server (aliaslint-clangd) the way
an editor does, from a script, and prints what the server sends in a compact,
stable form for FileCheck.

Usage:
  lsp_client.py [--root DIR] [--timeout S] [--raw] [SCRIPT] [-c CMD]... -- SERVER [ARGS...]

The commands come from SCRIPT (one a line; '#' starts a comment) and then
from each -c, in order. Paths are relative to --root (default: the current
directory), which is also the workspace root sent in `initialize`.

  initialize                 initialize + initialized (done implicitly before
                             the first other command when not written)
  open FILE [AS]             didOpen FILE with its text on disk; with AS, send
                             the text of FILE as the document AS (so that one
                             file on disk can hold a later version of another)
  change FILE [FROM]         didChange (full text) FILE to the text of FROM
                             (default: FILE as it is now on disk)
  close FILE                 didClose
  copy FROM TO               copy the file FROM over TO on disk, as an edit
                             made outside the editor (a model file)
  diagnostics FILE           wait for publishDiagnostics of FILE's current
                             version and print them
  codeaction FILE [N]        request textDocument/codeAction for diagnostic N
                             (1-based, default: each) of the last diagnostics
                             of FILE, with that diagnostic in the context, and
                             print the quick fixes (--all-actions: every action)
  apply FILE                 apply the edits of the last printed quick fix to
                             the open document FILE (in memory) and send them
                             as didChange; prints the resulting text
  hover FILE LINE:COL        request textDocument/hover (1-based position) and
                             print the first line of its text
  shutdown                   shutdown + exit; checks that the server exits 0
                             (done implicitly at the end when not written)

Output lines (positions are 1-based line:column, columns in UTF-16 units as
LSP counts them, so they equal clang's byte columns for ASCII text):

  diagnostics FILE version V count N
  diagnostic L:C-L:C SEVERITY SOURCE CODE MESSAGE
  related FILE:L:C MESSAGE
  codeaction KIND [preferred] TITLE
  edit FILE L:C-L:C NEWTEXT
  text FILE: LINE        (after apply, the document, one output line a line)
  hover TEXT

Newlines inside messages and edit texts are printed as \\n.

Every wait has a deadline (--timeout, default 60 s, for the whole session);
on a timeout, a server crash or an error response the client prints what it
was waiting for and the tail of the server's stderr, kills the server and
exits 1. It never hangs.
"""
import argparse
import json
import os
import queue
import shlex
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request


class LspError(Exception):
    pass


def uri_of(path):
    return "file://" + urllib.request.pathname2url(os.path.abspath(path))


def path_of(uri):
    return urllib.request.url2pathname(urllib.parse.urlparse(uri).path)


def one_line(s):
    return s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


def pos(p):
    return "%d:%d" % (p["line"] + 1, p["character"] + 1)


def rng(r):
    return "%s-%s" % (pos(r["start"]), pos(r["end"]))


SEVERITY = {1: "error", 2: "warning", 3: "information", 4: "hint"}


class Server:
    """A language server over stdio with Content-Length framing."""

    def __init__(self, argv, deadline, raw, log=None):
        self.log = open(log, "w") if log else None
        self.deadline = deadline
        self.raw = raw
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        self.inbox = queue.Queue()
        self.stderr_tail = []
        self.next_id = 1
        self.on_notification = None  # sees every message nobody waits for
        threading.Thread(target=self._read_stdout, daemon=True).start()
        self.stderr_reader = threading.Thread(target=self._read_stderr, daemon=True)
        self.stderr_reader.start()

    def _read_stdout(self):
        out = self.proc.stdout
        try:
            while True:
                headers = {}
                while True:
                    line = out.readline()
                    if not line:
                        self.inbox.put(None)
                        return
                    line = line.decode("ascii", "replace").strip()
                    if not line:
                        break
                    k, _, v = line.partition(":")
                    headers[k.strip().lower()] = v.strip()
                n = int(headers.get("content-length", "0"))
                body = out.read(n)
                if len(body) < n:
                    self.inbox.put(None)
                    return
                self.inbox.put(json.loads(body.decode("utf-8")))
        except Exception as e:  # a malformed frame is a server defect
            self.inbox.put(LspError("bad message from the server: %s" % e))

    def _read_stderr(self):
        for line in self.proc.stderr:
            if self.log:
                self.log.write(line.decode("utf-8", "replace"))
                self.log.flush()
            self.stderr_tail.append(line.decode("utf-8", "replace").rstrip("\n"))
            del self.stderr_tail[:-40]

    def send(self, msg):
        msg["jsonrpc"] = "2.0"
        if self.raw:
            print("--> " + json.dumps(msg, sort_keys=True), file=sys.stderr)
        body = json.dumps(msg).encode("utf-8")
        try:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.proc.stdin.flush()
        except BrokenPipeError:
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
            raise LspError("the server exited (code %s) before %s was sent"
                           % (self.proc.returncode, msg.get("method", "a response")))

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params):
        rid = self.next_id
        self.next_id += 1
        self.send({"id": rid, "method": method, "params": params})
        resp = self.wait("the response to %s" % method,
                         lambda m: m.get("id") == rid and "method" not in m)
        if "error" in resp:
            raise LspError("%s failed: %s" % (method, json.dumps(resp["error"])))
        return resp.get("result")

    def wait(self, what, pred):
        """Returns the first message satisfying pred; answers the server's own
        requests on the way and hands other messages to on_notification."""
        while True:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise LspError("timed out waiting for %s" % what)
            try:
                m = self.inbox.get(timeout=left)
            except queue.Empty:
                raise LspError("timed out waiting for %s" % what)
            if m is None:
                self.proc.wait(timeout=5)
                raise LspError("the server exited (code %s) while waiting for %s"
                               % (self.proc.returncode, what))
            if isinstance(m, Exception):
                raise m
            if self.raw:
                print("<-- " + json.dumps(m, sort_keys=True), file=sys.stderr)
            if pred(m):
                return m
            if "method" in m and "id" in m:
                # A request from the server (workDoneProgress/create,
                # workspace/configuration...): answer as a plain editor would.
                self.send({"id": m["id"], "result": None})
            elif self.on_notification:
                self.on_notification(m)

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.stderr_reader.join(timeout=2)


class Session:
    def __init__(self, server, root, all_actions, related=True):
        self.s = server
        self.related = related
        self.root = root
        self.all_actions = all_actions
        self.initialized = False
        self.docs = {}       # path -> [version, text]
        self.diags = {}      # uri -> (version, diagnostics), latest received
        self.last_fix = None
        server.on_notification = self.note

    def path(self, name):
        return os.path.join(self.root, name)

    def note(self, m):
        if m.get("method") == "textDocument/publishDiagnostics":
            p = m["params"]
            self.diags[p["uri"]] = (p.get("version"), p["diagnostics"])

    # -- commands --------------------------------------------------------
    def initialize(self):
        caps = {
            "textDocument": {
                "synchronization": {"didSave": True},
                # Without relatedInformation clangd folds the notes into the
                # message text; editors declare it, so do we.
                "publishDiagnostics": {"relatedInformation": self.related,
                                       "versionSupport": True},
                "codeAction": {"codeActionLiteralSupport": {
                    "codeActionKind": {"valueSet": ["quickfix", "refactor",
                                                    "refactor.extract",
                                                    "refactor.rewrite", "source"]}}},
                "hover": {"contentFormat": ["plaintext"]},
            },
            "workspace": {"workspaceEdit": {"documentChanges": False},
                          "configuration": False},
            "general": {"positionEncodings": ["utf-16"]},
        }
        self.s.request("initialize", {"processId": os.getpid(),
                                      "rootUri": uri_of(self.root),
                                      "capabilities": caps,
                                      "trace": "off"})
        self.s.notify("initialized", {})
        self.initialized = True

    def open(self, name, as_name=None):
        with open(self.path(name)) as f:
            text = f.read()
        target = as_name or name
        self.docs[target] = [1, text]
        self.s.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri_of(self.path(target)), "languageId": "cpp",
            "version": 1, "text": text}})

    def _send_change(self, name):
        doc = self.docs[name]
        doc[0] += 1
        self.s.notify("textDocument/didChange", {
            "textDocument": {"uri": uri_of(self.path(name)), "version": doc[0]},
            "contentChanges": [{"text": doc[1]}]})

    def change(self, name, from_name=None):
        if name not in self.docs:
            raise LspError("change: %s is not open" % name)
        with open(self.path(from_name or name)) as f:
            self.docs[name][1] = f.read()
        self._send_change(name)

    def copy(self, from_name, to_name):
        shutil.copyfile(self.path(from_name), self.path(to_name))

    def close(self, name):
        self.docs.pop(name, None)
        self.s.notify("textDocument/didClose",
                      {"textDocument": {"uri": uri_of(self.path(name))}})

    def diagnostics(self, name):
        uri = uri_of(self.path(name))
        version = self.docs[name][0] if name in self.docs else None
        got = self.diags.get(uri)
        if got is None or (version is not None and got[0] != version):
            m = self.s.wait(
                "diagnostics of %s version %s" % (name, version),
                lambda m: m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and (version is None or m["params"].get("version") == version))
            self.note(m)
            got = self.diags[uri]
        ver, diags = got
        print("diagnostics %s version %s count %d" % (name, ver, len(diags)))
        for d in diags:
            print("diagnostic %s %s %s %s %s" % (
                rng(d["range"]), SEVERITY.get(d.get("severity"), "?"),
                d.get("source", "-"), d.get("code", "-"), one_line(d["message"])))
            for r in d.get("relatedInformation", []):
                loc = r["location"]
                print("related %s:%s %s" % (self.rel(loc["uri"]), pos(loc["range"]["start"]),
                                            one_line(r["message"])))

    def rel(self, uri):
        p = path_of(uri)
        r = os.path.relpath(p, os.path.realpath(self.root))
        if r.startswith(".."):
            r = os.path.relpath(p, self.root)
        return p if r.startswith("..") else r

    def codeaction(self, name, which=None):
        uri = uri_of(self.path(name))
        if uri not in self.diags:
            raise LspError("codeaction: no diagnostics of %s seen yet" % name)
        diags = self.diags[uri][1]
        picks = range(len(diags)) if which is None else [int(which) - 1]
        for i in picks:
            d = diags[i]
            context = {"diagnostics": [d]}
            if not self.all_actions:
                context["only"] = ["quickfix"]
            actions = self.s.request("textDocument/codeAction", {
                "textDocument": {"uri": uri}, "range": d["range"],
                "context": context}) or []
            for a in actions:
                if "command" in a and isinstance(a["command"], str):
                    kind, title, edit = "command", a["title"], None
                else:
                    kind, title, edit = a.get("kind", "-"), a["title"], a.get("edit")
                if kind != "quickfix" and not self.all_actions:
                    continue
                print("codeaction %s%s %s" % (kind, " preferred" if a.get("isPreferred") else "",
                                             one_line(title)))
                edits = []
                for u, es in sorted(((edit or {}).get("changes") or {}).items()):
                    for e in es:
                        edits.append((u, e))
                        print("edit %s %s %s" % (self.rel(u), rng(e["range"]),
                                                 one_line(e["newText"])))
                for dc in (edit or {}).get("documentChanges") or []:
                    for e in dc.get("edits", []):
                        edits.append((dc["textDocument"]["uri"], e))
                        print("edit %s %s %s" % (self.rel(dc["textDocument"]["uri"]),
                                                 rng(e["range"]), one_line(e["newText"])))
                if kind == "quickfix":
                    self.last_fix = edits

    def apply(self, name):
        if not self.last_fix:
            raise LspError("apply: no quick fix printed yet")
        uri = uri_of(self.path(name))
        doc = self.docs[name]
        lines = doc[1].split("\n")

        def offset(p):
            # LSP characters are UTF-16 units; the test sources are ASCII.
            return sum(len(l) + 1 for l in lines[:p["line"]]) + p["character"]

        text = doc[1]
        mine = [e for u, e in self.last_fix if u == uri]
        for e in sorted(mine, key=lambda e: offset(e["range"]["start"]), reverse=True):
            a, b = offset(e["range"]["start"]), offset(e["range"]["end"])
            text = text[:a] + e["newText"] + text[b:]
        doc[1] = text
        for line in text.rstrip("\n").split("\n"):
            print("text %s: %s" % (name, line))
        self._send_change(name)

    def hover(self, name, where):
        line, col = (int(x) for x in where.split(":"))
        res = self.s.request("textDocument/hover", {
            "textDocument": {"uri": uri_of(self.path(name))},
            "position": {"line": line - 1, "character": col - 1}})
        if not res:
            print("hover none")
            return
        c = res["contents"]
        text = c.get("value", "") if isinstance(c, dict) else str(c)
        print("hover " + one_line(text.strip().split("\n")[0]))

    def shutdown(self):
        self.s.request("shutdown", None)
        self.s.notify("exit", None)
        # Up to the session's deadline: clangd joins its worker threads
        # before exiting, and a sanitizer build also checks for leaks: many
        # seconds on a loaded machine (10 s was too little at a load of 15).
        left = max(0.1, self.s.deadline - time.monotonic())
        try:
            code = self.s.proc.wait(timeout=left)
        except subprocess.TimeoutExpired:
            raise LspError("the server did not exit after shutdown/exit")
        if code != 0:
            raise LspError("the server exited with code %d after shutdown/exit" % code)
        print("exit 0")


def main():
    argv = sys.argv[1:]
    if "--" not in argv:
        print("lsp_client.py: missing '-- SERVER [ARGS...]'", file=sys.stderr)
        return 2
    cut = argv.index("--")
    ap = argparse.ArgumentParser(usage=__doc__.split("\n\n")[1])
    ap.add_argument("script", nargs="?")
    ap.add_argument("-c", dest="cmds", action="append", default=[])
    ap.add_argument("--root", default=".")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--raw", action="store_true",
                    help="also log every message, as JSON, to stderr")
    ap.add_argument("--no-related-information", dest="related", action="store_false",
                    help="declare no relatedInformation support, as some editors do")
    ap.add_argument("--server-log", metavar="FILE",
                    help="write the server's stderr to FILE")
    ap.add_argument("--all-actions", action="store_true",
                    help="print every code action, not only quick fixes")
    a = ap.parse_args(argv[:cut])
    server_argv = argv[cut + 1:]

    cmds = []
    if a.script:
        with open(a.script) as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    cmds.append(line)
    cmds += a.cmds

    deadline = time.monotonic() + a.timeout
    server = Server(server_argv, deadline, a.raw, a.server_log)
    sess = Session(server, os.path.abspath(a.root), a.all_actions, a.related)
    table = {"initialize": sess.initialize, "open": sess.open, "change": sess.change,
             "close": sess.close, "copy": sess.copy, "diagnostics": sess.diagnostics,
             "codeaction": sess.codeaction, "apply": sess.apply, "hover": sess.hover,
             "shutdown": sess.shutdown}
    done_shutdown = False
    cmd = "start"
    try:
        for cmd in cmds:
            words = shlex.split(cmd)
            fn = table.get(words[0])
            if fn is None:
                raise LspError("unknown command %r" % words[0])
            if words[0] != "initialize" and not sess.initialized:
                cmd = "initialize"
                sess.initialize()
                cmd = " ".join(words)
            fn(*words[1:])
            sys.stdout.flush()
            done_shutdown = words[0] == "shutdown"
        if not done_shutdown:
            if not sess.initialized:
                cmd = "initialize"
                sess.initialize()
            cmd = "shutdown"
            sess.shutdown()
        return 0
    except (LspError, TypeError, OSError, KeyError) as e:
        sys.stdout.flush()
        server.kill()  # and collect the rest of its stderr
        print("lsp_client.py: error in %r: %s" % (cmd, e), file=sys.stderr)
        if server.stderr_tail:
            print("lsp_client.py: the server's stderr ends with:\n  "
                  + "\n  ".join(server.stderr_tail[-20:]), file=sys.stderr)
        return 1
    finally:
        server.kill()


if __name__ == "__main__":
    sys.exit(main())
