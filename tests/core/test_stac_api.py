"""The pystac-client adapter: the StacApiIO the plugin owns carries every request, and what
pystac-client keeps private (collections and search URLs) is read from the landing page's links."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pystac_client.stac_api_io import StacApiIO

from plugin.core import stac_api
from plugin.core.errors import NetworkError, NotStacError, StacPluginError
from plugin.core.models import SearchRequest
from plugin.core.queryables import fetch_queryables
from plugin.core.search import ItemStream, list_collections, open_client
from plugin.core.static_catalog import collections_of, is_static, open_catalog

from .fake_api import FakeApi

FILTER = "https://api.stacspec.org/v1.0.0-rc.1/item-search#filter"
COLLECTIONS = "https://api.stacspec.org/v1.0.0/collections"


class RecordingIO(StacApiIO):
    """pystac-client's StacApiIO that records the URLs it requests."""

    def __init__(self) -> None:
        super().__init__(timeout=5, max_retries=None)
        self.sent: list[str] = []

    def request(self, href: str, *args: Any, **kwargs: Any) -> str:
        self.sent.append(href)
        return super().request(href, *args, **kwargs)


def _landing(api: FakeApi, path: str, links: list[dict[str, Any]], conforms: list[str]) -> str:
    url = f"{api.url}{path}"
    api.documents[path] = {
        "type": "Catalog",
        "stac_version": "1.0.0",
        "id": path.strip("/") or "root",
        "description": "d",
        "conformsTo": ["https://api.stacspec.org/v1.0.0/item-search", *conforms],
        "links": [{"rel": "self", "href": url, "type": "application/json"}, *links],
    }
    return url


def test_the_client_keeps_the_io_it_was_opened_with_and_every_request_uses_it(fake):
    fake.conforms_to = ["https://api.stacspec.org/v1.0.0/item-search", FILTER]
    io = RecordingIO()
    client = open_client(fake.url, io)
    assert isinstance(client, stac_api.ApiClient) and stac_api.io_of(client) is io
    assert list_collections(client) == [("c1", "alpha"), ("c2", "Beta"), ("c3", "c3")]
    stream = ItemStream(SearchRequest(url=fake.url, page_size=3, max_items=5), client)
    assert [i.id for page in stream.pages() for i in page.items] == [f"item-{n}" for n in range(5)]
    with pytest.raises(NetworkError, match="queryables answered HTTP 404"):  # the fake API has none
        fetch_queryables(client)
    expected = ["", "/collections", "/search", "/search", "/queryables"]
    assert [href.removeprefix(fake.url) for href in io.sent] == expected
    assert [path for _method, path, _body in fake.requests] == expected


def test_collections_are_paged_through_next_links_and_a_loop_ends(fake):
    fake.documents["/collections"] = {
        "collections": [{"id": "a", "title": "A"}],
        "links": [{"rel": "next", "href": "collections2"}],
    }
    fake.documents["/collections2"] = {
        "collections": [{"id": "b"}],
        "links": [{"rel": "next", "href": f"{fake.url}/collections"}],  # back to the first page
    }
    assert list_collections(open_client(fake.url)) == [("a", "A"), ("b", "b")]
    assert [p for _m, p, _b in fake.requests].count("/collections") == 1


@pytest.mark.parametrize("answer", [[{"id": "a"}], {"collections": "a"}, {"type": "FeatureCollection"}])
def test_collections_that_are_not_a_list_of_collections(fake, answer):
    fake.documents["/collections"] = answer
    with pytest.raises(NotStacError, match="did not answer with a list of STAC collections"):
        list_collections(open_client(fake.url))


def test_collections_url_without_a_data_link_is_below_the_landing_page(fake):
    url = _landing(fake, "/api", [{"rel": "search", "href": f"{fake.url}/search"}], [COLLECTIONS])
    fake.documents["/api/collections"] = {"collections": [{"id": "x"}], "links": []}
    client = open_client(url)  # no final "/": pystac-client 0.9 alone would ask /collections
    assert stac_api.collections_href(client) == f"{fake.url}/api/collections"
    assert list_collections(client) == [("x", "x")]


def test_collections_linked_as_children_when_there_is_no_collections_endpoint(fake):
    child = {
        "type": "Collection",
        "stac_version": "1.0.0",
        "id": "kid",
        "title": "Kid",
        "description": "d",
        "license": "proprietary",
        "extent": {"spatial": {"bbox": [[-180, -90, 180, 90]]}, "temporal": {"interval": [[None, None]]}},
        "links": [],
    }
    fake.documents["/kid"] = child
    links = [{"rel": "search", "href": f"{fake.url}/search"}, {"rel": "child", "href": f"{fake.url}/kid"}]
    client = open_catalog(_landing(fake, "/bare", links, []))
    assert not is_static(client) and collections_of(client) == [("kid", "Kid")]


def test_search_links_keep_json_and_untyped_ones_only():
    client = stac_api.ApiClient.from_dict(
        {
            "type": "Catalog",
            "stac_version": "1.0.0",
            "id": "a",
            "description": "d",
            "links": [
                {"rel": "search", "href": "http://h/s", "type": "text/html", "method": "GET"},
                {"rel": "search", "href": "http://h/s", "type": "application/geo+json", "method": "POST"},
                {"rel": "search", "href": "http://h/s", "method": "GET"},
            ],
        }
    )
    assert [link.extra_fields.get("method") for link in stac_api.search_links(client)] == ["POST", "GET"]
    assert stac_api.io_of(client) is None  # made from a dict: it has no io of its own
    assert stac_api.collections_href(client) == "/collections"  # no self link, no data link


def test_a_rejected_search_is_a_plugin_error(fake):
    client = open_client(fake.url)
    with pytest.raises(StacPluginError, match="Invalid search"):
        stac_api.search_parameters(client, "POST", limit=-3)


def test_a_get_search_sends_a_cql2_json_filter_as_json_text():
    client = stac_api.ApiClient.from_dict(
        {
            "type": "Catalog",
            "stac_version": "1.0.0",
            "id": "a",
            "description": "d",
            "conformsTo": ["https://api.stacspec.org/v1.0.0/item-search"],
            "links": [{"rel": "search", "href": "http://h/search", "type": "application/geo+json"}],
        }
    )
    cql2 = {"op": "<", "args": [{"property": "eo:cloud_cover"}, 5]}
    url, get = stac_api.search_parameters(client, "GET", filter=cql2, filter_lang="cql2-json")
    _url, post = stac_api.search_parameters(client, "POST", filter=cql2, filter_lang="cql2-json")
    assert url == "http://h/search"
    assert json.loads(get["filter"]) == cql2  # pystac-client < 0.9 leaves it a dict
    assert get["filter-lang"] == "cql2-json"
    assert post["filter"] == cql2
