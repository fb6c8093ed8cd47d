"""Save one raster asset (whole or clipped) as a tiled, compressed GeoTIFF."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
import socket
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from .assets import configure_gdal_for, http_timeouts, safe_filename
from .errors import Cancelled, NotRasterError, SaveError, StacPluginError
from .folders import FolderError, check_folder, os_reason, size_text
from .models import SaveRequest
from .proj_threads import keep_proj_context

_LOG = logging.getLogger("stac")

WINDOW_ROWS = 512
_EXCERPT = 500
DISK_MARGIN_BYTES = 16 * 1024 * 1024
"""Room kept free on top of a save's estimated size."""


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
            f"Not enough free disk space in {folder}: the file may need {size_text(needed)}, "
            f"{size_text(free)} is free",
            detail=f"folder: {folder}\nestimated size: {needed} bytes\nfree: {free} bytes",
        )


CLIPPED_SUFFIX = "_clipped"
"""Added to the asset key in the name of a clipped save: ``<item>_<asset>_clipped.tif``."""


def saved_name(item_id: str, asset_key: str, clipped: bool) -> str:
    """The file name of a save: ``<item>_<asset>.tif``, or ``<item>_<asset>_clipped.tif`` clipped."""
    return safe_filename(item_id, f"{asset_key}{CLIPPED_SUFFIX}" if clipped else asset_key)


def target_path(req: SaveRequest) -> str:
    """Where ``save_asset`` writes ``req`` (named by :func:`saved_name`)."""
    return str(Path(req.folder) / saved_name(req.item_id, req.asset_key, req.clip is not None))


SAME_TARGET = (
    "Two assets would be saved as {target}: {first} and {second} (the same item id in two collections?)"
)
"""Why a batch is refused when two of its assets map to one file name."""


class SameTargetError(SaveError):
    """Two assets of one batch would be written to the same file; ``template`` and ``fields``
    make the message (the QGIS side translates the template)."""

    def __init__(self, target: str, first: str, second: str) -> None:
        self.template = SAME_TARGET
        self.fields = {"target": target, "first": first, "second": second}
        super().__init__(SAME_TARGET.format(**self.fields), detail=target)


def plan_saves(
    entries: Iterable[tuple[str, str, str]],
    folder: str,
    *,
    clip: tuple[float, float, float, float] | None = None,
    clip_crs: str = "EPSG:4326",
    overwrite: bool = False,
) -> list[SaveRequest]:
    """The batch saving ``entries`` (item id, asset key, GDAL URI) into ``folder``, whole or
    clipped to ``clip`` (in ``clip_crs``): one request per file, in order.

    The same asset asked for twice is saved once; two different assets that would be written
    to one file (see :func:`saved_name`) raise :class:`SameTargetError` before anything is read.
    """
    requests: list[SaveRequest] = []
    seen: dict[str, SaveRequest] = {}
    for item_id, asset_key, uri in entries:
        request = SaveRequest(
            uri=uri, folder=folder, item_id=str(item_id), asset_key=str(asset_key),
            clip=clip, clip_crs=clip_crs, overwrite=overwrite,
        )
        key = os.path.normcase(target_path(request))
        earlier = seen.get(key)
        if earlier is None:
            seen[key] = request
            requests.append(request)
        elif earlier.uri != request.uri:
            raise SameTargetError(
                target_path(request),
                f"{earlier.item_id} {earlier.asset_key}",
                f"{request.item_id} {request.asset_key}",
            )
    return requests


def existing_targets(requests: Iterable[SaveRequest]) -> list[str]:
    """The files the batch ``requests`` would replace, in order."""
    return [path for path in map(target_path, requests) if Path(path).exists()]


def settle_existing(requests: list[SaveRequest], overwrite: bool) -> list[SaveRequest]:
    """The batch once the user chose for its existing files: every request allowed to replace
    its file (``overwrite``), or the requests whose file exists left out."""
    if overwrite:
        return [replace(request, overwrite=True) for request in requests]
    existing = set(existing_targets(requests))
    return [request for request in requests if target_path(request) not in existing]


def current_umask() -> int:
    """The process's umask (read without changing it where the system tells it)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # elsewhere: set and restore at once
    os.umask(mask)
    return mask


def _follow_umask(path: str) -> None:
    """Give ``path`` (a private temporary) the mode a newly created file gets: 0666 less the umask."""
    if os.name != "nt":
        Path(path).chmod(0o666 & ~current_umask())


TEMP_MARK = ".part-"
"""In the name of a save's temporary file: ``.<target name>.part-<host>-<pid>-<random>.tif``."""
_TEMP_NAME = re.compile(r"^\..+\.part-(?P<host>[0-9a-f]{8})-(?P<pid>[1-9][0-9]{0,9})-[a-z0-9_]{8}\.tif$")
OTHER_HOST_STALE_S = 7 * 24 * 3600
"""A temporary written from another machine (a shared folder) or process id namespace is removed
only after this long unchanged: its writer's process cannot be checked from here."""


