"""Server-side sort and CQL2 filters against stac-fastapi-pgstac (GET and POST); the client
fallback for an API that cannot sort is in tests/core/test_sort_fallback.py."""

from __future__ import annotations

from typing import Any

import pytest
from shapely.geometry import shape

from plugin.core.cql2 import FilterError
from plugin.core.models import SearchRequest
from plugin.core.queryables import fetch_queryables
from plugin.core.search import ItemStream, open_client

S2 = "sentinel-2-c1-l2a"
METHODS = ["GET", "POST"]


def _stream(api_url: str, method: str | None = None, **kwargs: Any) -> ItemStream:
    request = SearchRequest(url=api_url, **{"max_items": 1000, **kwargs})
    return ItemStream(request, open_client(api_url), method=method)


def _clouds(items: list[dict[str, Any]]) -> list[float]:
    return [i["properties"]["eo:cloud_cover"] for i in items]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("order", ["-eo:cloud_cover", "eo:cloud_cover"])
def test_first_page_is_top_of_whole_set(stac_api, method, order):
    stream = _stream(stac_api.url, method, collections=(S2,), max_items=4, page_size=4, sortby=order)
    assert stream.sort_mode == "server"
    page = next(stream.pages())
    whole = [i for i in stac_api.items if i["collection"] == S2]
    assert len(whole) > 4 and page.has_more
    top = sorted(whole, key=lambda i: i["properties"]["eo:cloud_cover"], reverse=order.startswith("-"))[:4]
    assert [i.id for i in page.items] == [i["id"] for i in top]
    assert [i.cloud_cover for i in page.items] == _clouds(top)
    descending = order.startswith("-")
    if method == "GET":
        assert stream._params["sortby"] == ("-" if descending else "+") + "eo:cloud_cover"
    else:
        direction = "desc" if descending else "asc"
        assert stream._params["sortby"] == [{"field": "eo:cloud_cover", "direction": direction}]


@pytest.mark.parametrize("method", METHODS)
def test_newest_first_by_datetime(stac_api, method):
    stream = _stream(stac_api.url, method, collections=(S2,), max_items=3, page_size=3, sortby="-datetime")
    page = next(stream.pages())
    whole = [i["properties"]["datetime"] for i in stac_api.items if i["collection"] == S2]
    whole.sort(reverse=True)
    assert [i.datetime for i in page.items] == whole[:3]


PLATFORM_TEXT = "platform = 'sentinel-2b' AND view:sun_elevation > 50"
PLATFORM_JSON = (
    '{"op": "and", "args": [{"op": "=", "args": [{"property": "platform"}, "sentinel-2b"]},'
    ' {"op": ">", "args": [{"property": "view:sun_elevation"}, 50]}]}'
)


def _matching(items: list[dict[str, Any]], max_cloud: float | None = None) -> set[str]:
    found = set()
    for item in items:
        props = item["properties"]
        if props.get("platform") != "sentinel-2b" or (props.get("view:sun_elevation") or -99) <= 50:
            continue
        cloud = props.get("eo:cloud_cover")
        if max_cloud is not None and (cloud is None or cloud >= max_cloud):
            continue
        found.add(item["id"])
    return found


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("text", [PLATFORM_TEXT, PLATFORM_JSON], ids=["cql2-text", "cql2-json"])
@pytest.mark.parametrize("max_cloud", [None, 30.0])
def test_filter_gives_exactly_the_matching_items(stac_api, method, text, max_cloud):
    stream = _stream(stac_api.url, method, filter=text, max_cloud=max_cloud)
    ids = [i.id for p in stream.pages() for i in p.items]
    expected = _matching(stac_api.items, max_cloud)
    assert sorted(set(ids)) == sorted(expected)
    assert 0 < len(expected) < len(_matching(stac_api.items)) or max_cloud is None
    assert stream.filter_mode == ("filter" if max_cloud is not None else "none")


@pytest.mark.parametrize("method", METHODS)
def test_spatial_filter_in_cql2_text(stac_api, method):
    polygon = "POLYGON((-105.3 40.0, -104.9 40.0, -104.9 40.3, -105.3 40.3, -105.3 40.0))"
    stream = _stream(stac_api.url, method, filter=f"S_INTERSECTS(geometry, {polygon})")
    ids = {i.id for p in stream.pages() for i in p.items}
    from shapely import wkt

    area = wkt.loads(polygon)
    hit = {i["id"] for i in stac_api.items if i.get("geometry") and shape(i["geometry"]).intersects(area)}
    assert ids == hit
    assert ids


def test_malformed_filter_fails_before_any_request(stac_api):
    client = open_client(stac_api.url)
    calls: list[str] = []
    original = client.stac_io.request
    client.stac_io.request = lambda *a, **k: calls.append(a[0]) or original(*a, **k)  # type: ignore[method-assign]
    with pytest.raises(FilterError, match="character 17"):
        ItemStream(SearchRequest(url=stac_api.url, filter="eo:cloud_cover << 5"), client)
    assert calls == []


def test_queryables_global_and_per_collection(stac_api):
    client = open_client(stac_api.url)
    whole = fetch_queryables(client)
    assert whole is not None and whole.url.endswith("/queryables")
    by_name = {q.name: q for q in whole.properties}
    assert by_name["platform"].kind == "enum" and "sentinel-2b" in by_name["platform"].enum
    assert by_name["eo:cloud_cover"].kind == "number"
    assert (by_name["view:sun_elevation"].minimum, by_name["view:sun_elevation"].maximum) == (-90, 90)
    assert "geometry" not in by_name and "geometry" in whole.names
    one = fetch_queryables(client, [S2])
    assert one is not None and one.url.endswith(f"/collections/{S2}/queryables")
    assert {q.name: q.kind for q in one.properties}["mgrs:grid_square"] == "string"
