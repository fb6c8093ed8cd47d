"""The footprints layer of the dock against the local STAC API: contents, style, selection both ways,
refresh by a new search, removal in one step, zoom to item."""

from __future__ import annotations

from typing import Any

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt
from shapely.geometry import shape
from testbed import expected_ids
from testbed.plugin_package import plugin_module

_models = plugin_module("plugin.core.models")
_settings = plugin_module("plugin.settings")
_dock = plugin_module("ui.dock")
_layer = plugin_module("ui.footprints_layer")
_results = plugin_module("ui.results_model")
Connection = _models.Connection
Settings = _settings.Settings
StacDock = _dock.StacDock
LAYER_PROPERTY = _layer.LAYER_PROPERTY

WAIT_MS = 30000
S2 = "sentinel-2-c1-l2a"
DENVER = (-105.1, 40.2)
UTM13N = QgsCoordinateReferenceSystem("EPSG:32613")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@pytest.fixture
def dock(dock: StacDock) -> StacDock:
    """The dock of tests/conftest.py, the map over Denver."""
    _zoom(dock.canvas, *DENVER, 20000)
    return dock


def _zoom(canvas: Any, lon: float, lat: float, half_width_m: float) -> None:
    xform = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    centre = xform.transform(QgsPointXY(lon, lat))
    canvas.setExtent(QgsRectangle(centre.x() - half_width_m, centre.y() - half_width_m,
                                  centre.x() + half_width_m, centre.y() + half_width_m))


def _search(qtbot, dock: StacDock, *collections: str) -> list[str]:
    dock.collections.set_checked(collections)
    dock.start_search()
    # The features are made in a worker thread and added as they come.
    qtbot.waitUntil(lambda: not dock.is_searching() and not dock.footprints_layer.busy(), timeout=WAIT_MS)
    return [item.id for item in dock.model.items()]


def _footprint_layers() -> list[QgsVectorLayer]:
    return [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.customProperty(LAYER_PROPERTY)]


def _features(layer: QgsVectorLayer) -> dict[str, Any]:
    return {f["id"]: f for f in layer.getFeatures()}


def _selected_rows(dock: StacDock) -> list[str]:
    return sorted(item.id for item in dock.selected_items())


def _selected_features(layer: QgsVectorLayer) -> list[str]:
    return sorted(f["id"] for f in layer.getSelectedFeatures())


def test_every_result_is_a_typed_feature_styled_by_cloud_cover(qtbot, dock: StacDock, stac_api) -> None:
    found = _search(qtbot, dock)  # Sentinel-2 and Landsat: different properties in one layer
    bbox = dock.area.extent_bbox()
    assert sorted(found) == sorted(expected_ids(stac_api.items, bbox=bbox))
    [layer] = _footprint_layers()
    assert layer is dock.footprints_layer.layer()
    assert layer.isValid() and layer.crs().authid() == "EPSG:4326"
    assert layer.geometryType() == _polygon_type()
    features = _features(layer)
    assert sorted(features) == sorted(found)

    fields = layer.fields()
    type_names = {name: fields.field(name).typeName().lower() for name in fields.names()}
    assert type_names["cloud_cover"] == "double"
    assert type_names["datetime"] == "datetime"
    assert type_names["proj:epsg"] in ("int8", "integer64", "longlong", "qlonglong")
    assert type_names["view:sun_elevation"] == "double"
    assert type_names["instruments"] == "string"
    assert "landsat:wrs_path" in type_names and "s2:tile_id" in type_names

    raw = {item["id"]: item for item in stac_api.items}
    for item_id, feature in features.items():
        properties = raw[item_id]["properties"]
        expected = shape(raw[item_id]["geometry"])
        geometry = shape(_geojson(feature.geometry()))
        assert geometry.symmetric_difference(expected).area == pytest.approx(0, abs=1e-9)
        assert feature["collection"] == raw[item_id]["collection"]
        assert feature["cloud_cover"] == pytest.approx(properties["eo:cloud_cover"])
        stamp = feature["datetime"]
        assert isinstance(stamp, QDateTime) and stamp.isValid()
        assert stamp.toUTC().toString("yyyy-MM-ddTHH:mm:ss") == properties["datetime"][:19]
        assert feature["proj:epsg"] == properties["proj:epsg"]
        if "landsat:wrs_path" not in properties:
            assert feature["landsat:wrs_path"] in (None, _null())

    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert "cloud_cover" in renderer.classAttribute()
    # Clear and cloudy scenes are drawn in different colours.
    clear = next(f for f in features.values() if f["cloud_cover"] < 1)
    cloudy = next(f for f in features.values() if f["cloud_cover"] > 60)
    context = _render_context(layer)
    renderer.startRender(context, layer.fields())
    colours = set()
    try:
        for feature in (clear, cloudy):
            context.expressionContext().setFeature(feature)  # as when the layer is drawn
            colours.add(renderer.symbolForFeature(feature, context).color().name())
    finally:
        renderer.stopRender(context)
    assert len(colours) == 2


