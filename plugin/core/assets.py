"""Which assets are rasters, how GDAL reaches them and what to call them on disk."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any
from urllib.parse import unquote, urlsplit

from .config import DEFAULTS
from .logins import registry
from .models import AssetInfo

try:
    from osgeo import gdal
except ImportError:  # the asset rules work without GDAL; what needs it then does nothing
    gdal = None

_GEOTIFF_MAIN_TYPES = ("image/tiff", "image/geotiff", "image/vnd.stac.geotiff")
_TIFF_SUFFIXES = (".tif", ".tiff")
_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"COM{i}" for i in range(10)]
    + [f"LPT{i}" for i in range(10)]
)
_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f/\\:<>"|?*]')
_MAX_NAME_CHARS = 150
_MAX_NAME_BYTES = 200

VSI_PREFIXES = {"s3": "/vsis3/", "az": "/vsiaz/", "gs": "/vsigs/"}

# Options for remote COG reads, set per URL prefix (never globally).
REMOTE_READ_OPTIONS = {
    "GDAL_DISABLE_READDIR_ON_OPEN": "EMPTY_DIR",
    "GDAL_HTTP_MERGE_CONSECUTIVE_RANGES": "YES",
    "VSI_CACHE": "TRUE",
    "GDAL_HTTP_MULTIPLEX": "YES",
}


@contextmanager
def http_timeouts(seconds: float | None = None) -> Iterator[None]:
    """GDAL's HTTP timeouts (``seconds``, see :func:`timeout_options`) for this thread's reads
    within the block.

    GDAL before 3.7 ignores path-specific timeouts, so the reads the plugin makes itself set
    them per thread too; the previous values come back afterwards.
    """
    if gdal is None:
        yield
        return
    options = timeout_options(seconds)
    previous = {key: gdal.GetThreadLocalConfigOption(key, None) for key in options}
    for key, value in options.items():
        gdal.SetThreadLocalConfigOption(key, value)
    try:
        yield
    finally:
        for key, value in previous.items():
            gdal.SetThreadLocalConfigOption(key, value)


def timeout_options(seconds: float | None = None) -> dict[str, str]:
    """GDAL's HTTP timeout options for ``seconds``; the core has no settings of its own, so the
    QGIS side passes the user's timeout and None means the configured default."""
    total = max(1, round(seconds if seconds and seconds > 0 else DEFAULTS.timeout_s))
    return {"GDAL_HTTP_TIMEOUT": str(total), "GDAL_HTTP_CONNECTTIMEOUT": str(min(total, 10))}


def _split_media_type(media_type: str) -> tuple[str, dict[str, str]]:
    parts = [p.strip() for p in media_type.lower().split(";")]
    params: dict[str, str] = {}
    for part in parts[1:]:
        key, _, value = part.partition("=")
        params[key.strip()] = value.strip().strip('"')
    return parts[0].replace(" ", ""), params


def is_raster_media_type(media_type: str) -> bool:
    """Whether a media type names a GeoTIFF; case and spaces are ignored."""
    main, params = _split_media_type(media_type)
    if main == "image/tiff":
        return params.get("application", "geotiff") == "geotiff"
    return main in _GEOTIFF_MAIN_TYPES


def is_cog_media_type(media_type: str) -> bool:
    """Whether a GeoTIFF media type declares a Cloud Optimized GeoTIFF."""
    _main, params = _split_media_type(media_type)
    return params.get("profile") == "cloud-optimized" or params.get("cloud-optimized") == "true"


