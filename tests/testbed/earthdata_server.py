"""A local imitation of NASA Earthdata's redirect-to-login flow, on two loopback addresses.

* The data host (``127.0.0.1``) serves files with HTTP Range support to requests carrying its
  session cookie; any other request is redirected (302) to the login host's ``/oauth/authorize``.
* The login host (``127.0.0.2``, standing for urs.earthdata.nasa.gov) answers 401 with a Basic
  challenge unless the request carries the right Basic credentials, then redirects back to the
  data host's ``/urs_redirect?code=...&state=<original path>``.
* ``/urs_redirect`` trades a valid code for a session cookie and redirects to the original path.

The data host refuses (403) any request that carries an ``Authorization`` header, so a login
leaked to it fails loudly; both hosts log every request (host, method, path, whether an
``Authorization`` header and which cookies came with it) as JSON lines.

Run as a script (``python earthdata_server.py ROOT LOG USER PASSWORD``); it prints
``DATA_URL LOGIN_URL`` on its first line of output. :class:`EarthdataServer` does that for tests.
"""

from __future__ import annotations

import base64
import json
import secrets
import subprocess
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

try:
    from .http_ranges import byte_range
except ImportError:  # run as a script: this folder is on sys.path
    from http_ranges import byte_range

DATA_ADDRESS = "127.0.0.1"
LOGIN_ADDRESS = "127.0.0.2"
COOKIE_NAME = "edl_session"


@dataclass(frozen=True)
class Hit:
    """One request one of the hosts received."""

    host: str
    """``"data"`` or ``"login"``."""
    method: str
    path: str
    status: int
    authorization: str
    """The ``Authorization`` header as received ("" when absent)."""
    cookies: str
    """The ``Cookie`` header as received ("" when absent)."""


class _State:
    def __init__(self, root: Path, log: Path, user: str, password: str) -> None:
        self.root = root.resolve()
        self.log = log
        self.basic = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.codes: set[str] = set()
        self.sessions: set[str] = set()
        self.lock = threading.Lock()
        self.data_url = ""
        self.login_url = ""

    def record(self, hit: Hit) -> None:
        with self.lock, self.log.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(hit.__dict__) + "\n")


class _Handler(BaseHTTPRequestHandler):
    """Both hosts' requests; :func:`_handler` binds a subclass to the state and the host it is."""

    protocol_version = "HTTP/1.1"
    state: _State
    host: str  # "data" or "login"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _finish(self, status: int, headers: dict[str, str], body: bytes = b"") -> None:
        self.state.record(  # before answering, so a client that got its answer finds it in the log
            Hit(
                self.host,
                self.command,
                self.path,
                status,
                self.headers.get("Authorization", ""),
                self.headers.get("Cookie", ""),
            )
        )
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        if self.host == "login":
            self._login()
        else:
            self._data()

    def _login(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != "/oauth/authorize":
            self._finish(404, {})
            return
        if self.headers.get("Authorization", "") != self.state.basic:
            challenge = 'Basic realm="Please enter your Earthdata Login credentials"'
            self._finish(401, {"WWW-Authenticate": challenge})
            return
        query = parse_qs(parts.query)
        code = secrets.token_hex(8)
        with self.state.lock:
            self.state.codes.add(code)
        back = query.get("redirect_uri", [""])[0]
        target = f"{back}?code={code}&state={quote(query.get('state', ['/'])[0], safe='')}"
        self._finish(302, {"Location": target})

    def _session(self) -> str:
        for part in self.headers.get("Cookie", "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == COOKIE_NAME:
                return value
        return ""

    def _data(self) -> None:
        if self.headers.get("Authorization"):
            self._finish(403, {}, b"credentials sent to the data host")
            return
        parts = urlsplit(self.path)
        if parts.path == "/urs_redirect":
            self._redeem(parse_qs(parts.query))
        elif self._session() not in self.state.sessions:
            target = (
                f"{self.state.login_url}/oauth/authorize?client_id=test&response_type=code"
                f"&redirect_uri={quote(self.state.data_url + '/urs_redirect', safe='')}"
                f"&state={quote(self.path, safe='')}"
            )
            self._finish(302, {"Location": target})
        else:
            self._file(parts.path)

    def _redeem(self, query: dict[str, list[str]]) -> None:
        """Trade a login code for a session cookie and send the client back where it started."""
        code = query.get("code", [""])[0]
        state = self.state
        with state.lock:
            valid = code in state.codes
            state.codes.discard(code)
            token = secrets.token_hex(16)
            if valid:
                state.sessions.add(token)
        if not valid:
            self._finish(401, {}, b"bad code")
            return
        cookie = f"{COOKIE_NAME}={token}; Path=/; HttpOnly"
        self._finish(302, {"Location": query.get("state", ["/"])[0], "Set-Cookie": cookie})

    def _file(self, url_path: str) -> None:
        root = self.state.root
        path = (root / url_path.lstrip("/")).resolve()
        if root not in path.parents or not path.is_file():
            self._finish(404, {})
            return
        data = path.read_bytes()
        size = len(data)
        wanted = byte_range(self.headers.get("Range", ""), size)
        if wanted is None:
            self._finish(200, {"Accept-Ranges": "bytes"}, data)
        elif wanted[0] >= size:
            self._finish(416, {"Content-Range": f"bytes */{size}"})
        else:
            start, end = wanted
            headers = {"Content-Range": f"bytes {start}-{end}/{size}", "Accept-Ranges": "bytes"}
            self._finish(206, headers, data[start : end + 1])


def _handler(state: _State, host: str) -> type[BaseHTTPRequestHandler]:
    return type("Handler", (_Handler,), {"state": state, "host": host})


def serve(root: Path, log: Path, user: str, password: str) -> None:
    """Run both hosts until stdin closes or the process is terminated."""
    state = _State(root, log, user, password)
    data = ThreadingHTTPServer((DATA_ADDRESS, 0), _handler(state, "data"))
    login = ThreadingHTTPServer((LOGIN_ADDRESS, 0), _handler(state, "login"))
    state.data_url = f"http://{DATA_ADDRESS}:{data.server_address[1]}"
    state.login_url = f"http://{LOGIN_ADDRESS}:{login.server_address[1]}"
    for server in (data, login):
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
    print(state.data_url, state.login_url, flush=True)
    sys.stdin.read()  # the serving threads are daemons: returning ends them


class EarthdataServer:
    """The imitation in a child process: ``data_url``, ``login_url``, :meth:`hits`, :meth:`stop`."""

    def __init__(self, root: Path, user: str, password: str) -> None:
        self.root = Path(root)
        self.log = self.root / "requests.jsonl"
        self.log.write_text("")
        self._proc = subprocess.Popen(
            [sys.executable, __file__, str(self.root), str(self.log), user, password],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline().split()
        if len(line) != 2:
            self.stop()
            raise RuntimeError("the Earthdata imitation did not start")
        self.data_url, self.login_url = line

    def hits(self, host: str | None = None) -> list[Hit]:
        """Every request received so far (of ``host`` "data" or "login" only, when given)."""
        out = [Hit(**json.loads(line)) for line in self.log.read_text().splitlines() if line]
        return [h for h in out if host is None or h.host == host]

    def reset(self) -> None:
        """Forget the logged requests."""
        self.log.write_text("")

    def stop(self) -> None:
        """Stop the child process (by closing its stdin, then by PID)."""
        from .procs import stop_child  # this module also runs as the child's script

        stop_child(self._proc)


if __name__ == "__main__":
    serve(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4])
