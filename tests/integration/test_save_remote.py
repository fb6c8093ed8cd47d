"""Saving assets of the testbed's items over HTTP from the local COG host."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from rasterio.windows import Window

from plugin.core.assets import gdal_uri
from plugin.core.items import summarize
from plugin.core.models import SaveRequest
from plugin.core.save import save_asset

ITEM = "S2A_T13TDE_20240412T175055_L2A"


def _asset(stac_api, key: str) -> str:
    item = next(i for i in stac_api.items if i["id"] == ITEM)
    info = next(a for a in summarize(item).assets if a.key == key)
    assert info.is_raster
    return info.href


def test_save_whole_remote_asset(stac_api, cog_host, cog_pixels, tmp_path):
    href = _asset(stac_api, "red")
    path = save_asset(SaveRequest(gdal_uri(href), str(tmp_path), ITEM, "red"), None, None)
    with rasterio.open(path) as out:
        np.testing.assert_array_equal(out.read(), cog_pixels(ITEM, "red"))
        assert out.crs.to_epsg() == 32613


def test_save_clipped_remote_asset_reads_ranges(stac_api, cog_host, cog_pixels, tmp_path):
    href = _asset(stac_api, "red")
    uri = gdal_uri(href)
    with rasterio.open(uri) as src:
        bounds, transform = src.bounds, src.transform
    box = (
        bounds.left + (bounds.right - bounds.left) * 0.25,
        bounds.bottom + (bounds.top - bounds.bottom) * 0.25,
        bounds.left + (bounds.right - bounds.left) * 0.5,
        bounds.bottom + (bounds.top - bounds.bottom) * 0.5,
    )
    cog_host.reset_log()
    path = save_asset(
        SaveRequest(uri, str(tmp_path), ITEM, "red", clip=box, clip_crs="EPSG:32613"), None, None
    )
    with rasterio.open(path) as out:
        col = round((out.bounds.left - transform.c) / transform.a)
        row = round((out.bounds.top - transform.f) / transform.e)
        expected = cog_pixels(ITEM, "red")[:, row : row + out.height, col : col + out.width]
        window = Window(col, row, out.width, out.height)
        assert (window.col_off, window.row_off) != (0, 0)
        np.testing.assert_array_equal(out.read(), expected)
    requests = [r for r in cog_host.requests() if r.path.endswith("/red.tif")]
    assert requests and all(r.status in (200, 206) for r in requests)
    assert all(r.range for r in requests if r.method == "GET")


def test_save_missing_remote_asset(cog_host, tmp_path):
    from plugin.core.errors import StacPluginError

    with pytest.raises(StacPluginError):
        save_asset(SaveRequest(f"/vsicurl/{cog_host.url}/nope/nope.tif", str(tmp_path), "x", "y"), None, None)
    assert list(tmp_path.iterdir()) == []
