"""A save closes every dataset and array it opens itself, whatever the outcome, without the garbage
collector: QGIS may have shut GDAL down by the time the collector would free them."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

rasterio = pytest.importorskip("rasterio")
pytest.importorskip("rioxarray")
from rasterio.transform import from_origin  # noqa: E402
from xarray.backends.file_manager import FILE_CACHE  # noqa: E402

from plugin.core.errors import Cancelled, SaveError  # noqa: E402
from plugin.core.models import SaveRequest  # noqa: E402
from plugin.core.save import save_asset  # noqa: E402

SIZE = 600
X0, Y0, RES = 600000.0, 5900000.0, 10.0
INSIDE = (X0 + 500, Y0 - 3000, X0 + 1500, Y0 - 500)


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("src") / "source.tif"
    profile = {
        "driver": "GTiff", "width": SIZE, "height": SIZE, "count": 1, "dtype": "uint16",
        "crs": "EPSG:32631", "transform": from_origin(X0, Y0, RES, RES),
        "tiled": True, "blockxsize": 256, "blockysize": 256, "compress": "deflate",
    }
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(np.arange(SIZE * SIZE, dtype="uint32").reshape(1, SIZE, SIZE).astype("uint16"))
    return path


@pytest.fixture
def truncated(source, tmp_path) -> Path:
    """The source cut after its header: it opens, and reading its pixels fails."""
    path = tmp_path / "truncated.tif"
    shutil.copy(source, path)
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 3)
    return path


def _open_files() -> list[str]:
    files = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            files.append(str(fd.readlink()))
        except OSError:
            continue
    return sorted(f for f in files if f.startswith("/"))


@pytest.fixture
def no_collector(source, tmp_path) -> Iterator[Callable[[], None]]:
    """Garbage collection off; yields a check that nothing the save opened is still open."""
    warm = tmp_path / "warm"
    warm.mkdir()
    save_asset(SaveRequest(str(source), str(warm), "warm", "up"))  # GDAL's own one-off opens
    gc.collect()
    gc.disable()
    before = _open_files()
    cached = len(FILE_CACHE)

    def check() -> None:
        assert len(FILE_CACHE) == cached, "an array's file is still in xarray's cache"
        assert _open_files() == before

    try:
        yield check
    finally:
        gc.enable()


@pytest.mark.parametrize("clip", [None, INSIDE], ids=["whole", "clipped"])
def test_a_save_closes_everything(source, tmp_path, no_collector, clip) -> None:
    request = SaveRequest(str(source), str(tmp_path), "item", "key", clip=clip, clip_crs="EPSG:32631")
    assert Path(save_asset(request)).exists()
    no_collector()


def test_a_clip_outside_closes_everything(source, tmp_path, no_collector) -> None:
    outside = (X0 - 9000, Y0 - 2000, X0 - 8000, Y0 - 1000)
    request = SaveRequest(str(source), str(tmp_path), "item", "key", clip=outside, clip_crs="EPSG:32631")
    with pytest.raises(SaveError, match="does not overlap"):
        save_asset(request)
    no_collector()


@pytest.mark.parametrize("clip", [None, INSIDE], ids=["whole", "clipped"])
def test_a_cancelled_save_closes_everything(source, tmp_path, no_collector, clip) -> None:
    asked: list[bool] = []

    def is_canceled() -> bool:  # cancelled once the file is open and being written
        asked.append(True)
        return len(asked) > 1

    out = tmp_path / "out"
    out.mkdir()
    request = SaveRequest(str(source), str(out), "item", "key", clip=clip, clip_crs="EPSG:32631")
    with pytest.raises(Cancelled):
        save_asset(request, is_canceled=is_canceled)
    assert list(out.iterdir()) == []
    no_collector()


@pytest.mark.parametrize("clip", [None, INSIDE], ids=["whole", "clipped"])
def test_a_failed_read_closes_everything(truncated, tmp_path, no_collector, clip) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(SaveError):
        save_asset(SaveRequest(str(truncated), str(out), "item", "key", clip=clip, clip_crs="EPSG:32631"))
    assert list(out.iterdir()) == []
    no_collector()


def test_the_check_sees_a_leak(source, tmp_path, no_collector) -> None:
    """The check above fails when an opened array is left to the garbage collector."""
    import rioxarray

    data = rioxarray.open_rasterio(str(source), cache=False)
    clipped = data.rio.clip_box(*INSIDE)
    del data
    clipped.close()  # closes nothing: only the array that opened the file can
    with pytest.raises(AssertionError):
        no_collector()
    del clipped
    gc.enable()
    gc.collect()
