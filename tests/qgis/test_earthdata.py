"""NASA Earthdata assets against a local imitation of the redirect-to-login flow.

The data host (127.0.0.1) redirects to the login host (127.0.0.2), which wants HTTP Basic and
redirects back with a code the data host trades for a session cookie. The data host refuses any
request carrying an ``Authorization`` header, and the tests read both hosts' logs: the password
goes only to the login host, the cookie only to the data host.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from osgeo import gdal
from qgis.core import QgsApplication, QgsMessageLog, QgsProject, QgsRasterLayer, QgsSettings
from testbed.auth_servers import (
    ensure_master_password,
    read_pixels,
    remove_config,
    store_basic_config,
    write_cog,
)
from testbed.earthdata_server import COOKIE_NAME, EarthdataServer
from testbed.plugin_package import plugin_module

from plugin import auth
from plugin.auth import earthdata
from plugin.core.assets import configure_gdal_for, gdal_uri, required_login
from plugin.core.errors import StacPluginError

USER = "edl-user"
PASSWORD = "Edl-Pa55word-xyz"


@pytest.fixture(scope="module")
def config_id() -> Iterator[str]:
    if not ensure_master_password():
        pytest.fail("the QGIS auth database of the test profile cannot be unlocked")
    config = store_basic_config("earthdata test", USER, PASSWORD)
    yield config
    remove_config(config)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[EarthdataServer, object]]:
    """A fresh imitation (no session yet) serving one COG; yields (server, pixels)."""
    pixels = write_cog(tmp_path / "hls" / "B04.tif")
    srv = EarthdataServer(tmp_path, USER, PASSWORD)
    gdal.VSICurlClearCache()
    yield srv, pixels
    srv.stop()
    gdal.VSICurlClearCache()


@pytest.fixture
def provider(server, config_id: str, tmp_path: Path) -> Iterator[earthdata.EarthdataProvider]:
    """The Earthdata provider aimed at the imitation's two hosts, in place of the built-in one."""
    srv, _ = server
    login_port = int(srv.login_url.rsplit(":", 1)[1])
    before = gdal.GetConfigOption("GDAL_HTTP_COOKIEFILE")
    found = earthdata.EarthdataProvider(
        auth_cfg=config_id,
        data_hosts=("127.0.0.1",),
        login_origins=(("http", "127.0.0.2", login_port),),
        jar_path=tmp_path / "private" / earthdata.JAR_NAME,
        timeout_s=5,
    )
    auth.register(found)
    yield found
    auth.register(earthdata.EarthdataProvider())
    gdal.SetConfigOption("GDAL_HTTP_COOKIEFILE", before)


def test_a_request_without_the_login_is_refused(server):
    srv, _ = server
    assert read_pixels(gdal_uri(f"{srv.data_url}/hls/B04.tif")) is None
    hits = srv.hits()
    assert [h.status for h in hits if h.host == "login"][:1] == [401]
    assert not any(h.status in (200, 206) for h in hits)


def test_login_flow_then_gdal_reads_with_the_cookie(server, provider):
    srv, pixels = server
    href = f"{srv.data_url}/hls/B04.tif"
    uri = gdal_uri(href)
    assert auth.provider_for(uri) is provider
    assert auth.sign_href(uri) == uri  # the flow runs; the href is unchanged
    configure_gdal_for(uri)
    data = read_pixels(uri)
    assert data is not None and (data == pixels).all()

    hits = srv.hits()
    login_hits = [h for h in hits if h.host == "login"]
    data_hits = [h for h in hits if h.host == "data"]
    assert login_hits and all(h.authorization.startswith("Basic ") for h in login_hits)
    assert all(not h.authorization for h in data_hits), "the login reached the data host"
    assert all(COOKIE_NAME not in h.cookies for h in login_hits), "the session cookie reached the login host"
    gdal_reads = [h for h in data_hits if h.path == "/hls/B04.tif" and h.status in (200, 206)]
    assert len(gdal_reads) >= 2 and all(COOKIE_NAME in h.cookies for h in gdal_reads)

    jar = provider.jar_path
    assert stat.S_IMODE(jar.stat().st_mode) == 0o600
    assert stat.S_IMODE(jar.parent.stat().st_mode) == 0o700
    assert COOKIE_NAME in jar.read_text()
    assert PASSWORD not in jar.read_text()
    prefix = f"/vsicurl/{srv.data_url}/"
    assert provider.gdal_options(href) == {prefix: {"GDAL_HTTP_COOKIEFILE": str(jar)}}


