"""Small, deterministic Cloud Optimized GeoTIFFs standing in for the assets of the test items.

Every raster asset of every item in ``tests/data`` gets a COG with the asset's CRS and footprint
(``proj:*`` of the asset, else of the item, else the item bbox) but far fewer pixels: the longest
side is cut to about :data:`MAX_PX` pixels, keeping the exact bounds (a 10980 px band at 10 m
becomes 366 px at 300 m). Pixel values come from :func:`cog_pixels`, so tests can assert them.
Files are cached under :func:`cache_root`, keyed by a hash of the data and of this generator.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
from osgeo import gdal, osr

from .data import COG_HOST, is_raster_asset, raw_items

GENERATOR_VERSION = "1"
MAX_PX = 366
"""Longest side, in pixels, of a generated COG (unless the original is already smaller)."""
BLOCK_SIZE = 256
COG_OPTIONS = [
    f"BLOCKSIZE={BLOCK_SIZE}",
    "COMPRESS=DEFLATE",
    "PREDICTOR=YES",
    "OVERVIEWS=AUTO",
    "RESAMPLING=NEAREST",
    "NUM_THREADS=1",
]

_GDAL_TYPES = {
    "uint8": gdal.GDT_Byte,
    "int8": gdal.GDT_Byte,
    "uint16": gdal.GDT_UInt16,
    "int16": gdal.GDT_Int16,
    "uint32": gdal.GDT_UInt32,
    "int32": gdal.GDT_Int32,
    "float32": gdal.GDT_Float32,
    "float64": gdal.GDT_Float64,
}
# (lowest value, number of distinct values) of the pattern per data type.
_VALUE_RANGE = {
    "uint8": (1, 254),
    "int8": (1, 126),
    "uint16": (1, 65534),
    "int16": (1, 32766),
    "uint32": (1, 2**31 - 2),
    "int32": (1, 2**31 - 2),
    "float32": (1, 65534),
    "float64": (1, 65534),
}


@dataclass(frozen=True)
class CogSpec:
    """What one generated COG looks like.

    ``geotransform`` is GDAL's (x0, dx, 0, y0, 0, dy); ``crs`` is ``EPSG:n`` or WKT.
    ``relpath`` is the path below the COG host root, the same as in the item's href.
    """

    collection: str
    item_id: str
    asset_key: str
    crs: str
    geotransform: tuple[float, float, float, float, float, float]
    width: int
    height: int
    count: int
    dtype: str
    nodata: float | None

    @property
    def relpath(self) -> str:
        """Path of the file below the COG host root."""
        return f"{self.collection}/{self.item_id}/{self.asset_key}.tif"

    @property
    def shape(self) -> tuple[int, int, int]:
        """(bands, rows, cols), like rasterio's ``read()``."""
        return (self.count, self.height, self.width)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax) in ``crs``."""
        x0, dx, _, y0, _, dy = self.geotransform
        xs = (x0, x0 + dx * self.width)
        ys = (y0, y0 + dy * self.height)
        return (min(xs), min(ys), max(xs), max(ys))


def cog_pixels(item_id: str, asset_key: str, shape: tuple[int, ...], dtype: str) -> np.ndarray:
    """The exact pixel values written for an asset.

    ``shape`` is (rows, cols) or (bands, rows, cols). Band ``b`` holds
    ``lo + (base_b + row * cols + col) % span`` where ``base_b`` is a hash of item, asset and band
    and (lo, span) fit ``dtype`` (values never 0, never a negative nodata).
    """
    bands, rows, cols = (1, *shape) if len(shape) == 2 else shape
    out = np.stack(
        [
            _band_pattern(item_id, asset_key, b, row0=0, rows=rows, cols=cols, dtype=dtype)
            for b in range(bands)
        ]
    )
    return out[0] if len(shape) == 2 else out


def _band_pattern(
    item_id: str, asset_key: str, band: int, *, row0: int, rows: int, cols: int, dtype: str
) -> np.ndarray:
    """Rows ``row0 .. row0+rows`` of one band of the pattern of :func:`cog_pixels`."""
    lo, span = _VALUE_RANGE.get(dtype, _VALUE_RANGE["uint16"])
    digest = hashlib.sha256(f"{item_id}/{asset_key}/{band}".encode()).digest()
    base = int.from_bytes(digest[:4], "big") % span
    r = np.arange(row0, row0 + rows, dtype=np.int64)[:, None]
    c = np.arange(cols, dtype=np.int64)[None, :]
    return (lo + (base + r * cols + c) % span).astype(dtype)


def _crs_of(asset: dict[str, Any], props: dict[str, Any]) -> str | None:
    for src in (asset, props):
        code = src.get("proj:code")
        if code:
            return str(code)
        epsg = src.get("proj:epsg")
        if epsg:
            return f"EPSG:{int(epsg)}"
        wkt = src.get("proj:wkt2")
        if wkt:
            return str(wkt)
    return None


def _get(asset: dict[str, Any], props: dict[str, Any], key: str) -> Any:
    return asset[key] if asset.get(key) is not None else props.get(key)


def _bbox_in(crs: str, bbox: list[float]) -> tuple[float, float, float, float]:
    """The WGS84 ``bbox`` as bounds in ``crs``."""
    if crs.upper() in ("EPSG:4326", "OGC:CRS84"):
        return (bbox[0], bbox[1], bbox[2], bbox[3])
    src = osr.SpatialReference()
    src.ImportFromEPSG(4326)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dst = _srs(crs)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    xmin, ymin, xmax, ymax = osr.CoordinateTransformation(src, dst).TransformBounds(
        bbox[0], bbox[1], bbox[2], bbox[3], 21
    )
    return (xmin, ymin, xmax, ymax)


def _item_bbox(item: dict[str, Any]) -> list[float]:
    if item.get("bbox"):
        b = item["bbox"]
        return [b[0], b[1], b[-3], b[-2]] if len(b) == 6 else list(b)
    from shapely.geometry import shape

    return list(shape(item["geometry"]).bounds)


def _bands_and_dtype(key: str, asset: dict[str, Any]) -> tuple[int, str, float | None]:
    rbands = asset.get("raster:bands") or []
    if rbands:
        dtype = str(rbands[0].get("data_type") or "uint16")
        nodata = rbands[0].get("nodata")
        if dtype not in _GDAL_TYPES:
            dtype = "uint16"
        return len(rbands), dtype, (float(nodata) if isinstance(nodata, (int, float)) else None)
    ebands = asset.get("eo:bands") or []
    roles = set(asset.get("roles") or [])
    if len(ebands) == 3 or key in ("visual", "overview", "preview") or roles & {"visual", "overview"}:
        return 3, "uint8", None
    return max(1, len(ebands)), "uint16", None


def cog_spec(item: dict[str, Any], key: str) -> CogSpec:
    """The COG generated for asset ``key`` of ``item``."""
    asset = item["assets"][key]
    props = item.get("properties", {})
    count, dtype, nodata = _bands_and_dtype(key, asset)
    crs = _crs_of(asset, props)
    shape = _get(asset, props, "proj:shape")
    transform = _get(asset, props, "proj:transform")
    proj_bbox = _get(asset, props, "proj:bbox")
    if crs and shape and transform:
        rows, cols = int(shape[0]), int(shape[1])
        a, b, c, d, e, f = (float(v) for v in transform[:6])
        bounds = (c, f + e * rows, c + a * cols, f) if b == 0 and d == 0 else None
    elif crs and shape and proj_bbox:
        rows, cols = int(shape[0]), int(shape[1])
        bounds = (
            proj_bbox[0],
            proj_bbox[1],
            proj_bbox[-3 if len(proj_bbox) == 6 else 2],
            proj_bbox[-2 if len(proj_bbox) == 6 else 3],
        )
    else:
        rows = cols = 0
        bounds = None
    if bounds is None:
        crs = crs or "EPSG:4326"
        bounds = _bbox_in(crs, _item_bbox(item))
    xmin, ymin, xmax, ymax = (float(v) for v in bounds)
    if not rows:
        aspect = (ymax - ymin) / (xmax - xmin) if xmax > xmin else 1.0
        rows, cols = (
            (MAX_PX, max(1, round(MAX_PX / aspect)))
            if aspect >= 1
            else (max(1, round(MAX_PX * aspect)), MAX_PX)
        )
    factor = max(1, math.ceil(max(rows, cols) / MAX_PX))
    height, width = math.ceil(rows / factor), math.ceil(cols / factor)
    gt = (xmin, (xmax - xmin) / width, 0.0, ymax, 0.0, -(ymax - ymin) / height)
    return CogSpec(item["collection"], item["id"], key, str(crs), gt, width, height, count, dtype, nodata)


def raster_specs(items: Iterable[dict[str, Any]] | None = None) -> list[CogSpec]:
    """Specs of every raster asset of ``items`` (default: all items in ``tests/data``)."""
    items = raw_items() if items is None else items
    return [
        cog_spec(it, key)
        for it in items
        for key, asset in it.get("assets", {}).items()
        if is_raster_asset(asset)
    ]


def _check(result: Any, what: str) -> Any:
    """Raise with GDAL's last error when a call failed (GDAL exceptions stay as the process set them)."""
    if result is None or (isinstance(result, int) and not isinstance(result, bool) and result != 0):
        raise RuntimeError(f"{what} failed: {gdal.GetLastErrorMsg()}")
    return result


