"""A tiny in-process STAC API on 127.0.0.1 for error and paging cases the real testbed cannot produce."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

CLOUDS = [5.0, 15.0, None, 25.0, 3.0, 50.0, 8.0]


def make_items() -> list[dict[str, Any]]:
    items = []
    for index, cloud in enumerate(CLOUDS):
        props: dict[str, Any] = {"datetime": f"2020-03-{20 + index:02d}T10:00:00Z", "platform": "sentinel-2a"}
        if cloud is not None:
            props["eo:cloud_cover"] = cloud
        items.append(
            {
                "type": "Feature",
                "stac_version": "1.0.0",
                "id": f"item-{index}",
                "collection": "c1",
                "geometry": {"type": "Point", "coordinates": [4.89, 52.37]},
                "bbox": [4.89, 52.37, 4.89, 52.37],
                "properties": props,
                "links": [],
                "assets": {
                    "B04": {
                        "href": f"http://127.0.0.1/c1/item-{index}/B04.tif",
                        "type": "image/tiff; application=geotiff; profile=cloud-optimized",
                    }
                },
            }
        )
    return items


@dataclass
class FakeApi:
    """Behaviour switches of the fake server; ``requests`` records (method, path, body or query)."""

    conforms_to: list[str] | None = None
    search_methods: tuple[str | None, ...] = (None,)
    matched: str = "numberMatched"  # or "context" or ""
    post_status: int = 200
    next_method: str = "POST"
    items: list[dict[str, Any]] = field(default_factory=make_items)
    requests: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    url: str = ""
    documents: dict[str, Any] = field(default_factory=dict)
    """Extra fixed answers by path (e.g. a recorded landing page)."""

    def landing(self) -> dict[str, Any]:
        links = [
            {"rel": "self", "href": self.url, "type": "application/json"},
            {"rel": "root", "href": self.url, "type": "application/json"},
            {"rel": "data", "href": f"{self.url}/collections", "type": "application/json"},
        ]
        for method in self.search_methods:
            link = {"rel": "search", "href": f"{self.url}/search", "type": "application/geo+json"}
            if method:
                link["method"] = method
            links.append(link)
        doc: dict[str, Any] = {
            "type": "Catalog",
            "stac_version": "1.0.0",
            "id": "fake",
            "description": "Fake",
            "links": links,
        }
        if self.conforms_to is not None:
            doc["conformsTo"] = self.conforms_to
        return doc

    def search(self, params: dict[str, Any], method: str) -> dict[str, Any]:
        items = self.items
        query = params.get("query")
        if isinstance(query, str):
            query = json.loads(query)
        if query:
            limit = query["eo:cloud_cover"]["lt"]
            items = [i for i in items if i["properties"].get("eo:cloud_cover", 1e9) < limit]
        flt = params.get("filter")
        if isinstance(flt, str):
            flt = json.loads(flt)
        if flt:
            limit = flt["args"][1]
            items = [i for i in items if i["properties"].get("eo:cloud_cover", 1e9) < limit]
        page_size = int(params.get("limit", 10))
        start = int(params.get("token", 0))
        page = items[start : start + page_size]
        doc: dict[str, Any] = {"type": "FeatureCollection", "features": page, "links": []}
        if self.matched == "numberMatched":
            doc["numberMatched"] = len(items)
        elif self.matched == "context":
            doc["context"] = {"matched": len(items), "returned": len(page)}
        if start + page_size < len(items):
            if self.next_method == "POST" and method == "POST":
                doc["links"].append(
                    {
                        "rel": "next",
                        "href": f"{self.url}/search",
                        "method": "POST",
                        "merge": True,
                        "body": {"token": start + page_size},
                    }
                )
            else:
                doc["links"].append(
                    {
                        "rel": "next",
                        "href": f"search?limit={page_size}&token={start + page_size}"
                        + (f"&query={json.dumps(query)}" if query else ""),
                    }
                )
        return doc

    def fixed(self) -> dict[str, tuple[int, Any]]:
        """The answers that do not depend on the request, by path."""
        static = {
            "type": "Catalog",
            "stac_version": "1.0.0",
            "id": "s",
            "description": "d",
            "links": [{"rel": "self", "href": f"{self.url}/static"}],
        }
        collections = [{"id": "c2", "title": "Beta"}, {"id": "c1", "title": "alpha"}, {"id": "c3"}]
        return {
            "/collections": (200, {"collections": collections, "links": []}),
            "/boom": (500, {"code": "Internal", "description": "database is down"}),
            "/html": (200, b"<html>hello</html>"),
            "/nolinks": (200, {"hello": "world"}),
            "/static": (200, static),
        }

    def answer(self, method: str, path: str, params: dict[str, Any]) -> tuple[int, Any]:
        """(status, JSON document or bytes of HTML) for a request; recorded in ``requests``."""
        self.requests.append((method, path, params))
        if path in self.documents:
            return 200, self.documents[path]
        if path == "":
            return 200, self.landing()
        if path == "/search":
            if method == "POST" and self.post_status != 200:
                return self.post_status, {"code": "MethodNotAllowed", "description": "no POST here"}
            return 200, self.search(params, method)
        return self.fixed().get(path, (404, {"code": "NotFound", "description": "no such path"}))


def serve(api: FakeApi) -> tuple[ThreadingHTTPServer, threading.Thread]:
    """Serve ``api`` on a free port of 127.0.0.1 (sets ``api.url``); stop with ``shutdown()``."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _route(self, method: str, params: dict[str, Any]) -> None:
            status, body = api.answer(method, urlsplit(self.path).path.rstrip("/"), params)
            html = isinstance(body, bytes)
            data = body if html else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/html" if html else "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            query = {k: v[-1] for k, v in parse_qs(urlsplit(self.path).query).items()}
            self._route("GET", query)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            self._route("POST", body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    api.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return server, thread
