"""Searches against the local stac-fastapi-pgstac testbed: exact id sets, paging, numberMatched."""

from __future__ import annotations

from typing import Any

import pytest
from pystac_client.stac_api_io import StacApiIO

from plugin.core.items import load_items
from plugin.core.models import SearchRequest
from plugin.core.search import ItemStream, filter_mode, list_collections, open_client

DENVER = (-105.1019, 40.1672)
S2 = "sentinel-2-c1-l2a"


class CountingIO(StacApiIO):
    """StacApiIO that records each request (method, href, parameters)."""

    def __init__(self) -> None:
        super().__init__(timeout=30, max_retries=None)
        self.calls: list[tuple[str, str, dict[str, Any] | None]] = []

    def request(self, href, method=None, headers=None, parameters=None):  # type: ignore[override]
        self.calls.append((method or "GET", href, parameters))
        return super().request(href, method=method, headers=headers, parameters=parameters)


def _ids(stream: ItemStream) -> list[str]:
    return [item.id for page in stream.pages() for item in page.items]


def _search(api, forced: str | None = None, **kwargs) -> ItemStream:
    client = open_client(api.url)
    return ItemStream(SearchRequest(url=api.url, max_items=1000, **kwargs), client, filter_mode=forced)


def test_collections(stac_api):
    pairs = list_collections(open_client(stac_api.url))
    assert {cid for cid, _ in pairs} == {c["id"] for c in stac_api.collections}
    assert [t.casefold() for _, t in pairs] == sorted(t.casefold() for _, t in pairs)


def test_bbox(stac_api, stac_expected_ids):
    bbox = (-105.2, 40.1, -105.0, 40.2)
    ids = _ids(_search(stac_api, collections=(S2,), bbox=bbox))
    assert len(ids) == len(set(ids))
    assert set(ids) == stac_expected_ids(bbox=bbox, collections=[S2])
    assert len(ids) == 10


def test_intersects_point(stac_api, stac_expected_ids):
    point = {"type": "Point", "coordinates": list(DENVER)}
    ids = _ids(_search(stac_api, intersects=point))
    assert set(ids) == stac_expected_ids(intersects=point)
    assert "LC08_L2SP_033032_20231008_02_T1" in ids


def test_datetime(stac_api, stac_expected_ids):
    interval = "2024-04-10T00:00:00Z/2024-04-20T23:59:59Z"
    ids = _ids(_search(stac_api, collections=(S2,), datetime=interval))
    assert set(ids) == stac_expected_ids(datetime=interval, collections=[S2])
    assert len(ids) == 5


@pytest.mark.parametrize("forced", [None, "query", "filter", "client"])
def test_cloud(stac_api, stac_expected_ids, forced):
    stream = _search(stac_api, forced, collections=(S2,), bbox=(-106, 39.7, -105, 40.6), max_cloud=20)
    if forced is None:
        assert stream.filter_mode == filter_mode(open_client(stac_api.url), 20) == "query"
    ids = _ids(stream)
    expected = stac_expected_ids(
        bbox=(-106, 39.7, -105, 40.6), collections=[S2], max_cloud=20, cloud_strict=True
    )
    assert set(ids) == expected
    assert len(expected) == 4


def test_client_mode_counts_items_without_cloud(stac_api):
    stream = _search(stac_api, "client", collections=("sentinel-1-grd",), max_cloud=50)
    assert _ids(stream) == []
    assert stream.dropped_without_cloud == 3


def test_paging_and_next_page(stac_api):
    io = CountingIO()
    client = open_client(stac_api.url, stac_io=io)
    request = SearchRequest(url=stac_api.url, collections=(S2,), page_size=3, max_items=5)
    stream = ItemStream(request, client)
    before = len(io.calls)
    pages = list(stream.pages(lambda: False))
    assert [len(p.items) for p in pages] == [3, 2]
    assert len(io.calls) - before == 2
    assert pages[0].matched == stream.matched == sum(1 for i in stac_api.items if i["collection"] == S2)
    assert stream.has_more
    seen = [i.id for p in pages for i in p.items]
    before = len(io.calls)
    more = stream.next_page()
    assert len(io.calls) - before == 1
    seen += [i.id for i in more.items]
    assert len(more.items) == 4  # the one item held back by max_items + one page of 3
    while stream.has_more:
        seen += [i.id for i in stream.next_page().items]
    assert sorted(seen) == sorted(i["id"] for i in stac_api.items if i["collection"] == S2)


def test_number_matched_absent(stac_api_nomatched):
    stream = _search(stac_api_nomatched, collections=(S2,), page_size=2)
    first = next(stream.pages())
    assert first.matched is None and stream.matched is None
    assert len(first.items) == 2 and first.has_more


def test_load_items_from_url(stac_api):
    items = load_items(f"{stac_api.url}/collections/{S2}/items?limit=100")
    assert {i["id"] for i in items} == {i["id"] for i in stac_api.items if i["collection"] == S2}
