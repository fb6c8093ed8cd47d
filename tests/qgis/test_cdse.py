"""Copernicus Data Space: ``s3://eodata/...`` JPEG 2000 assets of a STAC 1.1 item (``proj:code``,
``bands``) read through ``/vsis3/`` with a CDSE S3 key pair, against a local S3 endpoint standing in
for ``eodata.dataspace.copernicus.eu``.

``eodata`` (127.0.0.1) answers only requests signed with a valid SigV4 signature by the key pair;
``public-bucket`` (127.0.0.2) answers anyone. The endpoint's log proves the key pair reaches
``eodata``'s endpoint and no other host.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from osgeo import gdal
from testbed.auth_servers import (
    ensure_master_password,
    read_pixels,
    remove_config,
    store_basic_config,
    write_cog,
)
from testbed.s3_server import S3Server

from plugin import auth
from plugin.auth import cdse
from plugin.core.assets import asset_infos, configure_gdal_for, gdal_uri, required_login

KEY_ID = "CDSETESTACCESSKEY0001"
SECRET = "cdseTestSecretKey/0123456789abcdefghijk"
KEY = "Sentinel-2/MSI/L2A/2024/04/12/S2A_MSIL2A_20240412.SAFE/GRANULE/L2A_T13TDE/IMG_DATA/R10m/B04_10m.jp2"
PUBLIC = "public-bucket"


@pytest.fixture(autouse=True)
def _no_aws_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[S3Server, np.ndarray]]:
    """The S3 endpoint with a JPEG 2000 band in ``eodata`` (key pair needed) and in a public bucket."""
    if gdal.GetDriverByName("JP2OpenJPEG") is None:
        pytest.skip("this GDAL has no JP2OpenJPEG driver: no JPEG 2000 file can be made for the test")
    base = tmp_path_factory.mktemp("cdse")
    pixels = write_cog(base / "source.tif", size=128)
    target = base / cdse.BUCKET / KEY
    target.parent.mkdir(parents=True)
    options = gdal.TranslateOptions(format="JP2OpenJPEG", creationOptions=["REVERSIBLE=YES", "QUALITY=100"])
    assert gdal.Translate(str(target), str(base / "source.tif"), options=options) is not None
    (base / PUBLIC).mkdir()
    shutil.copy(target, base / PUBLIC / "B04_10m.jp2")
    server = S3Server(
        base,
        {
            cdse.BUCKET: {"root": str(base / cdse.BUCKET), "address": "127.0.0.1", "private": True},
            PUBLIC: {"root": str(base / PUBLIC), "address": "127.0.0.2"},
        },
        {KEY_ID: SECRET},
    )
    yield server, pixels
    server.stop()


@pytest.fixture(scope="module")
def key_config() -> Iterator[str]:
    if not ensure_master_password():
        pytest.fail("the QGIS auth database of the test profile cannot be unlocked")
    config = store_basic_config("cdse s3 key pair test", KEY_ID, SECRET)
    yield config
    remove_config(config)


@pytest.fixture
def clean(endpoint) -> Iterator[S3Server]:
    """Empty caches and log; the public bucket's endpoint set for its prefix; undone afterwards."""
    server, _ = endpoint
    public = f"/vsis3/{PUBLIC}/"
    for key, value in {"AWS_S3_ENDPOINT": server.endpoint(PUBLIC), "AWS_HTTPS": "NO",
                       "AWS_VIRTUAL_HOSTING": "FALSE"}.items():
        gdal.SetPathSpecificOption(public, key, value)
    gdal.VSICurlClearCache()
    server.log.write_text("")
    yield server
    for prefix in (public, f"/vsis3/{cdse.BUCKET}/"):
        gdal.ClearPathSpecificOptions(prefix)
    gdal.VSICurlClearCache()
    auth.register(cdse.CdseProvider())


def _provider(server: S3Server, config: str) -> cdse.CdseProvider:
    """CDSE's login with the local endpoint standing in for CDSE's (plain HTTP)."""
    found = cdse.CdseProvider(auth_cfg=config, endpoint=server.endpoint(cdse.BUCKET), https=False)
    auth.register(found)
    return found


def cdse_item() -> dict[str, Any]:
    """A STAC 1.1 item shaped like the CDSE API's: ``proj:code``, ``bands``, s3:// JPEG 2000 assets."""
    return {
        "type": "Feature",
        "stac_version": "1.1.0",
        "id": "S2A_MSIL2A_20240412T175051_N0510_R141_T13TDE_20240412T233034",
        "collection": "sentinel-2-l2a",
        "bbox": [10.0, 48.72, 11.28, 50.0],
        "geometry": {"type": "Polygon", "coordinates": [[[10, 48.72], [11.28, 48.72], [11.28, 50],
                                                          [10, 50], [10, 48.72]]]},
        "properties": {"datetime": "2024-04-12T17:50:51.024Z", "eo:cloud_cover": 3.1,
                       "platform": "sentinel-2a", "proj:code": "EPSG:4326"},
        "links": [],
        "assets": {
            "B04_10m": {
                "href": f"s3://eodata/{KEY}",
                "type": "image/jp2",
                "roles": ["data", "reflectance"],
                "proj:code": "EPSG:4326",
                "bands": [{"name": "B04", "eo:common_name": "red", "eo:center_wavelength": 0.665}],
                "auth:refs": ["s3"],
                "alternate": {"https": {
                    "href": "https://zipper.dataspace.copernicus.eu/odata/v1/Products(x)/Nodes(B04)/$value",
                    "auth:refs": ["oidc"],
                }},
            },
        },
    }


