"""Map extents and points in a map's CRS -> EPSG:4326, with QGIS's transforms."""

from __future__ import annotations

import pytest
from pyproj import Transformer
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsRectangle

from plugin.geometry import extent_to_wgs84_bbox, point_to_wgs84


def crs(code: str) -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem(code)


def _to(code: str, lon: float, lat: float) -> tuple[float, float]:
    return Transformer.from_crs("EPSG:4326", code, always_xy=True).transform(lon, lat)


def test_web_mercator_extent():
    x0, y0 = _to("EPSG:3857", 4.8, 52.3)
    x1, y1 = _to("EPSG:3857", 5.0, 52.4)
    bbox = extent_to_wgs84_bbox(QgsRectangle(x0, y0, x1, y1), crs("EPSG:3857"))
    assert bbox == pytest.approx((4.8, 52.3, 5.0, 52.4), abs=1e-6)


def test_utm_extent_is_the_bounding_box_of_the_transformed_outline():
    # The EPSG:32631 tile of the lesson's scene (31UFU); UTM edges are curved in lon/lat,
    # so the bbox must cover the densified outline, not just the four corners.
    bounds = (600000, 5790240, 709800, 5900040)
    expected = Transformer.from_crs("EPSG:32631", "EPSG:4326", always_xy=True).transform_bounds(
        *bounds, densify_pts=101
    )
    bbox = extent_to_wgs84_bbox(QgsRectangle(*bounds), crs("EPSG:32631"))
    assert bbox == pytest.approx(expected, abs=2e-3)
    assert bbox[0] < 4.5 and bbox[2] > 6.1 and bbox[1] < 52.23 and bbox[3] > 53.2


def test_wgs84_is_returned_as_is_and_clamped():
    assert extent_to_wgs84_bbox(QgsRectangle(4.8, 52.3, 5.0, 52.4), crs("EPSG:4326")) == pytest.approx(
        (4.8, 52.3, 5.0, 52.4)
    )
    assert extent_to_wgs84_bbox(QgsRectangle(-200, -95, 200, 95), crs("EPSG:4326")) == (-180, -90, 180, 90)


def test_whole_world_mercator_is_clamped():
    big = 20037508.34 * 1.5
    bbox = extent_to_wgs84_bbox(QgsRectangle(-big, -big, big, big), crs("EPSG:3857"))
    assert -180 <= bbox[0] < bbox[2] <= 180
    assert -90 <= bbox[1] < bbox[3] <= 90


def test_point_to_wgs84():
    lon, lat = point_to_wgs84(QgsPointXY(*_to("EPSG:3857", 4.89, 52.37)), crs("EPSG:3857"))
    assert (lon, lat) == pytest.approx((4.89, 52.37), abs=1e-7)
    assert point_to_wgs84(QgsPointXY(4.89, 52.37), crs("EPSG:4326")) == (4.89, 52.37)
