"""The search dock against the local STAC API and COG host: search, paging, assets, layers, saving, errors."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayerTreeGroup,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsSettings,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QDate, QEvent, QPoint, Qt
from testbed import expected_ids
from testbed.plugin_package import plugin_module

_models = plugin_module("plugin.core.models")
_items = plugin_module("plugin.core.items")
_dates = plugin_module("plugin.core.dates")
_area = plugin_module("plugin.core.area")
_settings = plugin_module("plugin.settings")
_dock = plugin_module("ui.dock")
_results = plugin_module("ui.results_model")
Connection = _models.Connection
ItemSummary = _models.ItemSummary
Settings = _settings.Settings
StacDock = _dock.StacDock
ResultsModel = _results.ResultsModel
ResultsProxyModel = _results.ResultsProxyModel
COL_CLOUD, COL_DATETIME, SORT_ROLE = _results.COL_CLOUD, _results.COL_DATETIME, _results.SORT_ROLE

WAIT_MS = 30000
COLLECTION = "sentinel-2-c1-l2a"
ITEM = "S2A_T13TDE_20240412T175055_L2A"
"""A Denver scene (UTM 13N) whose red and green bands are served by the COG host."""
DENVER = (-105.1, 40.2)
UTM13N = QgsCoordinateReferenceSystem("EPSG:32613")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


# Fixtures -------------------------------------------------------------------------
def _to_canvas(canvas: Any, lon: float, lat: float) -> QgsPointXY:
    xform = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    return xform.transform(QgsPointXY(lon, lat))


def _zoom(canvas: Any, lon: float, lat: float, half_width_m: float) -> None:
    centre = _to_canvas(canvas, lon, lat)
    canvas.setExtent(
        QgsRectangle(
            centre.x() - half_width_m, centre.y() - half_width_m,
            centre.x() + half_width_m, centre.y() + half_width_m,
        )
    )


def _search(qtbot, dock: StacDock) -> list[str]:
    dock.start_search()
    qtbot.waitUntil(lambda: not dock.is_searching(), timeout=WAIT_MS)
    return [item.id for item in dock.model.items()]


def _only(dock: StacDock, *collections: str) -> None:
    dock.collections.set_checked(collections)


def _errors(qgis_iface) -> list[str]:
    bar = qgis_iface.messageBar()
    return bar.get_messages(Qgis.MessageLevel.Critical) + bar.get_messages(Qgis.MessageLevel.Warning)


def _wait_layers(qtbot, project: QgsProject, count: int) -> list[QgsRasterLayer]:
    def rasters() -> list[QgsRasterLayer]:  # not the footprints layer
        return [lyr for lyr in project.mapLayers().values() if isinstance(lyr, QgsRasterLayer)]

    qtbot.waitUntil(lambda: len(rasters()) >= count, timeout=WAIT_MS)
    return rasters()


def _first_band(pixels: np.ndarray) -> np.ndarray:
    return pixels if pixels.ndim == 2 else pixels[0]


# Connection and search ---------------------------------------------------------------
def test_collections_are_listed(dock: StacDock, stac_api) -> None:
    listed = set(dock.collections.ids())
    assert listed >= {item["collection"] for item in stac_api.items}
    dock.collectionFilter.setText("level-2a")
    shown = {dock.collections.proxy.index(r, 0).data() for r in range(dock.collections.proxy.rowCount())}
    assert shown and all("level-2a" in text.lower() for text in shown)


def test_extent_search_returns_exactly_the_items_in_view(qtbot, dock: StacDock, stac_api) -> None:
    _zoom(dock.canvas, *DENVER, 20000)
    bbox = dock.area.extent_bbox()
    # The bbox shown and sent is the canvas extent in WGS84.
    assert dock.extentLabel.text() == ", ".join(f"{v:.4f}" for v in bbox)
    assert bbox[0] < DENVER[0] < bbox[2] and bbox[1] < DENVER[1] < bbox[3]
    _only(dock, COLLECTION)

    found = _search(qtbot, dock)

    expected = expected_ids(stac_api.items, bbox=bbox, collections=[COLLECTION])
    assert expected
    assert sorted(found) == sorted(expected)
    assert dock.statusLabel.text().startswith(f"{len(expected)} of {len(expected)} matched")


def test_extent_search_in_web_mercator_all_collections(qtbot, dock: StacDock, stac_api) -> None:
    dock.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    _zoom(dock.canvas, *DENVER, 5000)
    _only(dock)  # none checked: every collection
    found = _search(qtbot, dock)
    expected = expected_ids(stac_api.items, bbox=dock.area.extent_bbox())
    one = expected_ids(stac_api.items, bbox=dock.area.extent_bbox(), collections=[COLLECTION])
    assert len(expected) > len(one)
    assert sorted(found) == sorted(expected)


def _click(dock: StacDock, lon: float, lat: float) -> None:
    canvas = dock.canvas
    dock.pickPointButton.click()
    assert canvas.mapTool() is dock.area.tool
    pixel = canvas.mapSettings().mapToPixel().transform(_to_canvas(canvas, lon, lat))
    event = QgsMapMouseEvent(
        canvas, QEvent.Type.MouseButtonRelease, QPoint(round(pixel.x()), round(pixel.y())),
        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )
    dock.area.tool.canvasReleaseEvent(event)


def test_clicked_point_search(qtbot, dock: StacDock, stac_api) -> None:
    dock.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    _zoom(dock.canvas, *DENVER, 50000)
    dock.bufferSpin.setValue(0)
    _click(dock, *DENVER)
    assert dock.pointRadio.isChecked()
    assert dock.canvas.mapTool() is not dock.area.tool  # back to the previous tool
    lon, lat = dock.area.point
    assert (lon, lat) == pytest.approx(DENVER, abs=0.01)
    _only(dock)

    found = _search(qtbot, dock)
    expected = expected_ids(stac_api.items, intersects={"type": "Point", "coordinates": [lon, lat]})
    assert expected
    assert sorted(found) == sorted(expected)

    # With a buffer the circle of that many metres around the point is searched instead.
    dock.bufferSpin.setValue(30000)
    found = _search(qtbot, dock)
    circle = _area.point_buffer(lon, lat, 30000)
    assert sorted(found) == sorted(expected_ids(stac_api.items, intersects=circle))
    assert dock.stream.request.intersects == circle and dock.stream.request.bbox is None


def test_point_mode_without_a_point_tells_the_user(qtbot, dock: StacDock, qgis_iface) -> None:
    dock.pointRadio.setChecked(True)
    assert dock.start_search() is None
    assert any("point" in m.lower() for m in _errors(qgis_iface))
    assert not dock.is_searching()
    assert dock.searchButton.text() == "Search"


def test_date_range_and_cloud_limit(qtbot, dock: StacDock, stac_api) -> None:
    _zoom(dock.canvas, *DENVER, 20000)
    bbox = dock.area.extent_bbox()
    _only(dock, COLLECTION)
    dock.startCheck.setChecked(True)
    dock.startDate.setDate(QDate(2024, 4, 10))
    dock.endCheck.setChecked(True)
    dock.endDate.setDate(QDate(2024, 4, 20))
    interval = "2024-04-10T00:00:00Z/2024-04-20T23:59:59Z"
    assert dock.build_request().datetime == interval

    found = _search(qtbot, dock)
    expected = expected_ids(stac_api.items, bbox=bbox, datetime=interval, collections=[COLLECTION])
    assert 0 < len(expected) < len(expected_ids(stac_api.items, bbox=bbox, collections=[COLLECTION]))
    assert sorted(found) == sorted(expected)

    dock.cloudCheck.setChecked(True)
    dock.cloudSpin.setValue(50)
    found = _search(qtbot, dock)
    expected_cloud = expected_ids(
        stac_api.items, bbox=bbox, datetime=interval, max_cloud=50, collections=[COLLECTION],
        cloud_strict=True,
    )
    assert 0 < len(expected_cloud) < len(expected)
    assert sorted(found) == sorted(expected_cloud)
    assert all(item.cloud_cover < 50 for item in dock.model.items())

    # Open start: everything up to the end date.
    dock.startCheck.setChecked(False)
    dock.cloudCheck.setChecked(False)
    open_start = "../2024-04-20T23:59:59Z"
    assert dock.build_request().datetime == open_start
    found = _search(qtbot, dock)
    assert sorted(found) == sorted(
        expected_ids(stac_api.items, bbox=bbox, datetime=open_start, collections=[COLLECTION])
    )


def test_results_sort_numerically_and_by_date(qtbot, dock: StacDock) -> None:
    _zoom(dock.canvas, *DENVER, 20000)
    _only(dock, COLLECTION)
    _search(qtbot, dock)
    proxy = dock.proxy
    dock.resultsView.sortByColumn(COL_CLOUD, Qt.SortOrder.AscendingOrder)
    clouds = [proxy.index(r, COL_CLOUD).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert len(clouds) > 2 and clouds == sorted(clouds)
    dock.resultsView.sortByColumn(COL_DATETIME, Qt.SortOrder.DescendingOrder)
    dates = [proxy.index(r, COL_DATETIME).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert dates == sorted(dates, reverse=True)


def test_paging_and_load_more(qtbot, dock: StacDock, stac_api) -> None:
    dock.settings.page_size = 2
    dock.maxItemsSpin.setValue(4)
    _only(dock, COLLECTION)
    dock.canvas.setDestinationCrs(WGS84)
    dock.canvas.setExtent(QgsRectangle(-179, -89, 179, 89))
    total = len(expected_ids(stac_api.items, collections=[COLLECTION]))
    assert total > 6

    first = _search(qtbot, dock)
    assert len(first) == 4
    assert dock.statusLabel.text().startswith(f"4 of {total} matched")
    assert dock.loadMoreButton.isEnabled()

    dock.loadMoreButton.click()
    qtbot.waitUntil(lambda: not dock.is_searching(), timeout=WAIT_MS)
    after = [item.id for item in dock.model.items()]
    assert len(after) == 6
    assert after[:4] == first
    assert len(set(after)) == 6
    assert dock.statusLabel.text().startswith(f"6 of {total} matched")

    # Loading the rest ends with the button disabled and exactly the expected ids.
    while dock.loadMoreButton.isEnabled():
        dock.load_more()
        qtbot.waitUntil(lambda: not dock.is_searching(), timeout=WAIT_MS)
    assert sorted(item.id for item in dock.model.items()) == sorted(
        expected_ids(stac_api.items, collections=[COLLECTION])
    )


def test_new_search_cancels_the_one_in_flight(qtbot, dock: StacDock, stac_api) -> None:
    dock.settings.page_size = 1
    dock.maxItemsSpin.setValue(50)
    _only(dock, COLLECTION)
    dock.canvas.setDestinationCrs(WGS84)
    dock.canvas.setExtent(QgsRectangle(-179, -89, 179, 89))
    first = dock.start_search()
    assert dock.searchButton.text() == "Cancel"
    _zoom(dock.canvas, *DENVER, 20000)
    dock.settings.page_size = 50
    second = dock.start_search()
    assert first is not second
    assert first.isCanceled()
    qtbot.waitUntil(lambda: not dock.is_searching(), timeout=WAIT_MS)
    found = [item.id for item in dock.model.items()]
    assert sorted(found) == sorted(
        expected_ids(stac_api.items, bbox=dock.area.extent_bbox(), collections=[COLLECTION])
    )
    assert dock.searchButton.text() == "Search"


def test_search_button_cancels(qtbot, dock: StacDock) -> None:
    dock.settings.page_size = 1
    dock.maxItemsSpin.setValue(50)
    _only(dock)
    dock.canvas.setDestinationCrs(WGS84)
    dock.canvas.setExtent(QgsRectangle(-179, -89, 179, 89))
    dock.searchButton.click()
    assert dock.is_searching()
    dock.searchButton.click()
    assert not dock.is_searching()
    assert dock.searchButton.text() == "Search"
    count = dock.model.rowCount()
    qtbot.wait(500)
    assert dock.model.rowCount() - count <= 1  # at most a page already queued


def test_matched_not_reported(qtbot, dock: StacDock, stac_api_nomatched) -> None:
    dock.add_connection(Connection("no matched", stac_api_nomatched.url))
    _zoom(dock.canvas, *DENVER, 20000)
    found = _search(qtbot, dock)  # connects first, then searches
    assert found
    assert "not reported by this API" in dock.statusLabel.text()
    assert dock.statusLabel.text().startswith(f"{len(found)} items")


def test_save_results_geojson(qtbot, dock: StacDock, tmp_path: Path) -> None:
    _zoom(dock.canvas, *DENVER, 20000)
    _only(dock, COLLECTION)
    found = _search(qtbot, dock)
    path = dock.save_results(str(tmp_path / "results.geojson"))
    data = json.loads(Path(path).read_text())
    assert data["type"] == "FeatureCollection"
    assert sorted(f["id"] for f in data["features"]) == sorted(found)


# Assets, layers, saving -----------------------------------------------------------------
@pytest.fixture
def item_dock(qtbot, dock: StacDock) -> StacDock:
    """The dock with the Denver scene found and selected."""
    _zoom(dock.canvas, *DENVER, 20000)
    _only(dock, COLLECTION)
    _search(qtbot, dock)
    dock.select_items([ITEM])
    assert [item.id for item in dock.selected_items()] == [ITEM]
    return dock


def _asset_rows(dock: StacDock) -> dict[str, Any]:
    tree = dock.assetsTree
    return {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())}


def test_selected_item_lists_assets(item_dock: StacDock) -> None:
    dock = item_dock
    rows = _asset_rows(dock)
    assert {"red", "green", "thumbnail", "granule_metadata"} <= set(rows)
    red = rows["red"]
    assert red.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert red.flags() & Qt.ItemFlag.ItemIsEnabled
    assert red.text(2) == "image/tiff; application=geotiff; profile=cloud-optimized"  # a COG: no remark
    metadata = rows["granule_metadata"]
    assert not metadata.flags() & Qt.ItemFlag.ItemIsEnabled
    assert not metadata.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "not a raster format gdal reads" in metadata.toolTip(0).lower()
    # GDAL reads the JPEG thumbnail: it can be loaded, with a word that it is only a picture.
    thumb = rows["thumbnail"]
    assert thumb.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert thumb.text(2) == "preview picture · image/jpeg"
    assert "not georeferenced" in thumb.toolTip(0)
    # The properties panel shows the item; the footprint is drawn.
    tree = dock.propertiesTree
    keys = {tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())}
    assert {"id", "datetime", "eo:cloud_cover"} <= keys
    footprint = dock.footprints.extent()
    centre = _to_canvas(dock.canvas, *DENVER)
    assert footprint.contains(centre)
    assert not dock.addToMapButton.isEnabled()
    dock.details.set_checked(["red"])
    assert dock.addToMapButton.isEnabled() and dock.saveButton.isEnabled()


def test_checked_assets_apply_to_every_selected_item(qtbot, dock: StacDock) -> None:
    _zoom(dock.canvas, *DENVER, 20000)
    _only(dock, COLLECTION)
    ids = _search(qtbot, dock)[:3]
    dock.select_items(ids)
    dock.details.set_checked(["red"])
    chosen = dock.details.selected_assets()
    assert sorted((item.id, asset.key) for item, asset in chosen) == sorted((i, "red") for i in ids)


def _spec_bounds(spec: Any) -> tuple[float, float, float, float]:
    x0, dx, _, y0, _, dy = spec.geotransform
    return (x0, y0 + dy * spec.height, x0 + dx * spec.width, y0)


def _read(path: str) -> tuple[np.ndarray, tuple[float, float, float, float], str]:
    ds = gdal.Open(path)
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    bounds = (x0, y0 + dy * ds.RasterYSize, x0 + dx * ds.RasterXSize, y0)
    srs = ds.GetSpatialRef()
    epsg = f"EPSG:{srs.GetAuthorityCode(None)}"
    data = ds.GetRasterBand(1).ReadAsArray()
    ds = None
    return data, bounds, epsg


def _layer_pixels(layer: QgsRasterLayer) -> np.ndarray:
    block = layer.dataProvider().block(1, layer.extent(), layer.width(), layer.height())
    dtypes = {Qgis.DataType.Byte: np.uint8, Qgis.DataType.UInt16: np.uint16, Qgis.DataType.Int16: np.int16,
              Qgis.DataType.Float32: np.float32}
    data = np.frombuffer(bytes(block.data()), dtype=dtypes[block.dataType()])
    return data.reshape(layer.height(), layer.width())


def test_add_two_assets_to_map(
    qtbot, item_dock: StacDock, qgis_new_project, testbed, cog_pixels
) -> None:
    dock = item_dock
    dock.details.set_checked(["red", "green"])
    dock.addToMapButton.click()
    layers = _wait_layers(qtbot, qgis_new_project, 2)
    # Readable names; the item id names the group.
    assert sorted(layer.name() for layer in layers) == [
        "green · 2024-04-12 · sentinel-2a", "red · 2024-04-12 · sentinel-2a"
    ]
    group = qgis_new_project.layerTreeRoot().findGroup(ITEM)
    assert isinstance(group, QgsLayerTreeGroup)
    for layer in layers:
        key = layer.name().split(" · ")[0]
        spec = testbed.spec(ITEM, key, COLLECTION)
        assert layer.isValid()
        assert group.findLayer(layer.id()) is not None
        assert layer.crs().authid() == spec.crs
        extent = layer.extent()
        got = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        assert got == pytest.approx(_spec_bounds(spec), abs=1e-3)
        np.testing.assert_array_equal(_layer_pixels(layer), _first_band(cog_pixels(ITEM, key, COLLECTION)))
    qtbot.waitUntil(lambda: dock.asset_actions.open_task is None, timeout=WAIT_MS)
    assert dock.addToMapButton.isEnabled()


def _save(qtbot, dock: StacDock, folder: Path, **kwargs: Any) -> None:
    task = dock.save_selected(str(folder), **kwargs)
    assert task is not None
    qtbot.waitUntil(lambda: dock.asset_actions.save_task is None, timeout=WAIT_MS)


def test_save_whole_asset(  # noqa: PLR0917
    qtbot, item_dock: StacDock, tmp_path: Path, testbed, cog_pixels, qgis_iface
) -> None:
    dock = item_dock
    dock.details.set_checked(["red"])
    _save(qtbot, dock, tmp_path)
    path = tmp_path / f"{ITEM}_red.tif"
    assert path.exists()
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    data, bounds, epsg = _read(str(path))
    spec = testbed.spec(ITEM, "red", COLLECTION)
    assert epsg == spec.crs
    assert bounds == pytest.approx(_spec_bounds(spec), abs=1e-3)
    np.testing.assert_array_equal(data, _first_band(cog_pixels(ITEM, "red", COLLECTION)))
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)

    # Saving again: the user is asked; "skip" leaves the file alone, "replace" rewrites it.
    asked: list[list[str]] = []
    dock.asset_actions.ask_overwrite = lambda paths: asked.append(paths) or False  # type: ignore[method-assign]
    mtime = path.stat().st_mtime_ns
    assert dock.save_selected(str(tmp_path)) is None
    assert asked == [[str(path)]]
    assert path.stat().st_mtime_ns == mtime
    _save(qtbot, dock, tmp_path, overwrite=True)
    assert path.exists()


def test_save_into_a_file_or_a_folder_it_cannot_make(
    item_dock: StacDock, tmp_path: Path, qgis_iface
) -> None:
    dock = item_dock
    dock.details.set_checked(["red"])
    a_file = tmp_path / "a-file"
    a_file.write_text("mine")
    for folder, message in (
        (a_file, f"The folder {a_file} is a file, not a folder"),
        (a_file / "sub", f"The folder {a_file}/sub cannot be created: {a_file} is a file, not a folder"),
    ):
        qgis_iface.messageBar().clear_messages()
        assert dock.save_selected(str(folder)) is None
        assert _errors(qgis_iface) == [f"STAC:{message}"]
        assert dock.asset_actions.save_task is None
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]
    assert a_file.read_text() == "mine"


def test_save_refuses_two_assets_to_one_file(item_dock: StacDock, tmp_path: Path, qgis_iface) -> None:
    """The same item id in two collections, both shown: the batch of the core refuses it."""
    dock = item_dock
    (item,) = dock.selected_items()
    twin = json.loads(json.dumps(item.raw))
    twin["collection"] = "another-collection"
    twin["assets"]["red"]["href"] = twin["assets"]["red"]["href"].replace(COLLECTION, "another-collection")
    dock.details.show([item, _items.summarize(twin)])
    dock.details.set_checked(["red"])
    qgis_iface.messageBar().clear_messages()
    assert dock.save_selected(str(tmp_path)) is None
    target = tmp_path / f"{ITEM}_red.tif"
    assert _errors(qgis_iface) == [
        f"STAC:Two assets would be saved as {target}: {ITEM} red and {ITEM} red "
        "(the same item id in two collections?)."
    ]
    assert dock.asset_actions.save_task is None
    assert not list(tmp_path.iterdir())


def test_save_clipped_and_add_to_map(  # noqa: PLR0917
    qtbot, item_dock: StacDock, tmp_path: Path, testbed, cog_pixels, qgis_new_project
) -> None:
    dock = item_dock
    spec = testbed.spec(ITEM, "red", COLLECTION)
    x0, dx, _, y0, _, dy = spec.geotransform
    # A map extent in the raster's CRS well inside it, not aligned to its pixels.
    dock.canvas.setDestinationCrs(QgsCoordinateReferenceSystem(spec.crs))
    cx, cy, half = x0 + 170.3 * dx, y0 + 160.7 * dy, 30 * abs(dx)
    dock.canvas.setExtent(QgsRectangle(cx - half, cy - half, cx + half, cy + half))
    view = dock.canvas.extent()
    raster = QgsRectangle(*_spec_bounds(spec))
    assert raster.contains(view)
    dock.details.set_checked(["red"])
    _save(qtbot, dock, tmp_path, clip=True, add_to_map=True)

    data, bounds, epsg = _read(str(tmp_path / f"{ITEM}_red_clipped.tif"))
    assert epsg == spec.crs
    px = abs(dx)
    assert bounds[0] == pytest.approx(view.xMinimum(), abs=px)
    assert bounds[1] == pytest.approx(view.yMinimum(), abs=px)
    assert bounds[2] == pytest.approx(view.xMaximum(), abs=px)
    assert bounds[3] == pytest.approx(view.yMaximum(), abs=px)
    col = round((bounds[0] - x0) / dx)
    row = round((bounds[3] - y0) / dy)
    whole = _first_band(cog_pixels(ITEM, "red", COLLECTION))
    expected = whole[row : row + data.shape[0], col : col + data.shape[1]]
    np.testing.assert_array_equal(data, expected)

    layers = _wait_layers(qtbot, qgis_new_project, 1)
    assert [layer.name() for layer in layers] == ["red · 2024-04-12 · sentinel-2a · local"]
    assert layers[0].source().endswith(f"{ITEM}_red_clipped.tif")


def test_cancelled_save_leaves_no_file(qtbot, item_dock: StacDock, tmp_path: Path, qgis_iface) -> None:
    dock = item_dock
    dock.details.set_checked(["red", "green", "blue", "nir"])
    task = dock.save_selected(str(tmp_path))
    assert task is not None
    assert dock.cancelSaveButton.isVisibleTo(dock)
    dock.cancelSaveButton.click()
    qtbot.waitUntil(lambda: dock.asset_actions.save_task is None, timeout=WAIT_MS)
    assert list(tmp_path.iterdir()) == []
    assert any("cancel" in m.lower() for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Info))
    assert dock.saveButton.isEnabled()


# Errors ----------------------------------------------------------------------------------
class _Handler(BaseHTTPRequestHandler):
    """/500/… answers HTTP 500; /notstac/ answers JSON that is not STAC; /badsearch/ has a failing /search."""

    def log_message(self, *args: Any) -> None:
        pass

    def _send(self, status: int, body: Any, content_type: str = "application/json") -> None:
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _landing(self) -> dict[str, Any]:
        base = f"http://127.0.0.1:{self.server.server_address[1]}/badsearch"
        return {
            "type": "Catalog", "id": "bad", "description": "search fails", "stac_version": "1.0.0",
            "conformsTo": [
                "https://api.stacspec.org/v1.0.0/core",
                "https://api.stacspec.org/v1.0.0/item-search",
            ],
            "links": [
                {"rel": "self", "href": f"{base}/"},
                {"rel": "root", "href": f"{base}/"},
                {"rel": "search", "href": f"{base}/search", "method": "POST", "type": "application/geo+json"},
                {"rel": "search", "href": f"{base}/search", "method": "GET", "type": "application/geo+json"},
            ],
        }

    def do_GET(self) -> None:
        if self.path.startswith("/500"):
            self._send(500, "<html><b>Internal Server Error</b></html>", "text/html")
        elif self.path.startswith("/notstac"):
            self._send(200, {"hello": "world"})
        elif self.path.startswith("/badsearch/search"):
            self._send(500, {"code": "boom", "description": "database down"})
        elif self.path.startswith("/badsearch/collections"):
            self._send(200, {"collections": [], "links": []})
        elif self.path.startswith("/badsearch"):
            self._send(200, self._landing())
        else:
            self._send(404, {"code": "NotFound"})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        if self.path.startswith("/badsearch/search"):
            self._send(500, {"code": "boom", "description": "database down"})
        else:
            self._send(404, {"code": "NotFound"})


@pytest.fixture(scope="module")
def error_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def _still_usable(qtbot, dock: StacDock, stac_api) -> None:
    dock.connectionCombo.setCurrentIndex(dock.connectionCombo.findData("local"))
    _zoom(dock.canvas, *DENVER, 20000)
    _only(dock)
    found = _search(qtbot, dock)
    assert sorted(found) == sorted(expected_ids(stac_api.items, bbox=dock.area.extent_bbox()))
    assert dock.searchButton.text() == "Search"
    assert dock.connectButton.isEnabled()


@pytest.mark.parametrize("kind", ["closed-port", "http-500", "not-stac"])
def test_connection_errors_are_reported(  # noqa: PLR0917
    qtbot, dock: StacDock, qgis_iface, error_server, stac_api, kind
) -> None:
    url = {
        "closed-port": _closed_port_url(),
        "http-500": f"{error_server}/500/",
        "not-stac": f"{error_server}/notstac/",
    }
    dock.add_connection(Connection(kind, url[kind]))
    qgis_iface.messageBar().clear_messages()
    dock.connect_current()
    bar = qgis_iface.messageBar()
    qtbot.waitUntil(lambda: bool(bar.get_messages(Qgis.MessageLevel.Critical)), timeout=WAIT_MS)
    assert dock.client is None
    assert dock.statusLabel.text().startswith("Not connected")
    assert dock.connectButton.isEnabled()
    _still_usable(qtbot, dock, stac_api)


def test_search_error_is_reported(qtbot, dock: StacDock, qgis_iface, error_server, stac_api) -> None:
    dock.add_connection(Connection("bad search", f"{error_server}/badsearch/"))
    qgis_iface.messageBar().clear_messages()
    _search(qtbot, dock)
    messages = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert messages
    assert dock.model.rowCount() == 0
    assert dock.statusLabel.text().startswith("Search failed")
    _still_usable(qtbot, dock, stac_api)


def test_model_appends_many_rows_cheaply(qtbot) -> None:
    model = ResultsModel()
    proxy = ResultsProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(COL_CLOUD)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    for page in range(20):
        model.append_items(
            ItemSummary(f"i{page}-{n}", "c", f"2024-01-{n % 28 + 1:02d}T00:00Z", n % 100, "p", None, None)
            for n in range(50)
        )
    assert model.rowCount() == 1000
    assert inserted == [(p * 50, p * 50 + 49) for p in range(20)]
    clouds = [proxy.index(r, COL_CLOUD).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert clouds == sorted(clouds)


def test_asset_needing_a_login_is_explained(qgis_iface, dock: StacDock, monkeypatch) -> None:
    # As when no provider can supply the login (the plugin signs Planetary Computer assets itself).
    monkeypatch.setattr(plugin_module("plugin.core.logins").registry, "provider_for", lambda _h: None)
    asset_info = _models.AssetInfo
    item = ItemSummary(
        "pc-item", "sentinel-2-l2a", "2024-01-01T00:00:00Z", 1.0, "sentinel-2a", None, (0.0, 0.0, 1.0, 1.0),
        assets=(
            asset_info("B04", "https://sentinel2l2a01.blob.core.windows.net/x/B04.tif",
                       media_type="image/tiff; application=geotiff", is_raster=True),
        ),
    )
    dock.model.append_items([item])
    dock.select_items(["pc-item"])
    dock.details.set_checked(["B04"])
    qgis_iface.messageBar().clear_messages()
    assert dock.add_selected_to_map() is None
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("Planetary Computer" in m and "Asset credentials" in m for m in warnings)
    assert dock.addToMapButton.isEnabled()


def test_connection_dialog_validates(qgis_iface) -> None:
    dialog_module = plugin_module("ui.connection_dialog")
    dialog = dialog_module.ConnectionDialog(None, ["Taken"])
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.name_edit.setText("Taken")
    dialog.url_edit.setText("http://127.0.0.1:1/")
    assert not ok.isEnabled()
    dialog.name_edit.setText("Mine")
    dialog.url_edit.setText("ftp://example")
    assert not ok.isEnabled()
    dialog.url_edit.setText(" http://127.0.0.1:1/stac ")
    dialog.login_combo.setCurrentIndex(dialog.login_combo.findData("earthdata"))
    assert ok.isEnabled()
    assert dialog.connection() == Connection("Mine", "http://127.0.0.1:1/stac", asset_login="earthdata")


def test_results_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ResultsModel()
    model.append_items(
        ItemSummary(f"i{n}", "c", "2024-01-01T00:00:00Z", None if n == 3 else float(n), "p", None, None)
        for n in range(5)
    )
    qtmodeltester.check(model, force_py=True)
    proxy = ResultsProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)


# Results first, states, the save dialog -------------------------------------------------------
DOCK_SIZE = (418, 820)
"""At most the dock as QGIS first opens it in a 1600 x 1000 window: the QGIS 3.22 desktop gives it
462 x 869 px (logged by scripts/screenshot.py); 418 px is the width it had before it asked for more,
and 820 px leaves room for a window manager's title bar and the dock's own title."""
_form = plugin_module("ui.search_form")
_save_dialog = plugin_module("ui.save_dialog")
_thumbnails = plugin_module("ui.thumbnails")
_tasks = plugin_module("plugin.tasks")


@pytest.fixture
def fresh_dock(dock_factory, monkeypatch, stac_api) -> StacDock:
    """A dock opened for the first time (no panel sizes remembered) at its default size."""
    monkeypatch.setattr(_dock.StacDock, "unload", _unload_without_saving_sizes)
    QgsSettings().remove(_dock.SPLITTER_KEY)
    return dock_factory("local", stac_api.url, crs=None, prepare=lambda widget: widget.resize(*DOCK_SIZE))


_original_unload = _dock.StacDock.unload


def _unload_without_saving_sizes(self: StacDock) -> None:
    _original_unload(self)
    QgsSettings().remove(_dock.SPLITTER_KEY)


def _rows_in_view(view: Any) -> list[int]:
    """Rows drawn whole inside the table's viewport, from the real widget geometry."""
    height = view.viewport().height()
    rows = []
    for row in range(view.model().rowCount()):
        top = view.rowViewportPosition(row)
        if top >= 0 and top + view.rowHeight(row) <= height:
            rows.append(row)
    return rows


