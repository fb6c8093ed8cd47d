"""The recorded STAC items and collections in ``tests/data`` and how their hrefs are localised."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
COG_HOST = "{COG_HOST}"
"""Placeholder at the start of every asset href in ``tests/data``; replaced by the nginx URL."""

_RASTER_TYPES = (
    "image/tiff;application=geotiff",
    "image/vnd.stac.geotiff",
)


def is_raster_asset(asset: dict[str, Any]) -> bool:
    """True for GeoTIFF assets (by media type, or by a .tif/.tiff name when the type is missing)."""
    media = re.sub(r"\s+", "", str(asset.get("type") or "")).lower()
    if media:
        return media.startswith(_RASTER_TYPES)
    path = str(asset.get("href", "")).split("?", 1)[0].lower()
    return path.endswith((".tif", ".tiff"))


def item_files() -> list[Path]:
    """The ndjson item files, in a stable order."""
    return sorted(DATA_DIR.glob("items-*.ndjson"))


def raw_items() -> list[dict[str, Any]]:
    """All items with the ``{COG_HOST}`` placeholder still in their hrefs."""
    items: list[dict[str, Any]] = []
    for path in item_files():
        items.extend(json.loads(line) for line in path.read_text().splitlines() if line.strip())
    return items


def raw_collections() -> list[dict[str, Any]]:
    """The collections exactly as recorded (STAC 1.0.0-beta ones lack ``"type"``)."""
    return json.loads((DATA_DIR / "collections.json").read_text())


def localise(obj: Any, cog_host_url: str) -> Any:
    """Deep copy of ``obj`` with the ``{COG_HOST}`` placeholder replaced by ``cog_host_url``."""
    text = json.dumps(obj).replace(COG_HOST, cog_host_url.rstrip("/"))
    return json.loads(text)


def data_hash() -> str:
    """Hash of the data files, used to key caches of generated files."""
    digest = hashlib.sha256()
    for path in [*item_files(), DATA_DIR / "collections.json"]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
