"""STAC API authentication from the QGIS auth database: Basic, API key header, bearer token.

Each API on 127.0.0.1 refuses requests without its credential; the other host (127.0.0.2) logs
everything it receives, and the credential must never appear there (redirects, paging links,
assets).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pystac_client.exceptions import APIError
from qgis.core import QgsApplication, QgsSettings
from testbed.auth_servers import (
    FileHost,
    ProtectedApi,
    asset_host,
    ensure_master_password,
    remove_config,
    store_basic_config,
    store_config,
)

from plugin import settings as settings_module
from plugin.core.models import Connection
from plugin.core.search import open_client
from plugin.net import QgisStacApiIO
from plugin.tasks import OpenConnectionTask

SECRET = "s3cr3t-T0ken-abc"
USER = "alice"


@pytest.fixture(scope="module")
def auth_db() -> None:
    if not ensure_master_password():
        pytest.fail("the QGIS auth database of the test profile cannot be unlocked")


@pytest.fixture(scope="module")
def other_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FileHost]:
    """The asset host, on another loopback address; serves a COG to anyone."""
    host = asset_host(tmp_path_factory.mktemp("assets"))
    yield host
    host.stop()


@pytest.fixture
def config_id(auth_db: None) -> Iterator[str]:
    config = store_basic_config("stac api test", USER, SECRET)
    yield config
    remove_config(config)


def _basic(user: str, password: str) -> str:
    import base64

    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


MODES = {
    # auth_header: (header the server checks, the value it expects)
    "": ("Authorization", _basic(USER, SECRET)),
    "X-API-Key": ("X-API-Key", SECRET),
    "Authorization: Bearer": ("Authorization", f"Bearer {SECRET}"),
}


@pytest.fixture(params=list(MODES), ids=["basic", "api-key-header", "bearer"])
def api(request: pytest.FixtureRequest, other_host: FileHost) -> Iterator[tuple[ProtectedApi, str]]:
    header, value = MODES[request.param]
    server = ProtectedApi(header, value, asset_base=other_host.url, next_base=other_host.url)
    other_host.reset_log()
    yield server, request.param
    server.stop()


def _assert_never_reached(host: FileHost) -> None:
    sent = "\n".join(seen.text() for seen in host.requests())
    assert SECRET not in sent
    assert _basic(USER, SECRET).split()[1] not in sent
    assert all("authorization" not in seen.headers for seen in host.requests())
    assert all("x-api-key" not in seen.headers for seen in host.requests())


def test_refused_without_credential(api: tuple[ProtectedApi, str]) -> None:
    server, _mode = api
    with pytest.raises(APIError) as info:
        QgisStacApiIO(timeout_s=10).request(server.url)
    assert info.value.status_code == 401


def test_wrong_credential_refused(api: tuple[ProtectedApi, str], auth_db: None) -> None:
    server, mode = api
    wrong = store_basic_config("wrong", USER, "not-the-secret")
    try:
        with pytest.raises(APIError) as info:
            QgisStacApiIO(wrong, auth_header=mode, api_url=server.url, timeout_s=10).request(server.url)
        assert info.value.status_code == 401
    finally:
        remove_config(wrong)


def test_credential_opens_and_searches(
    api: tuple[ProtectedApi, str], config_id: str, other_host: FileHost
) -> None:
    server, mode = api
    io = QgisStacApiIO(config_id, auth_header=mode, api_url=server.url, timeout_s=10)
    client = open_client(server.url, io)
    first = json.loads(io.request(f"{server.url}/search"))
    assert [f["id"] for f in first["features"]] == ["item-1"]
    assert client.id == "protected"
    # The next link points at the other host: followed without the credential.
    next_href = first["links"][0]["href"]
    assert next_href.startswith(other_host.url)
    with pytest.raises(APIError):
        io.request(next_href)
    assert [s.path for s in other_host.requests()] == ["/search?page=2"]
    _assert_never_reached(other_host)


def test_redirect_to_other_host_drops_credential(
    api: tuple[ProtectedApi, str], config_id: str, other_host: FileHost
) -> None:
    server, mode = api
    io = QgisStacApiIO(config_id, auth_header=mode, api_url=server.url, timeout_s=10)
    with pytest.raises(APIError):
        io.request(f"{server.url}/away")
    assert [s.path for s in other_host.requests()] == ["/landed"]
    _assert_never_reached(other_host)


def test_open_connection_task_uses_auth_header(api: tuple[ProtectedApi, str], config_id: str) -> None:
    server, mode = api
    connection = Connection("protected", server.url, auth_cfg=config_id, auth_header=mode)
    task = OpenConnectionTask(connection, timeout_s=10)
    assert task.run(), task.exception
    assert task.collections == [("c1", "")] or [c[0] for c in task.collections] == ["c1"]


def test_asset_layer_from_other_host_gets_no_credential(
    api: tuple[ProtectedApi, str], config_id: str, other_host: FileHost
) -> None:
    from osgeo import gdal
    from qgis.core import QgsProject

    from plugin.core.assets import gdal_uri
    from plugin.layers import add_item_layers, item_layer

    server, mode = api
    io = QgisStacApiIO(config_id, auth_header=mode, api_url=server.url, timeout_s=10)
    item = json.loads(io.request(f"{server.url}/search"))["features"][0]
    project = QgsProject()
    gdal.VSICurlClearCache()
    layer = item_layer(item, "data", gdal_uri(item["assets"]["data"]["href"]))
    add_item_layers([(layer, item)], project)
    assert layer.isValid()
    assert other_host.requests()
    _assert_never_reached(other_host)
    project.clear()


def test_secret_not_in_settings_nor_log(
    api: tuple[ProtectedApi, str], config_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, mode = api
    messages: list[str] = []
    log = QgsApplication.messageLog()
    log.messageReceived.connect(lambda text, *_a: messages.append(text))
    connection = Connection("protected", server.url, auth_cfg=config_id, auth_header=mode)
    group = "stac_plugin_auth_test"
    monkeypatch.setattr(settings_module, "GROUP", group)
    settings = settings_module.Settings(connections=[connection])
    settings.save()
    try:
        assert settings_module.Settings.load().connections == [connection]
        QgsSettings().sync()
        text = Path(QgsSettings().fileName()).read_text(encoding="utf-8", errors="replace")
        assert config_id in text
        assert SECRET not in text
        # A failing request is logged without the credential.
        bad = Connection("protected", f"{server.url}/away", auth_cfg=config_id, auth_header=mode)
        task = OpenConnectionTask(bad, timeout_s=10)
        assert not task.run()
        task.finished(False)
        QgsApplication.processEvents()
        assert messages
        assert not any(SECRET in m for m in messages)
    finally:
        QgsSettings().remove(group)


def test_unreadable_config_is_clear(api: tuple[ProtectedApi, str], auth_db: None) -> None:
    server, mode = api
    with pytest.raises(APIError, match="cannot be read"):
        QgisStacApiIO("nosuch1", auth_header=mode, api_url=server.url, timeout_s=10).request(server.url)


def test_method_applied_by_qgis_stays_on_api_host(auth_db: None, other_host: FileHost) -> None:
    """A config QGIS applies itself (here EsriToken) reaches the API but not a redirect's other host."""
    config_id = store_config("EsriToken", "stac esri token test", {"token": SECRET})
    server = ProtectedApi("X-Esri-Authorization", f"Bearer {SECRET} ", asset_base=other_host.url)
    other_host.reset_log()
    try:
        io = QgisStacApiIO(config_id, api_url=server.url, timeout_s=10)
        assert json.loads(io.request(server.url))["id"] == "protected"
        with pytest.raises(APIError):
            io.request(f"{server.url}/away")
        assert [s.path for s in other_host.requests()] == ["/landed"]
        _assert_never_reached(other_host)
        assert all("x-esri-authorization" not in s.headers for s in other_host.requests())
    finally:
        server.stop()
        remove_config(config_id)


