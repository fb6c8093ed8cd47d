"""Saving an asset (whole or clipped) to a GeoTIFF."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import numpy as np
import pytest

rasterio = pytest.importorskip("rasterio")
pytest.importorskip("rioxarray")
from pyproj import Transformer  # noqa: E402
from rasterio.transform import from_origin  # noqa: E402
from rasterio.windows import Window, from_bounds  # noqa: E402

from plugin.core.errors import Cancelled, NotRasterError, SaveError  # noqa: E402
from plugin.core.models import SaveRequest  # noqa: E402
from plugin.core.save import current_umask, save_asset, target_path  # noqa: E402

WIDTH, HEIGHT, RES = 700, 1100, 10.0
X0, Y0 = 600000.0, 5900040.0  # upper-left corner, EPSG:32631


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """A tiled 2-band uint16 GeoTIFF in UTM 31N with nodata 0 and a nodata corner."""
    path = tmp_path_factory.mktemp("src") / "source.tif"
    rng = np.random.default_rng(42)
    data = rng.integers(1, 10000, size=(2, HEIGHT, WIDTH), dtype=np.uint16)
    data[:, :50, :50] = 0
    with rasterio.open(
        path,
        "w",
        driver="GTiff",
        width=WIDTH,
        height=HEIGHT,
        count=2,
        dtype="uint16",
        crs="EPSG:32631",
        transform=from_origin(X0, Y0, RES, RES),
        nodata=0,
        tiled=True,
        blockxsize=256,
        blockysize=256,
    ) as dst:
        dst.write(data)
    return path


def _request(source: Path, folder: Path, **kwargs) -> SaveRequest:
    return SaveRequest(
        uri=str(source), folder=str(folder), item_id="S2A_31UFU_20200328_0_L2A", asset_key="B04", **kwargs
    )


def test_whole_asset(source, tmp_path):
    progress: list[float] = []
    path = save_asset(_request(source, tmp_path), progress.append, lambda: False)
    assert path == str(tmp_path / "S2A_31UFU_20200328_0_L2A_B04.tif")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["S2A_31UFU_20200328_0_L2A_B04.tif"]
    with rasterio.open(source) as src, rasterio.open(path) as out:
        assert out.crs == src.crs
        assert out.transform.almost_equals(src.transform)
        assert (out.width, out.height, out.count) == (src.width, src.height, src.count)
        assert out.dtypes == src.dtypes
        assert out.nodata == 0
        assert out.profile["tiled"] and out.profile["compress"].lower() == "deflate"
        np.testing.assert_array_equal(out.read(), src.read())
    assert progress[0] == 0 and progress[-1] == pytest.approx(100)
    assert progress == sorted(progress)


def test_clip_in_raster_crs_matches_source_window(source, tmp_path):
    box = (X0 + 100 * RES, Y0 - 900 * RES, X0 + 350 * RES, Y0 - 200 * RES)
    path = save_asset(_request(source, tmp_path, clip=box, clip_crs="EPSG:32631"), None, None)
    with rasterio.open(source) as src, rasterio.open(path) as out:
        assert out.bounds == pytest.approx(box)
        window = from_bounds(*box, transform=src.transform).round_offsets().round_lengths()
        assert (window.col_off, window.row_off, window.width, window.height) == (100, 200, 250, 700)
        np.testing.assert_array_equal(out.read(), src.read(window=window))
        assert out.crs == src.crs and out.nodata == src.nodata


def test_clip_in_wgs84(source, tmp_path):
    to_wgs = Transformer.from_crs("EPSG:32631", "EPSG:4326", always_xy=True)
    inner = (X0 + 200 * RES, Y0 - 800 * RES, X0 + 400 * RES, Y0 - 300 * RES)
    box = to_wgs.transform_bounds(*inner, densify_pts=21)
    path = save_asset(_request(source, tmp_path, clip=box, clip_crs="EPSG:4326"), None, None)
    with rasterio.open(source) as src, rasterio.open(path) as out:
        # The output covers the lon/lat box (so at least the inner UTM box) and is a window of the source.
        assert out.bounds.left <= inner[0] and out.bounds.right >= inner[2]
        assert out.bounds.bottom <= inner[1] and out.bounds.top >= inner[3]
        col = round((out.bounds.left - X0) / RES)
        row = round((Y0 - out.bounds.top) / RES)
        window = Window(col, row, out.width, out.height)
        np.testing.assert_array_equal(out.read(), src.read(window=window))


def test_clip_outside_raster(source, tmp_path):
    with pytest.raises(SaveError, match="does not overlap"):
        save_asset(_request(source, tmp_path, clip=(-10.0, -10.0, -9.0, -9.0)), None, None)
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_no_file(source, tmp_path):
    calls = []

    def canceled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        save_asset(_request(source, tmp_path), None, canceled)
    assert list(tmp_path.iterdir()) == []


def test_existing_file_without_overwrite_fails_before_reading(tmp_path):
    req = _request(tmp_path / "does-not-exist.tif", tmp_path)
    Path(target_path(req)).write_text("keep me")
    with pytest.raises(SaveError, match="already exists"):
        save_asset(req, None, None)
    assert Path(target_path(req)).read_text() == "keep me"


def test_overwrite_replaces(source, tmp_path):
    req = _request(source, tmp_path, overwrite=True)
    Path(target_path(req)).write_text("old")
    path = save_asset(req, None, None)
    with rasterio.open(path) as out:
        assert out.width == WIDTH
    assert len(list(tmp_path.iterdir())) == 1


def test_missing_folder(source, tmp_path):
    with pytest.raises(SaveError, match="does not exist"):
        save_asset(_request(source, tmp_path / "nope"), None, None)


def test_not_a_raster(tmp_path):
    bad = tmp_path / "in" / "x.tif"
    bad.parent.mkdir()
    bad.write_text("not a tiff")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NotRasterError):
        save_asset(_request(bad, out), None, None)
    assert list(out.iterdir()) == []


def test_clipped_file_name_says_clipped(source, tmp_path):
    box = (X0 + 100 * RES, Y0 - 900 * RES, X0 + 350 * RES, Y0 - 200 * RES)
    path = save_asset(_request(source, tmp_path, clip=box, clip_crs="EPSG:32631"), None, None)
    assert Path(path).name == "S2A_31UFU_20200328_0_L2A_B04_clipped.tif"
    assert target_path(_request(source, tmp_path)).endswith("_B04.tif")


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002])
def test_saved_file_follows_the_umask(source, tmp_path, umask):
    previous = os.umask(umask)
    try:
        assert current_umask() == umask
        path = save_asset(_request(source, tmp_path), None, None)
    finally:
        os.umask(previous)
    assert stat.S_IMODE(Path(path).stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize("clip", [None, (X0 + 100 * RES, Y0 - 900 * RES, X0 + 350 * RES, Y0 - 200 * RES)])
def test_save_leaves_no_file_open(source, tmp_path, clip):
    from xarray.backends.file_manager import FILE_CACHE

    before = len(FILE_CACHE)
    save_asset(_request(source, tmp_path, clip=clip, clip_crs="EPSG:32631"), None, None)
    assert len(FILE_CACHE) == before  # closed here, not by the garbage collector on some other thread
