"""Save one raster asset (whole or clipped) as a tiled, compressed GeoTIFF."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .assets import configure_gdal_for, http_timeouts, safe_filename
from .errors import Cancelled, NotRasterError, SaveError, StacPluginError
from .models import SaveRequest
from .proj_threads import keep_proj_context

WINDOW_ROWS = 512
_EXCERPT = 500
DISK_MARGIN_BYTES = 16 * 1024 * 1024
"""Room kept free on top of a save's estimated size."""


def _size_text(size: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


def estimated_size(profile: dict[str, Any]) -> int:
    """An upper bound of the bytes a save writes: the uncompressed pixels plus a little for the format."""
    import numpy as np

    pixels = int(profile["count"]) * int(profile["height"]) * int(profile["width"])
    raw = pixels * np.dtype(profile["dtype"]).itemsize
    return int(raw * 1.01) + 64 * 1024


def check_free_space(folder: str, needed: int) -> None:
    """Raise SaveError when ``folder``'s disk has less than ``needed`` bytes (plus a margin) free."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return
    if free < needed + DISK_MARGIN_BYTES:
        raise SaveError(
            f"Not enough free disk space in {folder}: the file may need {_size_text(needed)}, "
            f"{_size_text(free)} is free",
            detail=f"folder: {folder}\nestimated size: {needed} bytes\nfree: {free} bytes",
        )


def target_path(req: SaveRequest) -> str:
    """Where ``save_asset`` writes ``req``."""
    return str(Path(req.folder) / safe_filename(req.item_id, req.asset_key))


def _check_folder(folder: str) -> None:
    if not folder or not Path(folder).is_dir():
        raise SaveError(f"The folder {folder or '(none)'} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise SaveError(f"The folder {folder} is not writable")


def _open(req: SaveRequest) -> Any:
    import rioxarray
    from rioxarray.exceptions import NoDataInBounds, OneDimensionalRaster

    configure_gdal_for(req.uri)
    try:
        data = rioxarray.open_rasterio(req.uri, masked=False, cache=False)
    except Exception as exc:
        raise NotRasterError(f"Could not open {req.uri} as a raster", detail=repr(exc)[:_EXCERPT]) from exc
    if isinstance(data, list) or not hasattr(data, "rio"):
        raise NotRasterError(f"{req.uri} holds several datasets, not one raster")
    if "band" not in data.dims:
        data = data.expand_dims("band")
    if req.clip is not None:
        try:
            data = data.rio.clip_box(*req.clip, crs=req.clip_crs)
        except (NoDataInBounds, OneDimensionalRaster) as exc:
            data.close()
            raise SaveError(
                f"The map extent does not overlap {req.item_id} {req.asset_key}", detail=repr(exc)[:_EXCERPT]
            ) from exc
        except Exception as exc:
            data.close()
            raise SaveError(f"Could not clip {req.uri}", detail=repr(exc)[:_EXCERPT]) from exc
    return data


def _profile(data: Any) -> dict[str, Any]:
    count, height, width = (int(data.sizes[d]) for d in ("band", "y", "x"))
    profile: dict[str, Any] = {
        "driver": "GTiff",
        "count": count,
        "height": height,
        "width": width,
        "dtype": str(data.dtype),
        "crs": data.rio.crs,
        "transform": data.rio.transform(recalc=True),
        "nodata": data.rio.nodata,
        "tiled": True,
        "blockxsize": 256,
        "blockysize": 256,
        "compress": "deflate",
        "BIGTIFF": "IF_SAFER",
    }
    if profile["dtype"] in ("int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"):
        profile["predictor"] = 2
    return profile


def _copy_scale_offset(dst: Any, scales: tuple[Any, Any], count: int) -> None:
    try:
        scale = float(scales[0]) if scales[0] is not None else 1.0
        offset = float(scales[1]) if scales[1] is not None else 0.0
    except (TypeError, ValueError):
        return
    if scale != 1.0 or offset != 0.0:
        dst.scales = [scale] * count
        dst.offsets = [offset] * count


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        Path(path).unlink()


def _forget_remote(uri: str) -> None:
    """Drop what GDAL cached of a remote file after a failed read, so a retry starts afresh."""
    if not uri.startswith("/vsi"):
        return
    try:
        from osgeo import gdal

        gdal.VSICurlPartialClearCache(uri)
    except Exception:  # the cache is an optimisation; nothing to report
        pass


def save_asset(
    req: SaveRequest,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> str:
    """Save ``req`` to ``<folder>/<safe_filename>``; returns the path (see :func:`_save_asset`).

    Remote reads end at the plugin's read timeout (see :func:`assets.http_timeouts`).
    """
    with http_timeouts():
        return _save_asset(req, progress, is_canceled)


def _save_asset(
    req: SaveRequest,
    progress: Callable[[float], None] | None,
    is_canceled: Callable[[], bool] | None,
) -> str:
    """Save ``req`` to ``<folder>/<safe_filename>``; returns the path.

    Checks the free disk space first, reads window by window (checking ``is_canceled`` between
    windows), writes to a temporary file in the target folder and renames it when complete;
    raises Cancelled (no file left) or SaveError (no file left either).
    """
    _check_folder(req.folder)
    target = target_path(req)
    if Path(target).exists() and not req.overwrite:
        raise SaveError(f"{target} already exists", detail=target)
    if is_canceled is not None and is_canceled():
        raise Cancelled()

    import rasterio
    from rasterio.windows import Window

    try:
        data = _open(req)
    finally:
        keep_proj_context()  # rioxarray used pyproj in this (maybe QGIS-pooled) thread
    profile = _profile(data)
    height, width = profile["height"], profile["width"]
    if height == 0 or width == 0:
        data.close()
        raise SaveError(f"The map extent does not overlap {req.item_id} {req.asset_key}")
    try:
        check_free_space(req.folder, estimated_size(profile))
    except SaveError:
        data.close()
        raise
    scales = data.attrs.get("scale_factor"), data.attrs.get("add_offset")
    descriptions = data.attrs.get("long_name")

    fd, temp = tempfile.mkstemp(prefix=f".{Path(target).name}.part-", suffix=".tif", dir=req.folder)
    os.close(fd)
    try:
        if progress is not None:
            progress(0.0)
        with rasterio.open(temp, "w", **profile) as dst:
            if isinstance(descriptions, (list, tuple)) and len(descriptions) == profile["count"]:
                for index, text in enumerate(descriptions, start=1):
                    dst.set_band_description(index, str(text))
            _copy_scale_offset(dst, scales, profile["count"])
            for row in range(0, height, WINDOW_ROWS):
                if is_canceled is not None and is_canceled():
                    raise Cancelled()
                rows = min(WINDOW_ROWS, height - row)
                try:
                    block = data.isel(y=slice(row, row + rows)).values
                except Exception as exc:
                    raise SaveError(
                        f"Could not read {req.item_id} {req.asset_key}",
                        detail=f"{req.uri}\n{exc!r}"[:_EXCERPT],
                    ) from exc
                dst.write(block, window=Window(0, row, width, rows))
                if progress is not None:
                    progress(100.0 * (row + rows) / height)
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        if Path(target).exists() and not req.overwrite:
            raise SaveError(f"{target} already exists", detail=target)
        Path(temp).replace(target)
    except StacPluginError:
        _remove(temp)
        _forget_remote(req.uri)
        raise
    except Exception as exc:
        _remove(temp)
        _forget_remote(req.uri)
        raise SaveError(f"Could not write {target}: {exc}", detail=repr(exc)[:_EXCERPT]) from exc
    except BaseException:
        _remove(temp)
        raise
    finally:
        data.close()
    return target
