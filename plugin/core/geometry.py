"""Search geometries in EPSG:4326: bboxes clamped to the world, and clicked points.

Converting map extents and points from a map's CRS is done on the QGIS side (``plugin.geometry``),
with the project's transform context.
"""

from __future__ import annotations

from typing import Any

from shapely.geometry import Point

from .models import BBox

WGS84 = "EPSG:4326"


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def clamp_bbox(west: float, south: float, east: float, north: float) -> BBox:
    """(west, south, east, north) in degrees, clamped to the world."""
    return (
        _clamp(west, -180.0, 180.0),
        _clamp(south, -90.0, 90.0),
        _clamp(east, -180.0, 180.0),
        _clamp(north, -90.0, 90.0),
    )


def point_geometry(
    lon: float, lat: float, buffer_deg: float = 0.0
) -> tuple[dict[str, Any] | None, BBox | None]:
    """A GeoJSON Point for ``intersects`` (buffer 0) or the bbox of the buffered point."""
    if buffer_deg <= 0:
        return {"type": "Point", "coordinates": [float(lon), float(lat)]}, None
    return None, clamp_bbox(*Point(lon, lat).buffer(buffer_deg).bounds)
