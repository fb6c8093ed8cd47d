"""QgisStacApiIO: pystac-client's requests through QGIS's network stack."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pystac_client import Client
from pystac_client.exceptions import APIError

from plugin.net import MARKER_HEADER, USER_AGENT, QgisStacApiIO, UserAgentHook


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Echo(BaseHTTPRequestHandler):
    """Answers every request with what it received."""

    def _answer(self, body: bytes = b"") -> None:
        payload = {
            "method": self.command,
            "path": self.path,
            "headers": {k.lower(): v for k, v in self.headers.items()},
            "body": body.decode("utf-8"),
        }
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def echo_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_landing_page_get(stac_api) -> None:
    landing = json.loads(QgisStacApiIO(timeout_s=30).request(stac_api.url))
    assert {link["rel"] for link in landing["links"]} >= {"self", "search"}


def test_search_post_returns_items(stac_api) -> None:
    collection = stac_api.items[0]["collection"]
    text = QgisStacApiIO(timeout_s=30).request(
        f"{stac_api.url.rstrip('/')}/search",
        method="POST",
        parameters={"collections": [collection], "limit": 2},
    )
    page = json.loads(text)
    assert page["type"] == "FeatureCollection"
    assert 1 <= len(page["features"]) <= 2
    assert {f["collection"] for f in page["features"]} == {collection}


def test_pystac_client_search_through_qgis(stac_api) -> None:
    client = Client.open(stac_api.url, stac_io=QgisStacApiIO(timeout_s=30))
    collection = stac_api.items[0]["collection"]
    expected = {i["id"] for i in stac_api.items if i["collection"] == collection}
    search = client.search(collections=[collection], limit=2, method="POST")
    assert {item.id for item in search.items()} == expected


def test_http_404_has_status(stac_api) -> None:
    with pytest.raises(APIError) as info:
        QgisStacApiIO(timeout_s=30).request(f"{stac_api.url.rstrip('/')}/collections/no-such-collection")
    assert info.value.status_code == 404
    assert "HTTP 404" in str(info.value)


def test_connection_refused_is_clear() -> None:
    port = _closed_port()
    with pytest.raises(APIError) as info:
        QgisStacApiIO(timeout_s=10).request(f"http://127.0.0.1:{port}/")
    assert info.value.status_code is None
    assert "refused" in str(info.value).lower()
    assert f"127.0.0.1:{port}" in str(info.value)


def test_timeout() -> None:
    # A socket that listens but never answers: the kernel completes the connection, nothing replies.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        port = sock.getsockname()[1]
        with pytest.raises(APIError) as info:
            QgisStacApiIO(timeout_s=1).request(f"http://127.0.0.1:{port}/")
    assert info.value.status_code is None
    assert "did not answer within 1 s" in str(info.value)


@pytest.fixture
def user_agent_hook() -> Iterator[UserAgentHook]:
    """The hook the plugin object installs while it is loaded."""
    hook = UserAgentHook()
    hook.install()
    yield hook
    hook.remove()


def test_get_query_headers_and_user_agent(echo_url: str, user_agent_hook: UserAgentHook) -> None:
    io = QgisStacApiIO(extra_headers={"X-Api-Key": "k1"}, timeout_s=10)
    io.update(headers={"X-From-Client": "c"}, parameters={"token": "t"})
    sent = json.loads(
        io.request(
            f"{echo_url}/search?a=1", parameters={"collections": "x,y", "intersects": {"type": "Point"}}
        )
    )
    assert sent["method"] == "GET"
    assert sent["path"].startswith("/search?a=1&")
    assert "collections=x%2Cy" in sent["path"]
    assert "token=t" in sent["path"]
    assert "intersects=%7B%22type%22%3A+%22Point%22%7D" in sent["path"]
    headers = sent["headers"]
    assert headers["user-agent"].startswith(USER_AGENT)
    assert MARKER_HEADER.decode().lower() not in headers
    assert headers["x-api-key"] == "k1"
    assert headers["x-from-client"] == "c"


def test_post_sends_json_body(echo_url: str) -> None:
    body = {"collections": ["a"], "bbox": [1.0, 2.0, 3.0, 4.0], "limit": 5}
    sent = json.loads(
        QgisStacApiIO(timeout_s=10).request(f"{echo_url}/search", method="POST", parameters=body)
    )
    assert sent["method"] == "POST"
    assert sent["headers"]["content-type"] == "application/json"
    assert json.loads(sent["body"]) == body


def test_usable_from_a_worker_thread(echo_url: str) -> None:
    results: list[str] = []
    thread = threading.Thread(target=lambda: results.append(QgisStacApiIO(timeout_s=10).request(echo_url)))
    thread.start()
    thread.join(30)
    assert json.loads(results[0])["method"] == "GET"


def test_auth_config_is_applied(echo_url: str) -> None:
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if manager.isDisabled() or not manager.setMasterPassword("test-master-password", True):
        pytest.skip("the QGIS auth database is not usable here")
    config = QgsAuthMethodConfig("Basic")
    config.setName("stac test basic")
    config.setConfig("username", "user")
    config.setConfig("password", "secret")
    result = manager.storeAuthenticationConfig(config)
    ok, stored = result if isinstance(result, tuple) else (result, config)
    assert ok
    try:
        sent = json.loads(QgisStacApiIO(stored.id(), timeout_s=10).request(echo_url))
        assert sent["headers"]["authorization"] == "Basic dXNlcjpzZWNyZXQ="
    finally:
        manager.removeAuthenticationConfig(stored.id())


def test_no_request_once_cancelled(echo_url: str) -> None:
    from qgis.core import QgsFeedback

    feedback = QgsFeedback()
    io = QgisStacApiIO(timeout_s=10, feedback=feedback)
    assert json.loads(io.request(echo_url))["method"] == "GET"
    feedback.cancel()
    with pytest.raises(APIError, match="Cancelled"):
        io.request(echo_url)
    flag = [False]
    other = QgisStacApiIO(timeout_s=10)
    with other.cancel_with(lambda: flag[0]):
        other.request(echo_url)
        flag[0] = True
        with pytest.raises(APIError, match="Cancelled"):
            other.request(echo_url)
    assert json.loads(other.request(echo_url))["method"] == "GET"


@pytest.fixture
def mute_server() -> Iterator[socket.socket]:
    """A listening socket that accepts connections and never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        sock.settimeout(10)
        yield sock


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_cancel_aborts_a_request_in_flight(mute_server: socket.socket, method: str) -> None:
    url = f"http://127.0.0.1:{mute_server.getsockname()[1]}/search"
    io = QgisStacApiIO(timeout_s=30)
    cancelled = threading.Event()
    errors: list[APIError] = []

    def work() -> None:  # a plain Python thread, not one Qt started
        with io.cancel_with(cancelled.is_set):
            try:
                io.request(url, method=method, parameters={"limit": 1})
            except APIError as exc:
                errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    connection, _ = mute_server.accept()
    with connection:
        assert connection.recv(4096).startswith(method.encode())  # the request is in flight
        started = time.monotonic()
        cancelled.set()
        thread.join(5)
        assert not thread.is_alive()
        assert time.monotonic() - started < 3
        assert len(errors) == 1 and str(errors[0]).startswith(f"Cancelled during {method} {url}")
        connection.settimeout(5)
        while connection.recv(4096):  # the rest of the request; then the client closes the connection
            pass


