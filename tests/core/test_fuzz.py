"""Arbitrary STAC-like JSON either parses or raises a core error, never anything else."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plugin.core.assets import asset_infos
from plugin.core.errors import StacPluginError
from plugin.core.items import load_items, summarize
from plugin.core.models import ItemSummary

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
assets = st.dictionaries(
    st.text(max_size=10),
    st.fixed_dictionaries(
        {},
        optional={
            "href": st.text(max_size=40) | json_values,
            "type": st.sampled_from(
                [
                    "image/tiff; application=geotiff",
                    "image/vnd.stac.geotiff; cloud-optimized=true",
                    "image/jp2",
                    "",
                ]
            )
            | json_values,
            "roles": st.lists(st.text(max_size=5), max_size=3) | json_values,
            "title": json_values,
        },
    )
    | json_values,
    max_size=4,
)
items = st.fixed_dictionaries(
    {},
    optional={
        "type": st.just("Feature") | json_values,
        "id": st.text(max_size=30) | json_values,
        "collection": json_values,
        "geometry": json_values
        | st.fixed_dictionaries({"type": st.just("Polygon"), "coordinates": json_values}),
        "bbox": st.lists(st.floats() | st.integers(), max_size=6) | json_values,
        "properties": st.fixed_dictionaries(
            {},
            optional={
                "datetime": json_values,
                "start_datetime": json_values,
                "eo:cloud_cover": json_values,
                "platform": json_values,
                "constellation": json_values,
            },
        )
        | json_values,
        "assets": assets,
    },
)
documents = (
    items
    | st.fixed_dictionaries(
        {"type": st.just("FeatureCollection"), "features": st.lists(items, max_size=3) | json_values}
    )
    | json_values
)


@settings(max_examples=300, deadline=None)
@given(items | json_values)
def test_summarize_and_asset_infos(item):
    try:
        summary = summarize(item)
    except StacPluginError:
        return
    assert isinstance(summary, ItemSummary)
    assert isinstance(summary.id, str) and summary.id
    assert summary.cloud_cover is None or isinstance(summary.cloud_cover, float)
    for info in asset_infos(item):
        assert isinstance(info.href, str) and info.is_raster is (info.reason == "")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents)
def test_load_items(tmp_path, document):
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(document))
    try:
        result = load_items(str(path))
    except StacPluginError:
        return
    assert isinstance(result, list) and all(isinstance(f, dict) for f in result)


@pytest.mark.parametrize("text", ["", "{", "\x00", "[" * 5000 + "]" * 5000, '{"type": "Feature"}'])
def test_load_items_garbage(tmp_path, text):
    path = tmp_path / "doc.json"
    path.write_text(text)
    with pytest.raises(StacPluginError):
        load_items(str(path))
