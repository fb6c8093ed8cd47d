"""Sort and CQL2 filters through QGIS's network stack (as the dock and Processing send them),
GET and POST, against stac-fastapi-pgstac."""

from __future__ import annotations

from typing import Any

import pytest

from plugin.core.models import SearchRequest
from plugin.core.search import ItemStream, open_client
from plugin.net import QgisStacApiIO

pytestmark = pytest.mark.network

S2 = "sentinel-2-c1-l2a"
METHODS = ["GET", "POST"]


def _stream(stac_api: Any, method: str, **kwargs: Any) -> ItemStream:
    client = open_client(stac_api.url, QgisStacApiIO(timeout_s=30))
    return ItemStream(SearchRequest(url=stac_api.url, **{"max_items": 1000, **kwargs}), client, method=method)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("order", ["-eo:cloud_cover", "eo:cloud_cover"])
def test_first_page_is_the_top_of_the_server_sorted_match(stac_api, method, order):
    stream = _stream(stac_api, method, collections=(S2,), max_items=5, page_size=5, sortby=order)
    page = next(stream.pages())
    whole = sorted(
        (i for i in stac_api.items if i["collection"] == S2),
        key=lambda i: i["properties"]["eo:cloud_cover"],
        reverse=order.startswith("-"),
    )
    assert page.sort_mode == "server" and page.has_more
    assert [i.id for i in page.items] == [i["id"] for i in whole[:5]]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize(
    "text",
    [
        "platform IN ('sentinel-2a') AND view:sun_elevation BETWEEN 40 AND 60",
        '{"op": "and", "args": [{"op": "in", "args": [{"property": "platform"}, ["sentinel-2a"]]},'
        ' {"op": "between", "args": [{"property": "view:sun_elevation"}, 40, 60]}]}',
    ],
    ids=["cql2-text", "cql2-json"],
)
def test_filter_and_max_cloud_give_exactly_the_matching_items(stac_api, method, text):
    stream = _stream(stac_api, method, filter=text, max_cloud=50)
    ids = sorted(i.id for p in stream.pages() for i in p.items)
    expected = sorted(
        i["id"]
        for i in stac_api.items
        if i["properties"].get("platform") == "sentinel-2a"
        and 40 <= (i["properties"].get("view:sun_elevation") or -99) <= 60
        and (i["properties"].get("eo:cloud_cover") or 999) < 50
    )
    assert ids == expected and expected
    sent = stream._params["filter"]
    assert (isinstance(sent, dict) if method == "POST" else isinstance(sent, str))