def test_default_dock_shows_eight_result_rows_with_thumbnails(qtbot, fresh_dock: StacDock) -> None:
    dock = fresh_dock
    dock.thumbnails.set_enabled(True)
    dock.canvas.setDestinationCrs(WGS84)
    dock.canvas.setExtent(QgsRectangle(-179, -89, 179, 89))
    assert not dock.search_form.is_folded()
    found = _search(qtbot, dock)
    assert len(found) > 8
    qtbot.wait(200)  # the layout settles
    assert dock.search_form.is_folded()
    assert not dock.searchForm.isVisible() and dock.summaryLabel.isVisible()
    assert dock.height() == DOCK_SIZE[1]
    view = dock.resultsView
    assert view.rowHeight(0) == _thumbnails.THUMB_SIZE + 4
    assert len(_rows_in_view(view)) >= 8, (dock.mainSplitter.sizes(), view.viewport().height())
    # Date and cloud cover are in view and wide enough for their cells; every column can be resized.
    header = view.horizontalHeader()
    for col in (COL_DATETIME, COL_CLOUD):
        assert header.sectionViewportPosition(col) + header.sectionSize(col) <= view.viewport().width()
        assert header.sectionSize(col) >= view.sizeHintForColumn(col)  # no cell text is cut
    assert all(
        header.sectionResizeMode(c) == header.ResizeMode.Interactive for c in range(header.count())
    )
    # Opening the form again takes the room back from the results, folding gives it back.
    rows_folded = view.viewport().height()
    dock.formToggle.click()
    qtbot.wait(100)
    assert dock.searchForm.isVisible()
    assert view.viewport().height() < rows_folded
    dock.formToggle.click()
    qtbot.wait(100)
    assert view.viewport().height() == rows_folded


