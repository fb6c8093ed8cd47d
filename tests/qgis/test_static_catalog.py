"""Static catalogs and relative asset hrefs: a ``catalog.json`` served by nginx, walked by the dock and
``stac:search``; ItemCollections with relative hrefs read from a file and from a URL; layers and clips."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsRasterLayer, QgsRectangle
from qgis.PyQt.QtCore import QDate
from testbed import item_matches
from testbed.plugin_package import plugin_module
from testbed.static_catalog import relative_assets, write_static_catalog

from plugin.core.models import SearchRequest
from plugin.core.static_catalog import is_static, item_stream, open_catalog
from plugin.layers import asset_layer
from plugin.net import QgisStacApiIO

_models = plugin_module("plugin.core.models")
_settings = plugin_module("plugin.settings")
_dock = plugin_module("ui.dock")

WAIT_MS = 30000
ITEM = "S2A_T13TDE_20240412T175055_L2A"
COLLECTION = "sentinel-2-c1-l2a"
DENVER_BBOX = (-105.2, 39.9, -105.0, 40.1)
APRIL = "2024-04-10T00:00:00Z/2024-04-20T23:59:59Z"
CLIP = (-105.0, 40.0, -104.9, 40.1)
"""A box in EPSG:4326 inside the Denver tile."""


@pytest.fixture(scope="module")
def static(cog_host, stac_api) -> Any:
    """The recorded items as a static catalog under the COG host: ``.url``, ``.path``, ``.documents``."""
    path = write_static_catalog(Path(cog_host.root), cog_host.url, stac_api.items, stac_api.collections)

    class Static:
        url = f"{cog_host.url}/static/catalog.json"
        documents = len(list(path.parent.rglob("*.json")))

    Static.path = path
    return Static


def _pairs(items: Any) -> list[tuple[str, str]]:
    return sorted((item.collection, item.id) for item in items)


def _expected_pairs(stac_api: Any, **criteria: Any) -> list[tuple[str, str]]:
    """(collection, id) of the items matching, computed with shapely (an id may be in two collections)."""
    return sorted((i["collection"], i["id"]) for i in stac_api.items if item_matches(i, **criteria))


def _walk(client: Any, **criteria: Any) -> Any:
    request = SearchRequest(url=client.url, max_items=1000, page_size=10, **criteria)
    stream = item_stream(request, client)
    items = [item for page in stream.pages() for item in page.items]
    return stream, items


@pytest.mark.parametrize(
    "criteria",
    [
        {"bbox": DENVER_BBOX},
        {"bbox": DENVER_BBOX, "datetime": APRIL},
        {"datetime": "2025-07-01T00:00:00Z/.."},
        {"bbox": DENVER_BBOX, "collections": (COLLECTION,), "max_cloud": 50.0},
        {"intersects": {"type": "Point", "coordinates": [-105.1, 40.0]}},
        {},
    ],
)
def test_walk_finds_exactly_the_matching_items(static, stac_api, criteria) -> None:
    client = open_catalog(static.url, QgisStacApiIO())
    assert is_static(client)
    stream, items = _walk(client, **criteria)
    expected = _expected_pairs(stac_api, cloud_strict=True, **criteria)
    assert expected
    assert _pairs(items) == expected
    assert stream.matched == len(expected)  # known once the whole catalog was walked
    assert stream.filter_mode == ("client" if "max_cloud" in criteria else "none")
    assert not stream.unreadable and not stream.skipped_invalid
    # Every asset href is absolute: resolved against the item's file on the COG host.
    assert all(a.href.startswith(static.url.rsplit("/static/", 1)[0]) for i in items for a in i.assets
               if a.href.endswith(".tif"))


def test_collections_whose_extent_misses_are_not_entered(static, stac_api, cog_host) -> None:
    client = open_catalog(static.url, QgisStacApiIO())
    stream, items = _walk(client, datetime="2024-04-10T00:00:00Z/2024-04-20T23:59:59Z")
    assert _pairs(items) == _expected_pairs(stac_api, datetime=APRIL)
    assert stream.documents < static.documents - 10  # other collections' items never read


def test_walk_is_lazy_and_load_more_goes_on(static, stac_api, cog_host) -> None:
    client = open_catalog(static.url, QgisStacApiIO())
    cog_host.reset_log()
    request = SearchRequest(url=static.url, max_items=3, page_size=3)
    stream = item_stream(request, client)
    first = [item for page in stream.pages() for item in page.items]
    assert len(first) == 3 and stream.has_more and stream.matched is None
    read = [r for r in cog_host.requests() if r.path.endswith(".json")]
    assert len(read) == stream.requests < static.documents / 2
    more = stream.next_page()
    assert more is not None and len(more.items) >= 1
    rest = [item for page in iter(stream.next_page, None) for item in page.items]
    everything = first + list(more.items) + rest
    assert len(everything) == len(stac_api.items) == stream.matched
    assert not stream.has_more


def test_a_catalog_file_on_disk(static, stac_api) -> None:
    client = open_catalog(str(static.path))
    assert is_static(client)
    _stream, items = _walk(client, bbox=DENVER_BBOX, datetime=APRIL)
    assert _pairs(items) == _expected_pairs(stac_api, bbox=DENVER_BBOX, datetime=APRIL)
    red = next(a for i in items if i.id == ITEM for a in i.assets if a.key == "red")
    assert Path(red.href).is_file()  # resolved to the COG beside the catalog
    dataset = gdal.Open(red.href)
    assert dataset is not None and dataset.RasterXSize == 366
    dataset = None


def test_not_a_catalog_is_still_an_error(cog_host) -> None:
    from plugin.core.errors import NotStacError

    (Path(cog_host.root) / "feature.json").write_text(json.dumps({"type": "Feature", "id": "x"}))
    with pytest.raises(NotStacError):
        open_catalog(f"{cog_host.url}/feature.json", QgisStacApiIO())


# -- the dock ------------------------------------------------------------------------------
@pytest.fixture
def static_dock(dock_factory, static) -> Any:
    return dock_factory("static", static.url, crs="EPSG:4326")


def _read(path: str) -> tuple[np.ndarray, tuple[float, ...], str]:
    dataset = gdal.Open(path)
    assert dataset is not None
    array = dataset.ReadAsArray()
    srs = dataset.GetSpatialRef()
    crs = f"EPSG:{srs.GetAuthorityCode(None)}"
    out = (array if array.ndim == 3 else array[np.newaxis], dataset.GetGeoTransform(), crs)
    dataset = None
    return out


def _check_clip(path: str, testbed: Any, cog_pixels: Any, key: str = "red") -> None:
    """The file is the clip of ``ITEM``'s ``key`` COG: same CRS and pixel grid, the source's values."""
    spec = testbed.spec(ITEM, key, COLLECTION)
    array, (x0, dx, _, y0, _, dy), crs = _read(path)
    assert crs == spec.crs
    sx0, sdx, _, sy0, _, sdy = spec.geotransform
    assert (dx, dy) == (sdx, sdy)
    rows, cols = array.shape[1:]
    assert 10 < rows < spec.height and 10 < cols < spec.width
    col0, row0 = round((x0 - sx0) / dx), round((y0 - sy0) / dy)
    source = cog_pixels(ITEM, key, COLLECTION)
    source = source if source.ndim == 3 else source[np.newaxis]
    np.testing.assert_array_equal(array, source[:, row0 : row0 + rows, col0 : col0 + cols])


def test_dock_searches_a_static_catalog_and_loads_its_assets(  # noqa: PLR0917
    qtbot, static_dock, stac_api, testbed, cog_pixels, qgis_new_project, tmp_path
) -> None:
    dock = static_dock
    assert dock.collections.ids()  # the catalog's collections, read from its children
    assert COLLECTION in dock.collections.ids()
    dock.canvas.setExtent(QgsRectangle(*DENVER_BBOX))
    bbox = dock.area.extent_bbox()
    dock.startCheck.setChecked(True)
    dock.startDate.setDate(QDate(2024, 4, 10))
    dock.endCheck.setChecked(True)
    dock.endDate.setDate(QDate(2024, 4, 20))
    assert dock.build_request().datetime == APRIL
    dock.start_search()
    qtbot.waitUntil(lambda: not dock.is_searching(), timeout=WAIT_MS)
    found = sorted((item.collection, item.id) for item in dock.model.items())
    assert found == _expected_pairs(stac_api, bbox=bbox, datetime=APRIL)
    assert "filtered by the plugin" in dock.noteLabel.text()
    assert dock.noteLabel.isVisibleTo(dock)
    status = f"{len(found)} of {len(found)} matched · static catalog, filtered by the plugin"
    assert dock.statusLabel.text() == status

    dock.select_items([ITEM])
    dock.details.set_checked(["red"])
    dock.addToMapButton.click()
    def rasters() -> list[QgsRasterLayer]:  # not the footprints layer
        return [lyr for lyr in qgis_new_project.mapLayers().values() if isinstance(lyr, QgsRasterLayer)]

    qtbot.waitUntil(lambda: len(rasters()) >= 1, timeout=WAIT_MS)
    (layer,) = rasters()
    assert layer.isValid() and layer.crs().authid() == testbed.spec(ITEM, "red", COLLECTION).crs
    qtbot.waitUntil(lambda: dock.asset_actions.open_task is None, timeout=WAIT_MS)

    dock.canvas.setExtent(QgsRectangle(*CLIP))
    assert dock.save_selected(str(tmp_path), clip=True) is not None
    qtbot.waitUntil(lambda: dock.asset_actions.save_task is None, timeout=WAIT_MS)
    _check_clip(str(tmp_path / f"{ITEM}_red_clipped.tif"), testbed, cog_pixels)


# -- Processing ----------------------------------------------------------------------------


def _extent(box: tuple[float, float, float, float]) -> str:
    return f"{box[0]},{box[2]},{box[1]},{box[3]} [EPSG:4326]"


def test_processing_search_of_a_static_catalog(  # noqa: PLR0917
    run, static, stac_api, testbed, cog_pixels, tmp_path
) -> None:
    items_file = tmp_path / "found.geojson"
    result = run("stac:search", {
        "URL": static.url, "EXTENT": _extent(DENVER_BBOX), "DATETIME": "2024-04-10/2024-04-21",
        "MAX_ITEMS": 100, "OUTPUT": "memory:", "ITEMS_FILE": str(items_file),
    })
    # a date-only end is the whole day, as pystac-client sends it to an API
    whole_days = "2024-04-10T00:00:00Z/2024-04-21T23:59:59Z"
    expected = _expected_pairs(stac_api, bbox=DENVER_BBOX, datetime=whole_days)
    assert expected
    assert result["COUNT"] == len(expected) == result["MATCHED"]
    saved = json.loads(items_file.read_text())["features"]
    assert sorted((f["collection"], f["id"]) for f in saved) == expected
    red = next(f for f in saved if f["id"] == ITEM)["assets"]["red"]["href"]
    assert red.startswith("http://127.0.0.1")  # written absolute, so the file works anywhere

    clipped = run("stac:download", {
        "ITEMS": str(items_file), "ITEM_ID": ITEM, "ASSETS": "red", "EXTENT": _extent(CLIP),
        "FOLDER": str(tmp_path / "clip"),
    })
    _check_clip(clipped["FILES"][0], testbed, cog_pixels)


# -- relative hrefs in ItemCollections ----------------------------------------------------------
@pytest.fixture(scope="module")
def relative_items(cog_host, stac_api) -> Any:
    """An ItemCollection of the Denver item with relative asset hrefs, at ``<root>/relative/a/items.json``."""
    root = Path(cog_host.root)
    folder = root / "relative" / "a"
    folder.mkdir(parents=True, exist_ok=True)
    item = next(i for i in stac_api.items if i["id"] == ITEM and i["collection"] == COLLECTION)
    item = relative_assets(item, cog_host.url, root, folder)
    item["links"] = [link for link in item.get("links", []) if link.get("rel") != "self"]
    assert item["assets"]["red"]["href"].startswith("../../")
    path = folder / "items.json"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [item]}))
    return path, f"{cog_host.url}/relative/a/items.json"


@pytest.mark.parametrize("where", ["file", "url"])
def test_relative_hrefs_load_and_clip(  # noqa: PLR0917
    run, relative_items, testbed, cog_pixels, tmp_path, where, qgis_new_project
) -> None:
    path, url = relative_items
    source = str(path) if where == "file" else url
    loaded = run("stac:loadasset", {"ITEMS": source, "ASSET": "red"})
    uri = loaded["OUTPUT"]
    assert uri.startswith("/vsicurl/http://127.0.0.1" if where == "url" else str(testbed.root))
    layer = asset_layer(uri, "red")
    assert layer.isValid() and layer.crs().authid() == testbed.spec(ITEM, "red", COLLECTION).crs
    clipped = run("stac:download", {
        "ITEMS": source, "ASSETS": "red", "EXTENT": _extent(CLIP), "FOLDER": str(tmp_path / where),
    })
    _check_clip(clipped["FILES"][0], testbed, cog_pixels)


def test_search_task_reads_sibling_items_at_once(qtbot, static, stac_api, cog_host) -> None:
    """Through a proxy adding 100 ms per request, the search task's item reads overlap."""
    from testbed.delay_proxy import DelayProxy

    from plugin.tasks import SearchTask

    with DelayProxy(cog_host.url, delay_ms=100) as proxy:
        url = f"{proxy.url}/static/catalog.json"
        client = open_catalog(url, QgisStacApiIO(timeout_s=30))
        task = SearchTask(SearchRequest(url=url, max_items=1000, page_size=50), client)
        with qtbot.waitSignal(task.done, timeout=WAIT_MS):
            from qgis.core import QgsApplication

            QgsApplication.taskManager().addTask(task)
        found = _pairs(item for page in task.pages for item in page.items)
        reads = [r for r in proxy.requests() if r.target.endswith(".json")]
    assert found == _expected_pairs(stac_api)
    assert task.progress() == 100
    items = [r for r in reads if r.target.count("/") >= 4]  # /static/<collection>/<id>/<id>.json
    overlapping = sum(
        1 for a in items for b in items if a is not b and a.arrived < b.arrived < a.sent
    )
    assert overlapping >= len(items) // 2


