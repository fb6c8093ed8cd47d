"""Search geometries in EPSG:4326: clamped bboxes and clicked points."""

from __future__ import annotations

import pytest

from plugin.core.geometry import clamp_bbox, point_geometry


def test_point_geometry():
    geometry, bbox = point_geometry(4.89, 52.37)
    assert geometry == {"type": "Point", "coordinates": [4.89, 52.37]} and bbox is None
    geometry, bbox = point_geometry(4.89, 52.37, 0.01)
    assert geometry is None
    assert bbox == pytest.approx((4.88, 52.36, 4.90, 52.38))


def test_a_buffered_point_near_the_pole_stays_in_the_world():
    _geometry, bbox = point_geometry(179.99, 89.99, 0.5)
    assert bbox is not None
    assert bbox[2] == 180.0 and bbox[3] == 90.0
    assert bbox[0] == pytest.approx(179.49) and bbox[1] == pytest.approx(89.49)


def test_clamp_bbox():
    assert clamp_bbox(-200, -95, 200, 95) == (-180, -90, 180, 90)
    assert clamp_bbox(4.8, 52.3, 5.0, 52.4) == (4.8, 52.3, 5.0, 52.4)