def test_selected_row_stays_in_view(qtbot, fresh_dock: StacDock) -> None:
    dock = fresh_dock
    dock.thumbnails.set_enabled(True)
    dock.canvas.setDestinationCrs(WGS84)
    dock.canvas.setExtent(QgsRectangle(-179, -89, 179, 89))
    _search(qtbot, dock)
    view = dock.resultsView
    last = dock.proxy.index(dock.proxy.rowCount() - 1, 0)
    wanted = dock.proxy.data(last, _results.ITEM_ROLE).id
    dock.select_items([wanted])
    view.scrollTo(last)
    # Sorting the other way moves the row to the top: the view follows it.
    dock.resultsView.sortByColumn(COL_DATETIME, Qt.SortOrder.AscendingOrder)
    qtbot.wait(100)
    row = dock.resultsView.selectionModel().selectedRows()[0].row()
    assert row in _rows_in_view(view)
    dock.resultsView.sortByColumn(COL_DATETIME, Qt.SortOrder.DescendingOrder)
    qtbot.wait(100)
    row = dock.resultsView.selectionModel().selectedRows()[0].row()
    assert row in _rows_in_view(view)


def test_cloud_cover_keeps_its_precision() -> None:
    cloud_text = _results.cloud_text
    assert [cloud_text(v) for v in (None, 0, 0.0003, 0.00123, 0.5, 22.0, 81.344962)] == [
        "", "0", "0.0003", "0.0012", "0.5", "22.0", "81.3"
    ]


