"""Relative asset hrefs in STAC API answers: resolved against the item's self link, else the page's URL."""

from __future__ import annotations

from plugin.core.models import SearchRequest
from plugin.core.search import ItemStream, open_client

from .fake_api import FakeApi


def test_api_items_with_relative_hrefs(fake: FakeApi) -> None:
    fake.items = fake.items[:2]
    fake.items[0]["assets"]["B04"]["href"] = "../data/item-0/B04.tif"
    fake.items[1]["assets"]["B04"]["href"] = "./B04.tif"
    fake.items[1]["links"] = [{"rel": "self", "href": f"{fake.url}/collections/c1/items/item-1.json"}]
    stream = ItemStream(SearchRequest(url=fake.url, collections=("c1",)), open_client(fake.url))
    items = {item.id: item for page in stream.pages() for item in page.items}
    # without a self link: against the search URL the page was read from
    assert items["item-0"].assets[0].href == f"{fake.url}/data/item-0/B04.tif"  # from {url}/search
    # with one: against it
    assert items["item-1"].assets[0].href == f"{fake.url}/collections/c1/items/B04.tif"
    assert items["item-1"].raw["assets"]["B04"]["href"] == f"{fake.url}/collections/c1/items/B04.tif"
