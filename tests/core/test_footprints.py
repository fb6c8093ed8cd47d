"""Footprint geometry and typed attributes of search results (no QGIS)."""

from __future__ import annotations

import pytest
from shapely import wkt

from plugin.core.footprints import (
    BOOLEAN,
    DATETIME,
    DOUBLE,
    FIXED_FIELDS,
    INTEGER,
    STRING,
    FootprintPlanner,
    attribute_values,
    footprint_wkt,
    iso_utc,
    repair_wkt,
    valid_footprint_wkt,
    widen,
)
from plugin.core.items import summarize

from ._samples import sample


def _item(properties: dict, geometry: dict | None = None, bbox: list | None = None, item_id: str = "a"):
    data = {"type": "Feature", "id": item_id, "collection": "c", "properties": properties}
    if geometry is not None:
        data["geometry"] = geometry
    if bbox is not None:
        data["bbox"] = bbox
    return summarize(data)


def test_fields_of_a_real_item_have_proper_kinds():
    item = summarize(sample("item-earth-search-v1"))
    fields = dict(FootprintPlanner().plan([item]).fields)
    assert list(fields)[: len(FIXED_FIELDS)] == [name for name, _kind in FIXED_FIELDS]
    assert fields["datetime"] == DATETIME and fields["cloud_cover"] == DOUBLE
    assert fields["proj:epsg"] == INTEGER
    assert fields["view:sun_elevation"] == DOUBLE
    assert fields["storage:requester_pays"] == BOOLEAN
    assert fields["created"] == DATETIME
    assert fields["instruments"] == STRING and fields["processing:software"] == STRING
    # Shown by the fixed attributes, not twice.
    assert "eo:cloud_cover" not in fields and "platform" not in list(fields)[len(FIXED_FIELDS):]
    values = dict(zip(fields, attribute_values(item, list(fields.items()))))
    assert values["id"] == item.id
    assert values["cloud_cover"] == pytest.approx(item.cloud_cover)
    assert values["datetime"].endswith("Z") and values["datetime"][:10] == item.datetime[:10]
    assert values["instruments"] == '["msi"]'
    assert values["storage:requester_pays"] is False


def test_mixed_and_missing_properties_widen():
    items = [
        _item({"n": 1, "x": 1, "d": "2024-01-01T00:00:00Z", "flag": True, "gone": None}),
        _item({"n": 2.5, "x": "text", "d": "not a date", "flag": None}),
        _item({"n": None}),
    ]
    fields = dict(FootprintPlanner().plan(items).fields)
    assert fields["n"] == DOUBLE
    assert fields["x"] == STRING
    assert fields["d"] == STRING
    assert fields["flag"] == BOOLEAN
    assert fields["gone"] == STRING  # null everywhere
    names = list(fields.items())
    first, second, third = (dict(zip(fields, attribute_values(i, names))) for i in items)
    assert (first["n"], second["n"], third["n"]) == (1.0, 2.5, None)
    assert (first["x"], second["x"]) == ("1", "text")
    assert first["d"] == "2024-01-01T00:00:00Z" and second["d"] == "not a date"
    assert third["datetime"] is None and third["cloud_cover"] is None and third["flag"] is None


def test_widen_and_iso_utc():
    assert widen(None, INTEGER) == INTEGER
    assert widen(INTEGER, None) == INTEGER
    assert widen(INTEGER, DOUBLE) == DOUBLE
    assert widen(BOOLEAN, INTEGER) == STRING
    assert iso_utc("2024-04-12T17:50:55.123456Z") == "2024-04-12T17:50:55.123Z"
    assert iso_utc("2024-04-12T19:50:55+02:00") == "2024-04-12T17:50:55.000Z"
    assert iso_utc("2024-04-12") is None
    assert iso_utc("2024-13-12T00:00:00Z") is None


