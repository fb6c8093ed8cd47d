"""Footprints of search results as plain data: polygon WKT and typed attributes from item properties.

No QGIS here: the footprints layer of the dock turns these into features.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

from .models import ItemSummary

STRING, INTEGER, DOUBLE, BOOLEAN, DATETIME = "string", "integer", "double", "boolean", "datetime"
"""Attribute kinds; lists and objects are kept as JSON text (``STRING``)."""

Field = tuple[str, str]
"""(attribute name, kind)"""

FIXED_FIELDS: tuple[Field, ...] = (
    ("id", STRING),
    ("collection", STRING),
    ("datetime", DATETIME),
    ("cloud_cover", DOUBLE),
    ("platform", STRING),
)
"""The attributes every footprint has, from the item summary, in this order."""

_FIXED_SOURCES = {"datetime", "eo:cloud_cover", "platform"}
"""Properties already shown by a fixed attribute."""

MAX_PROPERTY_FIELDS = 150
"""Properties beyond this many distinct names are left out of the attributes."""

_INT64 = 2**63
_RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?\s*(Z|z|[+-]\d{2}:?\d{2})?$"
)


def parse_datetime(text: str) -> datetime | None:
    """An RFC 3339 date-time as an aware UTC datetime (no offset is read as UTC), or None."""
    match = _RFC3339.match(text.strip()) if isinstance(text, str) else None
    if match is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    offset = timedelta(0)
    if zone and zone not in ("Z", "z"):
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    try:
        value = datetime(int(year), int(month), int(day), int(hour), int(minute), min(int(second), 59),
                         micro, tzinfo=timezone(offset))
    except ValueError:
        return None
    return value.astimezone(timezone.utc)


def iso_utc(text: str) -> str | None:
    """``text`` as ``YYYY-MM-DDTHH:MM:SS.mmmZ`` (UTC), or None when it is not an RFC 3339 date-time."""
    value = parse_datetime(text)
    if value is None:
        return None
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def value_kind(value: Any) -> str | None:
    """The attribute kind a property value needs; None for null (it fits any kind)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return BOOLEAN
    if isinstance(value, int):
        return INTEGER if -_INT64 < value < _INT64 else DOUBLE
    if isinstance(value, float):
        return DOUBLE if math.isfinite(value) else None
    if isinstance(value, str) and parse_datetime(value) is not None:
        return DATETIME
    return STRING


def widen(old: str | None, new: str | None) -> str | None:
    """The kind that holds values of both kinds: integers widen to doubles, anything else to text."""
    if old is None or old == new:
        return new if old is None else old
    if new is None:
        return old
    if {old, new} == {INTEGER, DOUBLE}:
        return DOUBLE
    return STRING


def property_fields(items: Iterable[ItemSummary], limit: int = MAX_PROPERTY_FIELDS) -> list[Field]:
    """The attributes for the items' properties, in order of first appearance, each of the widest
    kind its values need (text for a property that is null everywhere)."""
    kinds: dict[str, str | None] = {}
    for item in items:
        for key, value in item.properties.items():
            if not isinstance(key, str) or key in _FIXED_SOURCES:
                continue
            if key not in kinds:
                if len(kinds) >= limit:
                    continue
                kinds[key] = None
            kinds[key] = widen(kinds[key], value_kind(value))
    return [(key, kind or STRING) for key, kind in kinds.items()]


def fields_for(items: Iterable[ItemSummary]) -> list[Field]:
    """Every attribute of the footprints of ``items``: the fixed ones, then their properties'."""
    return [*FIXED_FIELDS, *property_fields(items)]


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, default=str)
    except (TypeError, ValueError):
        return str(value)


def convert(value: Any, kind: str) -> Any:
    """``value`` as an attribute of ``kind``: datetimes as ISO UTC text, None when it does not fit."""
    found = value_kind(value)
    if value is None or found is None:
        return None
    if kind == STRING:
        return _text(value)
    fits = {DATETIME: found == DATETIME, DOUBLE: found in (INTEGER, DOUBLE),
            INTEGER: found == INTEGER, BOOLEAN: found == BOOLEAN}
    if not fits.get(kind, False):
        return None
    converters = {DATETIME: iso_utc, DOUBLE: float, INTEGER: int, BOOLEAN: bool}
    return converters[kind](value)


def attribute_values(item: ItemSummary, fields: Sequence[Field]) -> list[Any]:
    """The item's values for ``fields`` (see :func:`fields_for`), converted to each field's kind."""
    fixed: Mapping[str, Any] = {
        "id": item.id,
        "collection": item.collection or None,
        "datetime": item.datetime or None,
        "cloud_cover": item.cloud_cover,
        "platform": item.platform or None,
    }
    values = []
    for index, (name, kind) in enumerate(fields):
        raw = fixed[name] if index < len(FIXED_FIELDS) else item.properties.get(name)
        values.append(convert(raw, kind))
    return values


def footprint_wkt(item: ItemSummary) -> str | None:
    """The item's footprint in EPSG:4326 as MultiPolygon WKT: its geometry's polygons (repaired when
    invalid), else its bbox; None when it has neither."""
    from shapely.geometry import MultiPolygon, Polygon, box, shape

    polygons: list[Polygon] = []
    if item.geometry:
        try:
            geometry = shape(item.geometry)
            if not geometry.is_valid:
                from shapely.validation import make_valid

                geometry = make_valid(geometry)
            parts = getattr(geometry, "geoms", [geometry])
            polygons = [p for part in parts for p in getattr(part, "geoms", [part])
                        if isinstance(p, Polygon) and not p.is_empty]
        except Exception:  # any malformed geometry: fall back to the bbox
            polygons = []
    if not polygons and item.bbox:
        west, south, east, north = item.bbox
        if west < east and south < north:
            polygons = [box(west, south, east, north)]
    if not polygons:
        return None
    return MultiPolygon(polygons).wkt
