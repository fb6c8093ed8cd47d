"""Which stored items a search should return, computed independently of the server (shapely)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from typing import Any

from shapely.geometry import box, shape

_MIN = datetime.min.replace(tzinfo=timezone.utc)
_MAX = datetime.max.replace(tzinfo=timezone.utc)


def parse_time(value: str) -> datetime:
    """RFC 3339 timestamp (``Z`` or offset; a bare date means midnight UTC) as an aware datetime."""
    text = value.strip().replace("z", "Z")
    if "T" not in text and " " not in text:
        text += "T00:00:00Z"
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    head, sep, rest = text.partition(".")
    if sep:  # Python 3.11 accepts at most 6 fraction digits
        digits = len(rest) - len(rest.lstrip("0123456789"))
        rest = rest[: min(digits, 6)] + rest[digits:]
        text = f"{head}.{rest}"
    dt = datetime.fromisoformat(text)
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def parse_interval(value: str) -> tuple[datetime, datetime]:
    """A STAC ``datetime`` parameter (instant, ``a/b``, ``../b``, ``a/..``) as (start, end)."""
    if "/" not in value:
        t = parse_time(value)
        return t, t
    a, b = value.split("/", 1)
    start = _MIN if a in ("", "..") else parse_time(a)
    end = _MAX if b in ("", "..") else parse_time(b)
    return start, end


def item_interval(item: dict[str, Any]) -> tuple[datetime, datetime] | None:
    """(start, end) of an item: ``start_datetime``/``end_datetime`` when set, else ``datetime``."""
    props = item.get("properties", {})
    start, end = props.get("start_datetime"), props.get("end_datetime")
    if start and end:
        return parse_time(start), parse_time(end)
    if props.get("datetime"):
        t = parse_time(props["datetime"])
        return t, t
    return None


def _cloud_ok(item: dict[str, Any], max_cloud: float | None, strict: bool) -> bool:
    if max_cloud is None:
        return True
    cloud = item.get("properties", {}).get("eo:cloud_cover")
    if cloud is None:
        return False
    return cloud < max_cloud if strict else cloud <= max_cloud


def _time_ok(item: dict[str, Any], datetime: str | None) -> bool:
    if datetime is None:
        return True
    span = item_interval(item)
    start, end = parse_interval(datetime)
    return span is not None and span[0] <= end and span[1] >= start


def _space_ok(item: dict[str, Any], bbox: Sequence[float] | None, intersects: dict[str, Any] | None) -> bool:
    if bbox is None and intersects is None:
        return True
    if not item.get("geometry"):
        return False
    geom = shape(item["geometry"])
    if bbox is not None:
        b = list(bbox)
        if not geom.intersects(box(b[0], b[1], b[-3], b[-2]) if len(b) == 6 else box(*b)):
            return False
    return intersects is None or geom.intersects(shape(intersects))


def item_matches(
    item: dict[str, Any],
    *,
    bbox: Sequence[float] | None = None,
    intersects: dict[str, Any] | None = None,
    datetime: str | None = None,
    max_cloud: float | None = None,
    collections: Iterable[str] | None = None,
    cloud_strict: bool = False,
) -> bool:
    """Whether one item passes all the given criteria (None means "no criterion")."""
    if collections is not None and item.get("collection") not in set(collections):
        return False
    return (
        _space_ok(item, bbox, intersects)
        and _time_ok(item, datetime)
        and _cloud_ok(item, max_cloud, cloud_strict)
    )


def expected_ids(
    items: Iterable[dict[str, Any]],
    *,
    bbox: Sequence[float] | None = None,
    intersects: dict[str, Any] | None = None,
    datetime: str | None = None,
    max_cloud: float | None = None,
    collections: Iterable[str] | None = None,
    cloud_strict: bool = False,
) -> set[str]:
    """Ids of the ``items`` a STAC search with these parameters should return.

    ``max_cloud`` keeps items with ``eo:cloud_cover <= max_cloud`` (``< max_cloud`` when
    ``cloud_strict``, i.e. the query operator ``lt``); items without ``eo:cloud_cover`` never match
    a cloud limit. Note that one id can exist in two collections (``S2B_20EPT_20250731_0_L2A``).
    """
    colls = None if collections is None else list(collections)
    return {
        it["id"]
        for it in items
        if item_matches(
            it,
            bbox=bbox,
            intersects=intersects,
            datetime=datetime,
            max_cloud=max_cloud,
            collections=colls,
            cloud_strict=cloud_strict,
        )
    }