def _srs(crs: str) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    _check(srs.SetFromUserInput(crs), f"CRS {crs[:40]!r}")
    return srs


def write_cog(spec: CogSpec, path: Path, pixels: np.ndarray | None = None) -> Path:
    """Write one COG for ``spec`` at ``path`` (pixels default to :func:`cog_pixels`)."""
    data = cog_pixels(spec.item_id, spec.asset_key, spec.shape, spec.dtype) if pixels is None else pixels
    mem = _check(
        gdal.GetDriverByName("MEM").Create("", spec.width, spec.height, spec.count, _GDAL_TYPES[spec.dtype]),
        "MEM dataset",
    )
    mem.SetGeoTransform(spec.geotransform)
    mem.SetProjection(_srs(spec.crs).ExportToWkt())
    for b in range(spec.count):
        band = mem.GetRasterBand(b + 1)
        if spec.nodata is not None:
            band.SetNoDataValue(spec.nodata)
        band.WriteArray(data[b])
    if spec.count == 3 and spec.dtype == "uint8":
        for b, ci in enumerate((gdal.GCI_RedBand, gdal.GCI_GreenBand, gdal.GCI_BlueBand)):
            mem.GetRasterBand(b + 1).SetColorInterpretation(ci)
    path.parent.mkdir(parents=True, exist_ok=True)
    _check(gdal.Translate(str(path), mem, format="COG", creationOptions=COG_OPTIONS), f"COG {path}")
    return path


