"""A misbehaving STAC API and COG host on 127.0.0.1 for fault-handling tests.

Each API lives under its own prefix: ``/ok/`` is healthy; ``/<stage>-<fault>/`` is healthy except
at ``stage`` (``landing``, ``collections`` or ``search``), which answers with ``fault`` (see
``FAULTS``). ``/search-loop/`` answers every search with a ``next`` link to the same page,
``/search-nogeom/`` with items without geometry or datetime and ``/search-hangnext/`` with a
first page whose ``next`` link hangs. Assets are under ``/assets/``:
``good.tif`` (a tiled GeoTIFF served with HTTP ranges), ``missing.tif`` (404), ``truncated.tif``
(the same file cut in half) and ``hang.tif`` (answers ranges near the header, hangs on the rest).
A next link of ``/search-loop/`` repeats the request it answers (POST with the same body).
A hang holds its request until the client closes the connection (counted in ``dropped``) or
the server stops.

    with FaultServer() as server:
        url = server.api("search-hang")
"""

from __future__ import annotations

import contextlib
import json
import re
import select
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .auth_servers import send

FAULTS = (
    "hang",
    "refused",
    "reset",
    "http404-json",
    "http500-json",
    "http502-text",
    "html",
    "truncated-json",
    "invalid-json",
    "not-stac",
)
"""Faults any stage can answer with ("refused" is reached through ``FaultServer.refused_url``)."""

SEARCH_FAULTS = ("loop", "nogeom", "hangnext")
"""Faults only the search stage answers with."""

STAGES = ("landing", "collections", "search")
HANG_AFTER = 64 * 1024
"""``hang.tif`` answers ranges ending before this offset and hangs on those reaching past it."""
HANG_LIMIT_S = 120.0
HTML_PAGE = (
    "<html><head><title>Welcome</title></head><body><h1>Portal</h1>"
    '<img src="http://127.0.0.1:9/tracker.png"><a href="http://127.0.0.1:9/">Log in</a></body></html>'
)
COLLECTION = "fault-c1"
NEXT_TOKEN = "page2"
"""The ``token`` of ``/search-hangnext/``'s next page, the one that hangs."""
RASTER_SIZE = 1024


