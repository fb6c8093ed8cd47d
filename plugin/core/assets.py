"""Which assets are rasters, how GDAL reaches them and what to call them on disk."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any
from urllib.parse import unquote, urlsplit

from .models import AssetInfo

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

DEFAULT_READ_TIMEOUT_S = 30
_read_timeout = {"seconds": float(DEFAULT_READ_TIMEOUT_S)}


def set_read_timeout(seconds: float) -> None:
    """How long one remote GDAL request may take (GDAL_HTTP_TIMEOUT) for hosts configured from now on."""
    _read_timeout["seconds"] = float(seconds) if seconds and seconds > 0 else float(DEFAULT_READ_TIMEOUT_S)


def read_timeout() -> float:
    """The timeout ``configure_gdal_for`` applies, in seconds."""
    return _read_timeout["seconds"]


@contextmanager
def http_timeouts(seconds: float | None = None) -> Iterator[None]:
    """GDAL's HTTP timeouts for this thread's reads within the block (default :func:`read_timeout`).

    GDAL before 3.7 ignores path-specific timeouts, so the reads the plugin makes itself set
    them per thread too; the previous values come back afterwards.
    """
    try:
        from osgeo import gdal
    except ImportError:
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
    """GDAL's HTTP timeout options for ``seconds`` (default: :func:`read_timeout`)."""
    total = max(1, round(seconds if seconds and seconds > 0 else read_timeout()))
    return {"GDAL_HTTP_TIMEOUT": str(total), "GDAL_HTTP_CONNECTTIMEOUT": str(min(total, 10))}


def _split_media_type(media_type: str) -> tuple[str, dict[str, str]]:
    parts = [p.strip() for p in media_type.lower().split(";")]
    params: dict[str, str] = {}
    for part in parts[1:]:
        key, _, value = part.partition("=")
        params[key.strip()] = value.strip().strip('"')
    return parts[0].replace(" ", ""), params


def is_raster_media_type(media_type: str) -> bool:
    """Whether a media type names a (cloud-optimized) GeoTIFF; case and spaces are ignored."""
    main, params = _split_media_type(media_type)
    if main == "image/tiff":
        return params.get("application", "geotiff") == "geotiff"
    return main in _GEOTIFF_MAIN_TYPES


def _href_suffix(href: str) -> str:
    path = urlsplit(href).path if "://" in href else href.split("?", 1)[0]
    name = path.rsplit("/", 1)[-1]
    return ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""


def raster_reason(href: str, media_type: str) -> str:
    """Why an asset is not a loadable raster, or "" when it is."""
    if not href:
        return "no href"
    if media_type:
        return "" if is_raster_media_type(media_type) else f"not a GeoTIFF ({media_type})"
    suffix = _href_suffix(href)
    if suffix in _TIFF_SUFFIXES:
        return ""
    return (
        f"not a GeoTIFF (no media type, file ends in {suffix})"
        if suffix
        else ("not a GeoTIFF (no media type, no .tif file name)")
    )


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
    )


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

    Includes the HTTP timeouts (``timeout_s``, default :func:`read_timeout`), so a read from a
    hung host ends. Needs GDAL >= 3.6 (path-specific options); with an older GDAL nothing is set.
    Accepts an asset href or the /vsi path made by :func:`gdal_uri`.
    """
    prefix, kind = _remote_prefix(href)
    if not prefix:
        return
    try:
        from osgeo import gdal
    except ImportError:
        return
    if int(gdal.VersionInfo()) < 3060000 or not hasattr(gdal, "SetPathSpecificOption"):
        return
    for key, value in {**REMOTE_READ_OPTIONS, **timeout_options(timeout_s)}.items():
        gdal.SetPathSpecificOption(prefix, key, value)
    if kind == "s3" and not login_needed(href):
        gdal.SetPathSpecificOption(prefix, "AWS_NO_SIGN_REQUEST", "YES")
    from ..auth import apply_gdal_options  # a configured login's options, for this prefix only

    apply_gdal_options(href)


def required_login(href: str) -> str:
    """A human name of a login the asset needs and the plugin cannot supply (none is configured), or ""."""
    from ..auth import missing_login, required_login_handled

    needed = login_needed(href)
    if not needed:
        return missing_login(href)
    return "" if required_login_handled(href) else needed


def login_needed(href: str) -> str:
    """A human name of a login the asset needs (configured or not), or ""."""
    value = href.strip()
    if value.startswith("/vsis3/"):
        value = "s3://" + value[len("/vsis3/") :]
    elif value.startswith("/vsicurl/"):
        value = value[len("/vsicurl/") :]
    if "://" not in value:
        return ""
    parts = urlsplit(value)
    host = (parts.hostname or "").lower()
    scheme = parts.scheme.lower()
    if scheme == "s3" and host.startswith("usgs-landsat"):
        return "AWS credentials (requester-pays bucket)"
    if host.endswith(".blob.core.windows.net") or scheme == "az":
        if "sig=" in parts.query:
            return ""
        return "a Planetary Computer SAS token"
    if host.endswith(("earthdata.nasa.gov", "earthdatacloud.nasa.gov")):
        return "a NASA Earthdata login"
    return ""


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