def test_footprint_from_geometry_bbox_or_nothing():
    square = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}
    expected = wkt.loads("MULTIPOLYGON(((0 0,1 0,1 1,0 1,0 0)))")
    assert wkt.loads(footprint_wkt(_item({}, square))).equals(expected)
    # A self-intersecting bow tie is written as given, and repaired into its two triangles.
    bowtie = {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]}
    raw = footprint_wkt(_item({}, bowtie))
    assert not wkt.loads(raw).is_valid
    repaired = wkt.loads(repair_wkt(raw))
    assert repaired.is_valid and repaired.area == pytest.approx(0.5)
    # A collection keeps its polygons; 3D positions lose their height.
    point = {"type": "Point", "coordinates": [9, 9]}
    collection = {"type": "GeometryCollection", "geometries": [square, point]}
    assert wkt.loads(footprint_wkt(_item({}, collection))).equals(expected)
    cube = {"type": "Polygon", "coordinates": [[[0, 0, 5], [1, 0, 5], [1, 1, 5], [0, 1, 5], [0, 0, 5]]]}
    assert wkt.loads(footprint_wkt(_item({}, cube))).equals(expected)
    # A point footprint falls back to the bbox; no geometry and no bbox gives nothing.
    point = {"type": "Point", "coordinates": [5, 5]}
    assert wkt.loads(footprint_wkt(_item({}, point, bbox=[4, 4, 6, 6]))).bounds == (4, 4, 6, 6)
    assert footprint_wkt(_item({}, point)) is None
    assert footprint_wkt(_item({})) is None


def test_valid_footprint_for_every_face():
    """What stac:search writes: the same builder, every footprint valid."""
    square = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}
    assert valid_footprint_wkt(_item({}, square)) == footprint_wkt(_item({}, square))  # valid: as written
    bowtie = {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]}
    repaired = wkt.loads(valid_footprint_wkt(_item({}, bowtie)))
    assert repaired.geom_type == "MultiPolygon" and repaired.is_valid and repaired.area == pytest.approx(0.5)
    point = {"type": "Point", "coordinates": [5, 5]}
    assert wkt.loads(valid_footprint_wkt(_item({}, point, bbox=[4, 4, 6, 6]))).bounds == (4, 4, 6, 6)
    assert wkt.loads(valid_footprint_wkt(_item({}, bbox=[4, 4, 1, 6, 6, 9]))).bounds == (4, 4, 6, 6)  # 3D
    assert valid_footprint_wkt(_item({}, point)) is None
    line = {"type": "LineString", "coordinates": [[0, 0], [0, 0], [0, 0], [0, 0]]}
    assert valid_footprint_wkt(_item({}, {"type": "Polygon", "coordinates": [line["coordinates"]]})) is None


def test_planner_costs_each_page_its_own_rows_and_rebuilds_when_a_kind_widens():
    planner = FootprintPlanner()
    first = planner.plan([_item({"n": 1}, item_id="a"), _item({"n": 2}, item_id="b")])
    assert (first.rebuild, first.first_row, len(first.rows)) == (False, 0, 2)
    assert dict(first.fields)["n"] == INTEGER
    second = planner.plan([_item({"n": 3, "m": "x"}, item_id="c")])
    assert (second.rebuild, second.first_row, len(second.rows)) == (False, 2, 1)
    assert list(second.fields[: len(first.fields)]) == list(first.fields)  # only appended
    third = planner.plan([_item({"n": 2.5}, item_id="d")])
    assert (third.rebuild, third.first_row, len(third.rows)) == (True, 0, 4)
    assert dict(third.fields)["n"] == DOUBLE
    names = [name for name, _kind in third.fields]
    assert [values[names.index("n")] for _wkt, values in third.rows] == [1.0, 2.0, 3.0, 2.5]


def test_planned_footprints_are_valid_as_processing_writes_them():
    bowtie = {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]}
    plan = FootprintPlanner().plan([_item({}, bowtie, item_id="tie")])
    [(planned, _values)] = plan.rows
    assert planned == valid_footprint_wkt(_item({}, bowtie))
    assert wkt.loads(planned).is_valid and wkt.loads(planned).area == 0.5
