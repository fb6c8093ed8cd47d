"""The search area: the live map extent or a clicked point, as WGS84 for the request."""

from __future__ import annotations

import contextlib
from typing import Any

from qgis.core import QgsPointXY, QgsProject
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QAbstractButton, QDoubleSpinBox, QLabel, QRadioButton

from ..plugin.core import geometry
from ..plugin.core.errors import StacPluginError
from ..plugin.core.models import BBox
from .map_tool import PointMarker, PointTool


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
        canvas.extentsChanged.connect(self._update_extent_label)
        canvas.destinationCrsChanged.connect(self._update_extent_label)
        extent_radio.toggled.connect(self._on_mode_changed)
        buffer_spin.valueChanged.connect(lambda _v: self.changed.emit())
        self._update_extent_label()
        self._on_mode_changed()

    # Extent ---------------------------------------------------------------
    def extent_bbox(self) -> BBox:
        """The canvas extent as a WGS84 bbox."""
        settings = self._canvas.mapSettings()
        return geometry.extent_to_wgs84_bbox(
            self._canvas.extent(), settings.destinationCrs(), QgsProject.instance().transformContext()
        )

    def _update_extent_label(self) -> None:
        try:
            text = format_bbox(self.extent_bbox())
        except Exception:
            text = "no valid map extent"
        self._extent_label.setText(text)
        self._extent_label.setToolTip("West, south, east, north in EPSG:4326 degrees: the search bbox")
        if self._extent_radio.isChecked():
            self.changed.emit()

    # Point ----------------------------------------------------------------
    def _on_pick_toggled(self, checked: bool) -> None:
        if checked:
            self._point_radio.setChecked(True)
            current = self._canvas.mapTool()
            self._previous_tool = current if current is not self.tool else None
            self._canvas.setMapTool(self.tool)
        elif self._canvas.mapTool() is self.tool:
            self._restore_tool()

    def _restore_tool(self) -> None:
        previous = self._previous_tool
        self._previous_tool = None
        if previous is not None:
            try:
                self._canvas.setMapTool(previous)
                return
            except RuntimeError:  # the previous tool was deleted meanwhile
                pass
        self._canvas.unsetMapTool(self.tool)

    def set_point_from_canvas(self, point: QgsPointXY) -> None:
        """Use ``point`` (canvas CRS) as the search point; back to the previous map tool."""
        crs = self._canvas.mapSettings().destinationCrs()
        lon, lat = geometry.point_to_wgs84(point, crs)
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
        if self.point is None:
            raise StacPluginError("Pick a point on the map first (or search the map extent).")
        intersects, bbox = geometry.point_geometry(self.point[0], self.point[1], self._buffer_spin.value())
        return bbox, intersects

    def unload(self) -> None:
        """Remove the marker and release the map tool."""
        if self._canvas.mapTool() is self.tool:
            self._restore_tool()
        self.marker.remove()
        with contextlib.suppress(TypeError):
            self._canvas.extentsChanged.disconnect(self._update_extent_label)
            self._canvas.destinationCrsChanged.disconnect(self._update_extent_label)