@pytest.mark.skipif(
    "APIHeader" not in QgsApplication.authManager().authMethodsKeys(),
    reason="this QGIS has no API-header auth method (added after 3.22)",
)
def test_api_header_method_of_newer_qgis(auth_db: None, other_host: FileHost) -> None:
    """An APIHeader config carries its own headers: sent to the API, never to another host."""
    config_id = store_config("APIHeader", "stac api header test", {"X-API-Key": SECRET})
    server = ProtectedApi("X-API-Key", SECRET, asset_base=other_host.url, next_base=other_host.url)
    other_host.reset_log()
    try:
        with pytest.raises(APIError) as refused:
            QgisStacApiIO(timeout_s=10).request(server.url)
        assert refused.value.status_code == 401

        task = OpenConnectionTask(Connection("protected", server.url, auth_cfg=config_id), timeout_s=10)
        assert task.run(), task.exception
        assert [c[0] for c in task.collections] == ["c1"]

        io = QgisStacApiIO(config_id, api_url=server.url, timeout_s=10)
        first = json.loads(io.request(f"{server.url}/search"))
        assert [f["id"] for f in first["features"]] == ["item-1"]
        with pytest.raises(APIError):
            io.request(first["links"][0]["href"])  # the next link, on the other host
        with pytest.raises(APIError):
            io.request(f"{server.url}/away")  # a redirect to the other host
        assert sorted(s.path for s in other_host.requests()) == ["/landed", "/search?page=2"]
        _assert_never_reached(other_host)
    finally:
        server.stop()
        remove_config(config_id)
