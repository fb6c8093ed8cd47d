"""A tiny S3-compatible endpoint (path-style GET/HEAD of objects) that enforces what AWS enforces.

Each bucket is a folder and lives on one loopback address. A public bucket answers anyone; a
private bucket only requests signed with AWS Signature V4 by a configured key pair (the signature
is verified); a requester-pays bucket only such requests that also carry
``x-amz-request-payer: requester``; anything else gets S3's 403 XML error. Every request is
logged as a JSON line: address, bucket, method,
status, the access key id it was signed with ("" when unsigned) and its request-payer header.

Run as a script (``python s3_server.py CONFIG.json LOG``); it prints ``ADDRESS:PORT`` per
address, space separated, on its first line. :class:`S3Server` does that for tests.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

try:
    from .http_ranges import byte_range
except ImportError:  # run as a script: this folder is on sys.path
    from http_ranges import byte_range


@dataclass(frozen=True)
class S3Hit:
    """One request the endpoint received."""

    address: str
    bucket: str
    method: str
    status: int
    key_id: str
    request_payer: str


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode(), hashlib.sha256).digest()


def _check_sigv4(method: str, raw_path: str, headers: dict[str, str], keys: dict[str, str]) -> str:
    """The access key id of a valid SigV4 ``Authorization`` header, or "" when it is missing or wrong."""
    auth = headers.get("authorization", "")
    if not auth.startswith("AWS4-HMAC-SHA256 "):
        return ""
    fields = dict(p.strip().split("=", 1) for p in auth[len("AWS4-HMAC-SHA256 ") :].split(",") if "=" in p)
    try:
        key_id, date, region, service, _ = fields["Credential"].split("/")
        signed = fields["SignedHeaders"].split(";")
        signature = fields["Signature"]
    except (KeyError, ValueError):
        return ""
    secret = keys.get(key_id)
    if secret is None or "host" not in signed:
        return ""
    parts = urlsplit(raw_path)
    query = "&".join(
        f"{quote(k, safe='-_.~')}={quote(v, safe='-_.~')}"
        for k, v in sorted(parse_qsl(parts.query, keep_blank_values=True))
    )
    canonical_headers = "".join(f"{h}:{' '.join(headers.get(h, '').split())}\n" for h in signed)
    canonical = "\n".join(
        [
            method,
            quote(unquote(parts.path), safe="/-_.~"),
            query,
            canonical_headers,
            ";".join(signed),
            headers.get("x-amz-content-sha256", "UNSIGNED-PAYLOAD"),
        ]
    )
    to_sign = "\n".join(
        [
            "AWS4-HMAC-SHA256",
            headers.get("x-amz-date", ""),
            f"{date}/{region}/{service}/aws4_request",
            _sha256(canonical.encode()),
        ]
    )
    key = _hmac(_hmac(_hmac(_hmac(f"AWS4{secret}".encode(), date), region), service), "aws4_request")
    expected = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    return key_id if hmac.compare_digest(expected, signature) else ""


def _error(code: str, message: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code>'
        f"<Message>{message}</Message></Error>"
    ).encode()


def _ranged(data: bytes, wanted: str) -> tuple[int, dict[str, str], bytes]:
    """The answer to a GET of ``data`` with the ``Range`` header ``wanted``."""
    size = len(data)
    asked = byte_range(wanted, size)
    if asked is None:
        return 200, {"Accept-Ranges": "bytes"}, data
    start, end = asked
    if start >= size:
        return 416, {"Content-Range": f"bytes */{size}"}, b""
    return 206, {"Content-Range": f"bytes {start}-{end}/{size}"}, data[start : end + 1]


class _Handler(BaseHTTPRequestHandler):
    """GET and HEAD of objects; :func:`_handler` binds a subclass to one address's buckets."""

    protocol_version = "HTTP/1.1"
    address: str
    buckets: dict[str, dict]
    keys: dict[str, str]
    log: Path
    lock: threading.Lock

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        bucket, _, key = unquote(urlsplit(self.path).path).lstrip("/").partition("/")
        key_id = _check_sigv4(self.command, self.path, headers, self.keys)
        payer = headers.get("x-amz-request-payer", "")
        status, extra, body = self._answer(bucket, key, key_id, payer, headers.get("range", ""))
        signed_by = key_id or ("invalid" if headers.get("authorization") else "")
        # logged before answering, so a client that got its answer finds it in the log
        hit = S3Hit(self.address, bucket, self.command, status, signed_by, payer)
        with self.lock, self.log.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(hit.__dict__) + "\n")
        self.send_response(status)
        for name, value in extra.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _answer(
        self, bucket: str, key: str, key_id: str, payer: str, wanted: str
    ) -> tuple[int, dict[str, str], bytes]:
        spec = self.buckets.get(bucket)
        if spec is None:
            return 404, {}, _error("NoSuchBucket", "The specified bucket does not exist")
        if spec.get("requester_pays") or spec.get("private"):
            if not key_id:
                return 403, {}, _error("AccessDenied", "Access Denied")
            if spec.get("requester_pays") and payer != "requester":
                return 403, {}, _error("AccessDenied", "Requester pays: x-amz-request-payer missing")
        root = Path(spec["root"]).resolve()
        path = (root / key).resolve()
        if root not in path.parents or not path.is_file():
            return 404, {}, _error("NoSuchKey", "The specified key does not exist.")
        return _ranged(path.read_bytes(), wanted)