def test_selection_follows_both_ways_without_loops(qtbot, dock: StacDock) -> None:
    found = _search(qtbot, dock, S2)
    assert len(found) >= 4
    layer = dock.footprints_layer.layer()
    layer_signals: list[Any] = []
    table_signals: list[Any] = []
    layer.selectionChanged.connect(lambda *a: layer_signals.append(a))
    dock.resultsView.selectionModel().selectionChanged.connect(lambda *a: table_signals.append(a))

    # Rows -> features.
    dock.select_items(found[:2])
    assert _selected_features(layer) == sorted(found[:2])
    assert (len(layer_signals), len(table_signals)) == (1, 1)

    # Features (map or attribute table) -> rows, with the table sorted differently from arrival order.
    dock.resultsView.sortByColumn(_results.COL_CLOUD, Qt.SortOrder.AscendingOrder)
    table_signals.clear()
    layer_signals.clear()
    ids = {f["id"]: f.id() for f in layer.getFeatures()}
    layer.selectByIds([ids[found[1]], ids[found[3]]])
    assert _selected_rows(dock) == sorted([found[1], found[3]])
    assert (len(layer_signals), len(table_signals)) == (1, 1)
    # The dock reacts as to a click in the table: details and highlight of the selection.
    assert sorted(item.id for item in dock.details.items()) == sorted([found[1], found[3]])
    assert not dock.footprints.extent().isEmpty()

    # Clearing either side clears the other.
    layer.removeSelection()
    qtbot.waitUntil(lambda: _selected_rows(dock) == [])
    dock.select_items([found[0]])
    dock.resultsView.clearSelection()
    assert layer.selectedFeatureCount() == 0

    # QGIS drops a layer's selection when it reloads the data (the Refresh button): the table's
    # selection stays, and comes back on the layer.
    dock.select_items([found[2]])
    dock.canvas.setLayers([layer])
    dock.canvas.refreshAllLayers()
    qtbot.wait(50)
    assert _selected_rows(dock) == [found[2]]
    assert _selected_features(layer) == [found[2]]


def test_new_search_refreshes_the_same_layer(qtbot, dock: StacDock, stac_api) -> None:
    first = _search(qtbot, dock, S2)
    [layer] = _footprint_layers()
    layer_id = layer.id()
    assert sorted(_features(layer)) == sorted(first)

    dock.startCheck.setChecked(True)
    dock.startDate.setDate(dock.startDate.date().fromString("2024-04-15", "yyyy-MM-dd"))
    dock.endCheck.setChecked(True)
    dock.endDate.setDate(dock.endDate.date().fromString("2024-04-30", "yyyy-MM-dd"))
    second = _search(qtbot, dock, S2)
    assert second and set(second) < set(first)
    [again] = _footprint_layers()
    assert again.id() == layer_id
    assert sorted(_features(again)) == sorted(second)
    assert again.extent().width() > 0

    # A search that finds nothing leaves the layer empty, not stale.
    dock.endDate.setDate(dock.endDate.date().fromString("2024-04-16", "yyyy-MM-dd"))
    dock.startDate.setDate(dock.startDate.date().fromString("2024-04-16", "yyyy-MM-dd"))
    assert _search(qtbot, dock, S2) == []
    assert again.featureCount() == 0


def test_removed_in_one_step_and_made_again_by_a_new_search(qtbot, dock: StacDock) -> None:
    found = _search(qtbot, dock, S2)
    section = _menu_actions(dock)
    assert "Remove Footprints Layer" in section
    section["Remove Footprints Layer"].trigger()
    assert _footprint_layers() == []
    assert dock.footprints_layer.layer() is None
    # The results stay and selecting still works (highlight only).
    assert [item.id for item in dock.model.items()] == found
    dock.select_items([found[0]])
    assert _selected_rows(dock) == [found[0]]
    assert not dock.footprints.extent().isEmpty()
    assert "Show Footprints Layer" in _menu_actions(dock)

    # Removed by the user from the Layers panel too; a new search makes it again.
    again = _search(qtbot, dock, S2)
    [layer] = _footprint_layers()
    QgsProject.instance().removeMapLayer(layer.id())
    assert _footprint_layers() == []
    _search(qtbot, dock, S2)
    [layer] = _footprint_layers()
    assert sorted(_features(layer)) == sorted(again)


def test_zoom_to_item_from_the_context_menu(qtbot, dock: StacDock, stac_api) -> None:
    found = _search(qtbot, dock, S2)
    _zoom(dock.canvas, -80.0, 30.0, 5000)  # far away
    dock.select_items([found[0]])
    actions = _menu_actions(dock)
    actions["Zoom to Item"].trigger()
    raw = next(item for item in stac_api.items if item["id"] == found[0])
    west, south, east, north = shape(raw["geometry"]).bounds
    xform = QgsCoordinateTransform(WGS84, dock.canvas.mapSettings().destinationCrs(), QgsProject.instance())
    footprint = xform.transformBoundingBox(QgsRectangle(west, south, east, north))
    view = dock.canvas.extent()
    assert view.contains(footprint)
    assert view.width() < footprint.width() * 2 or view.height() < footprint.height() * 2


# Helpers ------------------------------------------------------------------------------
def _menu_actions(dock: StacDock) -> dict[str, Any]:
    menu = dock.results_menu.build()
    return {action.text(): action for action in menu.actions() if action.text()}


def _polygon_type() -> Any:
    try:
        from qgis.core import Qgis

        return Qgis.GeometryType.Polygon
    except AttributeError:
        from qgis.core import QgsWkbTypes

        return QgsWkbTypes.GeometryType.PolygonGeometry


def _geojson(geometry: QgsGeometry) -> dict[str, Any]:
    import json

    return json.loads(geometry.asJson())


def _null() -> Any:
    from qgis.PyQt.QtCore import QVariant

    return QVariant()


def _render_context(layer: QgsVectorLayer) -> Any:
    from qgis.core import QgsExpressionContextUtils, QgsRenderContext

    context = QgsRenderContext()
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    return context