def test_summary_line(qtbot, dock: StacDock) -> None:
    dock.startCheck.setChecked(True)
    dock.startDate.setDate(QDate(2024, 4, 1))
    dock.endCheck.setChecked(True)
    dock.endDate.setDate(QDate(2024, 4, 30))
    dock.cloudCheck.setChecked(True)
    dock.cloudSpin.setValue(20)
    _only(dock)
    assert dock.search_form.summary == "local · map extent · 2024-04-01…30 · cloud < 20 %"
    _only(dock, COLLECTION)
    dock.endDate.setDate(QDate(2024, 5, 3))
    dock.cloudCheck.setChecked(False)
    assert dock.search_form.summary == f"local · {COLLECTION} · map extent · 2024-04-01…05-03"
    dock.startCheck.setChecked(False)
    dock.area.set_point(-105.1, 40.2)
    dock.bufferSpin.setValue(0)
    assert dock.search_form.summary == f"local · {COLLECTION} · point -105.1000, 40.2000 · until 2024-05-03"
    assert dock.summaryLabel.toolTip().startswith(dock.search_form.summary)
    date_range = _form.date_range_text
    assert date_range(QDate(2023, 12, 30), QDate(2024, 1, 2)) == "2023-12-30…2024-01-02"
    assert date_range(None, None) == "any date"


