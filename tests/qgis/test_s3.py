"""s3:// assets against a local S3-compatible endpoint that verifies AWS Signature V4.

``usgs-landsat`` (requester-pays: a valid signature by the configured key pair and
``x-amz-request-payer: requester``, else 403) is served on 127.0.0.1; ``public-bucket`` (anyone)
on 127.0.0.2. The endpoint's log proves the key pair and the request-payer header never reach
the public bucket's host.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from osgeo import gdal
from qgis.core import QgsProject, QgsRasterLayer
from testbed.auth_servers import ensure_master_password, read_pixels, remove_config, store_basic_config
from testbed.s3_server import S3Server, requester_pays_endpoint

from plugin import auth
from plugin.auth import s3
from plugin.core.assets import configure_gdal_for, gdal_uri, required_login

KEY_ID = "AKIATESTKEY0000EXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYTESTSECRET"
PAID = "usgs-landsat"
PUBLIC = "public-bucket"


@pytest.fixture(autouse=True)
def _no_aws_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[S3Server, object]]:
    base = tmp_path_factory.mktemp("s3")
    server, pixels = requester_pays_endpoint(base, {KEY_ID: SECRET}, PAID, PUBLIC)
    yield server, pixels
    server.stop()


def _endpoint_options(server: S3Server, bucket: str) -> dict[str, str]:
    return {"AWS_S3_ENDPOINT": server.endpoint(bucket), "AWS_HTTPS": "NO", "AWS_VIRTUAL_HOSTING": "FALSE"}


@pytest.fixture
def clean(endpoint) -> Iterator[S3Server]:
    """Endpoint options for both buckets (never global), empty caches and log; undone afterwards."""
    server, _ = endpoint
    for bucket in (PAID, PUBLIC):
        for key, value in _endpoint_options(server, bucket).items():
            gdal.SetPathSpecificOption(f"/vsis3/{bucket}/", key, value)
    gdal.VSICurlClearCache()
    server.log.write_text("")
    yield server
    for bucket in (PAID, PUBLIC):
        gdal.ClearPathSpecificOptions(f"/vsis3/{bucket}/")
    gdal.VSICurlClearCache()
    auth.register(s3.RequesterPaysProvider())


@pytest.fixture(scope="module")
def key_config() -> Iterator[str]:
    if not ensure_master_password():
        pytest.fail("the QGIS auth database of the test profile cannot be unlocked")
    config = store_basic_config("aws key pair test", KEY_ID, SECRET)
    yield config
    remove_config(config)


def _provider(server: S3Server, config: str) -> s3.RequesterPaysProvider:
    found = s3.RequesterPaysProvider(auth_cfg=config, extra_options=_endpoint_options(server, PAID))
    auth.register(found)
    return found


def test_s3_hrefs_become_vsis3():
    assert gdal_uri(f"s3://{PAID}/collection02/x_B4.TIF") == f"/vsis3/{PAID}/collection02/x_B4.TIF"


def test_public_bucket_is_read_unsigned(clean, endpoint):
    _, pixels = endpoint
    href = f"s3://{PUBLIC}/LC09/B4.TIF"
    assert required_login(href) == ""
    configure_gdal_for(href)
    assert gdal.GetPathSpecificOption(f"/vsis3/{PUBLIC}/x", "AWS_NO_SIGN_REQUEST") == "YES"
    data = read_pixels(gdal_uri(href))
    assert data is not None and (data == pixels).all()
    assert {(h.address, h.key_id, h.request_payer) for h in clean.hits()} == {("127.0.0.2", "", "")}


def test_requester_pays_without_a_key_pair_is_refused(clean):
    s3.set_auth_cfg("")
    try:
        href = f"s3://{PAID}/LC09/B4.TIF"
        assert required_login(href) == "AWS credentials for a requester-pays bucket"
        configure_gdal_for(href)
        assert gdal.GetPathSpecificOption(f"/vsis3/{PAID}/x", "AWS_NO_SIGN_REQUEST") in (None, "")
        gdal.SetPathSpecificOption(f"/vsis3/{PAID}/", "AWS_NO_SIGN_REQUEST", "YES")
        assert read_pixels(gdal_uri(href)) is None
    finally:
        s3.set_auth_cfg(None)
    hits = clean.hits()
    assert hits and all(h.status == 403 and h.key_id == "" for h in hits)


def test_wrong_secret_or_missing_payer_is_refused(clean, endpoint, key_config):
    server, _ = endpoint
    wrong = store_basic_config("aws wrong", KEY_ID, "not-the-secret")
    try:
        _provider(server, wrong)
        configure_gdal_for(f"s3://{PAID}/LC09/B4.TIF")
        assert read_pixels(f"/vsis3/{PAID}/LC09/B4.TIF") is None
        assert all(h.status == 403 and h.key_id == "invalid" for h in clean.hits())
    finally:
        remove_config(wrong)
    clean.log.write_text("")
    gdal.VSICurlClearCache()
    prefix = f"/vsis3/{PAID}/"
    for key, value in {**_endpoint_options(server, PAID), "AWS_ACCESS_KEY_ID": KEY_ID}.items():
        gdal.SetPathSpecificOption(prefix, key, value)
    gdal.SetPathSpecificOption(prefix, "AWS_SECRET_ACCESS_KEY", SECRET)
    gdal.SetPathSpecificOption(prefix, "AWS_NO_SIGN_REQUEST", "NO")
    gdal.SetPathSpecificOption(prefix, "AWS_REQUEST_PAYER", "")  # signed, but the payer is not accepted
    assert read_pixels(f"/vsis3/{PAID}/LC09/B4.TIF") is None
    assert all(h.status == 403 and h.key_id == KEY_ID and not h.request_payer for h in clean.hits())


def test_requester_pays_with_key_pair_reads_and_keeps_the_key_to_its_bucket(
    clean, endpoint, key_config, tmp_path
):
    server, pixels = endpoint
    _provider(server, key_config)
    paid = f"s3://{PAID}/LC09/B4.TIF"
    public = f"s3://{PUBLIC}/LC09/B4.TIF"
    assert required_login(paid) == ""
    for href in (paid, public):
        configure_gdal_for(href)
    for href in (paid, public):
        data = read_pixels(gdal_uri(href))
        assert data is not None and (data == pixels).all()

    hits = clean.hits()
    paid_hits = [h for h in hits if h.bucket == PAID]
    public_hits = [h for h in hits if h.bucket == PUBLIC]
    assert paid_hits and all(
        (h.address, h.status, h.key_id, h.request_payer) == ("127.0.0.1", 206, KEY_ID, "requester")
        for h in paid_hits
    )
    assert public_hits and all(
        (h.address, h.key_id, h.request_payer) == ("127.0.0.2", "", "") for h in public_hits
    )

    # Options carrying the key are set for the bucket's prefix only, never globally.
    assert gdal.GetPathSpecificOption(f"/vsis3/{PAID}/k", "AWS_SECRET_ACCESS_KEY") == SECRET
    assert gdal.GetPathSpecificOption(f"/vsis3/{PAID}/k", "AWS_REQUEST_PAYER") == "requester"
    for path in (f"/vsis3/{PUBLIC}/k", "/vsis3/other-bucket/k", f"/vsis3/{PAID}-other/k"):
        assert gdal.GetPathSpecificOption(path, "AWS_SECRET_ACCESS_KEY") in (None, "")
        assert gdal.GetPathSpecificOption(path, "AWS_REQUEST_PAYER") in (None, "")
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_REQUEST_PAYER"):
        assert gdal.GetConfigOption(key) in (None, "")

    # Nothing secret in the layer's URI or the project file.
    layer = QgsRasterLayer(gdal_uri(paid), "B4", "gdal")
    assert layer.isValid()
    project = QgsProject()
    project.addMapLayer(layer)
    project_file = tmp_path / "p.qgs"
    assert project.write(str(project_file))
    text = project_file.read_text()
    assert SECRET not in text and KEY_ID not in text and SECRET not in layer.source()


def test_open_raster_task_reads_requester_pays(clean, endpoint, key_config):
    from plugin.tasks import OpenRasterTask

    server, _ = endpoint
    _provider(server, key_config)
    uri = gdal_uri(f"s3://{PAID}/LC09/B4.TIF")
    task = OpenRasterTask([("LC09", "B4", uri)])
    task.work()
    assert (task.ok, task.errors) == ([uri], [])
    assert all(h.key_id == KEY_ID and h.request_payer == "requester" for h in clean.hits())
