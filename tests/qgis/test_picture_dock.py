"""Composites, mosaics and dated layers made from the dock against the local STAC API and COG host."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayerTreeGroup,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QDateTime, Qt
from testbed.plugin_package import plugin_module

_models = plugin_module("plugin.core.models")
_settings = plugin_module("plugin.settings")
_dock = plugin_module("ui.dock")
_picture = plugin_module("ui.picture_actions")
Connection = _models.Connection
Settings = _settings.Settings
StacDock = _dock.StacDock

WAIT_MS = 60000
S2 = "sentinel-2-c1-l2a"
CLEAR = "S2A_T13TDE_20240412T175055_L2A"  # 0.04 % cloud
MID = "S2A_T13TDE_20240415T180048_L2A"  # 22 %
CLOUDY = "S2B_T13TDE_20240417T174407_L2A"  # 79.6 %, the newest of the three
DENVER = (-105.1, 40.2)
UTM13N = QgsCoordinateReferenceSystem("EPSG:32613")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@pytest.fixture
def dock(qtbot, dock: StacDock) -> StacDock:
    """The dock of tests/conftest.py that found the Denver Sentinel-2 scenes."""
    _zoom(dock.canvas, *DENVER, 20000)
    dock.collections.set_checked([S2])
    dock.start_search()
    qtbot.waitUntil(lambda: not dock.is_searching(), timeout=WAIT_MS)
    assert {CLEAR, MID, CLOUDY} <= {item.id for item in dock.model.items()}
    return dock


def _zoom(canvas: Any, lon: float, lat: float, half_width_m: float) -> None:
    xform = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    centre = xform.transform(QgsPointXY(lon, lat))
    canvas.setExtent(QgsRectangle(centre.x() - half_width_m, centre.y() - half_width_m,
                                  centre.x() + half_width_m, centre.y() + half_width_m))


def _rasters() -> list[QgsRasterLayer]:
    return [lyr for lyr in QgsProject.instance().mapLayers().values() if isinstance(lyr, QgsRasterLayer)]


def _messages(qgis_iface, *levels: Any) -> list[str]:
    bar = qgis_iface.messageBar()
    return [text for level in levels for text in bar.get_messages(level)]


def _source_value(cog_pixels, spec: Any, x: float, y: float) -> int:
    """The value of the source COG ``spec`` at (x, y) in its CRS."""
    x0, dx, _, y0, _, dy = spec.geotransform
    col, row = int((x - x0) // dx), int((y - y0) // dy)
    return int(cog_pixels(spec.item_id, spec.asset_key, S2)[0][row, col])


def _sample_points(testbed, layer: QgsRasterLayer, count: int = 5) -> list[tuple[float, float]]:
    """Centres of source pixels inside both ``layer``'s extent and the scenes' tile."""
    spec = testbed.spec(CLEAR, "red", S2)
    x0, dx, _, y0, _, dy = spec.geotransform
    tile = QgsRectangle(x0, y0 + dy * spec.height, x0 + dx * spec.width, y0)
    area = layer.extent().intersect(tile)
    assert not area.isEmpty()
    points = []
    for step in range(1, count + 1):
        x = area.xMinimum() + area.width() * step / (count + 1)
        y = area.yMinimum() + area.height() * (count + 1 - step) / (count + 1)
        col, row = (x - x0) // dx, (y - y0) // dy
        points.append((x0 + (col + 0.5) * dx, y0 + (row + 0.5) * dy))
    return points


def _check_pixels(testbed, cog_pixels, layer: QgsRasterLayer, item_id: str, keys: tuple[str, ...]) -> None:
    """Each band of ``layer`` equals the asset ``keys[band]`` of ``item_id`` at sampled points."""
    for x, y in _sample_points(testbed, layer):
        for band, key in enumerate(keys, start=1):
            value, ok = layer.dataProvider().sample(QgsPointXY(x, y), band)
            expected = _source_value(cog_pixels, testbed.spec(item_id, key, S2), x, y)
            assert ok and int(value) == expected, (x, y, band, key)


def _menu_actions(dock: StacDock) -> dict[str, Any]:
    return {action.text(): action for action in dock.results_menu.build().actions() if action.text()}


def _wait_composites(qtbot, dock: StacDock) -> None:
    qtbot.waitUntil(lambda: not dock.picture_actions.composite_tasks, timeout=WAIT_MS)


def _wait_mosaic(qtbot, dock: StacDock) -> None:
    qtbot.waitUntil(lambda: dock.picture_actions.mosaic_task is None, timeout=WAIT_MS)


# Composites ------------------------------------------------------------------------------------
def test_true_colour_composite_from_add_to_map(
    qtbot, dock: StacDock, testbed, cog_pixels, qgis_iface
) -> None:
    dock.select_items([CLEAR])
    dock.picture_actions.set_mode(_picture.TRUECOLOR)
    # Nothing to tick: the preset finds the bands by common name and says which.
    assert dock.addToMapButton.isEnabled()
    assert dock.picture_actions.rgb_label.text() == "R red · G green · B blue"
    dock.addToMapButton.click()
    assert dock.picture_actions.progress.isVisibleTo(dock) or not dock.picture_actions.composite_tasks
    _wait_composites(qtbot, dock)
    [layer] = _rasters()
    assert layer.isValid() and layer.bandCount() == 3
    assert layer.crs().authid() == "EPSG:32613"
    spec = testbed.spec(CLEAR, "red", S2)
    x0, dx, _, y0, _, dy = spec.geotransform
    got = layer.extent()
    assert (got.xMinimum(), got.yMinimum(), got.xMaximum(), got.yMaximum()) == pytest.approx(
        (x0, y0 + dy * spec.height, x0 + dx * spec.width, y0), abs=1e-3
    )
    assert layer.name() == "truecolor · 2024-04-12 · sentinel-2a"
    group = QgsProject.instance().layerTreeRoot().findGroup(CLEAR)
    assert isinstance(group, QgsLayerTreeGroup) and group.findLayer(layer.id()) is not None
    _check_pixels(testbed, cog_pixels, layer, CLEAR, ("red", "green", "blue"))
    assert any("composite" in text for text in _messages(qgis_iface, Qgis.MessageLevel.Success))


def test_ticked_bands_in_the_order_ticked(qtbot, dock: StacDock, testbed, cog_pixels) -> None:
    dock.select_items([CLEAR])
    actions = dock.picture_actions
    actions.set_mode(_picture.TICKED)
    assert not dock.addToMapButton.isEnabled()  # nothing ticked yet
    rows = {dock.assetsTree.topLevelItem(i).text(0): dock.assetsTree.topLevelItem(i)
            for i in range(dock.assetsTree.topLevelItemCount())}
    for key in ("nir", "red", "green"):  # ticked by hand, one after the other
        rows[key].setCheckState(0, Qt.CheckState.Checked)
    assert actions.rgb_keys() == ["nir", "red", "green"]
    assert actions.rgb_label.text() == "R nir · G red · B green"
    assert dock.addToMapButton.isEnabled()
    dock.addToMapButton.click()
    _wait_composites(qtbot, dock)
    [layer] = _rasters()
    assert layer.bandCount() == 3 and layer.crs().authid() == "EPSG:32613"
    _check_pixels(testbed, cog_pixels, layer, CLEAR, ("nir", "red", "green"))


def test_item_without_the_band_is_named_with_its_bands(
    qtbot, dock: StacDock, qgis_iface, stac_api
) -> None:
    s1 = next(item for item in stac_api.items if item["collection"] == "sentinel-1-grd")
    west, south, east, north = s1["bbox"]
    dock.canvas.setDestinationCrs(WGS84)
    dock.canvas.setExtent(QgsRectangle(west, south, east, north))
    dock.collections.set_checked(["sentinel-1-grd"])
    dock.start_search()
    qtbot.waitUntil(lambda: not dock.is_searching(), timeout=WAIT_MS)
    dock.select_items([s1["id"]])
    dock.picture_actions.set_mode(_picture.FALSECOLOR)
    assert "has no nir band" in dock.picture_actions.rgb_label.text()
    qgis_iface.messageBar().clear_messages()
    dock.add_selected_to_map()
    _wait_composites(qtbot, dock)
    [text] = _messages(qgis_iface, Qgis.MessageLevel.Warning)
    assert s1["id"] in text and "has no nir band" in text and "hh" in text
    assert _rasters() == []


# Mosaics -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("order", "top"), [(0, CLEAR), (1, CLOUDY)])
def test_mosaic_of_selected_items_over_the_view(  # noqa: PLR0917
    qtbot, dock: StacDock, testbed, cog_pixels, order: int, top: str
) -> None:
    dock.select_items([CLEAR, MID, CLOUDY])
    dock.details.set_checked(["red"])
    actions = dock.picture_actions
    actions.order_combo.setCurrentIndex(order)
    assert actions.mosaic_button.isEnabled()
    view = dock.canvas.extent()
    actions.mosaic_button.click()
    assert actions.progress.isVisibleTo(dock) or actions.mosaic_task is None
    _wait_mosaic(qtbot, dock)
    [layer] = _rasters()
    assert layer.isValid() and layer.bandCount() == 1
    assert layer.crs().authid() == "EPSG:32613"
    got = layer.extent()
    for a, b in zip((got.xMinimum(), got.yMinimum(), got.xMaximum(), got.yMaximum()),
                    (view.xMinimum(), view.yMinimum(), view.xMaximum(), view.yMaximum())):
        assert a == pytest.approx(b, abs=300)  # within a source pixel of the view
    assert layer.name().startswith("red mosaic · 2024-04-12 to 2024-04-17 · 3 items")
    _check_pixels(testbed, cog_pixels, layer, top, ("red",))
    span = layer.temporalProperties().fixedTemporalRange()
    assert span.begin().toUTC().toString(Qt.DateFormat.ISODate).startswith("2024-04-12T17:")
    assert span.end().toUTC().toString(Qt.DateFormat.ISODate).startswith("2024-04-17T17:")


def test_mosaic_needs_one_band_or_a_composite(qtbot, dock: StacDock) -> None:
    dock.select_items([CLEAR, MID])
    actions = dock.picture_actions
    dock.details.set_checked(["red", "green"])
    assert not actions.mosaic_button.isEnabled()
    assert not _menu_actions(dock)["Mosaic Selected Items"].isEnabled()
    actions.set_mode(_picture.TRUECOLOR)
    assert actions.mosaic_button.isEnabled()
    _menu_actions(dock)["Mosaic Selected Items"].trigger()  # the results' context menu
    assert actions.mosaic_task is not None
    _wait_mosaic(qtbot, dock)
    [layer] = _rasters()
    assert layer.bandCount() == 3 and layer.crs().authid() == "EPSG:32613"


def test_mosaic_to_geotiff(qtbot, dock: StacDock, tmp_path: Path, testbed, cog_pixels) -> None:
    dock.select_items([CLEAR, MID, CLOUDY])
    dock.details.set_checked(["red"])
    actions = dock.picture_actions
    actions.output_combo.setCurrentIndex(_picture.GEOTIFF)
    target = tmp_path / "denver.tif"
    assert actions.mosaic_selected(str(target)) is not None
    _wait_mosaic(qtbot, dock)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["denver.tif"]  # no temporary left
    [layer] = _rasters()
    assert layer.source() == str(target)
    assert layer.isValid() and layer.bandCount() == 1 and layer.crs().authid() == "EPSG:32613"
    assert layer.name().endswith("· local")
    _check_pixels(testbed, cog_pixels, layer, CLEAR, ("red",))
    # Never overwritten without asking: refused here, so the file stays as it is.
    before = target.stat().st_mtime_ns
    assert actions.mosaic_selected(str(target), overwrite=False) is None
    assert target.stat().st_mtime_ns == before


def test_cancelled_mosaic_leaves_no_file(qtbot, dock: StacDock, tmp_path: Path, qgis_iface) -> None:
    dock.select_items([CLEAR, MID, CLOUDY])
    dock.details.set_checked(["red"])
    actions = dock.picture_actions
    actions.output_combo.setCurrentIndex(_picture.GEOTIFF)
    task = actions.mosaic_selected(str(tmp_path / "denver.tif"))
    assert task is not None and actions.cancel_button.isVisibleTo(dock)
    qgis_iface.messageBar().clear_messages()
    actions.cancel_button.click()
    _wait_mosaic(qtbot, dock)
    assert list(tmp_path.iterdir()) == []
    assert _rasters() == []
    assert any("cancelled" in text for text in _messages(qgis_iface, Qgis.MessageLevel.Info))
    assert actions.mosaic_button.isEnabled() and not actions.cancel_button.isVisibleTo(dock)


# Dated layers -----------------------------------------------------------------------------------------
def test_same_band_of_several_items_grouped_by_date(qtbot, dock: StacDock, stac_api) -> None:
    dock.select_items([CLEAR, MID, CLOUDY])
    dock.details.set_checked(["red"])
    dock.addToMapButton.click()
    qtbot.waitUntil(lambda: len(_rasters()) == 3 and dock.asset_actions.open_task is None, timeout=WAIT_MS)
    root = QgsProject.instance().layerTreeRoot()
    dates = [child.name() for child in root.children() if isinstance(child, QgsLayerTreeGroup)]
    assert dates == ["2024-04-17", "2024-04-15", "2024-04-12"]  # newest first
    raw = {item["id"]: item for item in stac_api.items}
    for item_id in (CLEAR, MID, CLOUDY):
        date = raw[item_id]["properties"]["datetime"]
        group = root.findGroup(date[:10])
        [layer_node] = group.findGroup(item_id).findLayers()
        layer = layer_node.layer()
        assert layer.name().startswith(f"red · {date[:10]} · ")
        span = layer.temporalProperties().fixedTemporalRange()
        stamp = QDateTime.fromString(date[:19] + "Z", Qt.DateFormat.ISODate)
        assert layer.temporalProperties().isActive()
        assert abs(span.begin().toMSecsSinceEpoch() - stamp.toMSecsSinceEpoch()) < 1000
        assert span.begin() == span.end()


def test_no_pixels_compared_by_accident(testbed, cog_pixels) -> None:
    """The scenes differ where they are sampled, so a wrong item on top fails the mosaic test."""
    xform = QgsCoordinateTransform(WGS84, UTM13N, QgsProject.instance())
    centre = xform.transform(QgsPointXY(*DENVER))
    values = {_source_value(cog_pixels, testbed.spec(item, "red", S2), centre.x(), centre.y())
              for item in (CLEAR, MID, CLOUDY)}
    assert len(values) == 3
