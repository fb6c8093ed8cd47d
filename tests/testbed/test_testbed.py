"""The test bed itself: the servers answer, with the data and the pixels the tests rely on."""

from __future__ import annotations

import json
import socket
import time
import urllib.request
from typing import Any

import numpy as np
import pytest
from osgeo import gdal, osr

from . import Nginx, StacApi, Testbed, expected_ids
from .procs import http_get

pytestmark = pytest.mark.network

_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _post(url: str, body: dict[str, Any]) -> dict[str, Any]:
    req = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    with _OPENER.open(req, timeout=30) as resp:
        return json.load(resp)


def _search_all(api: StacApi, body: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Every feature of a POST /search, following ``next`` links; also the first page."""
    first = page = _post(f"{api.url}/search", body)
    features = list(page["features"])
    while True:
        nxt = next((link for link in page.get("links", []) if link.get("rel") == "next"), None)
        if not nxt:
            return features, first
        assert nxt["href"].startswith(api.url)
        page = (
            _post(nxt["href"], nxt.get("body", body))
            if nxt.get("method") == "POST"
            else json.loads(http_get(nxt["href"])[1])
        )
        features.extend(page["features"])


def test_collections_listed(stac_api: StacApi) -> None:
    status, body = http_get(f"{stac_api.url}/collections")
    assert status == 200
    ids = {c["id"] for c in json.loads(body)["collections"]}
    assert ids == {c["id"] for c in stac_api.collections}
    assert {"sentinel-2-c1-l2a", "sentinel-s2-l2a-cogs", "landsat-c2l2-sr"} <= ids


def test_all_items_loaded(stac_api: StacApi) -> None:
    features, first = _search_all(stac_api, {"limit": 7})
    assert sorted((f["collection"], f["id"]) for f in features) == sorted(
        (i["collection"], i["id"]) for i in stac_api.items
    )
    assert first["numberMatched"] == len(stac_api.items)


@pytest.mark.parametrize("limit", [0.1, 10, 30, 81.344962])
def test_query_cloud_cover_exact(stac_api: StacApi, limit: float) -> None:
    body = {"query": {"eo:cloud_cover": {"lt": limit}}, "limit": 5}
    features, first = _search_all(stac_api, body)
    expected = expected_ids(stac_api.items, max_cloud=limit, cloud_strict=True)
    assert expected  # each limit keeps something
    assert {f["id"] for f in features} == expected
    assert first["numberMatched"] == len(features)


def test_bbox_datetime_collections_match_helper(stac_api: StacApi) -> None:
    bbox = [-105.5, 39.5, -104.5, 40.5]  # tile 13TDE around Denver
    dt = "2024-04-01T00:00:00Z/2024-04-20T23:59:59Z"
    body = {"bbox": bbox, "datetime": dt, "collections": ["sentinel-2-c1-l2a"], "limit": 100}
    features, _ = _search_all(stac_api, body)
    expected = expected_ids(stac_api.items, bbox=bbox, datetime=dt, collections=["sentinel-2-c1-l2a"])
    assert len(expected) == 8
    assert {f["id"] for f in features} == expected


def test_number_matched_only_where_enabled(stac_api: StacApi, stac_api_nomatched: StacApi) -> None:
    body = {"collections": ["sentinel-2-c1-l2a"], "limit": 3}
    with_count = _post(f"{stac_api.url}/search", body)
    without = _post(f"{stac_api_nomatched.url}/search", body)
    assert with_count["numberMatched"] == 16
    assert "numberMatched" not in without
    assert "matched" not in (without.get("context") or {})
    assert [f["id"] for f in with_count["features"]] == [f["id"] for f in without["features"]]
    assert any(link["rel"] == "next" for link in without["links"])


def test_queryables_lists_cloud_cover(stac_api: StacApi) -> None:
    status, body = http_get(f"{stac_api.url}/queryables")
    assert status == 200
    assert "eo:cloud_cover" in json.loads(body)["properties"]


def test_asset_hrefs_point_at_cog_host(stac_api: StacApi, cog_host: Nginx) -> None:
    hrefs = [a["href"] for i in stac_api.items for a in i["assets"].values()]
    assert hrefs and all(h.startswith(cog_host.url + "/") for h in hrefs)


def test_cog_over_vsicurl(testbed: Testbed, stac_api: StacApi, cog_host: Nginx, cog_pixels: Any) -> None:
    item = next(i for i in stac_api.items if i["id"] == "S2A_T13TDE_20240412T175055_L2A")
    asset = item["assets"]["red"]
    ds = gdal.OpenEx(f"/vsicurl/{asset['href']}", gdal.OF_RASTER)
    assert ds is not None
    srs = osr.SpatialReference(wkt=ds.GetProjection())
    assert srs.GetAuthorityCode(None) == str(item["properties"]["proj:epsg"])
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    a, _, c, _, e, f = asset["proj:transform"][:6]
    rows, cols = asset["proj:shape"]
    assert (x0, y0) == (c, f)
    assert x0 + dx * ds.RasterXSize == pytest.approx(c + a * cols)
    assert y0 + dy * ds.RasterYSize == pytest.approx(f + e * rows)
    assert ds.GetRasterBand(1).DataType == gdal.GDT_UInt16
    assert ds.GetRasterBand(1).GetOverviewCount() >= 1
    assert ds.GetRasterBand(1).GetBlockSize() == [256, 256]
    expected = cog_pixels(item["id"], "red")
    assert expected.shape == (1, ds.RasterYSize, ds.RasterXSize)
    np.testing.assert_array_equal(ds.ReadAsArray(), expected[0])
    assert 0 not in expected  # nodata never appears
    ds = None


def test_multiband_and_beta_item(stac_api: StacApi, cog_pixels: Any) -> None:
    item = next(i for i in stac_api.items if i["id"] == "S2A_28QCH_20200714_0_L2A")
    ds = gdal.Open(f"/vsicurl/{item['assets']['visual']['href']}")
    assert ds.RasterCount == 3 and ds.GetRasterBand(1).DataType == gdal.GDT_Byte
    np.testing.assert_array_equal(ds.ReadAsArray(), cog_pixels(item["id"], "visual"))
    ds = gdal.Open(f"/vsicurl/{item['assets']['B01']['href']}")
    assert osr.SpatialReference(wkt=ds.GetProjection()).GetAuthorityCode(None) == "32628"
    ds = None


def test_every_raster_asset_served(testbed: Testbed, cog_host: Nginx) -> None:
    spec = testbed.specs[-1]
    status, _ = http_get(f"{cog_host.url}/{spec.relpath}", headers={"Range": "bytes=0-15"})
    assert status == 206
    missing = [s.relpath for s in testbed.specs if not (cog_host.root / s.relpath).exists()]
    assert not missing


def test_range_request_logged(cog_host: Nginx, stac_api: StacApi) -> None:
    href = next(i for i in stac_api.items if "red" in i["assets"])["assets"]["red"]["href"]
    cog_host.reset_log()
    status, body = http_get(href, headers={"Range": "bytes=100-1123"})
    assert status == 206 and len(body) == 1024
    reqs = cog_host.requests(min_count=1)
    assert reqs[-1].status == 206
    assert reqs[-1].bytes == 1024
    assert reqs[-1].range == "bytes=100-1123"
    assert href.endswith(reqs[-1].path)
    cog_host.reset_log()
    assert cog_host.requests() == []


def test_thumbnail_served(stac_api: StacApi) -> None:
    item = next(i for i in stac_api.items if i["collection"] == "sentinel-2-c1-l2a")
    status, body = http_get(item["assets"]["thumbnail"]["href"])
    assert status == 200 and body[:3] == b"\xff\xd8\xff"


def test_fault_server_counts_held_requests_the_client_drops() -> None:
    from .fault_server import FaultServer

    with FaultServer() as server:
        port = int(server.url.rsplit(":", 1)[1])
        request = b"GET /landing-hang/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        with socket.create_connection(("127.0.0.1", port), timeout=5) as kept:
            kept.sendall(request)
            with socket.create_connection(("127.0.0.1", port), timeout=5) as dropped:
                dropped.sendall(request)
                _wait_for(lambda: server.hung == 2)
            _wait_for(lambda: server.dropped == 1)
            time.sleep(0.3)
            assert server.dropped == 1  # the connection still open is still held


def _wait_for(condition: Any, timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)
