"""Opening APIs, cloud filter modes and paging, against sample landing pages and a fake local API."""

from __future__ import annotations

import socket

import pytest
from pystac_client import Client

from plugin.core.errors import NetworkError, NotStacError, StacPluginError
from plugin.core.models import SearchRequest
from plugin.core.search import ItemStream, filter_mode, list_collections, open_client

from ._samples import sample
from .fake_api import CLOUDS, FakeApi


def _client_from(name: str) -> Client:
    return Client.from_dict(sample(name))


@pytest.mark.parametrize(
    ("landing", "mode"),
    [
        ("landing-earth-search-v0", "query"),  # no conformsTo at all: the lesson's query
        ("landing-earth-search-v1", "query"),
        ("landing-eoapi", "query"),  # both: query preferred
        ("landing-sage", "query"),
        ("landing-fedeo", "filter"),
        ("landing-paituli", "filter"),
    ],
)
def test_filter_mode_from_samples(landing, mode):
    client = _client_from(landing)
    assert filter_mode(client, 10) == mode
    assert filter_mode(client, None) == "none"


def test_filter_mode_client_when_neither():
    doc = sample("landing-earth-search-v1")
    doc["conformsTo"] = [
        "https://api.stacspec.org/v1.0.0/core",
        "https://api.stacspec.org/v1.0.0/item-search",
    ]
    assert filter_mode(Client.from_dict(doc), 10) == "client"


def _request(api: FakeApi, **kwargs) -> SearchRequest:
    return SearchRequest(url=api.url, collections=("c1",), **kwargs)


def _searches(api: FakeApi) -> list[tuple[str, str, dict]]:
    return [r for r in api.requests if r[1] == "/search"]


def test_v0_like_api_without_conformance_searches_with_query(fake):
    client = open_client(fake.url)
    assert filter_mode(client, 10) == "query"
    stream = ItemStream(_request(fake, max_cloud=10), client)
    items = [i for page in stream.pages() for i in page.items]
    assert [i.id for i in items] == ["item-0", "item-4", "item-6"]
    method, _, body = _searches(fake)[0]
    assert method == "POST"
    assert body["query"] == {"eo:cloud_cover": {"lt": 10}}
    assert body["collections"] == ["c1"]


def test_recorded_earth_search_v0_landing_opens_and_builds_a_query_search(fake):
    fake.documents["/v0"] = sample("landing-earth-search-v0")
    client = open_client(f"{fake.url}/v0")
    assert not client.has_conforms_to() or client.conforms_to("ITEM_SEARCH")
    request = SearchRequest(
        url=f"{fake.url}/v0",
        collections=("sentinel-s2-l2a-cogs",),
        bbox=(4.88, 52.36, 4.90, 52.38),
        datetime="2020-03-20/2020-03-30",
        max_cloud=10,
    )
    before = len(fake.requests)
    stream = ItemStream(request, client)
    assert len(fake.requests) == before  # building a search sends nothing
    assert stream.filter_mode == "query"
    assert stream._method == "POST"
    assert stream._url == "https://earth-search.aws.element84.com/v0/search"
    assert stream._params["query"] == {"eo:cloud_cover": {"lt": 10}}
    assert stream._params["datetime"] == "2020-03-20T00:00:00Z/2020-03-30T23:59:59Z"


def test_filter_mode_sends_cql2_json(fake):
    fake.conforms_to = [
        "https://api.stacspec.org/v1.0.0/item-search",
        "https://api.stacspec.org/v1.0.0-rc.2/item-search#filter",
    ]
    fake.search_methods = ("GET", "POST")
    stream = ItemStream(_request(fake, max_cloud=10), open_client(fake.url))
    assert stream.filter_mode == "filter"
    assert [i.id for p in stream.pages() for i in p.items] == ["item-0", "item-4", "item-6"]
    body = _searches(fake)[0][2]
    assert body["filter"] == {"op": "<", "args": [{"property": "eo:cloud_cover"}, 10]}
    assert body["filter-lang"] == "cql2-json"


def test_client_mode_drops_items_without_cloud(fake):
    stream = ItemStream(
        _request(fake, max_cloud=20, page_size=3), open_client(fake.url), filter_mode="client"
    )
    ids = [i.id for p in stream.pages() for i in p.items]
    assert ids == [f"item-{n}" for n, c in enumerate(CLOUDS) if c is not None and c < 20]
    assert stream.dropped_without_cloud == 1
    assert all("query" not in r[2] and "filter" not in r[2] for r in _searches(fake))


