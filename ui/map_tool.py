"""A map tool that picks one point and marks it on the canvas."""

from __future__ import annotations

import contextlib

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsPointXY,
    QgsProject,
)
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapToolEmitPoint, QgsVertexMarker
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..plugin.log import log

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


class PointMarker:
    """A cross on the canvas at a WGS84 point; follows changes of the canvas CRS."""

    def __init__(self, canvas: QgsMapCanvas) -> None:
        self._canvas = canvas
        self._lonlat: tuple[float, float] | None = None
        self._marker: QgsVertexMarker | None = None
        canvas.destinationCrsChanged.connect(self._place)

    def show(self, lon: float, lat: float) -> None:
        """Mark the point (lon, lat in EPSG:4326)."""
        self._lonlat = (lon, lat)
        if self._marker is None:
            self._marker = QgsVertexMarker(self._canvas)
            self._marker.setIconType(QgsVertexMarker.IconType.ICON_CROSS)
            self._marker.setColor(QColor(220, 30, 90))
            self._marker.setIconSize(16)
            self._marker.setPenWidth(3)
        self._place()

    def hide(self) -> None:
        """Remove the mark."""
        self._lonlat = None
        if self._marker is not None:
            self._canvas.scene().removeItem(self._marker)
            self._marker = None

    def remove(self) -> None:
        """Remove the mark and stop following the canvas."""
        self.hide()
        with contextlib.suppress(TypeError):
            self._canvas.destinationCrsChanged.disconnect(self._place)

    def _place(self) -> None:
        if self._marker is None or self._lonlat is None:
            return
        crs = self._canvas.mapSettings().destinationCrs()
        point = QgsPointXY(*self._lonlat)
        if crs.isValid() and crs != WGS84:
            xform = QgsCoordinateTransform(WGS84, crs, QgsProject.instance().transformContext())
            try:
                point = xform.transform(point)
            except QgsCsException as exc:  # the point is outside what the canvas CRS can show
                log(f"Cannot mark {self._lonlat} in {crs.authid()}: {exc}")
                self._marker.hide()
                return
        self._marker.setCenter(point)
        self._marker.show()


class PointTool(QgsMapToolEmitPoint):
    """Emits :attr:`picked` with the released point, in the canvas CRS."""

    picked = pyqtSignal(QgsPointXY)

    def __init__(self, canvas: QgsMapCanvas) -> None:
        super().__init__(canvas)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def canvasPressEvent(self, e: QgsMapMouseEvent) -> None:
        """Ignore presses; a point is taken on release."""

    def canvasReleaseEvent(self, e: QgsMapMouseEvent) -> None:
        if e.button() != Qt.MouseButton.LeftButton:
            return
        self.picked.emit(QgsPointXY(e.mapPoint()))