# Raster media types used in STAC that GDAL's own driver metadata does not name, with the GDAL
# drivers that read them (the first one present is used).
STAC_RASTER_TYPES: dict[str, tuple[str, ...]] = {
    "image/jp2": ("JP2OpenJPEG", "JP2KAK", "JP2ECW", "JP2MrSID", "JPEG2000"),
    "image/j2c": ("JP2OpenJPEG", "JP2KAK", "JP2ECW"),
    "application/x-hdf5": ("HDF5",),
    "application/x-hdf": ("HDF4", "HDF5"),
    "application/netcdf": ("netCDF",),
    "application/x-netcdf": ("netCDF",),
    "application/vnd+zarr": ("Zarr",),
    "application/vnd.zarr": ("Zarr",),
    "image/vnd.stac.geotiff": ("GTiff",),
    "image/geotiff": ("GTiff",),
    "application/x-ogc-nitf": ("NITF",),
    "application/vnd.nitf": ("NITF",),
    "image/x.envi": ("ENVI",),
    "application/x-grib": ("GRIB",),
    "application/x-grib2": ("GRIB",),
}
_SUFFIX_DRIVERS = {".nc": "netCDF", ".h5": "HDF5", ".hdf": "HDF4", ".he5": "HDF5", ".zarr": "Zarr"}
# Extensions some raster driver claims but that mostly name something else (metadata, vectors).
_AMBIGUOUS_SUFFIXES = frozenset(
    {".json", ".xml", ".kml", ".kmz", ".pdf", ".dwg", ".gpkg", ".hdr", ".dat", ".bin", ".mem", ".lbl",
     ".map", ".sqlite", ".toc", ".xyz", ".err", ".n1"}
)
_PICTURE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp")


def _driver_formats(driver: Any) -> tuple[str, list[str]]:
    """(MIME type, [".suffix", ...]) a GDAL raster driver declares; ("", []) for other drivers."""
    meta = driver.GetMetadata() or {}
    if meta.get("DCAP_RASTER") != "YES":
        return "", []
    mime = (meta.get("DMD_MIMETYPE") or "").strip().lower()
    extensions = (meta.get("DMD_EXTENSIONS") or meta.get("DMD_EXTENSION") or "").split()
    suffixes = ["." + ext.lower().lstrip(".") for ext in extensions]
    return mime, [suffix for suffix in suffixes if suffix not in _AMBIGUOUS_SUFFIXES]


def _present(drivers: tuple[str, ...] | str) -> str:
    """The first of ``drivers`` this GDAL has ("" when none)."""
    names = (drivers,) if isinstance(drivers, str) else drivers
    return next((name for name in names if gdal.GetDriverByName(name) is not None), "")


@functools.cache
def gdal_raster_formats() -> tuple[dict[str, str], dict[str, str]]:
    """({media type: driver}, {".suffix": driver}) of the raster formats this GDAL reads.

    Asked of GDAL (its raster drivers' MIME types and extensions), plus the STAC media types of
    :data:`STAC_RASTER_TYPES` whose driver is present. Empty without GDAL.
    """
    if gdal is None:
        return {}, {}
    types: dict[str, str] = {}
    suffixes: dict[str, str] = {}
    for index in range(gdal.GetDriverCount()):
        driver = gdal.GetDriver(index)
        mime, driver_suffixes = _driver_formats(driver)
        if mime:
            types.setdefault(mime, driver.ShortName)
        for suffix in driver_suffixes:
            suffixes.setdefault(suffix, driver.ShortName)
    for media_type, drivers in STAC_RASTER_TYPES.items():
        present = _present(drivers)
        if present:
            types.setdefault(media_type, present)
    for suffix, name in _SUFFIX_DRIVERS.items():
        if _present(name):
            suffixes.setdefault(suffix, name)
    return types, suffixes


def _href_suffix(href: str) -> str:
    path = urlsplit(href).path if "://" in href else href.split("?", 1)[0]
    name = path.rsplit("/", 1)[-1]
    return ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""


def _media_type_reason(media_type: str) -> str:
    main, _params = _split_media_type(media_type)
    if is_raster_media_type(media_type):
        return ""
    if main == "image/tiff":
        return f"not a GeoTIFF ({media_type})"
    if main in gdal_raster_formats()[0]:
        return ""
    if main in STAC_RASTER_TYPES:
        return f"this GDAL has no driver for {main} ({', '.join(STAC_RASTER_TYPES[main])} missing)"
    return f"not a raster format GDAL reads ({media_type})"