def test_search_task_walk_can_be_cancelled(qtbot, static, cog_host) -> None:
    """Cancelling the task stops the walk: the cancelled signal comes and the rest is never read."""
    from qgis.core import QgsApplication
    from testbed.delay_proxy import DelayProxy

    from plugin.tasks import SearchTask

    with DelayProxy(cog_host.url, delay_ms=300) as proxy:
        url = f"{proxy.url}/static/catalog.json"
        client = open_catalog(url, QgisStacApiIO(timeout_s=30))
        task = SearchTask(SearchRequest(url=url, max_items=1000), client)
        QgsApplication.taskManager().addTask(task)
        qtbot.waitUntil(lambda: len(proxy.requests()) >= 3, timeout=WAIT_MS)
        with qtbot.waitSignal(task.cancelled, timeout=WAIT_MS):
            task.cancel()
        qtbot.wait(700)  # anything still on its way would reach the proxy by now
        read = len(proxy.requests())
    assert read < static.documents - 10
    assert task.exception is None


def test_alternate_href_is_read_when_the_main_one_needs_a_missing_login(  # noqa: PLR0917
    run, stac_api, cog_host, testbed, cog_pixels, tmp_path
) -> None:
    """Main href in a requester-pays bucket (no key pair set), an https alternate on the COG host."""
    from plugin.auth import s3

    item = next(i for i in stac_api.items if i["id"] == ITEM and i["collection"] == COLLECTION)
    red = item["assets"]["red"]
    item = {**item, "assets": {"red": {
        **red, "href": "s3://usgs-landsat/not/there/B4.TIF",
        "alternate": {"https": {"href": red["href"]}},
    }}}
    path = tmp_path / "alternate.json"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [item]}))
    s3.set_auth_cfg("")
    try:
        uri = run("stac:loadasset", {"ITEMS": str(path), "ASSET": "red"})["OUTPUT"]
        assert uri == f"/vsicurl/{red['href']}"
        clipped = run("stac:download", {
            "ITEMS": str(path), "ASSETS": "red", "EXTENT": _extent(CLIP), "FOLDER": str(tmp_path / "out"),
        })
        _check_clip(clipped["FILES"][0], testbed, cog_pixels)
        # Without the alternate, the missing login is named.
        del item["assets"]["red"]["alternate"]
        path.write_text(json.dumps({"type": "FeatureCollection", "features": [item]}))
        from qgis.core import QgsProcessingException

        with pytest.raises(QgsProcessingException, match="requester-pays"):
            run("stac:loadasset", {"ITEMS": str(path), "ASSET": "red"})
    finally:
        s3.set_auth_cfg(None)


def test_a_collection_json_is_a_static_catalog_too(static, stac_api, cog_host) -> None:
    from plugin.core.static_catalog import collections_of

    url = f"{cog_host.url}/static/{COLLECTION}/collection.json"
    client = open_catalog(url, QgisStacApiIO())
    assert is_static(client)
    assert [cid for cid, _title in collections_of(client)] == [COLLECTION]
    _stream, items = _walk(client, bbox=DENVER_BBOX)
    assert _pairs(items) == _expected_pairs(stac_api, bbox=DENVER_BBOX, collections=[COLLECTION])