_IMAGE_DRIVERS = {"image/png": "PNG", "image/jpeg": "JPEG", "image/jpg": "JPEG"}


def image_files(items: Iterable[dict[str, Any]] | None = None) -> dict[str, str]:
    """Non-raster PNG/JPEG assets (thumbnails, browse images): relpath -> GDAL driver name."""
    items = raw_items() if items is None else items
    out: dict[str, str] = {}
    for it in items:
        for asset in it.get("assets", {}).values():
            driver = _IMAGE_DRIVERS.get(str(asset.get("type", "")).split(";")[0].strip().lower())
            href = str(asset.get("href", ""))
            if driver and not is_raster_asset(asset) and href.startswith(COG_HOST + "/"):
                out[href[len(COG_HOST) + 1 :]] = driver
    return out


def write_image(relpath: str, driver: str, path: Path) -> Path:
    """A small deterministic 64 x 64 RGB picture (thumbnail stand-in) at ``path``."""
    data = cog_pixels(relpath, "image", (3, 64, 64), "uint8")
    mem = gdal.GetDriverByName("MEM").Create("", 64, 64, 3, gdal.GDT_Byte)
    for b in range(3):
        mem.GetRasterBand(b + 1).WriteArray(data[b])
    path.parent.mkdir(parents=True, exist_ok=True)
    _check(gdal.GetDriverByName(driver).CreateCopy(str(path), mem), f"{driver} {path}")
    Path(f"{path}.aux.xml").unlink(missing_ok=True)
    return path


