"""Map extents and clicked points in a map's CRS -> EPSG:4326, with QGIS's transforms.

QGIS's coordinate transforms honour the project's datum transformations (its transform
context); the search geometries made of the results are ``core.geometry``'s.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)

from .core.errors import StacPluginError
from .core.geometry import WGS84, clamp_bbox
from .core.models import BBox
from .i18n import tr


def _wgs84() -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem(WGS84)


def _context(context: QgsCoordinateTransformContext | None) -> QgsCoordinateTransformContext:
    return context if context is not None else QgsProject.instance().transformContext()


def _extent_not_converted(crs: QgsCoordinateReferenceSystem) -> str:
    text = tr("The map extent cannot be converted from {crs} to {wgs84}")
    return text.format(crs=crs.authid(), wgs84=WGS84)


def extent_to_wgs84_bbox(
    rect: QgsRectangle,
    crs: QgsCoordinateReferenceSystem,
    context: QgsCoordinateTransformContext | None = None,
) -> BBox:
    """The (west, south, east, north) bbox of a map extent, clamped to the world."""
    if rect.isNull() or not rect.isFinite():
        raise StacPluginError(tr("The map extent is empty"))
    if not crs.isValid():
        raise StacPluginError(tr("The map extent has no valid coordinate reference system"))
    if crs.authid() == WGS84:
        out = rect
    else:
        try:
            transform = QgsCoordinateTransform(crs, _wgs84(), _context(context))
            out = transform.transformBoundingBox(rect)
        except QgsCsException as exc:
            raise StacPluginError(_extent_not_converted(crs), detail=str(exc)) from exc
    if not out.isFinite():
        raise StacPluginError(_extent_not_converted(crs))
    return clamp_bbox(out.xMinimum(), out.yMinimum(), out.xMaximum(), out.yMaximum())


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
            tr("The point cannot be converted from {crs} to {wgs84}").format(crs=crs.authid(), wgs84=WGS84),
            detail=str(exc),
        ) from exc
    return (out.x(), out.y())
