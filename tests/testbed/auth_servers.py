"""Local servers that enforce credentials, each logging what it received.

- :class:`ProtectedApi`: a tiny STAC API refusing (401) any request without the expected header;
  its items' assets, its ``/away`` redirect and its paging ``next`` link point at another host.
- :class:`FileHost`: serves files (with HTTP ranges, as GDAL reads COGs), optionally only to
  requests whose query carries a valid SAS token of a :class:`SasTokenServer`.
- :class:`SasTokenServer`: a Planetary Computer style ``/api/sas/v1/token/<account>/<container>``.

Bind the "other" host to a different loopback address (127.0.0.2): cookies and netrc ignore ports.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

MASTER_PASSWORD = "test-master-password"
"""The master password of the test profile's QGIS auth database (shared with test_net.py)."""


@dataclass
class Seen:
    """One request a server received."""

    method: str
    path: str
    headers: dict[str, str]

    def text(self) -> str:
        """Everything sent, as one string (for "this secret never arrived here" checks)."""
        return f"{self.method} {self.path}\n" + "\n".join(f"{k}: {v}" for k, v in self.headers.items())


class _Server:
    """A threaded HTTP server on ``host`` with a request log."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()})
                with owner._lock:
                    owner.seen.append(seen)
                owner.handle(self, seen, body)

            do_GET = do_POST = do_HEAD = _handle

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer((host, 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self._server.server_port}"

    @property
    def netloc(self) -> str:
        return f"{self.host}:{self._server.server_port}"

    def requests(self) -> list[Seen]:
        with self._lock:
            return list(self.seen)

    def reset_log(self) -> None:
        with self._lock:
            self.seen.clear()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def handle(self, handler: BaseHTTPRequestHandler, seen: Seen, body: bytes) -> None:
        raise NotImplementedError


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes = b"",
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> None:
    """Write one complete answer (HEAD gets the headers only)."""
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body)


def send_json(handler: BaseHTTPRequestHandler, status: int, data: Any) -> None:
    send(handler, status, json.dumps(data).encode())


class ProtectedApi(_Server):
    """A STAC API answering only requests whose ``header`` equals ``value`` (else 401).

    ``asset_base`` is where its assets live; ``/away`` redirects there (to test that a credential
    does not follow a redirect to another host); page 1 of ``/search`` links page 2 on
    ``next_base`` (default: this API).
    """

    def __init__(
        self, header: str, value: str, asset_base: str, host: str = "127.0.0.1", next_base: str = ""
    ) -> None:
        self.header = header.lower()
        self.value = value
        self.asset_base = asset_base.rstrip("/")
        self.next_base = next_base
        super().__init__(host)

    def _item(self, item_id: str) -> dict[str, Any]:
        return {
            "type": "Feature",
            "stac_version": "1.0.0",
            "id": item_id,
            "collection": "c1",
            "geometry": {"type": "Point", "coordinates": [10.0, 50.0]},
            "bbox": [10.0, 50.0, 10.0, 50.0],
            "properties": {"datetime": "2024-01-01T00:00:00Z"},
            "links": [],
            "assets": {
                "data": {"href": f"{self.asset_base}/cog.tif", "type": "image/tiff; application=geotiff"}
            },
        }

    def handle(self, handler: BaseHTTPRequestHandler, seen: Seen, body: bytes) -> None:
        path = urlsplit(seen.path).path.rstrip("/")
        if path == "/away":
            send(handler, 302, headers={"Location": f"{self.asset_base}/landed"})
            return
        if seen.headers.get(self.header) != self.value:
            send_json(handler, 401, {"code": "Unauthorized", "description": "credential missing or wrong"})
            return
        base = self.url
        if path == "":
            send_json(
                handler,
                200,
                {
                    "type": "Catalog",
                    "id": "protected",
                    "description": "protected API",
                    "stac_version": "1.0.0",
                    "conformsTo": [
                        "https://api.stacspec.org/v1.0.0/core",
                        "https://api.stacspec.org/v1.0.0/item-search",
                        "https://api.stacspec.org/v1.0.0/collections",
                    ],
                    "links": [
                        {"rel": "self", "href": f"{base}/", "type": "application/json"},
                        {"rel": "root", "href": f"{base}/", "type": "application/json"},
                        {"rel": "data", "href": f"{base}/collections", "type": "application/json"},
                        {
                            "rel": "search",
                            "href": f"{base}/search",
                            "type": "application/geo+json",
                            "method": "GET",
                        },
                        {
                            "rel": "search",
                            "href": f"{base}/search",
                            "type": "application/geo+json",
                            "method": "POST",
                        },
                    ],
                },
            )
        elif path == "/collections":
            send_json(
                handler,
                200,
                {
                    "collections": [
                        {
                            "type": "Collection",
                            "id": "c1",
                            "stac_version": "1.0.0",
                            "description": "c1",
                            "license": "CC0-1.0",
                            "links": [],
                            "extent": {
                                "spatial": {"bbox": [[-180, -90, 180, 90]]},
                                "temporal": {"interval": [[None, None]]},
                            },
                        }
                    ],
                    "links": [],
                },
            )
        elif path == "/search":
            page = dict(parse_qsl(urlsplit(seen.path).query)).get("page", "1")
            links = []
            if page == "1":
                next_base = self.next_base or base
                links.append(
                    {
                        "rel": "next",
                        "href": f"{next_base}/search?page=2",
                        "method": "GET",
                        "type": "application/geo+json",
                    }
                )
            send_json(
                handler,
                200,
                {"type": "FeatureCollection", "features": [self._item(f"item-{page}")], "links": links},
            )
        else:
            send_json(handler, 404, {"code": "NotFound"})


@dataclass
class Token:
    token: str
    expiry: float
    account: str
    container: str


class SasTokenServer(_Server):
    """Issues SAS tokens valid ``lifetime_s`` seconds; with ``subscription_key`` set, only to
    requests carrying it in ``Ocp-Apim-Subscription-Key``."""

    def __init__(self, lifetime_s: float = 3600, subscription_key: str = "", host: str = "127.0.0.1") -> None:
        self.lifetime_s = lifetime_s
        self.subscription_key = subscription_key
        self.issued: list[Token] = []
        super().__init__(host)

    @property
    def endpoint(self) -> str:
        """The token endpoint's base (``<endpoint>/<account>/<container>``)."""
        return f"{self.url}/api/sas/v1/token"

    def valid(self, query: str, account: str, container: str) -> bool:
        """Whether ``query`` is exactly a token issued for (account, container) and not expired."""
        now = time.time()
        with self._lock:
            return any(
                t.token == query and t.account == account and t.container == container and now < t.expiry
                for t in self.issued
            )

    def handle(self, handler: BaseHTTPRequestHandler, seen: Seen, body: bytes) -> None:
        parts = urlsplit(seen.path).path.strip("/").split("/")
        if parts[:4] != ["api", "sas", "v1", "token"] or len(parts) != 6:
            send_json(handler, 404, {"detail": "not found"})
            return
        if self.subscription_key and seen.headers.get("ocp-apim-subscription-key") != self.subscription_key:
            send_json(handler, 401, {"detail": "subscription key missing or wrong"})
            return
        expiry = time.time() + self.lifetime_s
        stamp = datetime.fromtimestamp(expiry, timezone.utc)
        se = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
        token = (
            f"st=2024-01-01T00%3A00%3A00Z&se={se.replace(':', '%3A')}&sp=rl&sv=2021-06-08&sr=c"
            f"&skoid=fake&sig={secrets.token_urlsafe(24)}"
        )
        with self._lock:
            self.issued.append(Token(token, expiry, parts[4], parts[5]))
        send_json(handler, 200, {"msft:expiry": stamp.isoformat().replace("+00:00", "Z"), "token": token})