def raster_reason(href: str, media_type: str) -> str:
    """Why GDAL cannot read an asset as a raster, or "" when it can."""
    if not href:
        return "no href"
    if media_type:
        return _media_type_reason(media_type)
    suffixes = gdal_raster_formats()[1]
    suffix = _href_suffix(href)
    if suffix in _TIFF_SUFFIXES or suffix in suffixes:
        return ""
    return (
        f"not a raster format GDAL reads (no media type, file ends in {suffix})"
        if suffix
        else "not a raster format GDAL reads (no media type, no known file name)"
    )


def raster_note(href: str, media_type: str, roles: tuple[str, ...] = ()) -> str:
    """What to know about reading a loadable asset ("" for a COG or when nothing is known):
    a short label, a colon, then why."""
    main, _params = _split_media_type(media_type) if media_type else ("", {})
    if media_type and is_raster_media_type(media_type) and not is_cog_media_type(media_type):
        return "not a COG, slower: a GeoTIFF not declared cloud-optimized may need far more reads"
    if main in ("image/jp2", "image/j2c"):
        return "JPEG 2000, slower: decoding costs more than a COG"
    if main in _PICTURE_TYPES:
        kind = "preview picture" if {"thumbnail", "overview"} & set(roles) else "picture"
        return f"{kind}: probably not georeferenced"
    if main and not is_raster_media_type(media_type):
        driver = gdal_raster_formats()[0].get(main, "")
        return f"{driver}, slower: read by GDAL's {driver} driver, not a COG" if driver else ""
    return ""


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def asset_info(key: str, asset: Mapping[str, Any]) -> AssetInfo:
    """One asset dict -> AssetInfo."""
    href = _text(asset.get("href")).strip()
    media_type = _text(asset.get("type")).strip()
    roles = asset.get("roles")
    roles_t = tuple(_text(r) for r in roles) if isinstance(roles, (list, tuple)) else ()
    reason = raster_reason(href, media_type)
    return AssetInfo(
        key=key,
        href=href,
        title=_text(asset.get("title")),
        media_type=media_type,
        roles=roles_t,
        is_raster=not reason,
        reason=reason,
        note="" if reason else raster_note(href, media_type, roles_t),
        alternates=alternate_hrefs(asset),
    )