def test_dates_are_checked_as_typed(qtbot, dock: StacDock) -> None:
    dock.startCheck.setChecked(True)
    dock.endCheck.setChecked(True)
    dock.endDate.setDate(QDate(2024, 4, 30))
    dock.startDate.setDate(QDate(2024, 4, 1))
    assert not dock.dateWarning.isVisibleTo(dock)
    assert dock.searchButton.isEnabled()
    dock.startDate.setFocus()
    dock.startDate.setSelectedSection(dock.startDate.Section.MonthSection)
    qtbot.keyClicks(dock.startDate, "05")  # typed: 2024-05-01, after the end
    assert dock.startDate.date() == QDate(2024, 5, 1)
    assert dock.dateWarning.isVisibleTo(dock)
    assert dock.dateWarning.text() == _dates.START_AFTER_END  # the words of stac:search's DATETIME check
    assert not dock.searchButton.isEnabled()
    assert dock.start_search() is None
    dock.endCheck.setChecked(False)  # an open end: fine again
    assert not dock.dateWarning.isVisibleTo(dock)
    assert dock.searchButton.isEnabled()


def test_searching_and_empty_states(qtbot, dock: StacDock) -> None:
    dock.settings.page_size = 2
    dock.maxItemsSpin.setValue(8)
    _only(dock, COLLECTION)
    dock.canvas.setDestinationCrs(WGS84)
    dock.canvas.setExtent(QgsRectangle(-179, -89, 179, 89))
    seen: list[str] = []
    dock.model.rowsInserted.connect(lambda *_a: seen.append(dock.status_text()))
    dock.start_search()
    assert dock.statusLabel.text() == "Searching…"
    qtbot.waitUntil(lambda: not dock.is_searching(), timeout=WAIT_MS)
    qtbot.wait(50)
    assert dock.statusLabel.text().startswith("8 of ")
    assert len(seen) >= 3 and all(text.startswith("Searching… ") for text in seen)
    assert any(text.endswith(" items so far") for text in seen)

    dock.startCheck.setChecked(True)
    dock.startDate.setDate(QDate(1990, 1, 1))
    dock.endCheck.setChecked(True)
    dock.endDate.setDate(QDate(1990, 1, 31))
    dock.cloudCheck.setChecked(True)
    assert _search(qtbot, dock) == []
    assert dock.statusLabel.text().startswith("No items match: widen the dates, raise Max cloud")


