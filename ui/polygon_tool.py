"""A map tool that draws a search polygon: click the corners, right-click (or double-click) to finish."""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QKeyEvent

_POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry


def polygon_band(canvas: QgsMapCanvas) -> QgsRubberBand:
    """The outline the dock draws a search polygon with."""
    band = QgsRubberBand(canvas, _POLYGON)
    band.setStrokeColor(QColor(220, 30, 90))
    band.setFillColor(QColor(220, 30, 90, 40))
    band.setWidth(2)
    return band


class PolygonTool(QgsMapTool):
    """Emits :attr:`drawn` with the polygon (canvas CRS) once it has at least three corners."""

    drawn = pyqtSignal(QgsGeometry)

    def __init__(self, canvas: QgsMapCanvas) -> None:
        super().__init__(canvas)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.points: list[QgsPointXY] = []
        self.band = polygon_band(canvas)

    def _redraw(self, hover: QgsPointXY | None = None) -> None:
        self.band.reset(_POLYGON)
        for point in [*self.points, *([hover] if hover is not None else [])]:
            self.band.addPoint(point, False)
        self.band.updatePosition()
        self.band.update()

    def canvasMoveEvent(self, e: QgsMapMouseEvent) -> None:
        if self.points:
            self._redraw(QgsPointXY(e.mapPoint()))

    def canvasReleaseEvent(self, e: QgsMapMouseEvent) -> None:
        if e.button() == Qt.MouseButton.RightButton:
            self.finish()
        elif e.button() == Qt.MouseButton.LeftButton:
            self.add_point(QgsPointXY(e.mapPoint()))

    def canvasDoubleClickEvent(self, e: QgsMapMouseEvent) -> None:
        self.finish()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Escape:
            self.clear()
        elif e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()

    def add_point(self, point: QgsPointXY) -> None:
        """Add a corner (canvas CRS)."""
        if not self.points or self.points[-1] != point:
            self.points.append(point)
        self._redraw()

    def finish(self) -> None:
        """Emit the polygon when it has three corners or more; start over either way."""
        points = self.points
        self.clear()
        if len(points) >= 3:
            self.drawn.emit(QgsGeometry.fromPolygonXY([[*points, points[0]]]))

    def clear(self) -> None:
        """Forget the corners drawn so far."""
        self.points = []
        self.band.reset(_POLYGON)

    def deactivate(self) -> None:
        self.clear()
        super().deactivate()

    def remove(self) -> None:
        """Take the outline off the canvas."""
        self.clear()
        self.canvas().scene().removeItem(self.band)
