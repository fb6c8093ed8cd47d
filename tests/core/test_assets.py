"""Media types, GDAL paths, logins and file names of assets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from plugin.core import assets
from plugin.core.assets import asset_infos, gdal_uri, layer_name, required_login, safe_filename

from ._samples import sample


@pytest.fixture
def builtin_logins() -> Iterator[None]:
    """The plugin's logins registered as when it loads; the registry is empty again afterwards."""
    from plugin.auth import AssetLogins

    logins = AssetLogins()
    logins.install(signed_projects=False)
    yield
    logins.remove()


def _by_key(item_name: str) -> dict[str, assets.AssetInfo]:
    return {info.key: info for info in asset_infos(sample(item_name))}


def test_earth_search_v0_assets():
    infos = _by_key("item-earth-search-v0")
    assert infos["B04"].is_raster and infos["B04"].reason == ""
    assert infos["visual"].is_raster
    assert infos["thumbnail"].is_raster  # GDAL reads PNG; said to be a picture
    assert infos["thumbnail"].note == "picture: probably not georeferenced"
    assert not infos["metadata"].is_raster
    assert infos["metadata"].reason == "not a raster format GDAL reads (application/xml)"
    assert infos["info"].reason == "not a raster format GDAL reads (application/json)"
    assert infos["B04"].title == "Band 4 (red)"
    assert list(infos)[:5] == ["thumbnail", "overview", "info", "metadata", "visual"]


def test_earth_search_v1_assets():
    infos = _by_key("item-earth-search-v1")
    assert infos["red"].is_raster
    assert infos["red"].roles == ("data", "reflectance")
    assert infos["red"].note == ""  # a COG
    assert infos["thumbnail"].note == "preview picture: probably not georeferenced"
    assert infos["granule_metadata"].reason == "not a raster format GDAL reads (application/xml)"
    jp2 = asset_infos({"assets": {"red-jp2": {"href": "s3://b/T20EPT/B04.jp2", "type": "image/jp2"}}})[0]
    assert jp2.is_raster
    assert jp2.note == "JPEG 2000, slower: decoding costs more than a COG"


def test_usgs_vnd_stac_geotiff_is_raster():
    infos = _by_key("item-usgs-lc08")
    assert infos["red"].media_type == "image/vnd.stac.geotiff; cloud-optimized=true"
    assert infos["red"].is_raster
    assert not infos["index"].is_raster


def test_sentinel1_s3_assets():
    infos = _by_key("item-sentinel-1-grd")
    assert infos["hh"].is_raster
    assert infos["hh"].href.startswith("s3://sentinel-s1-l1c/")
    assert gdal_uri(infos["hh"].href).startswith("/vsis3/sentinel-s1-l1c/GRD/")


@pytest.mark.parametrize(
    ("media_type", "raster"),
    [
        ("image/tiff; application=geotiff", True),
        ("image/tiff; application=geotiff; profile=cloud-optimized", True),
        ("IMAGE/TIFF;APPLICATION=GEOTIFF;PROFILE=CLOUD-OPTIMIZED", True),
        ("image/tiff ;  application=geotiff", True),
        ("image/vnd.stac.geotiff", True),
        ("image/vnd.stac.geotiff; cloud-optimized=true", True),
        ("image/jp2", True),
        ("application/x-netcdf", True),
        ("application/x-hdf5", True),
        ("image/png", True),
        ("image/tiff; application=other", False),
        ("application/xml", False),
        ("application/json", False),
        ("text/html", False),
    ],
)
def test_media_types(media_type, raster):
    info = asset_infos({"assets": {"a": {"href": "https://h/x", "type": media_type}}})[0]
    assert info.is_raster is raster
    if raster:
        assert info.reason == ""
    elif media_type.startswith("image/tiff"):
        assert info.reason == f"not a GeoTIFF ({media_type})"
    else:
        assert info.reason == f"not a raster format GDAL reads ({media_type})"