def test_a_second_open_reuses_the_session(server, provider):
    srv, _ = server
    href = f"{srv.data_url}/hls/B04.tif"
    auth.sign_href(href)
    srv.reset()
    auth.sign_href(href)
    provider.login(href, force=True)  # a forced check with a valid cookie needs no login
    assert [h.host for h in srv.hits()] == ["data"]


def test_wrong_password_is_reported_without_the_password(server, config_id, tmp_path):
    srv, _ = server
    bad = store_basic_config("earthdata wrong", USER, "not-the-password")
    try:
        login_port = int(srv.login_url.rsplit(":", 1)[1])
        found = earthdata.EarthdataProvider(
            auth_cfg=bad,
            data_hosts=("127.0.0.1",),
            login_origins=(("http", "127.0.0.2", login_port),),
            jar_path=tmp_path / "jar.txt",
            timeout_s=5,
        )
        with pytest.raises(StacPluginError, match="refused the login") as caught:
            found.login(f"{srv.data_url}/hls/B04.tif")
        assert "not-the-password" not in f"{caught.value} {caught.value.detail}"
    finally:
        remove_config(bad)


def test_login_goes_to_no_host_but_the_login_host(server, config_id, tmp_path):
    """A data host that redirects to a login page elsewhere gets no password sent there."""
    srv, _ = server
    found = earthdata.EarthdataProvider(
        auth_cfg=config_id,
        data_hosts=("127.0.0.1",),
        login_origins=(("https", "urs.earthdata.nasa.gov", 443),),
        jar_path=tmp_path / "jar.txt",
        timeout_s=5,
    )
    with pytest.raises(StacPluginError):
        found.login(f"{srv.data_url}/hls/B04.tif")
    assert all(not h.authorization for h in srv.hits())


def test_no_secret_in_settings_project_layer_uri_or_log(server, provider, tmp_path):
    srv, _ = server
    messages: list[str] = []

    def keep(message: str, *_args: object) -> None:
        messages.append(message)

    QgsApplication.messageLog().messageReceived.connect(keep)
    try:
        href = f"{srv.data_url}/hls/B04.tif"
        auth.sign_href(href)
        uri = gdal_uri(href)
        configure_gdal_for(uri)
        QgsMessageLog.logMessage(f"opened {uri}", "STAC")
        layer = QgsRasterLayer(uri, "B04", "gdal")
        assert layer.isValid()
        project = QgsProject()
        project.addMapLayer(layer)
        project_file = tmp_path / "p.qgs"
        assert project.write(str(project_file))
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(keep)
    cookie = next(
        line.split("\t")[-1] for line in provider.jar_path.read_text().splitlines() if COOKIE_NAME in line
    )
    QgsSettings().sync()
    settings_text = Path(QgsSettings().fileName()).read_text(errors="replace")
    for secret in (PASSWORD, cookie):
        assert secret not in project_file.read_text()
        assert secret not in layer.source()
        assert secret not in settings_text
        assert not any(secret in m for m in messages)
    for key in ("GDAL_HTTP_USERPWD", "GDAL_HTTP_AUTH", "GDAL_HTTP_COOKIE"):
        assert not gdal.GetConfigOption(key)


