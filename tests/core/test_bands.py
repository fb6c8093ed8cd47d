"""Band lookup by common name, the ASSET grammar, mosaic order, footprints and item dates."""

from __future__ import annotations

import copy
from datetime import datetime, timezone

import pytest

from plugin.core.bands import MissingBandError, band_table, parse_band_spec, resolve_bands
from plugin.core.errors import StacPluginError
from plugin.core.picture import (
    ORDER_LEAST_CLOUDY,
    ORDER_NEWEST,
    ORDER_OLDEST,
    item_name,
    item_time_range,
    mosaic_name,
    order_items,
    touching,
)

from ._samples import sample

TRUE, FALSE = parse_band_spec("truecolor"), parse_band_spec("falsecolor")


def _tif(key: str) -> dict:
    return {"href": f"https://host/{key}.tif", "type": "image/tiff; application=geotiff"}


def test_grammar():
    assert parse_band_spec("truecolor").names == ("red", "green", "blue")
    assert parse_band_spec(" FalseColor ").names == ("nir", "red", "green")
    assert parse_band_spec("B04").names == ("B04",)
    assert parse_band_spec("B08, B04 ,B03").names == ("B08", "B04", "B03")
    assert parse_band_spec("B08,B04,B03").is_composite
    for bad in ("", " ", "a,b", "a,b,c,d", "a,,b"):
        with pytest.raises(StacPluginError):
            parse_band_spec(bad)


def test_earth_search_v1_by_eo_bands():
    item = sample("item-earth-search-v1")
    assert resolve_bands(item, TRUE) == ("red", "green", "blue")
    assert resolve_bands(item, FALSE) == ("nir", "red", "green")


def test_earth_search_v0_by_well_known_keys():
    item = sample("item-earth-search-v0")
    assert resolve_bands(item, TRUE) == ("B04", "B03", "B02")
    assert resolve_bands(item, FALSE) == ("B08", "B04", "B03")


def test_landsat_nir08_stands_in_for_nir():
    item = sample("item-usgs-lc08")
    table = band_table(item)
    assert table["red"] in item["assets"]
    keys = resolve_bands(item, FALSE)
    assert keys[1:] == (table["red"], table["green"])
    assert keys[0] == table.get("nir", table.get("nir08"))


def test_stac_1_1_bands():
    item = {
        "id": "x",
        "assets": {
            "a": {**_tif("a"), "bands": [{"name": "B4", "eo:common_name": "red"}]},
            "b": {**_tif("b"), "bands": [{"name": "B3", "eo:common_name": "green"}]},
            "c": {**_tif("c"), "bands": [{"name": "B2", "eo:common_name": "blue"}]},
            "rgb": {**_tif("rgb"), "bands": [{"eo:common_name": n} for n in ("red", "green", "blue")]},
        },
    }
    assert resolve_bands(item, TRUE) == ("a", "b", "c")


def test_hls_nir_per_sensor():
    keys = {k: _tif(k) for k in ("B02", "B03", "B04", "B05", "B08")}
    s30 = {"id": "HLS.S30.T13TDE.2024100T175000.v2.0", "collection": "HLSS30.v2.0", "assets": keys}
    l30 = {"id": "HLS.L30.T13TDE.2024100T175000.v2.0", "collection": "HLSL30.v2.0", "assets": keys}
    assert resolve_bands(s30, FALSE) == ("B08", "B04", "B03")
    assert resolve_bands(l30, FALSE) == ("B05", "B04", "B03")


def test_missing_band_names_the_bands_the_item_has():
    item = sample("item-earth-search-v1")
    item = copy.deepcopy(item)
    del item["assets"]["blue"]
    with pytest.raises(MissingBandError) as info:
        resolve_bands(item, TRUE)
    text = str(info.value)
    assert "no blue band" in text and "red" in text and "green" in text and "nir" in text


def _item(item_id: str, cloud: float | None, when: str, bbox=(0, 0, 1, 1)) -> dict:
    props = {"datetime": when}
    if cloud is not None:
        props["eo:cloud_cover"] = cloud
    return {"id": item_id, "properties": props, "bbox": list(bbox), "assets": {}}


def test_order():
    a = _item("a", 30, "2024-01-03T00:00:00Z")
    b = _item("b", 5, "2024-01-01T00:00:00Z")
    c = _item("c", None, "2024-01-02T00:00:00Z")
    ids = lambda items: [i["id"] for i in items]  # noqa: E731
    assert ids(order_items([a, b, c], ORDER_LEAST_CLOUDY)) == ["c", "a", "b"]  # top last
    assert ids(order_items([a, b, c], ORDER_NEWEST)) == ["b", "c", "a"]
    assert ids(order_items([a, b, c], ORDER_OLDEST)) == ["a", "c", "b"]
    with pytest.raises(StacPluginError):
        order_items([a], 3)


def test_touching_in_another_crs():
    west = _item("w", 1, "2024-01-01T00:00:00Z", (-106.2, 39.6, -105.2, 40.6))
    east = _item("e", 1, "2024-01-01T00:00:00Z", (-105.0, 39.6, -104.0, 40.6))
    # A small box in UTM 13N around -104.5, 40.1 touches only the eastern item.
    kept = touching([west, east], (541000, 4436000, 543000, 4438000), "EPSG:32613")
    assert [i["id"] for i in kept] == ["e"]
    assert {i["id"] for i in touching([west, east], (-106, 40, -104.5, 40.2))} == {"w", "e"}


def test_time_range_and_names():
    item = sample("item-earth-search-v1")
    start, end = item_time_range(item)
    assert start == end == datetime.fromisoformat(item["properties"]["datetime"].replace("Z", "+00:00"))
    ranged = _item("r", 1, None)
    ranged["properties"].update(start_datetime="2024-04-01T00:00:00Z", end_datetime="2024-04-30T23:59:59Z")
    assert item_time_range(ranged) == (
        datetime(2024, 4, 1, tzinfo=timezone.utc),
        datetime(2024, 4, 30, 23, 59, 59, tzinfo=timezone.utc),
    )
    name = item_name("red", item)
    assert name.startswith("red · ") and item["properties"]["datetime"][:10] in name
    assert item["properties"]["platform"] in name
    two = [_item("a", 1, "2024-04-02T10:00:00Z"), _item("b", 1, "2024-04-22T10:00:00Z")]
    assert mosaic_name("red", two) == "red mosaic · 2024-04-02 to 2024-04-22 · 2 items"