def test_cancel_says_cancelled_not_failed(qtbot, dock: StacDock, qgis_iface) -> None:
    from testbed.fault_server import FaultServer

    with FaultServer() as server:
        dock.add_connection(Connection("hangs", server.api("search-hang")))
        dock.timeoutSpin.setValue(60)
        qgis_iface.messageBar().clear_messages()
        hung = server.hung
        dock.searchButton.click()  # connects, then searches
        qtbot.waitUntil(lambda: dock._search_task is not None and server.hung > hung, timeout=WAIT_MS)
        task = dock._search_task
        assert dock.statusLabel.text() == "Searching…"
        terminated: list[bool] = []
        task.taskTerminated.connect(lambda: terminated.append(True))
        with qtbot.waitSignal(task.taskCompleted, timeout=WAIT_MS):
            dock.searchButton.click()
        assert dock.statusLabel.text() == "Cancelled"
        assert dock.searchButton.text() == "Search"
        assert task.status() == _tasks.QgsTask.TaskStatus.Complete  # QGIS reports no failed task
        assert not terminated
        assert not _errors(qgis_iface)
        # Cancelled from QGIS's task manager instead: the same.
        hung = server.hung
        dock.start_search()
        qtbot.waitUntil(lambda: dock._search_task is not None and server.hung > hung, timeout=WAIT_MS)
        task = dock._search_task
        with qtbot.waitSignal(task.taskCompleted, timeout=WAIT_MS):
            task.cancel()
        qtbot.waitUntil(lambda: not dock.is_searching(), timeout=WAIT_MS)
        assert dock.statusLabel.text() == "Cancelled"
        assert not _errors(qgis_iface)


