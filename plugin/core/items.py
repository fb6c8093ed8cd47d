"""STAC item JSON -> ItemSummary, and ItemCollections to and from files."""

from __future__ import annotations

import contextlib
import json
import math
import os
import posixpath
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from .api_errors import api_error
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


_WINDOWS_PATH = re.compile(r"^[A-Za-z]:[\\/]")


def is_relative(href: str) -> bool:
    """Whether ``href`` is relative (no scheme, not an absolute path or /vsi path)."""
    href = href.strip()
    if not href or "://" in href or href.startswith(("/", "\\")) or _WINDOWS_PATH.match(href):
        return False
    return not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", href)  # file:x, data:...


def resolve_href(href: str, base: str) -> str:
    """``href`` made absolute against ``base`` (a URL or local path of the document it came from).

    Absolute hrefs, and any href when ``base`` is empty or itself relative, come back unchanged.
    """
    if not base or not is_relative(href) or is_relative(base):
        return href
    if "://" in base:
        parts = urlsplit(base)
        if parts.scheme.lower() in ("http", "https", "file"):
            return urljoin(base, href)
        # s3://, gs://...: urljoin leaves unknown schemes alone
        path, _, query = href.partition("?")
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(parts.path) or "/", path))
        return urlunsplit((parts.scheme, parts.netloc, joined, query, ""))
    folder = Path(base).absolute().parent
    return os.path.normpath(folder / unquote(href.split("?", 1)[0]))


def self_href(item: Mapping[str, Any]) -> str:
    """The href of the item's ``self`` link ("" when there is none)."""
    links = item.get("links") if isinstance(item, Mapping) else None
    for link in links if isinstance(links, list) else []:
        if isinstance(link, Mapping) and link.get("rel") == "self" and isinstance(link.get("href"), str):
            return link["href"].strip()
    return ""


def _absolute_asset(asset: Mapping[str, Any], base: str) -> Mapping[str, Any] | None:
    """``asset`` with its relative href and ``alternate`` hrefs resolved against ``base``; None
    when none of them changes."""
    new_asset = dict(asset)
    touched = False
    href = asset.get("href")
    if isinstance(href, str) and is_relative(href):
        new_asset["href"] = resolve_href(href, base)
        touched = new_asset["href"] != href
    alternates = asset.get("alternate")
    if isinstance(alternates, Mapping):
        new_alternates = {}
        for name, alternate in alternates.items():
            resolved = _absolute_asset(alternate, base) if isinstance(alternate, Mapping) else None
            new_alternates[name] = alternate if resolved is None else resolved
            touched = touched or resolved is not None
        new_asset["alternate"] = new_alternates
    return new_asset if touched else None


def with_absolute_hrefs(item: Mapping[str, Any], source: str = "") -> dict[str, Any]:
    """``item`` with relative asset hrefs (and ``alternate`` hrefs) resolved as the STAC spec says:
    against the item's ``self`` link, else against ``source`` (the URL or file it was read from).

    Returns ``item`` itself when nothing is relative, else a copy.
    """
    assets = item.get("assets") if isinstance(item, Mapping) else None
    if not isinstance(assets, Mapping):
        return item  # type: ignore[return-value]
    base = resolve_href(self_href(item), source) or source
    if is_relative(base):
        base = source
    changed = {}
    for key, asset in assets.items():
        resolved = _absolute_asset(asset, base) if isinstance(asset, Mapping) else None
        if resolved is not None:
            changed[key] = resolved
    if not changed:
        return item  # type: ignore[return-value]
    return {**item, "assets": {key: changed.get(key, value) for key, value in assets.items()}}


def summarize(item: Mapping[str, Any], source: str = "") -> ItemSummary:
    """Summarize one STAC item dict; tolerant of missing optional fields.

    Relative asset hrefs are resolved against the item's self link, else ``source`` (the URL or
    file the item was read from); ``raw`` keeps the resolved hrefs. Raises NotStacError when
    ``item`` is not an object with an ``id``.
    """
    if not isinstance(item, Mapping):
        raise NotStacError("A search result is not a STAC item", detail=repr(item)[:500])
    item = with_absolute_hrefs(item, source)
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
        raw_json=json.dumps(dict(item), separators=(",", ":"), default=str),
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
        from .stac_api import APIError, StacApiIO

        io = stac_io if stac_io is not None else StacApiIO()
        try:
            return io.request(source)
        except StacPluginError:
            raise
        except APIError as exc:
            raise api_error(source, exc) from exc
        except (OSError, ValueError) as exc:  # requests' errors (connection, invalid URL) are both
            raise NetworkError(f"Could not reach {source}: {exc}", detail=repr(exc)[:500]) from exc
    path = unquote(urlsplit(source).path) if scheme == "file" else source
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise NotStacError(f"Could not read {source}: {exc}", detail=repr(exc)) from exc


def _base_of(source: str) -> str:
    """The location relative hrefs in ``source`` resolve against (a local path made absolute)."""
    if "://" in source:
        parts = urlsplit(source)
        if parts.scheme.lower() == "file":
            return str(Path(unquote(parts.path)).absolute())
        return source
    return str(Path(source).absolute())


def load_items(source: str, stac_io: Any = None) -> list[dict[str, Any]]:
    """Item dicts from a local path or http(s) URL of an ItemCollection, FeatureCollection or Item.

    Relative asset hrefs come back resolved (see :func:`with_absolute_hrefs`).
    """
    text = _read_source(source, stac_io)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise NotStacError(f"{source} is not JSON", detail=text[:500]) from exc
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        features = data.get("features")
        if not isinstance(features, list) or not all(isinstance(f, dict) for f in features):
            raise NotStacError(f"{source} is a FeatureCollection without valid features", detail=text[:500])
        return [with_absolute_hrefs(feature, _base_of(source)) for feature in features]
    if isinstance(data, dict) and data.get("type") == "Feature" and data.get("id") is not None:
        return [with_absolute_hrefs(data, _base_of(source))]
    raise NotStacError(f"{source} is not a STAC item or item collection", detail=text[:500])