def _handler(address: str, config: dict, log: Path, lock: threading.Lock) -> type[BaseHTTPRequestHandler]:
    buckets = {name: b for name, b in config["buckets"].items() if b["address"] == address}
    attributes = {"address": address, "buckets": buckets, "keys": config.get("keys", {}), "log": log}
    return type("Handler", (_Handler,), {**attributes, "lock": lock})


def serve(config_path: Path, log: Path) -> None:
    """Listen on every address the config names until stdin closes."""
    config = json.loads(config_path.read_text())
    lock = threading.Lock()
    servers = []
    for address in sorted({b["address"] for b in config["buckets"].values()}):
        server = ThreadingHTTPServer((address, 0), _handler(address, config, log, lock))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    print(" ".join(f"{s.server_address[0]}:{s.server_address[1]}" for s in servers), flush=True)
    sys.stdin.read()  # the serving threads are daemons: returning ends them


class S3Server:
    """The endpoint in a child process.

    ``buckets`` maps a bucket name to ``{"root": folder, "address": "127.0.0.x",
    "requester_pays": bool, "private": bool}``; ``keys`` maps access key ids to secrets.
    ``endpoint(bucket)`` is the ``host:port`` serving that bucket.
    """

    def __init__(self, folder: Path, buckets: dict[str, dict], keys: dict[str, str]) -> None:
        folder = Path(folder)
        config = folder / "s3.json"
        config.write_text(json.dumps({"buckets": buckets, "keys": keys}))
        self.log = folder / "s3-requests.jsonl"
        self.log.write_text("")
        self._buckets = buckets
        self._proc = subprocess.Popen(
            [sys.executable, __file__, str(config), str(self.log)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline().split()
        if not line:
            self.stop()
            raise RuntimeError("the S3 endpoint did not start")
        self.endpoints = {item.split(":")[0]: item for item in line}

    def endpoint(self, bucket: str) -> str:
        """``address:port`` of the listener serving ``bucket``."""
        return self.endpoints[self._buckets[bucket]["address"]]

    def hits(self) -> list[S3Hit]:
        """Every request received so far."""
        return [S3Hit(**json.loads(line)) for line in self.log.read_text().splitlines() if line]

    def stop(self) -> None:
        """Stop the child process (by closing its stdin, then by PID)."""
        from .procs import stop_child  # this module also runs as the child's script

        stop_child(self._proc)


if __name__ == "__main__":
    serve(Path(sys.argv[1]), Path(sys.argv[2]))


def requester_pays_endpoint(
    base: Path, keys: dict[str, str], paid: str = "usgs-landsat", public: str = "public-bucket"
) -> tuple[S3Server, Any]:
    """An endpoint with a requester-pays bucket ``paid`` on 127.0.0.1 and a public bucket ``public``
    on 127.0.0.2, each holding ``LC09/B4.TIF``; returns the running server and the file's pixels."""
    from .auth_servers import write_cog

    pixels = write_cog(base / paid / "LC09" / "B4.TIF")
    shutil.copytree(base / paid, base / public)
    server = S3Server(
        base,
        {
            paid: {"root": str(base / paid), "address": "127.0.0.1", "requester_pays": True},
            public: {"root": str(base / public), "address": "127.0.0.2"},
        },
        keys,
    )
    return server, pixels
