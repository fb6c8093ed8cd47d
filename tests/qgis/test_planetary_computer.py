"""Planetary Computer assets: signed with SAS tokens from a local token endpoint, never saved signed.

The blob host (127.0.0.2) serves a COG only to requests carrying a valid, unexpired token of the
token server (127.0.0.1); the subscription key must reach the token server only.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsSettings
from testbed.auth_servers import (
    BlobBed,
    ensure_master_password,
    remove_config,
    store_basic_config,
)

from plugin import auth
from plugin.auth import planetary_computer as pc
from plugin.auth import project as signed_projects
from plugin.core.assets import gdal_uri, required_login
from plugin.core.errors import StacPluginError
from plugin.layers import HREF_PROPERTY, add_item_layers, failure_reason, item_layer
from plugin.tasks import OpenRasterTask

ACCOUNT = "pcacct"
CONTAINER = "sentinel2-l2"
KEY = "subscription-key-42"

SCENE = {"id": "scene"}
"""The item the test layers belong to."""


def _add_scene_layer(href: str, project: QgsProject) -> QgsRasterLayer:
    """The B04 layer of ``SCENE`` read from ``href``, added to ``project`` as the dock adds assets."""
    layer = item_layer(SCENE, "B04", gdal_uri(href))
    add_item_layers([(layer, SCENE)], project)
    return layer


@pytest.fixture(scope="module")
def bed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BlobBed]:
    servers = BlobBed(tmp_path_factory.mktemp("blob"), ACCOUNT, CONTAINER, value_offset=7)
    yield servers
    servers.stop()


@pytest.fixture
def signer(bed: BlobBed) -> Iterator[pc.PlanetaryComputer]:
    """The Planetary Computer provider pointed at the local token server and blob host."""
    provider = pc.PlanetaryComputer(
        token_endpoint=bed.tokens.endpoint, storage_hosts={bed.blob.netloc: ACCOUNT}, auth_cfg=""
    )
    previous = auth.provider(pc.NAME)
    auth.register(provider)
    bed.tokens.subscription_key = ""
    bed.tokens.lifetime_s = 3600
    bed.tokens.reset_log()
    bed.blob.reset_log()
    gdal.VSICurlClearCache()
    yield provider
    if previous is not None:
        auth.register(previous)


def _token_in(source: str) -> str:
    return source.split("?", 1)[1]


def _pixels(layer: QgsRasterLayer) -> np.ndarray:
    provider = layer.dataProvider()
    block = provider.block(1, provider.extent(), layer.width(), layer.height())
    data = bytes(block.data())
    return np.frombuffer(data, dtype=np.uint8).reshape(layer.height(), layer.width())


def test_blob_host_refuses_unsigned(bed: BlobBed, signer: pc.PlanetaryComputer) -> None:
    try:  # None, or RuntimeError once something (QGIS 3.40+ Processing) turned GDAL exceptions on
        dataset = gdal.OpenEx(gdal_uri(bed.href), gdal.OF_RASTER)
    except RuntimeError as exc:
        assert "403" in str(exc)
        dataset = None
    assert dataset is None
    assert bed.blob.requests()
    assert all(not urlsplit(s.path).query for s in bed.blob.requests())


def test_required_login_only_when_nothing_signs() -> None:
    href = "https://sentinel2l2a01.blob.core.windows.net/sentinel2-l2/x/B04.tif"
    assert required_login(href) == ""

    class Unsigning(pc.PlanetaryComputer):  # knows the blob hosts, cannot sign them
        def handles(self, href: str) -> bool:
            return False

        def recognizes(self, href: str) -> bool:
            return self.account_container(href) is not None

    saved = auth.register(Unsigning())
    try:
        assert required_login(href) == "a Planetary Computer SAS token"
        auth.unregister(pc.NAME)
        assert required_login(href) == ""  # no login knows the host: nothing is asked for
    finally:
        assert saved is not None
        auth.register(saved)


def test_default_provider_knows_blob_hosts() -> None:
    provider = pc.PlanetaryComputer()
    href = "https://landsateuwest.blob.core.windows.net/landsat-c2/level-2/x.TIF"
    assert provider.account_container(href) == ("landsateuwest", "landsat-c2")
    assert not provider.handles("https://example.com/landsat-c2/x.tif")
    signed = f"{href}?st=a&se=b&sp=rl&sv=c&sr=c&skoid=d&sig=e%3D"
    assert provider.unsign_href(signed) == href
    assert auth.unsign_href("/vsicurl/" + signed) == "/vsicurl/" + href


def test_layer_is_signed_and_reads_pixels(bed: BlobBed, signer: pc.PlanetaryComputer) -> None:
    project = QgsProject()
    layer = _add_scene_layer(bed.href, project)
    assert layer.customProperty(HREF_PROPERTY) == gdal_uri(bed.href)
    assert "sig=" in layer.source()
    assert np.array_equal(_pixels(layer), bed.pixels)
    assert [s.path for s in bed.tokens.requests()] == [f"/api/sas/v1/token/{ACCOUNT}/{CONTAINER}"]
    project.clear()


def test_open_task_signs_and_reports_unsigned(bed: BlobBed, signer: pc.PlanetaryComputer) -> None:
    uri = gdal_uri(bed.href)
    task = OpenRasterTask([("scene", "B04", uri)])
    assert task.run(), task.exception
    assert task.ok == [uri]
    assert task.errors == []


def test_project_on_disk_has_no_token_and_reopens(
    bed: BlobBed, signer: pc.PlanetaryComputer, tmp_path: Path
) -> None:
    hooks = signed_projects.SignedProjects()
    hooks.install()
    try:
        project = QgsProject()
        old_token = _token_in(_add_scene_layer(bed.href, project).source())
        path = tmp_path / "signed.qgs"
        assert project.write(str(path))
        text = path.read_text(encoding="utf-8")
        sig = dict(p.split("=", 1) for p in old_token.split("&"))["sig"]
        assert sig not in text
        assert "sig=" not in text
        assert bed.href in text
        project.clear()

        # The old token is revoked and forgotten: reopening must fetch a new one.
        bed.tokens.issued.clear()
        signer.clear()
        gdal.VSICurlClearCache()
        reopened = QgsProject()
        assert reopened.read(str(path))
        layers = list(reopened.mapLayers().values())
        assert len(layers) == 1 and layers[0].isValid()
        assert _token_in(layers[0].source()) != old_token
        assert np.array_equal(_pixels(layers[0]), bed.pixels)

        # A .qgz too.
        zipped = tmp_path / "signed.qgz"
        assert reopened.write(str(zipped))
        import zipfile

        with zipfile.ZipFile(zipped) as archive:
            inner = "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
        assert "sig=" not in inner and bed.href in inner
        reopened.clear()
    finally:
        hooks.remove()


def test_token_refreshed_before_expiry(bed: BlobBed, signer: pc.PlanetaryComputer) -> None:
    bed.tokens.lifetime_s = 3
    signer.refresh_margin_s = 2
    project = QgsProject()
    layer = _add_scene_layer(bed.href, project)
    first = _token_in(layer.source())
    assert signed_projects.refresh_signed_layers(project) == []
    time.sleep(1.2)
    assert signed_projects.refresh_signed_layers(project) == [layer]
    second = _token_in(layer.source())
    assert second != first
    time.sleep(2.0)  # the first token has expired now, the second one has not
    assert not bed.tokens.valid(first, ACCOUNT, CONTAINER)
    gdal.VSICurlClearCache()
    assert layer.isValid()
    assert np.array_equal(_pixels(layer), bed.pixels)
    project.clear()


def test_subscription_key_from_auth_db(bed: BlobBed, signer: pc.PlanetaryComputer) -> None:
    assert ensure_master_password()
    bed.tokens.subscription_key = KEY
    with pytest.raises(StacPluginError, match="No Planetary Computer token"):
        signer.sign_href(bed.href)
    config = store_basic_config("pc subscription", "", KEY)
    key_setting = pc.SETTINGS_AUTH_CFG
    try:
        signer.auth_cfg = None  # read the config id from the settings, as the plugin does
        QgsSettings().setValue(key_setting, config)
        project = QgsProject()
        assert np.array_equal(_pixels(_add_scene_layer(bed.href, project)), bed.pixels)
        token_requests = bed.tokens.requests()
        assert token_requests[-1].headers["ocp-apim-subscription-key"] == KEY
        blob_sent = "\n".join(s.text() for s in bed.blob.requests())
        assert KEY not in blob_sent
        assert "ocp-apim-subscription-key" not in blob_sent.lower()
        project.clear()
    finally:
        QgsSettings().remove(key_setting)
        remove_config(config)


def test_errors_and_log_hide_the_token(bed: BlobBed, signer: pc.PlanetaryComputer) -> None:
    messages: list[str] = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, *_a: messages.append(text))
    signed = auth.sign_href(gdal_uri(bed.href))
    sig = dict(p.split("=", 1) for p in _token_in(signed).split("&"))["sig"]
    from plugin.log import log

    log(f"opening {signed} failed")
    QgsApplication.processEvents()
    assert messages and not any(sig in m for m in messages)
    missing = signed.replace("B04.tif", "nothing.tif")
    with pytest.raises(StacPluginError) as failed:
        item_layer(SCENE, "none", missing)
    assert sig not in f"{failed.value} {failed.value.detail} {failure_reason(failed.value)}"


def test_save_task_signs(bed: BlobBed, signer: pc.PlanetaryComputer, tmp_path: Path) -> None:
    from plugin.core.models import SaveRequest
    from plugin.tasks import SaveTask

    task = SaveTask([SaveRequest(gdal_uri(bed.href), str(tmp_path), "scene", "B04")])
    assert task.run(), task.exception
    saved = gdal.Open(task.paths[0])
    assert np.array_equal(saved.GetRasterBand(1).ReadAsArray(), bed.pixels)


def test_composite_project_has_no_token_and_reopens(
    bed: BlobBed, signer: pc.PlanetaryComputer, tmp_path: Path
) -> None:
    """A composite's VRT names signed sources; the project on disk keeps them unsigned."""
    from plugin.core.picture import build_composite
    from plugin.layers import add_picture_layer, picture_layer

    asset = {"href": bed.href, "type": "image/tiff; application=geotiff"}
    item = {
        "id": "scene",
        "properties": {"datetime": "2024-04-12T10:00:00Z"},
        "assets": {"red": asset, "green": asset, "blue": asset},
    }
    hooks = signed_projects.SignedProjects()
    hooks.install()
    try:
        picture = build_composite(item, "truecolor", prepare=auth.prepare)
        assert "sig=" in picture.xml and "sig=" not in picture.plain_xml
        project = QgsProject()
        layer = picture_layer(picture)
        add_picture_layer(layer, picture, project)
        assert np.array_equal(_pixels(layer), bed.pixels)
        path = tmp_path / "composite.qgs"
        assert project.write(str(path))
        text = path.read_text(encoding="utf-8")
        assert "sig=" not in text and bed.href in text
        project.clear()
        del layer
        signer.clear()
        gdal.VSICurlClearCache()
        reopened = QgsProject()
        assert reopened.read(str(path))
        (again,) = reopened.mapLayers().values()
        assert again.isValid() and again.bandCount() == 3
        assert np.array_equal(_pixels(again), bed.pixels)
        reopened.clear()
    finally:
        hooks.remove()