def host_tag() -> str:
    """Eight hex digits naming where process ids mean the same: this machine and, on Linux, this
    process id namespace (a sandboxed QGIS such as a Flatpak has its own)."""
    where = socket.gethostname()
    with contextlib.suppress(OSError):
        where += "\0" + str(Path("/proc/self/ns/pid").readlink())
    return hashlib.sha1(where.encode("utf-8", "replace")).hexdigest()[:8]


def temp_prefix(target: str) -> str:
    """The prefix of the temporary file a save of ``target`` writes (a random part and .tif follow)."""
    return f".{Path(target).name}{TEMP_MARK}{host_tag()}-{os.getpid()}-"


def process_alive(pid: int) -> bool:
    """Whether a process ``pid`` runs on this machine (True when that cannot be told)."""
    if pid <= 0:
        return True
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: only checks that the process exists
    except ProcessLookupError:
        return False
    except OSError:  # e.g. another user's process: it exists
        return True
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    query_limited_information, still_active, invalid_parameter = 0x1000, 259, 87
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() != invalid_parameter  # access denied: it exists
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def remove_stale_temporaries(folder: str, now: float | None = None) -> list[str]:
    """Delete the temporaries that saves into ``folder`` left behind when their process died.

    Only files named like :func:`temp_prefix` are considered: one of this :func:`host_tag` whose
    process no longer runs, or one of another unchanged for :data:`OTHER_HOST_STALE_S`. A save
    running in any process (this one included) keeps its file. Returns the paths removed;
    errors (a file gone meanwhile, no permission) are ignored.
    """
    removed: list[str] = []
    here = host_tag()
    now = time.time() if now is None else now
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if match["host"] == here:
                stale = not process_alive(int(match["pid"]))
            else:
                stale = now - entry.stat(follow_symlinks=False).st_mtime > OTHER_HOST_STALE_S
            if stale:
                Path(entry.path).unlink()
                removed.append(entry.path)
        except OSError:
            continue
    return removed


def _check_folder(folder: str) -> None:
    if not folder or not Path(folder).is_dir():
        raise FolderError(f"The folder {folder or '(none)'} does not exist")
    check_folder(folder)


def _open(req: SaveRequest, stack: contextlib.ExitStack) -> Any:
    """The array to save (clipped when asked); every array opened or derived is closed by ``stack``."""
    import rioxarray
    from rioxarray.exceptions import NoDataInBounds, OneDimensionalRaster

    try:
        data = rioxarray.open_rasterio(req.uri, masked=False, cache=False)
    except (OSError, *_gdal_errors()) as exc:
        raise NotRasterError(f"Could not open {req.uri} as a raster", detail=repr(exc)[:_EXCERPT]) from exc
    if isinstance(data, list):
        for part in data:
            stack.callback(part.close)
    else:
        stack.callback(data.close)  # the source dataset: a clip below does not close it
    if isinstance(data, list) or not hasattr(data, "rio"):
        raise NotRasterError(f"{req.uri} holds several datasets, not one raster")
    if "band" not in data.dims:
        data = data.expand_dims("band")
        stack.callback(data.close)
    if req.clip is not None:
        try:
            data = data.rio.clip_box(*req.clip, crs=req.clip_crs)
        except (NoDataInBounds, OneDimensionalRaster) as exc:
            raise SaveError(
                f"The map extent does not overlap {req.item_id} {req.asset_key}", detail=repr(exc)[:_EXCERPT]
            ) from exc
        except _gdal_errors() as exc:  # pyproj's errors are RuntimeErrors
            raise SaveError(f"Could not clip {req.uri}", detail=repr(exc)[:_EXCERPT]) from exc
        stack.callback(data.close)
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
    except (ImportError, AttributeError, RuntimeError) as exc:  # no or an old GDAL: only a cache
        _LOG.debug("GDAL's cache of %s was not cleared: %r", uri, exc)


def save_asset(
    req: SaveRequest,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    target: str | None = None,
    timeout_s: float | None = None,
) -> str:
    """Save ``req`` to ``target`` (default ``<folder>/<safe_filename>``, see :func:`target_path`);
    returns the path (see :func:`_save_asset`). ``req.uri`` may be any GDAL source, a VRT's XML too.

    Remote reads end after ``timeout_s`` (the user's timeout; None: the configured default, see
    :func:`assets.timeout_options`).
    """
    with http_timeouts(timeout_s):
        return _save_asset(req, progress, is_canceled, target, timeout_s)


def _save_asset(
    req: SaveRequest,
    progress: Callable[[float], None] | None,
    is_canceled: Callable[[], bool] | None,
    target: str | None = None,
    timeout_s: float | None = None,
) -> str:
    """Save ``req`` to ``target`` (in ``req.folder``; default :func:`target_path`); returns the path.

    Removes the temporaries crashed saves left in the folder (:func:`remove_stale_temporaries`),
    checks the free disk space, reads window by window (checking ``is_canceled`` between
    windows), writes to a temporary file in the target folder and renames it when complete;
    raises Cancelled (no file left) or SaveError (no file left either).
    """
    _check_folder(req.folder)
    remove_stale_temporaries(req.folder)
    target = target or target_path(req)
    if Path(target).exists() and not req.overwrite:
        raise SaveError(f"{target} already exists", detail=target)
    if is_canceled is not None and is_canceled():
        raise Cancelled()

    configure_gdal_for(req.uri, timeout_s)
    with contextlib.ExitStack() as stack:
        return _write(req, target, stack, progress, is_canceled)


