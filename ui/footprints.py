"""The highlight of the selected items' footprints on the canvas (all results are in the footprints layer)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsRectangle,
)
from qgis.gui import QgsMapCanvas, QgsRubberBand
from qgis.PyQt.QtGui import QColor

from ..plugin.core.models import ItemSummary
from .footprints_layer import footprint_geometry

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")

try:  # QGIS >= 3.30
    _POLYGON = Qgis.GeometryType.Polygon
except AttributeError:  # QGIS 3.22 - 3.28
    from qgis.core import QgsWkbTypes

    _POLYGON = QgsWkbTypes.GeometryType.PolygonGeometry


def item_geometry(item: ItemSummary) -> QgsGeometry | None:
    """The item's footprint in EPSG:4326 (geometry, else bbox; see the core), or None."""
    geometry = footprint_geometry(item)
    return None if geometry.isNull() else geometry


class FootprintBand:
    """One rubber band showing the footprints of the current selection."""

    def __init__(self, canvas: QgsMapCanvas) -> None:
        self._canvas = canvas
        self._band = QgsRubberBand(canvas, _POLYGON)
        self._band.setStrokeColor(QColor(255, 120, 0, 230))
        self._band.setFillColor(QColor(255, 120, 0, 40))
        self._band.setWidth(2)
        self._items: list[ItemSummary] = []
        canvas.destinationCrsChanged.connect(self._redraw)

    def show(self, items: Iterable[ItemSummary]) -> None:
        """Draw the footprints of ``items`` (replacing any shown)."""
        self._items = list(items)
        self._redraw()

    def clear(self) -> None:
        """Remove every footprint."""
        self._items = []
        self._band.reset(_POLYGON)

    def geometry(self) -> QgsGeometry:
        """What is drawn, in the canvas CRS (for tests and zooming)."""
        return self._band.asGeometry()

    def extent(self) -> QgsRectangle:
        """Bounding box of what is drawn, in the canvas CRS."""
        return self._band.asGeometry().boundingBox()

    def remove(self) -> None:
        """Take the band off the canvas."""
        self.clear()
        with contextlib.suppress(TypeError):
            self._canvas.destinationCrsChanged.disconnect(self._redraw)
        self._canvas.scene().removeItem(self._band)

    def _redraw(self) -> None:
        self._band.reset(_POLYGON)
        for item in self._items:
            geom = item_geometry(item)
            if geom is not None:
                # The band transforms from EPSG:4326 to the canvas CRS itself.
                self._band.addGeometry(geom, WGS84, False)
        self._band.updatePosition()
        self._band.update()