def _blob_item(item_id: str, href: str) -> dict:
    asset = {"href": href, "type": "image/tiff; application=geotiff"}
    return {
        "id": item_id,
        "bbox": [10.0, 49.36, 10.64, 50.0],
        "properties": {"datetime": "2024-04-12T10:00:00Z"},
        "assets": {"red": asset, "green": asset, "blue": asset},
    }


def _tokens_in_vrt(source: str) -> set[str]:
    """The SAS tokens of every source of a VRT, nested (escaped again) ones too."""
    import html
    import re

    while html.unescape(source) != source:
        source = html.unescape(source)
    return set(re.findall(r"[?&](st=[^<\"&]*(?:&[a-z]+=[^<\"&]*)*)", source))


def _expire_tokens(bed: BlobBed, tokens: set[str]) -> None:
    """Wait until ``tokens`` have expired; tokens issued from now on last an hour."""
    last = max(token.expiry for token in bed.tokens.issued if token.token in tokens)
    bed.tokens.lifetime_s = 3600
    time.sleep(max(0.0, last - time.time()) + 0.3)
    gdal.VSICurlClearCache()


def _check_signed_again(layers: list[QgsRasterLayer], bed: BlobBed, project: QgsProject) -> None:
    """Once their tokens expired, the layers are signed again and read the same pixels."""
    old = {layer.id(): _tokens_in_vrt(layer.source()) for layer in layers}
    assert all(old.values())
    before = {layer.id(): _pixels(layer) for layer in layers}
    assert all(pixels.any() for pixels in before.values())
    _expire_tokens(bed, set().union(*old.values()))
    assert not any(bed.tokens.valid(t, ACCOUNT, CONTAINER) for tokens in old.values() for t in tokens)
    changed = signed_projects.refresh_signed_layers(project)
    assert {layer.id() for layer in changed} == {layer.id() for layer in layers}
    for layer in layers:
        fresh = _tokens_in_vrt(layer.source())
        assert fresh and not fresh & old[layer.id()]
        assert all(bed.tokens.valid(t, ACCOUNT, CONTAINER) for t in fresh)
        assert layer.isValid()
        assert np.array_equal(_pixels(layer), before[layer.id()])
    assert signed_projects.refresh_signed_layers(project) == []