def test_cdse_is_a_preset_connection() -> None:
    from plugin.settings import DEFAULT_CONNECTIONS

    preset = next(c for c in DEFAULT_CONNECTIONS if c.url == "https://stac.dataspace.copernicus.eu/v1")
    assert preset.asset_login == cdse.NAME


def test_without_a_key_pair_the_login_is_named(clean, endpoint) -> None:
    server, _ = endpoint
    _provider(server, "")
    (info,) = asset_infos(cdse_item())
    assert info.is_raster and info.href == f"s3://eodata/{KEY}"
    # the https alternate needs a login of its own (auth:refs oidc): it is no way around
    assert info.alternates == ()
    assert required_login(info.href) == cdse.LABEL
    assert not server.hits()


def test_key_pair_reads_eodata_and_goes_nowhere_else(clean, endpoint, key_config) -> None:
    server, pixels = endpoint
    _provider(server, key_config)
    href = f"s3://eodata/{KEY}"
    assert required_login(href) == ""
    signed = auth.prepare(gdal_uri(href))
    assert signed == f"/vsis3/eodata/{KEY}"  # no secret in the path
    data = read_pixels(signed)
    assert data is not None and (data == pixels).all()
    public = f"/vsis3/{PUBLIC}/B04_10m.jp2"
    configure_gdal_for(public)
    data = read_pixels(public)
    assert data is not None and (data == pixels).all()

    hits = server.hits()
    eodata = [h for h in hits if h.bucket == cdse.BUCKET]
    others = [h for h in hits if h.bucket != cdse.BUCKET]
    assert eodata and all((h.address, h.key_id) == ("127.0.0.1", KEY_ID) for h in eodata)
    assert others and all((h.address, h.key_id) == ("127.0.0.2", "") for h in others)
    # The key pair is an option of /vsis3/eodata/ only: never global, never another bucket.
    assert gdal.GetPathSpecificOption("/vsis3/eodata/x", "AWS_SECRET_ACCESS_KEY") == SECRET
    assert gdal.GetPathSpecificOption("/vsis3/eodata/x", "AWS_VIRTUAL_HOSTING") == "FALSE"
    for path in (f"/vsis3/{PUBLIC}/x", "/vsis3/eodata-other/x", "/vsis3/usgs-landsat/x"):
        assert gdal.GetPathSpecificOption(path, "AWS_SECRET_ACCESS_KEY") in (None, "")
    for option in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_S3_ENDPOINT"):
        assert gdal.GetConfigOption(option) in (None, "")


def test_cdse_endpoint_defaults_are_cdse_https_path_style() -> None:
    provider = cdse.CdseProvider(auth_cfg="x")
    assert (provider.endpoint, provider.https) == ("eodata.dataspace.copernicus.eu", True)
    assert provider.handles("s3://eodata/Sentinel-2/x.jp2")
    assert not provider.handles("s3://usgs-landsat/x.TIF") and not provider.handles("https://eodata/x")


def test_processing_loads_and_clips_a_cdse_asset(run, clean, endpoint, key_config, tmp_path) -> None:
    server, pixels = endpoint
    _provider(server, key_config)
    items = tmp_path / "cdse.json"
    items.write_text(json.dumps({"type": "FeatureCollection", "features": [cdse_item()]}))
    uri = run("stac:loadasset", {"ITEMS": str(items), "ASSET": "B04_10m"})["OUTPUT"]
    assert uri == f"/vsis3/eodata/{KEY}"
    # write_cog's grid: 0.01 degree pixels from (10, 50); clip 0.2 x 0.3 degrees inside it
    result = run("stac:download", {
        "ITEMS": str(items), "ASSETS": "B04_10m", "EXTENT": "10.3,10.5,49.5,49.8 [EPSG:4326]",
        "FOLDER": str(tmp_path / "out"),
    })
    dataset = gdal.Open(result["FILES"][0])
    data = dataset.ReadAsArray()
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    dataset = None
    assert dx == pytest.approx(0.01)
    col0, row0 = round((x0 - 10.0) / dx), round((y0 - 50.0) / dy)
    assert 15 < data.shape[0] < 40 and 15 < data.shape[1] < 40
    np.testing.assert_array_equal(data, pixels[row0 : row0 + data.shape[0], col0 : col0 + data.shape[1]])
    assert {h.key_id for h in server.hits() if h.bucket == cdse.BUCKET} == {KEY_ID}
    assert all(h.address == "127.0.0.1" for h in server.hits())