def test_changing_connection_clears_stale_results(qtbot, dock: StacDock, stac_api) -> None:
    _zoom(dock.canvas, *DENVER, 20000)
    assert _search(qtbot, dock)
    dock.select_items([dock.model.item(0).id])
    dock.add_connection(Connection("broken", _closed_port_url()))
    assert dock.model.rowCount() == 0
    assert dock.details.items() == []
    dock.connect_current()
    qtbot.waitUntil(lambda: dock._connect_task is None, timeout=WAIT_MS)
    assert dock.model.rowCount() == 0
    assert dock.statusLabel.text().startswith("Not connected")


def test_save_dialog_checks_and_creates_the_folder(qgis_iface, tmp_path: Path, monkeypatch) -> None:
    settings = QgsSettings()
    for key in (_save_dialog.FOLDER_KEY, _save_dialog.CLIP_KEY, _save_dialog.ADD_KEY):
        settings.remove(key)
    asked: list[str] = []

    def answer(*args: Any, **_kwargs: Any) -> Any:
        asked.append(args[2])
        return _save_dialog.QMessageBox.StandardButton.Yes

    monkeypatch.setattr(_save_dialog.QMessageBox, "question", answer)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    dialog = _save_dialog.SaveDialog(2, str(blocker / "sub"))
    save = dialog._ok
    assert not save.isEnabled()
    assert "is a file, not a folder" in dialog.folder_note.text()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and not asked

    wanted = tmp_path / "new" / "deeper"
    dialog.folder_widget.setFilePath(str(wanted))
    assert save.isEnabled()
    assert "does not exist" in dialog.folder_note.text()
    dialog.clip_radio.setChecked(True)
    dialog.add_check.setChecked(False)
    dialog.accept()
    assert asked and str(wanted) in asked[0]
    assert wanted.is_dir()
    assert dialog.result() == dialog.DialogCode.Accepted

    # The choices are remembered.
    again = _save_dialog.SaveDialog(1)
    assert again.folder() == str(wanted) and again.clip() and not again.add_to_map()
    for key in (_save_dialog.FOLDER_KEY, _save_dialog.CLIP_KEY, _save_dialog.ADD_KEY):
        settings.remove(key)