def _write(
    req: SaveRequest,
    target: str,
    stack: contextlib.ExitStack,
    progress: Callable[[float], None] | None,
    is_canceled: Callable[[], bool] | None,
) -> str:
    """Read ``req`` window by window into a temporary file renamed to ``target`` when complete.

    Every array and dataset opened is closed by ``stack`` (when the caller's ``with`` ends, on
    success, error or cancel), never left to the garbage collector: QGIS may have shut GDAL
    down by the time it runs. Whatever goes wrong, the temporary file is removed.
    """
    data, profile = _source(req, stack)
    try:
        fd, temp = tempfile.mkstemp(prefix=temp_prefix(target), suffix=".tif", dir=req.folder)
    except OSError as exc:
        raise SaveError(f"Could not write {target}: {os_reason(exc)}", detail=repr(exc)) from None
    os.close(fd)
    try:
        _write_windows(temp, data, profile, req, progress, is_canceled)
        if is_canceled is not None and is_canceled():
            raise Cancelled()
        if Path(target).exists() and not req.overwrite:
            raise SaveError(f"{target} already exists", detail=target)
        _follow_umask(temp)
        Path(temp).replace(target)
    except StacPluginError:
        _discard(temp, req.uri)
        raise
    except OSError as exc:
        _discard(temp, req.uri)
        raise SaveError(f"Could not write {target}: {os_reason(exc)}", detail=repr(exc)[:_EXCERPT]) from exc
    except _gdal_errors() as exc:  # rasterio or GDAL refusing the data or the profile
        _discard(temp, req.uri)
        raise SaveError(f"Could not write {target}: {_words(exc)}", detail=repr(exc)[:_EXCERPT]) from exc
    except BaseException:
        _remove(temp)
        raise
    return target


def _gdal_errors() -> tuple[type[Exception], ...]:
    """What rasterio, rioxarray and GDAL raise for data they cannot read or write (OSError
    apart): their own error families, and ValueError / RuntimeError from their conversions."""
    from rasterio.errors import RasterioError
    from rioxarray.exceptions import RioXarrayError

    return (RasterioError, RioXarrayError, ValueError, RuntimeError)


def _source(req: SaveRequest, stack: contextlib.ExitStack) -> tuple[Any, dict[str, Any]]:
    """The array to save and the profile of its GeoTIFF; SaveError when it is empty or the disk
    has no room for it."""
    try:
        data = _open(req, stack)
    finally:
        keep_proj_context()  # rioxarray used pyproj in this (maybe QGIS-pooled) thread
    profile = _profile(data)
    if profile["height"] == 0 or profile["width"] == 0:
        raise SaveError(f"The map extent does not overlap {req.item_id} {req.asset_key}")
    check_free_space(req.folder, estimated_size(profile))
    return data, profile


def _write_windows(  # noqa: PLR0917 (the parts of one save)
    temp: str,
    data: Any,
    profile: dict[str, Any],
    req: SaveRequest,
    progress: Callable[[float], None] | None,
    is_canceled: Callable[[], bool] | None,
) -> None:
    """Write ``data`` into the new GeoTIFF ``temp``, :data:`WINDOW_ROWS` rows at a time, checking
    ``is_canceled`` between windows; band names, scale and offset are kept."""
    import rasterio
    from rasterio.windows import Window

    height, width = profile["height"], profile["width"]
    descriptions = data.attrs.get("long_name")
    if progress is not None:
        progress(0.0)
    with rasterio.open(temp, "w", **profile) as dst:
        if isinstance(descriptions, (list, tuple)) and len(descriptions) == profile["count"]:
            for index, text in enumerate(descriptions, start=1):
                dst.set_band_description(index, str(text))
        scales = data.attrs.get("scale_factor"), data.attrs.get("add_offset")
        _copy_scale_offset(dst, scales, profile["count"])
        for row in range(0, height, WINDOW_ROWS):
            if is_canceled is not None and is_canceled():
                raise Cancelled()
            rows = min(WINDOW_ROWS, height - row)
            try:
                block = data.isel(y=slice(row, row + rows)).values
            except (OSError, *_gdal_errors()) as exc:
                raise SaveError(
                    f"Could not read {req.item_id} {req.asset_key}", detail=f"{req.uri}\n{exc!r}"[:_EXCERPT]
                ) from exc
            dst.write(block, window=Window(0, row, width, rows))
            if progress is not None:
                progress(100.0 * (row + rows) / height)


def _discard(temp: str, uri: str) -> None:
    """After a failed save: remove its temporary file, and what GDAL cached of its source."""
    _remove(temp)
    _forget_remote(uri)


def _words(exc: BaseException) -> str:
    """``exc``'s message without a leading error number, or a plain phrase when it has none."""
    text = re.sub(r"^\[Errno \d+\]\s*", "", str(exc)).strip()
    return text or "an unexpected error (details in the log)"
