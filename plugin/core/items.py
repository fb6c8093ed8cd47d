"""STAC item JSON -> ItemSummary, and ItemCollections to and from files."""

from __future__ import annotations

import contextlib
import json
import math
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from .assets import asset_infos
from .errors import NetworkError, NotStacError, SaveError, StacPluginError
from .models import BBox, ItemSummary


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _bbox(value: Any) -> BBox | None:
    if not isinstance(value, (list, tuple)) or len(value) not in (4, 6):
        return None
    numbers = [_number(v) for v in value]
    if any(n is None for n in numbers):
        return None
    if len(numbers) == 6:
        numbers = [numbers[0], numbers[1], numbers[3], numbers[4]]
    west, south, east, north = numbers  # type: ignore[misc]
    return (west, south, east, north)


def _walk_positions(coords: Any, out: list[tuple[float, float]], depth: int = 0) -> None:
    if depth > 6 or not isinstance(coords, (list, tuple)):
        return
    if len(coords) >= 2 and all(not isinstance(c, (list, tuple)) for c in coords[:2]):
        x, y = _number(coords[0]), _number(coords[1])
        if x is not None and y is not None:
            out.append((x, y))
        return
    for part in coords:
        _walk_positions(part, out, depth + 1)


def geometry_bbox(geometry: Mapping[str, Any] | None) -> BBox | None:
    """The bounds of a GeoJSON geometry dict, or None."""
    if not isinstance(geometry, Mapping):
        return None
    positions: list[tuple[float, float]] = []
    if geometry.get("type") == "GeometryCollection":
        for part in geometry.get("geometries") or []:
            if isinstance(part, Mapping):
                _walk_positions(part.get("coordinates"), positions)
    else:
        _walk_positions(geometry.get("coordinates"), positions)
    if not positions:
        return None
    xs = [p[0] for p in positions]
    ys = [p[1] for p in positions]
    return (min(xs), min(ys), max(xs), max(ys))


def summarize(item: Mapping[str, Any]) -> ItemSummary:
    """Summarize one STAC item dict; tolerant of missing optional fields.

    Raises NotStacError when ``item`` is not an object with an ``id``.
    """
    if not isinstance(item, Mapping):
        raise NotStacError("A search result is not a STAC item", detail=repr(item)[:500])
    item_id = item.get("id")
    if item_id is None or isinstance(item_id, (dict, list)) or _text(item_id) == "":
        raise NotStacError("A search result is a STAC item without an id", detail=repr(item)[:500])
    properties = item.get("properties")
    if not isinstance(properties, Mapping):
        properties = {}
    geometry = item.get("geometry")
    if not isinstance(geometry, Mapping):
        geometry = None
    datetime = properties.get("datetime") or properties.get("start_datetime") or ""
    platform = properties.get("platform") or properties.get("constellation") or ""
    bbox = _bbox(item.get("bbox")) or geometry_bbox(geometry)
    return ItemSummary(
        id=_text(item_id),
        collection=_text(item.get("collection")),
        datetime=_text(datetime),
        cloud_cover=_number(properties.get("eo:cloud_cover")),
        platform=_text(platform),
        geometry=dict(geometry) if geometry is not None else None,
        bbox=bbox,
        properties=dict(properties),
        assets=asset_infos(item),
        raw=dict(item),
    )


def item_collection(items: Iterable[ItemSummary]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of the items as the server sent them."""
    return {"type": "FeatureCollection", "features": [item.raw for item in items]}


def save_item_collection(items: Iterable[ItemSummary], path: str) -> str:
    """Write the items as a GeoJSON FeatureCollection to ``path`` (temp file + rename)."""
    target = Path(path).absolute()
    folder = target.parent
    if not folder.is_dir():
        raise SaveError(f"The folder {folder} does not exist")
    data = item_collection(items)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.part-", suffix=".json", dir=folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
        temp.replace(target)
    except (OSError, TypeError, ValueError) as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise SaveError(f"Could not write {target}: {exc}", detail=repr(exc)) from exc
    return str(target)


def _read_source(source: str, stac_io: Any = None) -> str:
    scheme = urlsplit(source).scheme.lower() if "://" in source else ""
    if scheme in ("http", "https"):
        from pystac_client.exceptions import APIError
        from pystac_client.stac_api_io import StacApiIO

        from .search import api_error

        io = stac_io if stac_io is not None else StacApiIO()
        try:
            return io.request(source)
        except StacPluginError:
            raise
        except APIError as exc:
            raise api_error(source, exc) from exc
        except Exception as exc:
            raise NetworkError(f"Could not reach {source}: {exc}", detail=repr(exc)[:500]) from exc
    path = unquote(urlsplit(source).path) if scheme == "file" else source
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise NotStacError(f"Could not read {source}: {exc}", detail=repr(exc)) from exc


def load_items(source: str, stac_io: Any = None) -> list[dict[str, Any]]:
    """Item dicts from a local path or http(s) URL of an ItemCollection, FeatureCollection or Item."""
    text = _read_source(source, stac_io)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise NotStacError(f"{source} is not JSON", detail=text[:500]) from exc
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        features = data.get("features")
        if not isinstance(features, list) or not all(isinstance(f, dict) for f in features):
            raise NotStacError(f"{source} is a FeatureCollection without valid features", detail=text[:500])
        return features
    if isinstance(data, dict) and data.get("type") == "Feature" and data.get("id") is not None:
        return [data]
    raise NotStacError(f"{source} is not a STAC item or item collection", detail=text[:500])