def test_raster_media_types_come_from_gdal():
    from osgeo import gdal

    types, suffixes = assets.gdal_raster_formats()
    for index in range(gdal.GetDriverCount()):
        meta = gdal.GetDriver(index).GetMetadata() or {}
        if meta.get("DCAP_RASTER") == "YES" and meta.get("DMD_MIMETYPE"):
            assert meta["DMD_MIMETYPE"].lower() in types
    assert (types.get("image/jp2") is not None) is (gdal.GetDriverByName("JP2OpenJPEG") is not None)
    assert ".json" not in suffixes and ".xml" not in suffixes


def test_media_type_without_driver_says_which(monkeypatch):
    monkeypatch.setattr(assets, "gdal_raster_formats", lambda: ({}, {}))
    info = asset_infos({"assets": {"a": {"href": "https://h/x.jp2", "type": "image/jp2"}}})[0]
    assert not info.is_raster
    assert info.reason.startswith("this GDAL has no driver for image/jp2 (JP2OpenJPEG")


def test_plain_geotiff_is_marked_slower():
    plain = asset_infos({"assets": {"a": {
        "href": "https://h/x.tif", "type": "image/tiff; application=geotiff"}}})[0]
    cog = asset_infos({"assets": {"a": {
        "href": "https://h/x.tif", "type": "image/tiff; application=geotiff; profile=cloud-optimized"}}})[0]
    assert plain.is_raster and cog.is_raster
    assert plain.note.startswith("not a COG, slower:")
    assert cog.note == ""


def test_alternate_href_used_when_the_main_one_needs_a_missing_login():
    item = {"assets": {"B04": {
        "href": "s3://usgs-landsat/x/B4.TIF",
        "type": "image/tiff; application=geotiff; profile=cloud-optimized",
        "alternate": {"https": {"href": "https://landsatlook.usgs.gov/x/B4.TIF"}},
    }}}
    info = asset_infos(item)[0]
    assert info.alternates == (("https", "https://landsatlook.usgs.gov/x/B4.TIF"),)

    def lacking_s3(href):
        return "AWS credentials" if href.startswith("s3://") else ""

    assert assets.usable_href(info, lacking_s3) == ("https://landsatlook.usgs.gov/x/B4.TIF", "")
    assert assets.usable_href(info, lambda href: "") == ("s3://usgs-landsat/x/B4.TIF", "")
    assert assets.usable_href(info, lambda href: "a login") == ("s3://usgs-landsat/x/B4.TIF", "a login")


@pytest.mark.parametrize(
    ("href", "raster"),
    [
        ("https://h/a/b.tif", True),
        ("https://h/a/b.TIF?sig=1&x=.jp2", True),
        ("https://h/a/b.tiff#frag", True),
        ("s3://bucket/key/b.tif", True),
        ("https://h/a/b.jp2", True),
        ("https://h/a/b.nc", True),
        ("https://h/a/b.json", False),
        ("https://h/a/b.xml", False),
        ("https://h/a/tif", False),
        ("", False),
    ],
)
def test_no_media_type_uses_extension(href, raster):
    info = asset_infos({"assets": {"a": {"href": href}}})[0]
    assert info.is_raster is raster
    assert bool(info.reason) is not raster


def test_bad_assets_are_tolerated():
    assert asset_infos({}) == ()
    assert asset_infos({"assets": []}) == ()
    assert asset_infos({"assets": {"a": "x", "b": {"href": 3, "roles": "data"}}})[0].href == "3"


@pytest.mark.parametrize(
    ("href", "uri"),
    [
        ("https://h.example/a b/c.tif", "/vsicurl/https://h.example/a b/c.tif"),
        ("http://127.0.0.1:8080/c.tif?x=1", "/vsicurl/http://127.0.0.1:8080/c.tif?x=1"),
        ("s3://bucket/k/c.tif", "/vsis3/bucket/k/c.tif"),
        ("az://container/k/c.tif", "/vsiaz/container/k/c.tif"),
        ("gs://bucket/k/c.tif", "/vsigs/bucket/k/c.tif"),
        ("file:///tmp/a%20b/c.tif", "/tmp/a b/c.tif"),
        ("/tmp/c.tif", "/tmp/c.tif"),
        ("C:\\data\\c.tif", "C:\\data\\c.tif"),
    ],
)
def test_gdal_uri(href, uri):
    assert gdal_uri(href) == uri


