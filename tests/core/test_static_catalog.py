"""Walking a static catalog on disk: links, pruning, client-side filters, broken links, loops."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from plugin.core.errors import NotStacError
from plugin.core.models import SearchRequest
from plugin.core.static_catalog import StaticItemStream, is_static, item_stream, open_catalog, parse_interval


def _item(item_id: str, lon: float, when: str, cloud: float | None = 10.0) -> dict[str, Any]:
    props: dict[str, Any] = {"datetime": when}
    if cloud is not None:
        props["eo:cloud_cover"] = cloud
    return {
        "type": "Feature", "stac_version": "1.0.0", "id": item_id, "properties": props,
        "geometry": {"type": "Polygon",
                     "coordinates": [[[lon, 0], [lon + 1, 0], [lon + 1, 1], [lon, 1], [lon, 0]]]},
        "bbox": [lon, 0, lon + 1, 1], "links": [],
        "assets": {"B04": {"href": "./B04.tif", "type": "image/tiff; application=geotiff"}},
    }


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data))


def _collection(
    cid: str, span: tuple[float, float], start: str, end: str | None, links: list
) -> dict[str, Any]:
    west, east = span
    return {
        "type": "Collection", "stac_version": "1.0.0", "id": cid, "description": cid, "license": "x",
        "extent": {"spatial": {"bbox": [[west, 0, east, 1]]}, "temporal": {"interval": [[start, end]]}},
        "links": links,
    }


@pytest.fixture
def catalog(tmp_path: Path) -> Path:
    """catalog.json -> a (items 10..12 E, 2020) and b (items 170 E and -180 W, 2021), plus a loop
    back to the root, a broken child and an ItemCollection linked as an item."""
    _write(tmp_path / "a" / "a1" / "a1.json", _item("a1", 10, "2020-03-01T00:00:00Z"))
    _write(tmp_path / "a" / "a2" / "a2.json", _item("a2", 11, "2020-06-01T00:00:00Z", cloud=80))
    _write(tmp_path / "a" / "a3" / "a3.json", _item("a3", 12, "2020-09-01T00:00:00Z", cloud=None))
    year = ("2020-01-01T00:00:00Z", "2020-12-31T00:00:00Z")
    _write(tmp_path / "a" / "collection.json", _collection("a", (10, 13), *year, [
        {"rel": "root", "href": "../catalog.json"},
        *({"rel": "item", "href": f"./{i}/{i}.json"} for i in ("a1", "a2", "a3")),
    ]))
    _write(tmp_path / "b" / "b1" / "b1.json", _item("b1", 170, "2021-01-01T00:00:00Z"))
    _write(tmp_path / "b" / "more.json", {"type": "FeatureCollection", "features": [
        _item("b2", -180, "2021-02-01T00:00:00Z"),
    ]})
    _write(tmp_path / "b" / "collection.json", _collection("b", (-180, 180), "2021-01-01T00:00:00Z", None, [
        {"rel": "parent", "href": "../catalog.json"},
        {"rel": "item", "href": "./b1/b1.json"},
        {"rel": "item", "href": "./more.json"},
        {"rel": "child", "href": "../catalog.json"},  # a loop
    ]))
    _write(tmp_path / "catalog.json", {
        "type": "Catalog", "stac_version": "1.0.0", "id": "root", "description": "root",
        "links": [
            {"rel": "child", "href": "./a/collection.json"},
            {"rel": "child", "href": "./b/collection.json"},
            {"rel": "child", "href": "./missing/collection.json"},
        ],
    })
    return tmp_path / "catalog.json"


def _ids(path: Path, **criteria: Any) -> tuple[list[str], StaticItemStream]:
    client = open_catalog(str(path))
    stream = item_stream(SearchRequest(url=str(path), max_items=100, **criteria), client)
    return sorted(item.id for page in stream.pages() for item in page.items), stream


def test_everything_is_found_once_and_broken_links_are_counted(catalog: Path) -> None:
    ids, stream = _ids(catalog)
    assert ids == ["a1", "a2", "a3", "b1", "b2"]
    assert stream.matched == 5 and not stream.has_more
    assert stream.unreadable == [str(catalog.parent / "missing" / "collection.json")]
    assert stream.progress() == 100.0


def test_items_get_their_collection_and_absolute_hrefs(catalog: Path) -> None:
    client = open_catalog(str(catalog))
    assert is_static(client)
    stream = item_stream(SearchRequest(url=str(catalog), max_items=100), client)
    items = {item.id: item for page in stream.pages() for item in page.items}
    assert items["a1"].collection == "a" and items["b2"].collection == "b"
    assert items["a1"].assets[0].href == str(catalog.parent / "a" / "a1" / "B04.tif")
    assert items["b2"].assets[0].href == str(catalog.parent / "b" / "B04.tif")


def test_area_dates_cloud_and_collections(catalog: Path) -> None:
    assert _ids(catalog, bbox=(10.5, 0.2, 11.5, 0.8))[0] == ["a1", "a2"]
    assert _ids(catalog, bbox=(170.5, 0, -179.5, 1))[0] == ["b1", "b2"]  # across the antimeridian
    assert _ids(catalog, datetime="2020-05-01T00:00:00Z/2020-12-31T00:00:00Z")[0] == ["a2", "a3"]
    ids, stream = _ids(catalog, max_cloud=50)
    assert ids == ["a1", "b1", "b2"] and stream.dropped_without_cloud == 1
    assert stream.filter_mode == "client"
    assert _ids(catalog, collections=("b",))[0] == ["b1", "b2"]
    assert _ids(catalog, intersects={"type": "Point", "coordinates": [12.5, 0.5]})[0] == ["a3"]


def test_collections_outside_the_search_are_not_entered(catalog: Path) -> None:
    ids, stream = _ids(catalog, datetime="2021-01-01T00:00:00Z/..")
    assert ids == ["b1", "b2"]
    # root, a (pruned: its items never read), b, b1, more.json
    assert stream.documents == 5
    _ids_b, stream = _ids(catalog, bbox=(100, 0, 101, 1))
    assert stream.documents == 5


def test_pages_are_lazy(catalog: Path) -> None:
    client = open_catalog(str(catalog))
    stream = item_stream(SearchRequest(url=str(catalog), max_items=1, page_size=1), client)
    first = [item.id for page in stream.pages() for item in page.items]
    assert first == ["a1"] and stream.has_more and stream.matched is None
    assert stream.documents == 3  # root, a, a1
    second = stream.next_page()
    assert second is not None and [i.id for i in second.items] == ["a2"]


def test_not_a_catalog(tmp_path: Path) -> None:
    path = tmp_path / "item.json"
    path.write_text(json.dumps(_item("x", 0, "2020-01-01T00:00:00Z")))
    with pytest.raises(NotStacError):
        open_catalog(str(path))
    with pytest.raises(NotStacError):
        open_catalog(str(tmp_path / "none.json"))


def test_parse_interval() -> None:
    start, end = parse_interval("2020-01-01/..")
    assert start.year == 2020 and end.year == 9999
    start, end = parse_interval("2020-03-20/2020-03-30")  # as pystac-client sends it: whole days
    assert (start.isoformat(), end.isoformat()) == (
        "2020-03-20T00:00:00+00:00", "2020-03-30T23:59:59.999999+00:00"
    )
    start, end = parse_interval("2020-02")
    assert (start.day, end.month, end.day) == (1, 2, 29)
    assert parse_interval("2020/2021")[1].isoformat() == "2021-12-31T23:59:59.999999+00:00"
    start, end = parse_interval("2020-01-01T10:00:00.123456789Z")
    assert start == end and start.microsecond == 123456
    start, end = parse_interval("2016-12-31t23:59:60+01:00")  # read by dates.parse_datetime
    assert start.isoformat() == "2016-12-31T22:59:59+00:00"
    with pytest.raises(ValueError, match="not an RFC 3339"):
        parse_interval("2020-01-01T10:00Z/..")


def test_sibling_items_are_read_at_once_with_the_same_results(catalog: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    batches: list[int] = []
    with ThreadPoolExecutor(4) as pool:

        def fetch_many(function: Any, arguments: list[str]) -> Any:
            batches.append(len(arguments))
            return pool.map(function, arguments)

        client = open_catalog(str(catalog))
        stream = item_stream(SearchRequest(url=str(catalog), max_items=100), client, fetch_many=fetch_many)
        ids = sorted(item.id for page in stream.pages() for item in page.items)
    assert ids == ["a1", "a2", "a3", "b1", "b2"]
    assert batches == [3, 2]  # a's three items, then b's item and its ItemCollection
    assert stream.matched == 5 and len(stream.unreadable) == 1


def test_read_ahead_bounds_the_links_read_at_once(catalog: Path) -> None:
    batches: list[int] = []

    def fetch_many(function: Any, arguments: list[str]) -> Any:
        batches.append(len(arguments))
        return map(function, arguments)

    client = open_catalog(str(catalog))
    request = SearchRequest(url=str(catalog), max_items=100)
    stream = item_stream(request, client, fetch_many=fetch_many, read_ahead=2)
    ids = sorted(item.id for page in stream.pages() for item in page.items)
    assert ids == ["a1", "a2", "a3", "b1", "b2"]
    assert batches and max(batches) == 2
