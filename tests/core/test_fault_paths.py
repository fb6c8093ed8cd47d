"""Search page parsing under fuzzing, next-link loops, file names from the network, disk space, timeouts."""

from __future__ import annotations

import json
from collections import namedtuple
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pystac_client.stac_api_io import StacApiIO

from plugin.core import assets, save
from plugin.core.config import DEFAULTS
from plugin.core.errors import SaveError, StacPluginError
from plugin.core.models import SaveRequest, SearchPage, SearchRequest
from plugin.core.search import ItemStream
from plugin.core.stac_api import ApiClient

from .test_fuzz import items, json_values

ROOT = "http://127.0.0.1:9/api/"
LANDING = {
    "type": "Catalog", "id": "t", "description": "t", "stac_version": "1.0.0",
    "conformsTo": ["https://api.stacspec.org/v1.0.0/core", "https://api.stacspec.org/v1.0.0/item-search"],
    "links": [
        {"rel": "self", "href": ROOT},
        {"rel": "root", "href": ROOT},
        {"rel": "search", "href": f"{ROOT}search", "method": "POST"},
    ],
}


class ScriptedIO(StacApiIO):
    """Answers each request with the next text of ``answers`` (the last one repeats)."""

    def __init__(self, answers: list[str]) -> None:
        super().__init__()
        self.answers = answers
        self.sent: list[tuple[str, str]] = []

    def request(self, href: str, method: str | None = None, headers: Any = None,
                parameters: Any = None) -> str:
        self.sent.append((method or "GET", href))
        return self.answers[min(len(self.sent) - 1, len(self.answers) - 1)]


def _stream(answers: list[str], max_items: int = 100) -> tuple[ItemStream, ScriptedIO]:
    io = ScriptedIO(answers)
    client = ApiClient.from_dict(json.loads(json.dumps(LANDING)))
    client.stac_io = io
    return ItemStream(SearchRequest(url=ROOT, max_items=max_items, page_size=2), client), io


pages = st.fixed_dictionaries(
    {},
    optional={
        "type": st.just("FeatureCollection") | json_values,
        "features": st.lists(items, max_size=3) | json_values,
        "links": st.lists(
            st.fixed_dictionaries(
                {"rel": st.just("next"), "href": st.sampled_from([f"{ROOT}search", "?p=2", ""])}
            )
            | json_values,
            max_size=2,
        )
        | json_values,
        "numberMatched": st.integers() | json_values,
        "context": json_values,
    },
) | json_values