def test_composite_and_mosaic_signed_again_after_expiry(
    bed: BlobBed, signer: pc.PlanetaryComputer, tmp_path: Path
) -> None:
    """Composites and mosaics made (or reopened) with a short-lived token read again once it expired."""
    from plugin.core.picture import build_composite, build_mosaic
    from plugin.layers import VRT_PROPERTY, add_picture_layer, picture_layer

    bed.tokens.lifetime_s = 3
    signer.refresh_margin_s = 1
    hooks = signed_projects.SignedProjects()
    hooks.install()
    try:
        composite = build_composite(_blob_item("scene", bed.href), "truecolor", prepare=auth.prepare)
        items = [_blob_item("scene-a", bed.href), _blob_item("scene-b", bed.href)]
        mosaic = build_mosaic(items, "red", prepare=auth.prepare)
        warped = build_mosaic(items, "red", crs="EPSG:3857", prepare=auth.prepare)  # nested VRTs
        project = QgsProject()
        pictures = (composite, mosaic, warped)
        layers = [picture_layer(picture) for picture in pictures]
        for layer, picture in zip(layers, pictures):
            add_picture_layer(layer, picture, project)
            assert "sig=" not in layer.customProperty(VRT_PROPERTY)
        assert np.array_equal(_pixels(layers[0]), bed.pixels)
        assert np.array_equal(_pixels(layers[1]), bed.pixels)
        assert layers[2].crs().authid() == "EPSG:3857" and "VRTWarpedDataset" in layers[2].source()
        renderer = layers[0].renderer().type()
        _check_signed_again(layers, bed, project)
        assert layers[0].bandCount() == 3 and layers[0].renderer().type() == renderer

        path = tmp_path / "pictures.qgs"
        assert project.write(str(path))
        text = path.read_text(encoding="utf-8")
        assert "sig=" not in text and bed.href in text
        project.clear()
        del layers

        bed.tokens.lifetime_s = 3  # the reopened project signs its sources with short-lived tokens
        signer.clear()
        gdal.VSICurlClearCache()
        reopened = QgsProject()
        assert reopened.read(str(path))
        again = sorted(reopened.mapLayers().values(), key=lambda layer: -layer.bandCount())
        assert [layer.bandCount() for layer in again] == [3, 1, 1]
        _check_signed_again(again, bed, reopened)
        assert reopened.write(str(path))
        assert "sig=" not in path.read_text(encoding="utf-8")
        reopened.clear()
    finally:
        hooks.remove()
