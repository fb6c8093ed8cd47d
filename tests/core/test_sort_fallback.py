"""The client-side sort, used only when the API does not declare the sort extension."""

from __future__ import annotations

from plugin.core.models import SearchRequest
from plugin.core.search import ItemStream, open_client
from plugin.core.sortby import parse_sortby, sort_items

from .fake_api import CLOUDS, FakeApi, serve


def test_client_fallback_only_when_the_api_cannot_sort():
    api = FakeApi(conforms_to=["https://api.stacspec.org/v1.0.0/item-search"])
    server, thread = serve(api)
    try:
        request = SearchRequest(url=api.url, collections=("c1",), max_items=1000, sortby="-eo:cloud_cover")
        stream = ItemStream(request, open_client(api.url))
        assert stream.sort_mode == "client"
        items = [i for p in stream.pages() for i in p.items]
        searches = [body for _m, path, body in api.requests if path.endswith("/search")]
        assert searches and all("sortby" not in body for body in searches)
        assert len(items) == len(CLOUDS)
        known = sorted((c for c in CLOUDS if c is not None), reverse=True)
        assert [i.cloud_cover for i in sort_items(items, parse_sortby("-eo:cloud_cover"))] == [*known, None]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
