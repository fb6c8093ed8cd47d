"""A forward HTTP proxy on 127.0.0.1 that logs what it forwards, for proxy-settings tests.

Clients send it absolute URLs (``GET http://127.0.0.2:8000/x HTTP/1.1``); it forwards each request,
headers and body as they are, to a loopback host only, and relays the answer without following
redirects.

    with ForwardProxy() as proxy:
        ...  # configure the client with proxy.host, proxy.port
        proxy.targets()  # the absolute URLs it forwarded
"""

from __future__ import annotations

import http.client
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

_HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization", "transfer-encoding"}


class ForwardProxy:
    """The proxy, in a thread of this process."""

    def __init__(self) -> None:
        self._targets: list[str] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _forward(self) -> None:
                parts = urlsplit(self.path)
                if parts.scheme != "http" or not (parts.hostname or "").startswith("127."):
                    self.send_error(403, "this proxy forwards to loopback addresses only")
                    return
                with owner._lock:
                    owner._targets.append(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
                upstream = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=30)
                try:
                    path = parts.path + (f"?{parts.query}" if parts.query else "")
                    upstream.request(self.command, path or "/", body=body, headers=headers)
                    answer = upstream.getresponse()
                    data = answer.read()
                finally:
                    upstream.close()
                self.send_response(answer.status, answer.reason)
                for name, value in answer.getheaders():
                    if name.lower() not in _HOP_BY_HOP and name.lower() != "content-length":
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = do_POST = do_HEAD = _forward

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.host, self.port = "127.0.0.1", self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``: what clients configure."""
        return f"http://{self.host}:{self.port}"

    def targets(self) -> list[str]:
        """The absolute URLs forwarded so far."""
        with self._lock:
            return list(self._targets)

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> ForwardProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextmanager
def qgis_proxy(proxy: ForwardProxy, excluded: list[str] | None = None) -> Iterator[None]:
    """QGIS's network settings point at ``proxy`` (as in Settings > Options > Network), except for
    URLs starting with one of ``excluded``; restored afterwards."""
    from qgis.core import QgsNetworkAccessManager, QgsSettings

    settings = QgsSettings()
    settings.setValue("proxy/proxyEnabled", True)
    settings.setValue("proxy/proxyType", "HttpProxy")
    settings.setValue("proxy/proxyHost", proxy.host)
    settings.setValue("proxy/proxyPort", str(proxy.port))
    settings.setValue("proxy/proxyExcludedUrls", "|".join(excluded or []))
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
    try:
        yield
    finally:
        settings.remove("proxy")
        QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