class FileHost(_Server):
    """Serves files under ``root`` with byte ranges; ``check(seen, account, container)`` (when set)
    decides whether a request may read. Paths are ``/<container>/<file>``."""

    def __init__(
        self, root: Path, host: str = "127.0.0.2", check: Callable[[Seen, str], bool] | None = None
    ) -> None:
        self.root = Path(root)
        self.check = check
        super().__init__(host)

    def handle(self, handler: BaseHTTPRequestHandler, seen: Seen, body: bytes) -> None:
        parts = urlsplit(seen.path)
        container = parts.path.strip("/").split("/", 1)[0]
        if self.check is not None and not self.check(seen, container):
            send(handler, 403, b"<Error><Code>AuthenticationFailed</Code></Error>", "application/xml")
            return
        target = (self.root / parts.path.lstrip("/")).resolve()
        if self.root.resolve() not in target.parents or not target.is_file():
            send(handler, 404, b"not found", "text/plain")
            return
        data = target.read_bytes()
        ranged = seen.headers.get("range", "")
        if ranged.startswith("bytes="):
            start_text, _, end_text = ranged[len("bytes=") :].split(",")[0].partition("-")
            start = int(start_text or 0)
            end = min(int(end_text) if end_text else len(data) - 1, len(data) - 1)
            if start >= len(data):
                send(handler, 416, b"", headers={"Content-Range": f"bytes */{len(data)}"})
                return
            send(
                handler,
                206,
                data[start : end + 1],
                "image/tiff",
                {"Content-Range": f"bytes {start}-{end}/{len(data)}", "Accept-Ranges": "bytes"},
            )
            return
        send(handler, 200, data, "image/tiff", {"Accept-Ranges": "bytes"})


