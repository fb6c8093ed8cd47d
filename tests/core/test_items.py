"""Item summaries and ItemCollection files."""

from __future__ import annotations

import json

import pytest

from plugin.core.errors import NotStacError
from plugin.core.items import item_collection, load_items, save_item_collection, summarize

from ._samples import SAMPLES, sample


def test_summarize_earth_search_v0():
    s = summarize(sample("item-earth-search-v0"))
    assert s.id == "S2A_28QCH_20200714_0_L2A"
    assert s.collection == "sentinel-s2-l2a-cogs"
    assert s.datetime == "2020-07-14T11:55:52Z"
    assert s.cloud_cover == pytest.approx(2.36)
    assert s.platform == "sentinel-2a"
    assert s.geometry["type"] == "Polygon"
    assert s.bbox == pytest.approx(
        (-16.92047119589637, 20.052963012507906, -16.72595055093299, 20.791551352272126)
    )
    assert len(s.assets) == 20
    assert s.raw == sample("item-earth-search-v0")


def test_summarize_earth_search_v1():
    s = summarize(sample("item-earth-search-v1"))
    assert (s.id, s.collection, s.platform) == (
        "S2B_T20EPT_20250731T131905_L2A",
        "sentinel-2-c1-l2a",
        "sentinel-2b",
    )
    assert s.cloud_cover == pytest.approx(26.02542)
    assert sum(a.is_raster for a in s.assets) == 19


def test_summarize_usgs():
    s = summarize(sample("item-usgs-lc08"))
    assert s.platform == "LANDSAT_8"
    assert s.cloud_cover == pytest.approx(8.18)
    assert s.collection == "landsat-c2l2-sr"


def test_summarize_sentinel1_without_cloud():
    s = summarize(sample("item-sentinel-1-grd"))
    assert s.cloud_cover is None
    assert s.platform == "sentinel-1a"
    assert [a.key for a in s.assets if a.is_raster] == ["hh"]


def test_summarize_tolerates_missing_fields():
    s = summarize({"id": "x", "properties": {"start_datetime": "2020-01-01T00:00:00Z", "constellation": "c"}})
    assert (s.datetime, s.platform, s.geometry, s.bbox, s.cloud_cover) == (
        "2020-01-01T00:00:00Z",
        "c",
        None,
        None,
        None,
    )
    s = summarize({"id": 5, "properties": None, "geometry": {"type": "Point", "coordinates": [1, 2]}})
    assert s.id == "5" and s.datetime == "" and s.bbox == (1, 2, 1, 2)
    s = summarize({"id": "x", "bbox": [0, 1, 5, 2, 3, 6], "properties": {"eo:cloud_cover": "12.5"}})
    assert s.bbox == (0, 1, 2, 3) and s.cloud_cover == 12.5


@pytest.mark.parametrize("bad", [None, [], "x", {"properties": {}}, {"id": ""}, {"id": {"a": 1}}])
def test_summarize_rejects_non_items(bad):
    with pytest.raises(NotStacError):
        summarize(bad)


def test_item_collection_roundtrip(tmp_path):
    items = [summarize(sample("item-earth-search-v0")), summarize(sample("item-usgs-lc08"))]
    fc = item_collection(items)
    assert fc["type"] == "FeatureCollection"
    assert [f["id"] for f in fc["features"]] == [i.id for i in items]
    path = save_item_collection(items, str(tmp_path / "search.json"))
    assert json.loads((tmp_path / "search.json").read_text()) == fc
    assert [p.name for p in tmp_path.iterdir()] == ["search.json"]
    assert [i["id"] for i in load_items(path)] == [i.id for i in items]
    assert [i["id"] for i in load_items("file://" + path)] == [i.id for i in items]


def test_load_single_item():
    assert load_items(str(SAMPLES / "item-usgs-lc08.json"))[0]["id"].startswith("LC08")


@pytest.mark.parametrize(
    "content",
    ["not json", "[]", '{"type": "Catalog", "id": "x"}', '{"type": "FeatureCollection", "features": 3}'],
)
def test_load_items_rejects(tmp_path, content):
    path = tmp_path / "x.json"
    path.write_text(content)
    with pytest.raises(NotStacError):
        load_items(str(path))


def test_load_items_missing_file(tmp_path):
    with pytest.raises(NotStacError):
        load_items(str(tmp_path / "nope.json"))
