"""Search areas: a point's buffer in metres, polygons simplified only when very large."""

from __future__ import annotations

import math

import pytest
from pyproj import Geod
from shapely.geometry import Point, Polygon, shape

from plugin.core.area import point_buffer, search_polygon, vertex_count
from plugin.core.errors import StacPluginError

GEOD = Geod(ellps="WGS84")


@pytest.mark.parametrize(
    ("lon", "lat", "metres"), [(-105.1, 40.2, 1000), (4.89, 52.37, 250), (20.0, 69.5, 5000)]
)
def test_point_buffer_is_a_circle_in_metres(lon, lat, metres):
    circle = point_buffer(lon, lat, metres)
    assert circle["type"] == "Polygon"
    ring = circle["coordinates"][0]
    for x, y in ring:
        _a, _b, distance = GEOD.inv(lon, lat, x, y)
        assert distance == pytest.approx(metres, rel=1e-3)
    with pytest.raises(StacPluginError):
        point_buffer(lon, lat, 0)


def test_small_polygons_are_sent_as_they_are():
    square = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}
    assert shape(search_polygon([square])).equals(shape(square))
    other = {"type": "Polygon", "coordinates": [[[2, 2], [3, 2], [3, 3], [2, 2]]]}
    both = shape(search_polygon([square, other]))
    assert both.geom_type == "MultiPolygon" and math.isclose(both.area, 1.5)


def test_large_polygons_are_simplified_but_still_cover_the_original():
    wiggly = Polygon(
        [(10 + 0.5 * math.cos(t / 5000 * 2 * math.pi) * (1 + 0.005 * math.sin(t)),
          50 + 0.5 * math.sin(t / 5000 * 2 * math.pi) * (1 + 0.005 * math.sin(t))) for t in range(5000)]
    )  # fmt: skip
    assert vertex_count(wiggly) > 5000
    sent = shape(search_polygon([wiggly.__geo_interface__], max_vertices=200))
    assert vertex_count(sent) <= 200
    assert sent.buffer(1e-9).contains(wiggly)
    assert sent.area < wiggly.area * 1.2


def test_invalid_and_empty_areas():
    bowtie = {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]}
    assert shape(search_polygon([bowtie])).is_valid
    with pytest.raises(StacPluginError, match="empty"):
        search_polygon([])
    repaired = shape(search_polygon([bowtie]))
    assert Point(0.2, 0.5).within(repaired) and Point(0.8, 0.5).within(repaired)