def test_a_request_from_the_main_thread_runs_to_its_end(mute_server: socket.socket) -> None:
    """There the request runs in QGIS's own thread, out of reach: cancel stops the next request only."""
    url = f"http://127.0.0.1:{mute_server.getsockname()[1]}/"
    io = QgisStacApiIO(timeout_s=1)
    started = time.monotonic()
    with io.cancel_with(lambda: time.monotonic() > started + 0.2), pytest.raises(APIError) as info:
        io.request(url)
    assert "did not answer within 1 s" in str(info.value)
    with io.cancel_with(lambda: True), pytest.raises(APIError, match="Cancelled before"):
        io.request(url)


def test_requests_follow_qgis_proxy_settings(stac_api) -> None:
    from testbed.forward_proxy import ForwardProxy, qgis_proxy

    from plugin.net import qgis_proxies

    with ForwardProxy() as proxy:
        with qgis_proxy(proxy):
            client = Client.open(stac_api.url, stac_io=QgisStacApiIO(timeout_s=10))
            assert client.id
            assert qgis_proxies(stac_api.url) == {"http": proxy.url, "https": proxy.url}
        assert proxy.targets() == [f"{stac_api.url}/"]  # the landing page, through the proxy
        seen = len(proxy.targets())
        # A URL excluded in QGIS's settings is fetched directly.
        with qgis_proxy(proxy, excluded=[stac_api.url]):
            assert json.loads(QgisStacApiIO(timeout_s=10).request(stac_api.url))["type"] == "Catalog"
            assert qgis_proxies(stac_api.url) == {}
        assert len(proxy.targets()) == seen
    assert qgis_proxies(stac_api.url) == {}  # no proxy configured: direct