def test_required_login_only_while_no_login_is_configured():
    href = "https://data.lpdaac.earthdatacloud.nasa.gov/lp-prod-protected/HLSS30.020/x.B04.tif"
    earthdata.set_auth_cfg("")
    try:
        assert required_login(href) == "a NASA Earthdata login"
        earthdata.set_auth_cfg("abc1234")
        assert required_login(href) == ""
        assert auth.asset_gdal_options(href) == {
            "/vsicurl/https://data.lpdaac.earthdatacloud.nasa.gov/": {
                "GDAL_HTTP_COOKIEFILE": str(earthdata.private_folder() / earthdata.JAR_NAME)
            }
        }
    finally:
        earthdata.set_auth_cfg(None)


def test_private_folder_is_in_the_qgis_profile():
    folder = earthdata.private_folder()
    assert folder == Path(QgsApplication.qgisSettingsDirPath()) / "stac_plugin"
    assert folder.is_dir()


@pytest.mark.skipif(
    int(gdal.VersionInfo()) >= 3070000, reason="GDAL >= 3.7 honours path-specific HTTP options"
)
def test_gdal_36_ignores_a_path_specific_userpwd(server):
    """Why the plugin walks the login flow itself: GDAL 3.6 sends no path-specific GDAL_HTTP_USERPWD."""
    srv, _ = server
    prefix = f"/vsicurl/{srv.data_url}/"
    gdal.SetPathSpecificOption(prefix, "GDAL_HTTP_USERPWD", f"{USER}:{PASSWORD}")
    gdal.SetPathSpecificOption(prefix, "GDAL_HTTP_AUTH", "BASIC")
    try:
        assert read_pixels(gdal_uri(f"{srv.data_url}/hls/B04.tif")) is None
    finally:
        gdal.ClearPathSpecificOptions(prefix)
    assert all(not h.authorization for h in srv.hits())


def test_open_raster_task_logs_in_and_opens(server, provider):
    from plugin.tasks import OpenRasterTask

    srv, _ = server
    uri = gdal_uri(f"{srv.data_url}/hls/B04.tif")
    task = OpenRasterTask([("hls", "B04", uri)])
    task.work()
    assert (task.ok, task.errors) == ([uri], [])
    assert all(not h.authorization for h in srv.hits("data"))


def test_asset_auth_cfg_round_trips_through_settings_and_dialog(qgis_iface, config_id):

    from plugin.core.models import Connection
    from plugin.settings import connection_from_dict, connection_to_dict

    connection = Connection(
        "CMR", "https://cmr.example/stac", asset_login="earthdata", asset_auth_cfg=config_id
    )
    assert connection_from_dict(connection_to_dict(connection)) == connection
    assert connection_from_dict({"name": "old", "url": "https://x"}).asset_auth_cfg == ""

    dialog_module = plugin_module("ui.connection_dialog")
    models = plugin_module("plugin.core.models")
    dialog = dialog_module.ConnectionDialog(
        models.Connection(**connection_to_dict(connection) | {"collections": ()})
    )
    entered = dialog.connection()
    assert (entered.asset_login, entered.asset_auth_cfg) == ("earthdata", config_id)
    dialog.login_combo.setCurrentIndex(dialog.login_combo.findData(""))
    assert dialog.connection().asset_auth_cfg == ""


def test_login_follows_qgis_proxy_settings(server, provider):
    from testbed.forward_proxy import ForwardProxy, qgis_proxy

    srv, _ = server
    uri = gdal_uri(f"{srv.data_url}/hls/B04.tif")
    with ForwardProxy() as proxy, qgis_proxy(proxy):
        auth.sign_href(uri)  # runs the login flow
        targets = proxy.targets()
    assert any(t.startswith(srv.data_url) for t in targets)
    assert any(t.startswith(srv.login_url) for t in targets)
    assert provider.jar_path.exists() and COOKIE_NAME in provider.jar_path.read_text()
