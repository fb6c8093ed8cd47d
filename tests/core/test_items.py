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
    assert sum(a.is_raster for a in s.assets) == 20  # 19 COGs and the JPEG thumbnail


def test_summarize_usgs():
    s = summarize(sample("item-usgs-lc08"))
    assert s.platform == "LANDSAT_8"
    assert s.cloud_cover == pytest.approx(8.18)
    assert s.collection == "landsat-c2l2-sr"


def test_summarize_sentinel1_without_cloud():
    s = summarize(sample("item-sentinel-1-grd"))
    assert s.cloud_cover is None
    assert s.platform == "sentinel-1a"
    assert [a.key for a in s.assets if a.is_raster] == ["thumbnail", "hh"]
    assert [a.key for a in s.assets if a.is_raster and not a.note] == ["hh"]


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


@pytest.mark.parametrize(
    ("href", "base", "absolute"),
    [
        ("../../data/B04.tif", "https://h/cat/s2/item1/item1.json", "https://h/cat/data/B04.tif"),
        ("./B04.tif", "https://h/cat/item.json?x=1", "https://h/cat/B04.tif"),
        ("B04.tif", "s3://bucket/cat/a/item.json", "s3://bucket/cat/a/B04.tif"),
        ("../B04.tif", "/tmp/x/y/items.json", "/tmp/x/B04.tif"),
        ("B04.tif", "file:///tmp/x/items.json", "file:///tmp/x/B04.tif"),
        ("https://other/B04.tif", "https://h/cat/item.json", "https://other/B04.tif"),
        ("s3://b/B04.tif", "https://h/cat/item.json", "s3://b/B04.tif"),
        ("/data/B04.tif", "https://h/cat/item.json", "/data/B04.tif"),
        ("B04.tif", "", "B04.tif"),
    ],
)
def test_resolve_href(href, base, absolute):
    from plugin.core.items import resolve_href

    assert resolve_href(href, base) == absolute


def _relative_item(self_href=None):
    item = {
        "type": "Feature",
        "id": "x",
        "properties": {"datetime": "2020-01-01T00:00:00Z"},
        "geometry": None,
        "links": [],
        "assets": {
            "B04": {"href": "../../data/B04.tif", "type": "image/tiff; application=geotiff"},
            "B08": {
                "href": "s3://private/B08.tif",
                "alternate": {"https": {"href": "./B08.tif"}},
            },
        },
    }
    if self_href:
        item["links"].append({"rel": "self", "href": self_href})
    return item


def test_summarize_resolves_against_self_link_first():
    s = summarize(_relative_item("https://h/cat/s2/x/x.json"), "https://elsewhere/search")
    hrefs = {a.key: a.href for a in s.assets}
    assert hrefs == {"B04": "https://h/cat/data/B04.tif", "B08": "s3://private/B08.tif"}
    assert s.assets[1].alternates == (("https", "https://h/cat/s2/x/B08.tif"),)
    assert s.raw["assets"]["B04"]["href"] == "https://h/cat/data/B04.tif"  # a saved collection works anywhere


def test_summarize_resolves_against_where_it_was_read():
    s = summarize(_relative_item(), "https://h/a/b/c/search")
    assert s.assets[0].href == "https://h/a/data/B04.tif"
    item = _relative_item()
    assert summarize(item).assets[0].href == "../../data/B04.tif"  # nothing to resolve against
    assert item["assets"]["B04"]["href"] == "../../data/B04.tif"  # the input is not changed


def test_load_items_resolves_against_the_file(tmp_path):
    folder = tmp_path / "cat" / "s2"
    folder.mkdir(parents=True)
    path = folder / "items.json"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [_relative_item()]}))
    items = load_items(str(path))
    assert items[0]["assets"]["B04"]["href"] == str(tmp_path / "data" / "B04.tif")
    assert load_items(path.as_uri())[0]["assets"]["B04"]["href"] == str(tmp_path / "data" / "B04.tif")