def cache_root() -> Path:
    """Where generated files are cached (``$STAC_TESTBED_CACHE`` or ``~/.cache/stac-plugin-testbed``)."""
    env = os.environ.get("STAC_TESTBED_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "stac-plugin-testbed"


def specs_hash(specs: list[CogSpec]) -> str:
    """Cache key of a set of specs and of this generator."""
    text = json.dumps([asdict(s) for s in specs], sort_keys=True) + GENERATOR_VERSION + repr(COG_OPTIONS)
    text += json.dumps(image_files(), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def ensure_cogs(specs: list[CogSpec] | None = None, root: Path | None = None) -> Path:
    """Generate (or reuse from the cache) the COGs of ``specs``; returns the folder holding them."""
    specs = raster_specs() if specs is None else specs
    root = cache_root() if root is None else root
    target = root / f"cogs-{specs_hash(specs)}"
    if (target / ".complete").exists():
        return target
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".cogs-", dir=root))
    try:
        with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 2)) as pool:
            list(pool.map(lambda s: write_cog(s, tmp / s.relpath), specs))
            images = image_files()
            list(pool.map(lambda kv: write_image(kv[0], kv[1], tmp / kv[0]), images.items()))
        (tmp / ".complete").write_text(json.dumps([s.relpath for s in specs]))
        try:
            tmp.rename(target)
        except OSError:
            if not (target / ".complete").exists():  # not built by a concurrent run meanwhile
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


BIG_SIZE = 10980
BIG_STRIP = 512


def _big_strip(row0: int) -> np.ndarray:
    """Rows ``row0 .. row0+512`` of the big COG: a smooth ramp plus seeded noise (10 bits)."""
    rows = min(BIG_STRIP, BIG_SIZE - row0)
    ramp = _band_pattern("big", "B04", 0, row0=row0, rows=rows, cols=BIG_SIZE, dtype="uint16") % 3000
    noise = np.random.default_rng([20240412, row0]).integers(0, 1024, size=(rows, BIG_SIZE), dtype=np.uint16)
    return (1000 + ramp + noise).astype(np.uint16)


def big_cog_pixels(row0: int, rows: int, col0: int = 0, cols: int | None = None) -> np.ndarray:
    """The exact uint16 values of a window of :func:`big_cog` (full resolution)."""
    cols = BIG_SIZE - col0 if cols is None else cols
    first = row0 - row0 % BIG_STRIP
    strips = [_big_strip(r) for r in range(first, row0 + rows, BIG_STRIP)]
    block = np.concatenate(strips)[row0 - first : row0 - first + rows]
    return block[:, col0 : col0 + cols]


def big_cog(path: Path | str) -> Path:
    """A COG shaped like a Sentinel-2 10 m band, written at ``path`` unless it already exists.

    10980 x 10980 uint16, EPSG:32613 (tile 13TDE: origin 399960, 4500000, 10 m), nodata 0, 512 px
    blocks, DEFLATE with predictor 2, internal overviews. Values are noisy (about 150 MB on disk,
    close to a real band) and reproducible with :func:`big_cog_pixels`. Takes tens of seconds.
    """
    path = Path(path)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp_gtiff = path.with_name(f".{path.name}.src.tif")
    part = path.with_name(f".{path.name}.part")
    try:
        ds = _check(
            gdal.GetDriverByName("GTiff").Create(
                str(tmp_gtiff),
                BIG_SIZE,
                BIG_SIZE,
                1,
                gdal.GDT_UInt16,
                ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512"],
            ),
            "GTiff",
        )
        ds.SetGeoTransform((399960.0, 10.0, 0.0, 4500000.0, 0.0, -10.0))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(32613)
        ds.SetProjection(srs.ExportToWkt())
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(0)
        for row0 in range(0, BIG_SIZE, BIG_STRIP):
            band.WriteArray(_big_strip(row0), 0, row0)
        band = ds = None
        options = [
            "BLOCKSIZE=512",
            "COMPRESS=DEFLATE",
            "PREDICTOR=2",
            "OVERVIEWS=AUTO",
            "NUM_THREADS=ALL_CPUS",
        ]
        _check(gdal.Translate(str(part), str(tmp_gtiff), format="COG", creationOptions=options), "big COG")
        part.replace(path)
    finally:
        tmp_gtiff.unlink(missing_ok=True)
        part.unlink(missing_ok=True)
    return path


def covering_block_bytes(path: Path | str, window: tuple[int, int, int, int]) -> int:
    """Compressed bytes of the full-resolution blocks of band 1 a (col, row, cols, rows) window touches."""
    col, row, cols, rows = window
    dataset = gdal.Open(str(path))  # kept referenced while its band is used
    band = dataset.GetRasterBand(1)
    block_x, block_y = band.GetBlockSize()
    total = 0
    for by in range(row // block_y, (row + rows - 1) // block_y + 1):
        for bx in range(col // block_x, (col + cols - 1) // block_x + 1):
            total += int(band.GetMetadataItem(f"BLOCK_SIZE_{bx}_{by}", "TIFF"))
    return total