def test_replacing_a_loaded_file_reloads_its_layer(  # noqa: PLR0917
    qtbot, item_dock: StacDock, tmp_path: Path, cog_pixels, qgis_new_project, qgis_iface
) -> None:
    dock = item_dock
    target = tmp_path / f"{ITEM}_red.tif"
    # An older, smaller file of that name, loaded as a layer.
    driver = gdal.GetDriverByName("GTiff")
    old = driver.Create(str(target), 20, 10, 1, gdal.GDT_UInt16)
    old.SetGeoTransform((399960.0, 300.0, 0.0, 4500000.0, 0.0, -300.0))
    old.SetProjection(UTM13N.toWkt())
    old.GetRasterBand(1).Fill(7)
    old = None
    layer = QgsRasterLayer(str(target), "old red", "gdal")
    assert layer.isValid() and layer.width() == 20
    qgis_new_project.addMapLayer(layer)
    dock.details.set_checked(["red"])
    qgis_iface.messageBar().clear_messages()

    _save(qtbot, dock, tmp_path, overwrite=True, add_to_map=True)

    expected = _first_band(cog_pixels(ITEM, "red", COLLECTION))
    assert layer.isValid()
    assert (layer.height(), layer.width()) == expected.shape
    provider = layer.dataProvider()
    block = provider.block(1, layer.extent(), layer.width(), layer.height())
    pixels = np.array([[block.value(r, c) for c in range(layer.width())] for r in range(layer.height())])
    np.testing.assert_array_equal(pixels, expected)
    rasters = [lyr for lyr in qgis_new_project.mapLayers().values() if isinstance(lyr, QgsRasterLayer)]
    assert rasters == [layer]  # reloaded, not added twice (beside the footprints layer)
    assert not _errors(qgis_iface)
    # Where an open file cannot be replaced (Windows), the save is refused with the layer named.
    refuse = plugin_module("ui.asset_actions").refuse_replacing_open_files
    refuse([str(target)], system="posix")
    error = plugin_module("plugin.core.errors").StacPluginError
    with pytest.raises(error, match=r"open as layers \(old red\)"):
        refuse([str(target)], system="nt")


def test_an_html_error_page_is_logged_as_plain_short_text(
    qtbot, dock: StacDock, qgis_iface, error_server
) -> None:
    from qgis.core import QgsApplication
    from qgis.gui import QgsMessageLogViewer
    from qgis.PyQt.QtWidgets import QPlainTextEdit

    viewer = QgsMessageLogViewer()  # the Log Messages panel, which renders its entries as HTML
    lines: list[str] = []
    keep = lambda message, tag, _level: tag == "STAC" and lines.append(message)  # noqa: E731
    QgsApplication.messageLog().messageReceived.connect(keep)
    try:
        dock.add_connection(Connection("portal", f"{error_server}/500/"))  # answers an HTML page
        dock.connect_current()
        qtbot.waitUntil(lambda: dock._connect_task is None and bool(lines), timeout=WAIT_MS)
        qtbot.wait(100)
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(keep)
    entry = next(line for line in lines if "HTTP 500" in line)
    assert "HTML page: Internal Server Error" in entry and "&lt;" not in entry and "<b>" not in entry
    shown = "\n".join(edit.toPlainText() for edit in viewer.findChildren(QPlainTextEdit))
    assert "HTML page: Internal Server Error" in shown
    _log = plugin_module("plugin.log")
    _log.log("<h1>Big</h1> & small")
    qtbot.wait(50)
    shown = "\n".join(edit.toPlainText() for edit in viewer.findChildren(QPlainTextEdit))
    assert "<h1>Big</h1> & small" in shown  # the characters, not a heading