def alternate_hrefs(asset: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """(name, href) of the asset's ``alternate`` entries (alternate-assets extension), in order.

    Alternates that declare a login of their own (``auth:refs``, authentication extension) are
    left out: they are no way around a missing login.
    """
    alternates = asset.get("alternate")
    if not isinstance(alternates, Mapping):
        return ()
    found = []
    for name, alternate in alternates.items():
        href = alternate.get("href") if isinstance(alternate, Mapping) else None
        if isinstance(alternate, Mapping) and alternate.get("auth:refs"):
            continue
        if isinstance(href, str) and href.strip():
            found.append((_text(name), href.strip()))
    return tuple(found)


def usable_href(info: AssetInfo, missing_login: Callable[[str], str] | None = None) -> tuple[str, str]:
    """(href to read, login still missing) for an asset.

    The main href, unless it needs a login the user lacks (``missing_login(href)`` names it,
    default :func:`required_login`) and an ``alternate`` href needs none: then that alternate.
    When every href needs a missing login, the main href and the login it needs.
    """
    check = missing_login if missing_login is not None else required_login
    login = check(info.href)
    if not login:
        return info.href, ""
    for _name, href in info.alternates:
        if not raster_reason(href, info.media_type) and not check(href):
            return href, ""
    return info.href, login


def asset_infos(item: Mapping[str, Any]) -> tuple[AssetInfo, ...]:
    """The assets of an item dict in their order; entries that are not objects are skipped."""
    assets = item.get("assets") if isinstance(item, Mapping) else None
    if not isinstance(assets, Mapping):
        return ()
    return tuple(asset_info(_text(key), value) for key, value in assets.items() if isinstance(value, Mapping))


def gdal_uri(href: str) -> str:
    """The path GDAL opens for an asset href (/vsicurl/, /vsis3/, /vsiaz/, /vsigs/ or a local path)."""
    href = href.strip()
    scheme = urlsplit(href).scheme.lower() if "://" in href else ""
    if scheme in ("http", "https"):
        return f"/vsicurl/{href}"
    if scheme in VSI_PREFIXES:
        return VSI_PREFIXES[scheme] + href.split("://", 1)[1]
    if scheme == "file":
        parts = urlsplit(href)
        path = unquote(parts.path)
        if re.match(r"^/[A-Za-z]:/", path):  # file:///C:/x.tif
            path = path[1:]
        return path
    return href


def _remote_prefix(href_or_uri: str) -> tuple[str, str]:
    """(GDAL path prefix, kind) for a remote href or /vsi path; ("", "") for local files."""
    value = href_or_uri.strip()
    if value.startswith("/vsicurl/"):
        value = value[len("/vsicurl/") :]
    for scheme, prefix in VSI_PREFIXES.items():
        if value.startswith(prefix):
            value = f"{scheme}://" + value[len(prefix) :]
    if "://" not in value:
        return "", ""
    parts = urlsplit(value)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https") and parts.netloc:
        return f"/vsicurl/{scheme}://{parts.netloc}/", "http"
    if scheme in VSI_PREFIXES and parts.netloc:
        return f"{VSI_PREFIXES[scheme]}{parts.netloc}/", scheme
    return "", ""


def configure_gdal_for(href: str, timeout_s: float | None = None) -> None:
    """Set GDAL options for reading ``href`` remotely, scoped to its host or bucket.

    Includes the HTTP timeouts (``timeout_s``, see :func:`timeout_options`), so a read from a
    hung host ends, and the options of the registered login that supplies what ``href`` needs
    (set for its prefix only). A bucket no login claims is read unsigned. Needs GDAL >= 3.6
    (path-specific options); with an older GDAL nothing is set. Accepts an asset href or the
    /vsi path made by :func:`gdal_uri`.
    """
    prefix, kind = _remote_prefix(href)
    if not prefix or gdal is None:
        return
    if int(gdal.VersionInfo()) < 3060000 or not hasattr(gdal, "SetPathSpecificOption"):
        return
    for key, value in {**REMOTE_READ_OPTIONS, **timeout_options(timeout_s)}.items():
        gdal.SetPathSpecificOption(prefix, key, value)
    if kind == "s3" and registry.recognizer_for(href) is None:
        gdal.SetPathSpecificOption(prefix, "AWS_NO_SIGN_REQUEST", "YES")
    for login_prefix, values in registry.gdal_options(href).items():
        for key, value in values.items():
            gdal.SetPathSpecificOption(login_prefix, key, value)


def required_login(href: str) -> str:
    """What the login an asset needs is called, when no registered login supplies it; else ""."""
    return registry.missing_login(href)


def _clean_part(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _UNSAFE_CHARS.sub("_", text)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else "_" for ch in text)
    while ".." in text:
        text = text.replace("..", "_")
    return text.strip(" ")


def _truncate(stem: str, ext: str, original: str) -> str:
    if len(stem) + len(ext) <= _MAX_NAME_CHARS and len((stem + ext).encode("utf-8")) <= _MAX_NAME_BYTES:
        return stem
    tag = "-" + hashlib.sha1(original.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    keep = _MAX_NAME_CHARS - len(ext) - len(tag)
    cut = stem[:keep]
    while len((cut + tag + ext).encode("utf-8")) > _MAX_NAME_BYTES:
        cut = cut[:-1]
    return cut.rstrip(" .") + tag


def safe_filename(item_id: str, asset_key: str, ext: str = ".tif") -> str:
    """``<item>_<asset><ext>`` made safe as one file name on Linux, macOS and Windows."""
    ext = _clean_part(ext or "").strip(".")
    ext = f".{ext}" if ext else ""
    item = _clean_part(_text(item_id))
    asset = _clean_part(_text(asset_key))
    stem = f"{item}_{asset}" if item and asset else (item or asset)
    stem = stem.lstrip(" .").rstrip(" .") or "item"
    if stem.split(".", 1)[0].upper() in _WINDOWS_RESERVED:
        stem = "_" + stem
    stem = _truncate(stem, ext, f"{item_id}\0{asset_key}")
    return stem + ext


def layer_name(item_id: str, asset_key: str) -> str:
    """The name of a loaded asset's layer."""
    return f"{item_id} {asset_key}"