@pytest.mark.parametrize(
    ("href", "login"),
    [
        ("https://sentinel2l2a01.blob.core.windows.net/x/y.tif", ""),  # the plugin signs it
        ("https://sentinel2l2a01.blob.core.windows.net/x/y.tif?st=1&sig=abc", ""),
        ("https://data.lpdaac.earthdatacloud.nasa.gov/lp-prod-protected/x.tif", "a NASA Earthdata login"),
        ("https://e4ftl01.cr.usgs.earthdata.nasa.gov/x.tif", "a NASA Earthdata login"),
        ("s3://usgs-landsat/collection02/x.TIF", "AWS credentials for a requester-pays bucket"),
        ("s3://sentinel-s1-l1c/GRD/x.tiff", ""),
        ("https://sentinel-cogs.s3.us-west-2.amazonaws.com/x.tif", ""),
        ("/tmp/x.tif", ""),
    ],
)
def test_required_login(href, login, builtin_logins):
    assert required_login(href) == login


def test_configure_gdal_for_sets_path_specific_options(builtin_logins):
    gdal = pytest.importorskip("osgeo.gdal")
    if int(gdal.VersionInfo()) < 3060000:
        pytest.skip("needs GDAL >= 3.6")
    assets.configure_gdal_for("https://cog.example.test/a/b.tif")
    prefix = "/vsicurl/https://cog.example.test/"
    assert gdal.GetPathSpecificOption(prefix + "x.tif", "GDAL_DISABLE_READDIR_ON_OPEN") == "EMPTY_DIR"
    assert gdal.GetPathSpecificOption(prefix + "x.tif", "GDAL_HTTP_MERGE_CONSECUTIVE_RANGES") == "YES"
    assert gdal.GetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN") in (None, "")
    assets.configure_gdal_for("s3://public-bucket-test/k.tif")
    assert gdal.GetPathSpecificOption("/vsis3/public-bucket-test/k.tif", "AWS_NO_SIGN_REQUEST") == "YES"
    assert gdal.GetPathSpecificOption("/vsis3/other/k.tif", "AWS_NO_SIGN_REQUEST") in (None, "")
    assets.configure_gdal_for("s3://usgs-landsat/k.tif")
    assert gdal.GetPathSpecificOption("/vsis3/usgs-landsat/k.tif", "AWS_NO_SIGN_REQUEST") in (None, "")
    assets.configure_gdal_for("/tmp/local.tif")


@pytest.mark.parametrize(
    ("item_id", "key", "expected"),
    [
        ("S2A_28QCH_20200714_0_L2A", "B04", "S2A_28QCH_20200714_0_L2A_B04.tif"),
        ("../../etc/passwd", "B04", "____etc_passwd_B04.tif"),
        ("/abs/path", "x", "_abs_path_x.tif"),
        ("C:\\Windows\\x", "k", "C__Windows_x_k.tif"),
        ("..", "..", "___.tif"),
        ("CON", "", "_CON.tif"),
        ("nul.txt", "", "_nul.txt.tif"),
        ("Łódź été 東京", "bänd", "Łódź été 東京_bänd.tif"),
        ("a\x00b\nc\td", "e", "a_b_c_d_e.tif"),
        ("", "", "item.tif"),
        (".hidden", "k", "hidden_k.tif"),
    ],
)
def test_safe_filename(item_id, key, expected):
    assert safe_filename(item_id, key) == expected


@pytest.mark.parametrize("item_id", ["x" * 400, "é" * 300, "東" * 300])
def test_safe_filename_long_names_are_capped_and_distinct(item_id):
    name = safe_filename(item_id, "B04")
    other = safe_filename(item_id[:-1] + "y", "B04")
    assert name.endswith(".tif")
    assert len(name) <= 150
    assert len(name.encode("utf-8")) <= 200
    assert name != other


@pytest.mark.parametrize("item_id", ["../x", "a/b\\c:d", "..\\..", "x" * 300, "CON", " . "])
def test_safe_filename_is_one_component(tmp_path, item_id):
    name = safe_filename(item_id, "../k")
    assert "/" not in name and "\\" not in name and ":" not in name
    assert not name.startswith(".")
    assert (tmp_path / name).parent == tmp_path


def test_layer_name():
    assert layer_name("S2A_x", "B04") == "S2A_x B04"