def test_paging_max_items_and_next_page(fake):
    stream = ItemStream(_request(fake, page_size=2, max_items=5), open_client(fake.url))
    assert stream.has_more
    pages = list(stream.pages(lambda: False))
    assert [len(p.items) for p in pages] == [2, 2, 1]
    assert [p.matched for p in pages] == [7, 7, 7]
    assert stream.matched == 7
    assert len(_searches(fake)) == 3
    assert pages[-1].has_more and stream.has_more
    page = stream.next_page()
    assert len(_searches(fake)) == 4  # exactly one more request
    assert [i.id for i in page.items] == ["item-5", "item-6"]
    assert not page.has_more
    assert stream.next_page() is None
    assert len(_searches(fake)) == 4
    assert stream.kept == 7


def test_get_next_links_are_followed(fake):
    fake.search_methods = ("GET",)
    fake.conforms_to = ["https://api.stacspec.org/v1.0.0/item-search"]
    stream = ItemStream(_request(fake, page_size=3, max_items=100), open_client(fake.url))
    ids = [i.id for p in stream.pages() for i in p.items]
    assert ids == [f"item-{n}" for n in range(7)]
    assert {r[0] for r in _searches(fake)} == {"GET"}
    assert len(_searches(fake)) == 3


def test_post_405_falls_back_to_get(fake):
    fake.post_status = 405
    stream = ItemStream(_request(fake, page_size=10), open_client(fake.url))
    assert len(next(stream.pages()).items) == 7
    assert [r[0] for r in _searches(fake)] == ["POST", "GET"]


def test_cancel_between_pages(fake):
    stream = ItemStream(_request(fake, page_size=2), open_client(fake.url))
    seen = []
    for page in stream.pages(lambda: len(seen) >= 1):
        seen.append(page)
    assert len(seen) == 1 and len(_searches(fake)) == 1
    assert stream.has_more


@pytest.mark.parametrize(("style", "expected"), [("numberMatched", 7), ("context", 7), ("", None)])
def test_matched_styles(fake, style, expected):
    fake.matched = style
    stream = ItemStream(_request(fake, page_size=2, max_items=2), open_client(fake.url))
    assert next(stream.pages()).matched == expected
    assert len(_searches(fake)) == 1


def test_empty_result_yields_one_empty_page(fake):
    fake.items = []
    pages = list(ItemStream(_request(fake), open_client(fake.url)).pages())
    assert len(pages) == 1 and pages[0].items == () and pages[0].matched == 0 and not pages[0].has_more


def test_list_collections_sorted_by_title(fake):
    assert list_collections(open_client(fake.url)) == [("c1", "alpha"), ("c2", "Beta"), ("c3", "c3")]


def test_http_error_message(fake):
    with pytest.raises(NetworkError) as info:
        open_client(f"{fake.url}/boom")
    assert str(info.value) == f"{fake.url}/boom answered HTTP 500: database is down"
    assert info.value.status == 500
    assert "database is down" in info.value.detail


def test_not_json(fake):
    with pytest.raises(NotStacError, match=r"is not a STAC API \(not JSON\)"):
        open_client(f"{fake.url}/html")


def test_json_but_not_stac(fake):
    with pytest.raises(NotStacError, match="is not a STAC API"):
        open_client(f"{fake.url}/nolinks")


def test_static_catalog_without_search(fake):
    with pytest.raises(NotStacError, match="without item search"):
        open_client(f"{fake.url}/static")


def test_connection_refused():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    url = f"http://127.0.0.1:{port}/"
    from pystac_client.stac_api_io import StacApiIO

    with pytest.raises(NetworkError) as info:
        open_client(url, stac_io=StacApiIO(max_retries=None, timeout=5))
    assert str(info.value) == f"Could not reach {url}: connection refused"


def test_not_a_url():
    with pytest.raises(NotStacError):
        open_client("earth-search")


def test_invalid_datetime_is_a_core_error(fake):
    with pytest.raises(StacPluginError, match="Invalid search"):
        ItemStream(_request(fake, datetime="yesterday/today"), open_client(fake.url))