def write_cog(path: Path, size: int = 64, value_offset: int = 0) -> Any:
    """A small EPSG:4326 COG at ``path``; returns its pixel array."""
    import numpy as np
    from osgeo import gdal, osr

    path.parent.mkdir(parents=True, exist_ok=True)
    pixels = ((np.arange(size * size).reshape(size, size) + value_offset) % 251 + 1).astype("uint8")
    mem = gdal.GetDriverByName("MEM").Create("", size, size, 1, gdal.GDT_Byte)
    mem.SetGeoTransform((10.0, 0.01, 0.0, 50.0, 0.0, -0.01))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    mem.SetProjection(srs.ExportToWkt())
    mem.GetRasterBand(1).WriteArray(pixels)
    gdal.GetDriverByName("COG").CreateCopy(str(path), mem, options=["BLOCKSIZE=256"])
    return pixels


def read_pixels(uri: str) -> Any:
    """The array GDAL reads from ``uri``, or None when it cannot (its errors kept quiet)."""
    from osgeo import gdal

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.Open(uri)
        return None if dataset is None else dataset.ReadAsArray()
    except RuntimeError:
        return None
    finally:
        gdal.PopErrorHandler()


@dataclass
class AuthBed:
    """The servers of one test module; ``stop()`` ends them all."""

    servers: list[_Server] = field(default_factory=list)

    def add(self, server: Any) -> Any:
        self.servers.append(server)
        return server

    def stop(self) -> None:
        for server in self.servers:
            server.stop()
        self.servers.clear()


def ensure_master_password() -> bool:
    """Unlock the test profile's QGIS auth database (creating it on first use); False when unusable."""
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    if manager.isDisabled():
        return False
    return bool(manager.setMasterPassword(MASTER_PASSWORD, True))


def store_config(method: str, name: str, values: dict[str, str]) -> str:
    """An auth config of ``method`` ("Basic", "APIHeader", ...) holding ``values``, stored in the
    QGIS auth database; returns its id."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    config = QgsAuthMethodConfig(method)
    config.setName(name)
    for key, value in values.items():
        config.setConfig(key, value)
    result = QgsApplication.authManager().storeAuthenticationConfig(config)
    ok, stored = result if isinstance(result, tuple) else (result, config)
    assert ok, "could not store the auth config"
    return stored.id()


def store_basic_config(name: str, username: str, password: str) -> str:
    """A Basic auth config in the QGIS auth database; returns its id."""
    return store_config("Basic", name, {"username": username, "password": password})


def asset_host(root: Path) -> FileHost:
    """A host on 127.0.0.2 serving a COG at ``/cog.tif`` to anyone (an API's asset host)."""
    write_cog(root / "cog.tif")
    return FileHost(root, host="127.0.0.2")


def remove_config(config_id: str) -> None:
    from qgis.core import QgsApplication

    QgsApplication.authManager().removeAuthenticationConfig(config_id)


class BlobBed:
    """A Planetary Computer imitation: a SAS token server on 127.0.0.1 and, on 127.0.0.2, a blob
    host serving ``<container>/scene/B04.tif`` only to requests signed with a valid token."""

    def __init__(
        self, root: Path, account: str, container: str, *, value_offset: int = 0, subscription_key: str = ""
    ) -> None:
        self.account = account
        self.pixels = write_cog(root / container / "scene" / "B04.tif", value_offset=value_offset)
        self.tokens = SasTokenServer(subscription_key=subscription_key)
        self.blob = FileHost(root, host="127.0.0.2", check=self._check)
        self.href = f"{self.blob.url}/{container}/scene/B04.tif"

    def _check(self, seen: Seen, container: str) -> bool:
        return self.tokens.valid(urlsplit(seen.path).query, self.account, container)

    def stop(self) -> None:
        self.tokens.stop()
        self.blob.stop()
