"""Search areas beyond a bbox: a point's buffer in metres, polygons made small enough to send."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from shapely.geometry import Point, Polygon, mapping, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union
from shapely.validation import make_valid

from .errors import StacPluginError
from .shapes import geometry_errors

MAX_VERTICES = 500
"""Above this many vertices a search polygon is simplified (to a slightly larger shape)."""


def _geojson(geometry: BaseGeometry) -> dict[str, Any]:
    return json.loads(json.dumps(mapping(geometry)))


def point_buffer(lon: float, lat: float, metres: float, segments: int = 64) -> dict[str, Any]:
    """A GeoJSON polygon: the circle of ``metres`` around (lon, lat), drawn on the ellipsoid."""
    from pyproj import CRS, Transformer

    if metres <= 0:
        raise StacPluginError("The buffer must be more than 0 m")
    local = CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m")
    to_wgs84 = Transformer.from_crs(local, CRS.from_epsg(4326), always_xy=True)
    circle = Point(0.0, 0.0).buffer(metres, resolution=max(1, segments // 4))
    lons, lats = to_wgs84.transform(*circle.exterior.xy)  # shapely.ops.transform: deprecated in 2.1
    return _geojson(Polygon(zip(lons, lats)))


def vertex_count(geometry: BaseGeometry) -> int:
    """Vertices of a (multi)polygon, rings included, or of any other geometry's coordinates."""
    parts = getattr(geometry, "geoms", [geometry])
    total = 0
    for part in parts:
        if part.geom_type == "Polygon":
            total += len(part.exterior.coords) + sum(len(r.coords) for r in part.interiors)
        elif hasattr(part, "geoms"):
            total += vertex_count(part)
        else:
            total += len(part.coords)
    return total


def search_polygon(geometries: Iterable[dict[str, Any]], max_vertices: int = MAX_VERTICES) -> dict[str, Any]:
    """The union of GeoJSON ``geometries`` (EPSG:4326) as one ``intersects`` geometry.

    Invalid rings are repaired; above ``max_vertices`` the shape is simplified and grown by the
    same tolerance, so it still covers the original (no item that intersects is lost).
    """
    shapes = []
    for geojson in geometries:
        try:
            geometry = shape(geojson)
        except geometry_errors() as exc:
            raise StacPluginError("The search area is not a valid geometry", detail=repr(exc)) from exc
        if geometry.is_empty:
            continue
        if not geometry.is_valid:
            geometry = make_valid(geometry)
        shapes.append(geometry)
    if not shapes:
        raise StacPluginError("The search area is empty: draw a polygon or select features first.")
    merged = unary_union(shapes) if len(shapes) > 1 else shapes[0]
    if vertex_count(merged) <= max_vertices:
        return _geojson(merged)
    return _geojson(_covering_simplification(merged, max_vertices))


def _covering_simplification(merged: Any, max_vertices: int) -> Any:
    """``merged`` simplified to at most ``max_vertices`` and grown so that it still covers it
    (coarser and coarser; its grown convex hull when nothing finer fits)."""
    west, south, east, north = merged.bounds
    tolerance = max(east - west, north - south) / 2000 or 1e-6
    for _ in range(20):
        simple = merged.simplify(tolerance, preserve_topology=True)
        # GEOS 3.12+ may move a ring further than the tolerance: grow by what it moved, until it covers
        grow = max(tolerance, merged.hausdorff_distance(simple))
        simpler = simple.buffer(grow, join_style=2)
        for _ in range(5):
            if simpler.contains(merged):
                break
            grow *= 1.5
            simpler = simple.buffer(grow, join_style=2)
        if vertex_count(simpler) <= max_vertices and simpler.contains(merged):
            return simpler
        tolerance *= 2
    return merged.convex_hull.buffer(tolerance, join_style=2)