def make_cog(size: int = RASTER_SIZE) -> bytes:
    """A tiled, uncompressed uint16 GeoTIFF (EPSG:32631) whose pixels are ``(row * 7 + col) % 65521``."""
    import numpy as np
    from osgeo import gdal, osr

    path = f"/vsimem/fault_server_{threading.get_ident()}.tif"
    driver = gdal.GetDriverByName("GTiff")
    options = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256"]
    ds = driver.Create(path, size, size, 1, gdal.GDT_UInt16, options)
    ds.SetGeoTransform((500000.0, 10.0, 0.0, 5800000.0, 0.0, -10.0))

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32631)
    ds.SetProjection(srs.ExportToWkt())
    rows, cols = np.mgrid[0:size, 0:size]
    ds.GetRasterBand(1).WriteArray(((rows * 7 + cols) % 65521).astype(np.uint16))
    ds = None
    handle = gdal.VSIFOpenL(path, "rb")
    gdal.VSIFSeekL(handle, 0, 2)
    length = gdal.VSIFTellL(handle)
    gdal.VSIFSeekL(handle, 0, 0)
    data = bytes(gdal.VSIFReadL(1, length, handle))
    gdal.VSIFCloseL(handle)
    gdal.Unlink(path)
    return data


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: Any) -> None:
        pass

    # Plumbing -------------------------------------------------------------------
    def _send(self, status: int, body: Any, content_type: str = "application/json",
              headers: dict[str, str] | None = None) -> None:
        data = body if isinstance(body, bytes) else (
            body.encode() if isinstance(body, str) else json.dumps(body).encode()
        )
        send(self, status, data, content_type, headers)

    def _hang(self) -> None:
        """Answer nothing until the client closes the connection, the server stops or the limit."""
        self.server.hung += 1
        self.close_connection = True
        deadline = time.monotonic() + HANG_LIMIT_S
        while not self.server.stopping.is_set() and time.monotonic() < deadline:
            readable, _, _ = select.select([self.connection], [], [], 0.05)
            if not readable:
                continue
            try:
                closed = not self.connection.recv(1, socket.MSG_PEEK)
            except OSError:
                closed = True
            if closed:
                self.server.dropped += 1
                return
            self.server.stopping.wait(0.05)  # more bytes from the client: keep holding

    def _reset(self) -> None:
        """Promise a body, send a part of it, then reset the connection."""
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "4000")
        self.end_headers()
        self.wfile.write(b'{"type": "FeatureCollection", "features": [')
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.close()

    def _fault(self, fault: str, good: dict[str, Any]) -> None:
        if fault == "hang":
            self._hang()
        elif fault == "reset":
            self._reset()
        elif fault == "http404-json":
            self._send(404, {"code": "NotFound", "description": "No such <b>thing</b> here"})
        elif fault == "http500-json":
            self._send(500, {"code": "ServerError", "description": "database <i>down</i>"})
        elif fault == "http502-text":
            self._send(502, "Bad gateway: upstream <timeout>", "text/plain")
        elif fault == "html":
            self._send(200, HTML_PAGE, "text/html")
        elif fault == "truncated-json":
            text = json.dumps(good)
            self._send(200, text[: len(text) // 2])
        elif fault == "invalid-json":
            self._send(200, "{'type': 'FeatureCollection', features: [,]}")
        elif fault == "not-stac":
            self._send(200, {"hello": "world", "answer": [42]})
        else:
            self._send(400, {"code": "BadFault", "description": f"unknown fault {fault}"})

    # Documents ------------------------------------------------------------------
    def _base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def _landing(self, api: str) -> dict[str, Any]:
        root = f"{self._base()}/{api}"
        return {
            "type": "Catalog", "id": api, "description": "fault server", "stac_version": "1.0.0",
            "conformsTo": [
                "https://api.stacspec.org/v1.0.0/core",
                "https://api.stacspec.org/v1.0.0/item-search",
                "https://api.stacspec.org/v1.0.0/collections",
            ],
            "links": [
                {"rel": "self", "href": f"{root}/", "type": "application/json"},
                {"rel": "root", "href": f"{root}/", "type": "application/json"},
                {"rel": "data", "href": f"{root}/collections", "type": "application/json"},
                {"rel": "search", "href": f"{root}/search", "method": "GET", "type": "application/geo+json"},
                {"rel": "search", "href": f"{root}/search", "method": "POST", "type": "application/geo+json"},
            ],
        }

    def _collections(self, api: str) -> dict[str, Any]:
        root = f"{self._base()}/{api}"
        return {
            "collections": [
                {
                    "type": "Collection", "id": COLLECTION, "title": "Fault <b>collection</b>",
                    "stac_version": "1.0.0", "description": "d", "license": "proprietary",
                    "extent": {"spatial": {"bbox": [[-180, -90, 180, 90]]},
                               "temporal": {"interval": [[None, None]]}},
                    "links": [{"rel": "self", "href": f"{root}/collections/{COLLECTION}"}],
                }
            ],
            "links": [],
        }

    def item(self, item_id: str, *, geometry: bool = True, datetime: bool = True) -> dict[str, Any]:
        """An item whose assets are this server's test rasters."""
        assets = {
            key: {"href": f"{self._base()}/assets/{key}.tif",
                  "type": "image/tiff; application=geotiff; profile=cloud-optimized", "roles": ["data"]}
            for key in ("good", "missing", "truncated", "hang")
        }
        properties: dict[str, Any] = {"eo:cloud_cover": 5.0, "platform": "fault-sat"}
        if datetime:
            properties["datetime"] = "2024-01-02T03:04:05Z"
        feature: dict[str, Any] = {
            "type": "Feature", "stac_version": "1.0.0", "id": item_id, "collection": COLLECTION,
            "geometry": None, "properties": properties, "links": [], "assets": assets,
        }
        if geometry:
            ring = [[3, 52], [3.2, 52], [3.2, 52.2], [3, 52]]
            feature["geometry"] = {"type": "Polygon", "coordinates": [ring]}
            feature["bbox"] = [3, 52, 3.2, 52.2]
        return feature

    def _search(self, api: str) -> dict[str, Any]:
        nogeom = api == "search-nogeom"
        features = [
            self.item("fault-item-1"),
            self.item("fault-item-2", geometry=not nogeom, datetime=not nogeom),
        ]
        links: list[dict[str, Any]] = []
        if api == "search-loop":
            link = {"rel": "next", "href": f"{self._base()}{self.path}", "method": self.command}
            if self.command == "POST":
                link["body"] = self.body
            links.append(link)
        elif api == "search-hangnext":
            href = f"{self._base()}/{api}/search?token={NEXT_TOKEN}"
            links.append({"rel": "next", "href": href, "method": "GET"})
        return {"type": "FeatureCollection", "features": features, "numberMatched": 40 if links else 2,
                "links": links}

    # Routing --------------------------------------------------------------------
    def _route(self) -> None:
        self.server.paths.append(f"{self.command} {self.path}")
        self.body: Any = None
        if self.command == "POST":
            with contextlib.suppress(ValueError):
                length = int(self.headers.get("Content-Length") or 0)
                self.body = json.loads(self.rfile.read(length) or b"null")
        path = self.path.split("?", 1)[0]
        if path.startswith("/assets/"):
            self._asset(path[len("/assets/"):])
            return
        match = re.match(r"^/([^/]+)/?(.*)$", path)
        if not match:
            self._send(404, {"code": "NotFound"})
            return
        api, rest = match.group(1), match.group(2).strip("/")
        stage, _, fault = api.partition("-")
        if rest == "":
            here, good = "landing", self._landing(api)
        elif rest == "collections":
            here, good = "collections", self._collections(api)
        elif rest == "search":
            if api == "search-hangnext" and f"token={NEXT_TOKEN}" in self.path:
                self._hang()
                return
            here, good = "search", self._search(api)
        else:
            self._send(404, {"code": "NotFound", "description": path})
            return
        if api != "ok" and stage == here and fault not in SEARCH_FAULTS:
            self._fault(fault, good)
        else:
            self._send(200, good, "application/geo+json" if here == "search" else "application/json")

    def _asset(self, name: str) -> None:
        data = self.server.cog
        if name == "missing.tif":
            self._send(404, "Not Found", "text/plain")
            return
        if name == "truncated.tif":
            data = data[: len(data) // 2]
        elif name not in ("good.tif", "hang.tif"):
            self._send(404, "Not Found", "text/plain")
            return
        total = len(data)
        match = re.match(r"bytes=(\d+)-(\d*)", self.headers.get("Range") or "")
        if not match:
            self._send(200, data, "image/tiff", {"Accept-Ranges": "bytes"})
            return
        start = int(match.group(1))
        end = min(int(match.group(2)) if match.group(2) else total - 1, total - 1)
        if name == "hang.tif" and end >= HANG_AFTER:
            self._hang()
            return
        if start >= total:
            self._send(416, b"", "text/plain", {"Content-Range": f"bytes */{total}"})
            return
        self._send(206, data[start : end + 1], "image/tiff",
                   {"Content-Range": f"bytes {start}-{end}/{total}", "Accept-Ranges": "bytes"})

    def do_GET(self) -> None:
        self._route()

    def do_POST(self) -> None:
        self._route()

    def do_HEAD(self) -> None:
        self._route()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.stopping = threading.Event()
        self.cog = make_cog()
        self.paths: list[str] = []
        self.hung = 0
        self.dropped = 0


class FaultServer:
    """The fault-injecting server on a free port of 127.0.0.1, in a thread."""

    def __init__(self) -> None:
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>`` (no trailing slash)."""
        assert self._server is not None, "start() first"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def api(self, name: str) -> str:
        """The landing page URL of the API ``name`` ("ok", "search-hang", …)."""
        return f"{self.url}/{name}/"

    def asset(self, name: str) -> str:
        """The URL of ``/assets/<name>.tif``."""
        return f"{self.url}/assets/{name}.tif"

    @property
    def cog(self) -> bytes:
        """The bytes of ``good.tif``."""
        assert self._server is not None
        return self._server.cog

    @property
    def paths(self) -> list[str]:
        """Every request seen, as "METHOD /path?query"."""
        assert self._server is not None
        return list(self._server.paths)

    @property
    def hung(self) -> int:
        """How many requests were held by a hang so far."""
        assert self._server is not None
        return self._server.hung

    @property
    def dropped(self) -> int:
        """How many held requests ended because the client closed the connection."""
        assert self._server is not None
        return self._server.dropped

    @staticmethod
    def refused_url() -> str:
        """A loopback URL whose port refuses connections."""
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        return f"http://127.0.0.1:{port}/"

    def start(self) -> FaultServer:
        self._server = _Server()
        self._thread = threading.Thread(target=self._server.serve_forever, name="fault-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Release every hung request and stop serving."""
        if self._server is None:
            return
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(5)
        self._server = None
        self._thread = None

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
