"""The dock's server-side sort, catalog filter, polygon and selected-feature areas, and "Copy as Python"."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtWidgets import QApplication
from shapely.geometry import shape
from test_dock import (
    COLLECTION,
    DENVER,
    ITEM,
    WAIT_MS,
    Connection,
    _errors,
    _only,
    _read,
    _search,
    _to_canvas,
    _zoom,
)
from testbed import expected_ids
from testbed.plugin_package import plugin_module

_search_area = plugin_module("ui.search_area")

pytestmark = pytest.mark.network


def _s2(stac_api: Any) -> list[dict[str, Any]]:
    return [i for i in stac_api.items if i["collection"] == COLLECTION]


def _cloud(item: dict[str, Any]) -> float:
    return item["properties"]["eo:cloud_cover"]


# Sort ---------------------------------------------------------------------------------
def _whole_world(dock: Any) -> None:
    dock.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    dock.canvas.setExtent(QgsRectangle(-180, -90, 180, 90))


def test_sort_choice_is_sent_to_the_api(qtbot, dock, stac_api) -> None:
    assert dock.extras.sortby() == "-datetime"  # newest first by default
    _whole_world(dock)
    _only(dock, COLLECTION)
    dock.maxItemsSpin.setValue(3)
    dock.extras.set_sortby("+eo:cloud_cover")
    found = _search(qtbot, dock)
    clearest = sorted(_s2(stac_api), key=_cloud)[:3]
    assert found == [i["id"] for i in clearest]  # the first page is the top of the whole match
    assert dock.stream.sort_mode == "server" and dock.stream.has_more
    assert "cannot sort" not in dock.noteLabel.text()


def test_header_click_on_a_partial_result_asks_the_api_again(qtbot, dock, stac_api) -> None:
    _whole_world(dock)
    _only(dock, COLLECTION)
    dock.maxItemsSpin.setValue(4)
    _search(qtbot, dock)
    first_task = dock.stream
    header = dock.resultsView.horizontalHeader()
    cloud_column = 2
    header.setSortIndicator(cloud_column, Qt.SortOrder.DescendingOrder)
    header.sectionClicked.emit(cloud_column)
    assert dock.is_searching()
    qtbot.waitUntil(lambda: not dock.is_searching(), timeout=WAIT_MS)
    assert dock.stream is not first_task
    assert dock.stream.request.sortby == "-eo:cloud_cover"
    cloudiest = sorted(_s2(stac_api), key=_cloud, reverse=True)[:4]
    assert sorted(i.id for i in dock.model.items()) == sorted(i["id"] for i in cloudiest)


def test_client_sort_is_announced_only_when_the_api_cannot_sort(qtbot, dock) -> None:
    from core.fake_api import FakeApi, serve

    api = FakeApi(conforms_to=["https://api.stacspec.org/v1.0.0/item-search"])
    server, thread = serve(api)
    try:
        dock.add_connection(Connection("no sort", api.url))
        dock.connect_current()
        qtbot.waitUntil(lambda: dock.client is not None and dock.client_url == api.url, timeout=WAIT_MS)
        _whole_world(dock)
        dock.extras.set_sortby("-eo:cloud_cover")
        _search(qtbot, dock)
        assert dock.stream.sort_mode == "client"
        assert "This API cannot sort" in dock.noteLabel.text()
        searches = [body for _m, path, body in api.requests if path.endswith("/search")]
        assert searches and all("sortby" not in body for body in searches)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


# Filter -------------------------------------------------------------------------------
def _platform_and_sun(stac_api: Any, max_cloud: float | None) -> set[str]:
    found = set()
    for item in stac_api.items:
        p = item["properties"]
        cloud = p.get("eo:cloud_cover")
        if p.get("platform") != "sentinel-2b" or (p.get("view:sun_elevation") or -99) < 50:
            continue
        if max_cloud is None or (cloud is not None and cloud < max_cloud):
            found.add(item["id"])
    return found


def test_queryables_build_the_form_and_filter_exactly(qtbot, dock, stac_api) -> None:
    builder = dock.extras.filter
    qtbot.waitUntil(lambda: builder.queryables is not None, timeout=WAIT_MS)
    fields = builder.fields
    assert fields["platform"].combo is not None
    assert [fields["platform"].combo.itemText(i) for i in range(fields["platform"].combo.count())][1:] == [
        "LANDSAT_7", "LANDSAT_8", "landsat-8", "sentinel-1a", "sentinel-2a", "sentinel-2b"
    ]  # fmt: skip
    sun = fields["view:sun_elevation"]
    assert (sun.low.minimum(), sun.high.maximum()) == (-90, 90)
    assert "eo:cloud_cover" not in fields and "datetime" not in fields  # the dock's own widgets
    # One collection ticked: its own queryables (with its text field) replace the API's.
    _only(dock, COLLECTION)
    qtbot.waitUntil(lambda: builder.queryables is not None and "/collections/" in builder.queryables.url,
                    timeout=WAIT_MS)  # fmt: skip
    assert builder.fields["mgrs:grid_square"].line is not None
    _only(dock)
    qtbot.waitUntil(lambda: builder.queryables is not None and "/collections/" not in builder.queryables.url,
                    timeout=WAIT_MS)  # fmt: skip

    _whole_world(dock)
    builder.set_field("platform", "sentinel-2b")
    builder.set_field("view:sun_elevation", (50, None))
    dock.cloudCheck.setChecked(True)
    dock.cloudSpin.setValue(30)
    found = _search(qtbot, dock)
    assert sorted(found) == sorted(_platform_and_sun(stac_api, 30))
    assert 0 < len(found) < len(_platform_and_sun(stac_api, None))

    # The raw editor adds to the form by AND.
    builder.editor.setPlainText("mgrs:grid_square = 'DE'")
    found = _search(qtbot, dock)
    wanted = {i["id"] for i in stac_api.items if i["properties"].get("mgrs:grid_square") == "DE"}
    assert sorted(found) == sorted(_platform_and_sun(stac_api, 30) & wanted)


def test_malformed_filter_is_a_clear_message_before_any_request(qtbot, dock, qgis_iface) -> None:
    builder = dock.extras.filter
    builder.editor.setPlainText("eo:cloud_cover << 5")
    qtbot.waitUntil(lambda: "character 17" in builder.check_label.text(), timeout=WAIT_MS)
    assert dock.start_search() is None
    assert not dock.is_searching()
    assert any("Invalid CQL2 filter at character 17" in m for m in _errors(qgis_iface))


# Areas --------------------------------------------------------------------------------
def _release(canvas: Any, tool: Any, point: QgsPointXY, button: Qt.MouseButton) -> None:
    pixel = canvas.mapSettings().mapToPixel().transform(point)
    event = QgsMapMouseEvent(
        canvas, QEvent.Type.MouseButtonRelease, QPoint(round(pixel.x()), round(pixel.y())),
        button, button, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    tool.canvasReleaseEvent(event)


def test_drawn_polygon_returns_exactly_the_intersecting_items(qtbot, dock, stac_api) -> None:
    dock.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    _zoom(dock.canvas, *DENVER, 80000)
    corners = [(-105.3, 40.0), (-104.9, 40.05), (-105.0, 40.4)]
    tool = dock.area.polygon_tool
    dock.area.draw_button.setChecked(True)
    assert dock.canvas.mapTool() is tool
    for lon, lat in corners:
        _release(dock.canvas, tool, _to_canvas(dock.canvas, lon, lat), Qt.MouseButton.LeftButton)
    _release(dock.canvas, tool, _to_canvas(dock.canvas, *corners[0]), Qt.MouseButton.RightButton)
    assert dock.area.polygon_radio.isChecked() and dock.canvas.mapTool() is not tool
    _only(dock)
    found = _search(qtbot, dock)
    sent = dock.stream.request.intersects
    ring = [[lon, lat] for lon, lat in corners]
    polygon = {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}
    pixel_deg = 2 * dock.canvas.mapUnitsPerPixel() / 111_000  # clicks land on whole pixels
    for got, want in zip(sent["coordinates"][0], polygon["coordinates"][0]):
        assert got == pytest.approx(want, abs=pixel_deg)
    expected = expected_ids(stac_api.items, intersects=sent)
    assert expected and sorted(found) == sorted(expected)
    assert len(expected) < len(stac_api.items)


def test_selected_features_return_exactly_the_intersecting_items(qtbot, dock, stac_api) -> None:
    layer = QgsVectorLayer("Polygon?crs=EPSG:32613", "areas", "memory")
    features = []
    # Two squares in UTM 13N: one near Denver, one far away; only the first is selected.
    for cx, cy in ((495000.0, 4450000.0), (300000.0, 3000000.0)):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(cx - 3000, cy - 3000, cx + 3000, cy + 3000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    try:
        first = next(layer.getFeatures())
        layer.selectByIds([first.id()])
        dock.area.features_radio.setChecked(True)
        dock.area.layer_combo.setLayer(layer)
        _only(dock)
        found = _search(qtbot, dock)
        sent = dock.stream.request.intersects
        square = first.geometry()
        expected_geojson = _search_area.to_wgs84_geojson(square, layer.crs())
        assert shape(sent).equals_exact(shape(expected_geojson), 1e-9)
        expected = expected_ids(stac_api.items, intersects=expected_geojson)
        assert expected and sorted(found) == sorted(expected)
        layer.removeSelection()
        assert dock.start_search() is None  # nothing selected: said, not searched
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


# Copy as Python -------------------------------------------------------------------------
def _script_ids(stdout: str) -> list[str]:
    lines = stdout.splitlines()
    for index, line in enumerate(lines):
        match = re.fullmatch(r"(\d+) items", line.strip())
        if match:
            return lines[index + 1 : index + 1 + int(match.group(1))]
    raise AssertionError(f"no item list in:\n{stdout}")


def test_copied_python_finds_the_same_items_and_writes_the_same_pixels(
    qtbot, dock, tmp_path: Path, qgis_iface, testbed
) -> None:
    _zoom(dock.canvas, *DENVER, 20000)
    _only(dock, COLLECTION)
    dock.extras.set_sortby("+eo:cloud_cover")
    dock.maxItemsSpin.setValue(5)
    found = _search(qtbot, dock)
    assert len(found) == 5
    dock.select_items([ITEM])
    dock.details.set_checked(["red"])
    spec = testbed.spec(ITEM, "red", COLLECTION)
    x0, dx, _, y0, _, dy = spec.geotransform
    dock.canvas.setDestinationCrs(QgsCoordinateReferenceSystem(spec.crs))
    cx, cy, half = x0 + 170.3 * dx, y0 + 160.7 * dy, 30 * abs(dx)
    dock.canvas.setExtent(QgsRectangle(cx - half, cy - half, cx + half, cy + half))
    dock_folder = tmp_path / "dock"
    dock_folder.mkdir()
    assert dock.save_selected(str(dock_folder), clip=True) is not None
    qtbot.waitUntil(lambda: dock.asset_actions.save_task is None, timeout=WAIT_MS)
    (saved,) = dock_folder.iterdir()

    # The script repeats the search whose results are shown, though the map has moved since.
    script = dock.extras.copy_python("clip")
    assert QApplication.clipboard().text() == script
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert "Client.open(" in script and "rio.clip_box(" in script and "rio.to_raster(" in script
    script_folder = tmp_path / "script"
    script = script.replace(repr(str(dock_folder)), repr(str(script_folder)))
    path = tmp_path / "search.py"
    path.write_text(script)
    run = subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, timeout=300, check=False
    )
    assert run.returncode == 0, run.stderr
    assert _script_ids(run.stdout) == found
    written = script_folder / saved.name
    data, bounds, epsg = _read(str(written))
    ref, ref_bounds, ref_epsg = _read(str(saved))
    assert (epsg, bounds) == (ref_epsg, pytest.approx(ref_bounds))
    np.testing.assert_array_equal(data, ref)


def test_copied_python_for_many_scenes_uses_odc_stac(qtbot, dock) -> None:
    _zoom(dock.canvas, *DENVER, 20000)
    _only(dock, COLLECTION)
    found = _search(qtbot, dock)
    dock.select_items(found[:5])
    dock.details.set_checked(["red"])
    script = dock.extras.script("save")
    assert "odc.stac.load(" in script and "chunks=" in script
    compile(script, "search.py", "exec")
