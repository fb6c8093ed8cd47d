"""The search area as WGS84 for the request: the live map extent, a clicked point (with a buffer in
metres), a polygon drawn on the map or the selected features of a vector layer."""

from __future__ import annotations

import contextlib
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsMapCanvas, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QToolButton,
)

from ..plugin import geometry as map_geometry
from ..plugin.core import area, geometry
from ..plugin.core.errors import StacPluginError
from ..plugin.core.models import BBox
from ..plugin.i18n import tr
from .map_tool import PointMarker, PointTool
from .polygon_tool import PolygonTool, polygon_band

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def to_wgs84_geojson(geom: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> dict[str, Any]:
    """``geom`` (in ``crs``) as a GeoJSON geometry in EPSG:4326."""
    import json

    out = QgsGeometry(geom)
    if crs.isValid() and crs != WGS84:
        try:
            out.transform(QgsCoordinateTransform(crs, WGS84, QgsProject.instance().transformContext()))
        except QgsCsException as exc:
            raise StacPluginError(
                tr("The search area cannot be converted from {crs} to EPSG:4326").format(crs=crs.authid()),
                detail=str(exc),
            ) from exc
    return json.loads(out.asJson(7))


def format_bbox(bbox: BBox) -> str:
    """``W, S, E, N`` with 4 decimals, for a label."""
    return ", ".join(f"{v:.4f}" for v in bbox)


class SearchArea(QObject):
    """Drives the area widgets and turns them into ``bbox`` / ``intersects``."""

    changed = pyqtSignal()

    def __init__(
        self,
        canvas: QgsMapCanvas,
        *,
        extent_radio: QRadioButton,
        extent_label: QLabel,
        point_radio: QRadioButton,
        pick_button: QAbstractButton,
        point_label: QLabel,
        buffer_spin: QDoubleSpinBox,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self._extent_radio = extent_radio
        self._extent_label = extent_label
        self._point_radio = point_radio
        self._pick_button = pick_button
        self._point_label = point_label
        self._buffer_spin = buffer_spin
        self.point: tuple[float, float] | None = None
        """The picked point as (lon, lat) in EPSG:4326."""
        self._previous_tool: Any = None
        self.tool = PointTool(canvas)
        self.marker = PointMarker(canvas)
        self.tool.picked.connect(self.set_point_from_canvas)
        self.tool.deactivated.connect(lambda: self._pick_button.setChecked(False))
        pick_button.toggled.connect(self._on_pick_toggled)
        # The buffer is in metres, around the point on the ground.
        buffer_spin.setSuffix(tr(" m"))
        buffer_spin.setDecimals(0)
        buffer_spin.setRange(0, 1_000_000)
        buffer_spin.setSingleStep(100)
        buffer_spin.setToolTip(tr("0 searches items containing the point; more searches a circle this many "
                                  "metres around it"))
        self._add_area_widgets()
        canvas.extentsChanged.connect(self._update_extent_label)
        canvas.destinationCrsChanged.connect(self._update_extent_label)
        extent_radio.toggled.connect(self._on_mode_changed)
        buffer_spin.valueChanged.connect(lambda _v: self.changed.emit())
        self._update_extent_label()
        self._on_mode_changed()

    def _add_area_widgets(self) -> None:
        """The polygon and selected-features rows, added under the dock's own rows."""
        self.polygon: QgsGeometry | None = None
        """The drawn polygon, in the canvas CRS it was drawn in (:attr:`polygon_crs`)."""
        self.polygon_crs = QgsCoordinateReferenceSystem()
        self.polygon_radio = QRadioButton(tr("Drawn polygon"))
        self.polygon_radio.setObjectName("polygonRadio")
        self.draw_button = QToolButton()
        self.draw_button.setObjectName("drawPolygonButton")
        self.draw_button.setText(tr("Draw on map"))
        self.draw_button.setCheckable(True)
        self.draw_button.setToolTip(tr("Click the corners on the map; right-click or double-click to finish"))
        self.polygon_label = QLabel(tr("no polygon yet"))
        self.features_radio = QRadioButton(tr("Selected features"))
        self.features_radio.setObjectName("featuresRadio")
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setObjectName("featuresLayerCombo")
        self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.layer_combo.setToolTip(tr("The selected features of this layer are the search area"))
        grid = self._extent_radio.parentWidget().layout()
        if isinstance(grid, QGridLayout):
            row = grid.rowCount()
            grid.addWidget(self.polygon_radio, row, 0)
            grid.addWidget(self.draw_button, row, 1)
            grid.addWidget(self.polygon_label, row, 2)
            grid.addWidget(self.features_radio, row + 1, 0)
            grid.addWidget(self.layer_combo, row + 1, 1, 1, 2)
        self.polygon_tool = PolygonTool(self._canvas)
        self.polygon_tool.drawn.connect(self.set_polygon_from_canvas)
        self.polygon_tool.deactivated.connect(lambda: self.draw_button.setChecked(False))
        self.polygon_band = polygon_band(self._canvas)
        self.draw_button.toggled.connect(self._on_draw_toggled)
        for radio in (self.polygon_radio, self.features_radio):
            radio.toggled.connect(lambda _c: self._on_mode_changed())
        self.layer_combo.layerChanged.connect(lambda _layer: self.changed.emit())

    # Extent ---------------------------------------------------------------
    def extent_bbox(self) -> BBox:
        """The canvas extent as a WGS84 bbox."""
        settings = self._canvas.mapSettings()
        return map_geometry.extent_to_wgs84_bbox(
            self._canvas.extent(), settings.destinationCrs(), QgsProject.instance().transformContext()
        )

    def _update_extent_label(self) -> None:
        try:
            text = format_bbox(self.extent_bbox())
        except StacPluginError:  # an empty canvas or an extent off its CRS: the label says so
            text = tr("no valid map extent")
        self._extent_label.setText(text)
        self._extent_label.setToolTip(tr("West, south, east, north in EPSG:4326 degrees: the search bbox"))
        if self._extent_radio.isChecked():
            self.changed.emit()

    # Point ----------------------------------------------------------------
    def _on_pick_toggled(self, checked: bool) -> None:
        if checked:
            self._point_radio.setChecked(True)
            self._use_tool(self.tool)
        elif self._canvas.mapTool() is self.tool:
            self._restore_tool()

    def _use_tool(self, tool: Any) -> None:
        current = self._canvas.mapTool()
        if current not in (self.tool, self.polygon_tool):
            self._previous_tool = current
        self._canvas.setMapTool(tool)

    # Polygon --------------------------------------------------------------
    def _on_draw_toggled(self, checked: bool) -> None:
        if checked:
            self.polygon_radio.setChecked(True)
            self._use_tool(self.polygon_tool)
        elif self._canvas.mapTool() is self.polygon_tool:
            self._restore_tool()

    def set_polygon_from_canvas(self, polygon: QgsGeometry) -> None:
        """Use ``polygon`` (canvas CRS) as the search area; back to the previous map tool."""
        self.set_polygon(polygon, self._canvas.mapSettings().destinationCrs())
        if self._canvas.mapTool() is self.polygon_tool:
            self._restore_tool()
        self.draw_button.setChecked(False)

    def set_polygon(self, polygon: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> None:
        """Use ``polygon`` (in ``crs``) as the search area and outline it on the map."""
        self.polygon = QgsGeometry(polygon)
        self.polygon_crs = QgsCoordinateReferenceSystem(crs)
        vertices = sum(1 for _ in polygon.vertices())
        self.polygon_label.setText(tr("{n} vertices").format(n=vertices))
        self.polygon_radio.setChecked(True)
        self.polygon_band.setToGeometry(self.polygon, self.polygon_crs)
        self.polygon_band.show()
        self.changed.emit()

    def _features_geometry(self) -> dict[str, Any]:
        layer = self.layer_combo.currentLayer()
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
            raise StacPluginError(tr("Choose a vector layer whose selected features are the search area."))
        features = layer.selectedFeatures()
        if not features:
            message = tr("Select one or more features of the layer {name!r} first.")
            raise StacPluginError(message.format(name=layer.name()))
        shapes = []
        for feature in features:
            geom = feature.geometry()
            if geom.isNull() or geom.isEmpty():
                continue
            if geom.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
                geom = geom.makeValid() if hasattr(geom, "makeValid") else geom
            shapes.append(to_wgs84_geojson(geom, layer.crs()))
        return area.search_polygon(shapes)

    def _restore_tool(self) -> None:
        previous = self._previous_tool
        self._previous_tool = None
        if previous is not None:
            try:
                self._canvas.setMapTool(previous)
                return
            except RuntimeError:  # the previous tool was deleted meanwhile
                pass
        self._canvas.unsetMapTool(self._canvas.mapTool())

    def set_point_from_canvas(self, point: QgsPointXY) -> None:
        """Use ``point`` (canvas CRS) as the search point; back to the previous map tool."""
        crs = self._canvas.mapSettings().destinationCrs()
        lon, lat = map_geometry.point_to_wgs84(point, crs)
        self.set_point(lon, lat)
        if self._canvas.mapTool() is self.tool:
            self._restore_tool()
        self._pick_button.setChecked(False)

    def set_point(self, lon: float, lat: float) -> None:
        """Use (lon, lat) in EPSG:4326 as the search point."""
        self.point = (lon, lat)
        self._point_label.setText(f"{lon:.5f}, {lat:.5f}")
        self._point_radio.setChecked(True)
        self.marker.show(lon, lat)
        self.changed.emit()

    def _on_mode_changed(self) -> None:
        point_mode = self._point_radio.isChecked()
        self._buffer_spin.setEnabled(point_mode)
        if self.polygon_radio.isChecked() and self.polygon is not None:
            self.polygon_band.show()
        else:
            self.polygon_band.hide()
        if point_mode and self.point is not None:
            self.marker.show(*self.point)
        elif not point_mode:
            self.marker.hide()
        self.changed.emit()

    # Request --------------------------------------------------------------
    def request_geometry(self) -> tuple[BBox | None, dict | None]:
        """(bbox, intersects) for the request; raises when the point mode has no point."""
        if self._extent_radio.isChecked():
            return self.extent_bbox(), None
        if self.polygon_radio.isChecked():
            if self.polygon is None:
                raise StacPluginError(tr("Draw a polygon on the map first (or search the map extent)."))
            return None, area.search_polygon([to_wgs84_geojson(self.polygon, self.polygon_crs)])
        if self.features_radio.isChecked():
            return None, self._features_geometry()
        if self.point is None:
            raise StacPluginError(tr("Pick a point on the map first (or search the map extent)."))
        metres = self._buffer_spin.value()
        if metres > 0:
            return None, area.point_buffer(self.point[0], self.point[1], metres)
        intersects, bbox = geometry.point_geometry(self.point[0], self.point[1], 0.0)
        return bbox, intersects

    def summary(self) -> str:
        """A few words on the area chosen, for a summary line."""
        if self._extent_radio.isChecked():
            return tr("map extent")
        if self.polygon_radio.isChecked():
            return tr("drawn polygon")
        if self.features_radio.isChecked():
            layer = self.layer_combo.currentLayer()
            count = layer.selectedFeatureCount() if isinstance(layer, QgsVectorLayer) else 0
            return tr("{n} selected feature(s)").format(n=count)
        metres = self._buffer_spin.value()
        return tr("point + {metres} m").format(metres=f"{metres:.0f}") if metres > 0 else tr("point")

    def unload(self) -> None:
        """Remove the marker and release the map tool."""
        if self._canvas.mapTool() in (self.tool, self.polygon_tool):
            self._restore_tool()
        self.marker.remove()
        self.polygon_tool.remove()
        self._canvas.scene().removeItem(self.polygon_band)
        with contextlib.suppress(TypeError):
            self._canvas.extentsChanged.disconnect(self._update_extent_label)
            self._canvas.destinationCrsChanged.disconnect(self._update_extent_label)
