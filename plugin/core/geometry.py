"""Map extents and clicked points -> EPSG:4326 search geometries."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from shapely.geometry import Point

from .errors import StacPluginError
from .models import BBox

WGS84 = "EPSG:4326"


def _wgs84() -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem(WGS84)


def _context(context: QgsCoordinateTransformContext | None) -> QgsCoordinateTransformContext:
    return context if context is not None else QgsProject.instance().transformContext()


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def extent_to_wgs84_bbox(
    rect: QgsRectangle,
    crs: QgsCoordinateReferenceSystem,
    context: QgsCoordinateTransformContext | None = None,
) -> BBox:
    """The (west, south, east, north) bbox of a map extent, clamped to the world."""
    if rect.isNull() or not rect.isFinite():
        raise StacPluginError("The map extent is empty")
    if not crs.isValid():
        raise StacPluginError("The map extent has no valid coordinate reference system")
    if crs.authid() == WGS84:
        out = rect
    else:
        try:
            transform = QgsCoordinateTransform(crs, _wgs84(), _context(context))
            out = transform.transformBoundingBox(rect)
        except QgsCsException as exc:
            raise StacPluginError(
                f"The map extent cannot be converted from {crs.authid()} to {WGS84}", detail=str(exc)
            ) from exc
    if not out.isFinite():
        raise StacPluginError(f"The map extent cannot be converted from {crs.authid()} to {WGS84}")
    return (
        _clamp(out.xMinimum(), -180.0, 180.0),
        _clamp(out.yMinimum(), -90.0, 90.0),
        _clamp(out.xMaximum(), -180.0, 180.0),
        _clamp(out.yMaximum(), -90.0, 90.0),
    )


def point_to_wgs84(
    point: QgsPointXY,
    crs: QgsCoordinateReferenceSystem,
    context: QgsCoordinateTransformContext | None = None,
) -> tuple[float, float]:
    """(lon, lat) of a map point."""
    if crs.authid() == WGS84:
        return (point.x(), point.y())
    try:
        out = QgsCoordinateTransform(crs, _wgs84(), _context(context)).transform(point)
    except QgsCsException as exc:
        raise StacPluginError(
            f"The point cannot be converted from {crs.authid()} to {WGS84}", detail=str(exc)
        ) from exc
    return (out.x(), out.y())


def point_geometry(
    lon: float, lat: float, buffer_deg: float = 0.0
) -> tuple[dict[str, Any] | None, BBox | None]:
    """A GeoJSON Point for ``intersects`` (buffer 0) or the bbox of the buffered point."""
    if buffer_deg <= 0:
        return {"type": "Point", "coordinates": [float(lon), float(lat)]}, None
    west, south, east, north = Point(lon, lat).buffer(buffer_deg).bounds
    return None, (
        _clamp(west, -180.0, 180.0),
        _clamp(south, -90.0, 90.0),
        _clamp(east, -180.0, 180.0),
        _clamp(north, -90.0, 90.0),
    )
