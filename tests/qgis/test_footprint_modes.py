"""stac:search's footprints with GDAL's Python exceptions on and off (see tests/core/test_gdal_modes.py)."""

from __future__ import annotations

from core.test_gdal_modes import exceptions  # noqa: F401 (the fixture, both modes)
from qgis.core import QgsWkbTypes
from testbed.plugin_package import plugin_module

ItemSummary = plugin_module("plugin.core.models").ItemSummary
footprint = plugin_module("plugin.processing.search_algorithm").footprint


def _item(geometry: dict | None) -> object:
    return ItemSummary("x", "c", "2024-01-01T00:00:00Z", None, "", geometry, (10.0, 20.0, 11.0, 21.0))


def test_a_broken_geometry_falls_back_to_the_bbox(exceptions: bool) -> None:  # noqa: F811
    square = {"type": "Polygon", "coordinates": [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]}
    good = footprint(_item(square))
    assert good.wkbType() == QgsWkbTypes.Type.MultiPolygon and good.area() == 4.0
    broken = footprint(_item({"type": "Polygon"}))  # no coordinates: OGR raises or says None
    assert broken.boundingBox().toString(0) == "10,20 : 11,21" and broken.area() == 1.0