@settings(max_examples=200, deadline=None)
@given(st.lists(pages, min_size=1, max_size=3), st.booleans())
def test_search_pages_parse_or_raise_core_error(documents, as_text_garbage):
    texts = [json.dumps(d) for d in documents]
    if as_text_garbage:
        texts[-1] = texts[-1][: len(texts[-1]) // 2]
    stream, io = _stream(texts, max_items=20)
    try:
        got = list(stream.pages())
    except StacPluginError:
        return
    assert all(isinstance(page, SearchPage) for page in got)
    assert stream.kept == sum(len(page.items) for page in got) <= 20
    assert len(io.sent) <= 20


def _page(ids: list[str], next_link: dict[str, Any] | None) -> str:
    features = [{"type": "Feature", "id": i, "geometry": None, "properties": {}, "assets": {}} for i in ids]
    return json.dumps({"type": "FeatureCollection", "features": features,
                       "links": [next_link] if next_link else []})


def test_next_link_to_itself_stops_with_a_clear_error():
    link = {"rel": "next", "href": f"{ROOT}search?page=2", "method": "GET"}
    stream, io = _stream([_page(["a"], link), _page(["b"], link)])
    with pytest.raises(StacPluginError, match="next link repeats a page"):
        list(stream.pages())
    assert stream.kept == 2
    assert len(io.sent) == 2


def test_next_link_back_to_the_first_post_is_a_loop():
    body = {"limit": 2}
    link = {"rel": "next", "href": f"{ROOT}search", "method": "POST", "body": body}
    stream, io = _stream([_page(["a"], link)])
    stream._params = dict(body)
    with pytest.raises(StacPluginError, match="next link repeats"):
        list(stream.pages())
    assert len(io.sent) == 1


def test_distinct_next_links_are_followed():
    pages_ = [
        _page(["a"], {"rel": "next", "href": f"{ROOT}search?token=2", "method": "GET"}),
        _page(["b"], {"rel": "next", "href": f"{ROOT}search?token=3", "method": "GET"}),
        _page(["c"], None),
    ]
    stream, _io = _stream(pages_)
    assert [item.id for page in stream.pages() for item in page.items] == ["a", "b", "c"]


def test_json_without_features_is_not_an_item_collection():
    stream, _io = _stream([json.dumps({"hello": "world"})])
    with pytest.raises(StacPluginError, match="ItemCollection"):
        list(stream.pages())


# File names from the network -------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.text(max_size=300))
def test_file_names_never_leave_the_folder(item_id, key):
    name = assets.safe_filename(item_id, key)
    folder = Path("/tmp/target-folder")
    assert (folder / name).resolve().parent == folder.resolve()
    assert "/" not in name and "\\" not in name and "\0" not in name
    assert name not in (".", "..") and not name.startswith(".")
    assert len(name.encode("utf-8")) <= 255


@pytest.mark.parametrize(
    ("item_id", "key"),
    [("../../etc/passwd", "x"), ("/abs/path", "k"), ("CON", ""), ("nul", ".."), ("a" * 1000, "b" * 1000),
     ("..", ".."), ("C:\\Windows\\x", "k"), ("item", "../../key")],
)
def test_hostile_names(item_id, key):
    name = assets.safe_filename(item_id, key)
    assert ".." not in name and "/" not in name and "\\" not in name and ":" not in name
    assert name.split(".")[0].upper() not in {"CON", "NUL", "PRN", "AUX"}
    assert len(name) <= 160


# Disk space and timeouts -----------------------------------------------------------------
Usage = namedtuple("Usage", "total used free")


def test_free_space_is_checked(monkeypatch, tmp_path):
    monkeypatch.setattr(save.shutil, "disk_usage", lambda _p: Usage(10**9, 10**9, 1000))
    with pytest.raises(SaveError, match="Not enough free disk space"):
        save.check_free_space(str(tmp_path), 10**6)
    monkeypatch.setattr(save.shutil, "disk_usage", lambda _p: Usage(10**12, 0, 10**11))
    save.check_free_space(str(tmp_path), 10**6)


def test_save_stops_before_writing_when_the_disk_is_full(monkeypatch, tmp_path):
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin

    source = tmp_path / "src" / "a.tif"
    source.parent.mkdir()
    with rasterio.open(source, "w", driver="GTiff", width=64, height=64, count=1, dtype="uint16",
                       crs="EPSG:32631", transform=from_origin(0, 640, 10, 10)) as dst:
        dst.write(np.ones((1, 64, 64), dtype="uint16"))
    out = tmp_path / "out"
    out.mkdir()
    # Room for a little (the folder is not full) but not for the file and the margin kept free.
    monkeypatch.setattr(save.shutil, "disk_usage", lambda _p: Usage(10**9, 10**9, 2 * 1024 * 1024))
    with pytest.raises(SaveError, match="Not enough free disk space"):
        save.save_asset(SaveRequest(str(source), str(out), "item", "key"))
    assert list(out.iterdir()) == []
    assert save.estimated_size({"count": 1, "height": 64, "width": 64, "dtype": "uint16"}) >= 64 * 64 * 2


def test_timeouts_for_gdal():
    from osgeo import gdal

    assert assets.timeout_options(4) == {"GDAL_HTTP_TIMEOUT": "4", "GDAL_HTTP_CONNECTTIMEOUT": "4"}
    assert assets.timeout_options(60)["GDAL_HTTP_CONNECTTIMEOUT"] == "10"
    assert assets.timeout_options()["GDAL_HTTP_TIMEOUT"] == str(DEFAULTS.timeout_s)  # no setting given
    assets.configure_gdal_for("https://127.0.0.1:8/a.tif", 4)
    assert gdal.GetPathSpecificOption("/vsicurl/https://127.0.0.1:8/a.tif", "GDAL_HTTP_TIMEOUT") == "4"
    with assets.http_timeouts(3):
        assert gdal.GetConfigOption("GDAL_HTTP_TIMEOUT") == "3"
    assert gdal.GetThreadLocalConfigOption("GDAL_HTTP_TIMEOUT", None) is None
