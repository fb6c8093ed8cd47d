"""A private nginx serving a folder on 127.0.0.1 with HTTP Range support and a parseable access log."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .procs import ServerError, free_port, http_get, stop_process, tail, wait_until

LOG_FORMAT = '$status $body_bytes_sent "$http_range" "$request_method" $request_uri'


@dataclass(frozen=True)
class Request:
    """One line of the access log."""

    status: int
    bytes: int
    range: str
    """The request's ``Range`` header ("" when absent)."""
    path: str
    """The request URI (path and query)."""
    method: str = "GET"


def find_nginx() -> str:
    """Path of the nginx binary."""
    for cand in (shutil.which("nginx"), "/usr/sbin/nginx"):
        if cand and os.access(cand, os.X_OK):
            return cand
    raise ServerError("nginx not found (apt-get install nginx-light)")


class Nginx:
    """nginx with a private config, prefix and logs in a temporary folder, serving ``root``.

    ``url`` is ``http://127.0.0.1:PORT``; :meth:`requests` parses the access log and
    :meth:`reset_log` empties it.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.port = 0
        self.url = ""
        self.dir = Path()
        self._proc: subprocess.Popen | None = None

    @property
    def access_log(self) -> Path:
        """Path of the access log."""
        return self.dir / "access.log"

    @property
    def error_log(self) -> Path:
        """Path of the error log."""
        return self.dir / "error.log"

    def start(self, timeout: float = 10.0) -> Nginx:
        """Start nginx in the foreground (``daemon off``) and wait until it answers."""
        self.dir = Path(tempfile.mkdtemp(prefix="stac-testbed-nginx-"))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        user = "user root root;" if os.geteuid() == 0 else ""
        temp = "\n".join(
            f"    {name}_temp_path {self.dir}/{name};"
            for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        conf = self.dir / "nginx.conf"
        conf.write_text(
            f"""{user}
daemon off;
worker_processes 1;
pid {self.dir}/nginx.pid;
error_log {self.error_log} info;
events {{ worker_connections 256; }}
http {{
{temp}
    types {{ image/tiff tif tiff; application/json json; application/xml xml;
             image/jpeg jpg jpeg; image/png png; text/plain txt; }}
    default_type application/octet-stream;
    log_format testbed '{LOG_FORMAT}';
    access_log {self.access_log} testbed;
    sendfile on;
    keepalive_timeout 30;
    server {{
        listen 127.0.0.1:{self.port};
        root {self.root};
        autoindex off;
    }}
}}
"""
        )
        self.access_log.touch()
        out = open(self.dir / "stdout.log", "wb")  # noqa: SIM115 - owned by the child
        self._proc = subprocess.Popen(
            [find_nginx(), "-c", str(conf), "-p", str(self.dir), "-e", str(self.error_log)],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        out.close()
        try:
            wait_until(
                lambda: http_get(self.url + "/", 1.0)[0] in (200, 403, 404),
                timeout,
                self._proc,
                "nginx",
                self.error_log,
            )
        except ServerError as exc:
            self.stop()
            raise ServerError(f"{exc}\n{tail(self.dir / 'stdout.log')}") from None
        self.reset_log()
        return self

    def stop(self) -> None:
        """Stop nginx and remove its folder (not ``root``)."""
        stop_process(self._proc)
        self._proc = None
        if self.dir != Path() and self.dir.exists():
            shutil.rmtree(self.dir, ignore_errors=True)

    def requests(self, min_count: int = 0, timeout: float = 2.0) -> list[Request]:
        """Every request logged since the last :meth:`reset_log`, oldest first.

        nginx writes a line just after the response went out: ``min_count`` waits (up to
        ``timeout`` seconds) until at least that many lines are there.
        """
        deadline = time.monotonic() + timeout
        while True:
            out = self._parse()
            if len(out) >= min_count or time.monotonic() > deadline:
                return out
            time.sleep(0.01)

    def _parse(self) -> list[Request]:
        out: list[Request] = []
        for line in self.access_log.read_text(errors="replace").splitlines():
            status, size, rest = line.split(" ", 2)
            rng, _, rest = rest[1:].partition('" "')
            method, _, uri = rest.partition('" ')
            out.append(Request(int(status), int(size), "" if rng == "-" else rng, uri, method))
        return out

    def reset_log(self) -> None:
        """Empty the access log (nginx keeps appending to the same open file)."""
        with open(self.access_log, "r+b") as fh:
            fh.truncate(0)

    def __enter__(self) -> Nginx:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
