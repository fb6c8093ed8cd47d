"""Footprints of search results as plain data: polygon WKT and typed attributes from item properties.

No QGIS here: the footprints layer of the dock turns these into features (plans are made in a
worker thread, so a page of results costs the GUI thread little).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .dates import parse_datetime
from .models import ItemSummary
from .shapes import geometry_errors

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
def iso_utc(text: str) -> str | None:
    """``text`` as ``YYYY-MM-DDTHH:MM:SS.mmmZ`` (UTC), or None when it is not an RFC 3339 date-time."""
    value = parse_datetime(text, date_only=False)
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
    looks_dated = isinstance(value, str) and len(value) >= 19 and value[4:5] == "-"
    if looks_dated and parse_datetime(value, date_only=False):
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


def update_kinds(kinds: dict[str, str | None], items: Iterable[ItemSummary],
                 limit: int = MAX_PROPERTY_FIELDS) -> None:
    """Widen ``kinds`` (property name -> kind, None while only nulls were seen) with the
    properties of ``items``; new names are added in order of appearance, up to ``limit``."""
    for item in items:
        for key, value in item.properties.items():
            if not isinstance(key, str) or key in _FIXED_SOURCES:
                continue
            if key not in kinds:
                if len(kinds) >= limit:
                    continue
                kinds[key] = None
            kinds[key] = widen(kinds[key], value_kind(value))


def kinds_fields(kinds: Mapping[str, str | None]) -> list[Field]:
    """All attributes for properties of these kinds, fixed ones first (text where only nulls were seen)."""
    return [*FIXED_FIELDS, *((key, kind or STRING) for key, kind in kinds.items())]


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, default=str)
    except (TypeError, ValueError):
        return str(value)


def _as_text(value: Any) -> Any:
    return None if isinstance(value, float) and not math.isfinite(value) else _text(value)


def _as_datetime(value: Any) -> Any:
    return iso_utc(value) if isinstance(value, str) else None


def _as_double(value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
        return number if math.isfinite(number) else None
    return None


def _as_integer(value: Any) -> Any:
    fits = isinstance(value, int) and not isinstance(value, bool) and -_INT64 < value < _INT64
    return value if fits else None


def _as_boolean(value: Any) -> Any:
    return value if isinstance(value, bool) else None


_CONVERTERS = {STRING: _as_text, DATETIME: _as_datetime, DOUBLE: _as_double, INTEGER: _as_integer,
               BOOLEAN: _as_boolean}


def attribute_values(item: ItemSummary, fields: Sequence[Field]) -> list[Any]:
    """The item's values for ``fields`` (see :func:`kinds_fields`), converted to each field's kind."""
    fixed = (item.id, item.collection or None, item.datetime or None, item.cloud_cover, item.platform or None)
    properties = item.properties
    values = []
    for index, (name, kind) in enumerate(fields):
        raw = fixed[index] if index < len(fixed) else properties.get(name)
        values.append(None if raw is None else _CONVERTERS[kind](raw))
    return values


def _ring_wkt(ring: Any) -> str:
    return "(" + ",".join(f"{float(x)!r} {float(y)!r}" for x, y, *_z in ring) + ")"


def _polygons_wkt(geometry: Mapping[str, Any]) -> str | None:
    """MultiPolygon WKT of a GeoJSON Polygon or MultiPolygon, written directly (no validity check);
    None for any other geometry or malformed coordinates."""
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    polygons = [coordinates] if kind == "Polygon" else coordinates if kind == "MultiPolygon" else None
    if not isinstance(polygons, list) or not polygons:
        return None
    try:
        parts = []
        for polygon in polygons:
            if not polygon or any(len(ring) < 4 for ring in polygon):
                return None
            parts.append("(" + ",".join(_ring_wkt(ring) for ring in polygon) + ")")
    except (TypeError, ValueError):
        return None
    return "MULTIPOLYGON(" + ",".join(parts) + ")"


def _multipolygon_wkt(geometry: Any) -> str | None:
    """The polygons of a shapely geometry (of any kind) as MultiPolygon WKT, or None."""
    from shapely.geometry import MultiPolygon, Polygon

    parts = getattr(geometry, "geoms", [geometry])
    polygons = [p for part in parts for p in getattr(part, "geoms", [part])
                if isinstance(p, Polygon) and not p.is_empty]
    return MultiPolygon(polygons).wkt if polygons else None


def footprint_wkt(item: ItemSummary) -> str | None:
    """The item's footprint in EPSG:4326 as MultiPolygon WKT: its geometry's polygons, else its
    bbox; None when it has neither. Polygons are written as given (fast: one page of results at a
    time on the GUI thread); see :func:`repair_wkt` for invalid ones."""
    wkt = None
    if item.geometry:
        wkt = _polygons_wkt(item.geometry)
        if wkt is None:  # a collection, or odd coordinates: let shapely read it
            try:
                from shapely.geometry import shape

                wkt = _multipolygon_wkt(shape(item.geometry))
            except geometry_errors():  # a malformed geometry: fall back to the bbox
                wkt = None
    if wkt is None and item.bbox:
        west, south, east, north = item.bbox
        if west < east and south < north:
            corners = ((west, south), (east, south), (east, north), (west, north), (west, south))
            wkt = f"MULTIPOLYGON(({_ring_wkt(corners)}))"
    return wkt


def repair_wkt(wkt: str) -> str | None:
    """An invalid (e.g. self-intersecting) footprint made valid, its polygonal parts as MultiPolygon WKT."""
    from shapely import wkt as shapely_wkt
    from shapely.validation import make_valid

    try:
        return _multipolygon_wkt(make_valid(shapely_wkt.loads(wkt)))
    except geometry_errors():  # beyond repair
        return None


def valid_footprint_wkt(item: ItemSummary) -> str | None:
    """:func:`footprint_wkt` checked by shapely and repaired when invalid (see :func:`repair_wkt`):
    valid MultiPolygon WKT in EPSG:4326, or None. What every face draws or writes."""
    wkt = footprint_wkt(item)
    if wkt is None:
        return None
    from shapely import wkt as shapely_wkt

    try:
        valid = shapely_wkt.loads(wkt).is_valid
    except geometry_errors():
        valid = False
    return wkt if valid else repair_wkt(wkt)


@dataclass(frozen=True)
class FootprintPlan:
    """What to add to the footprints layer for some results: the attributes it must have (all,
    in order), whether to empty it first, and (footprint WKT, attribute values) per row from
    ``first_row`` on."""

    fields: tuple[Field, ...]
    rebuild: bool
    first_row: int
    rows: tuple[tuple[str | None, list[Any]], ...]


class FootprintPlanner:
    """Turns the pages of one search into :class:`FootprintPlan` s, each costing only its own rows
    (any thread, one page after the other)."""

    def __init__(self) -> None:
        self._items: list[ItemSummary] = []
        self._kinds: dict[str, str | None] = {}
        self._fields: list[Field] = []

    def plan(self, items: Sequence[ItemSummary]) -> FootprintPlan:
        """The plan for ``items``, the rows after those planned so far. When a property needs a
        wider kind than its attribute has, the plan rebuilds the layer with every row."""
        first = len(self._items)
        self._items.extend(items)
        update_kinds(self._kinds, items)
        fields = kinds_fields(self._kinds)
        rows: Sequence[ItemSummary] = items
        rebuild = fields[: len(self._fields)] != self._fields
        if rebuild:
            self._kinds = {}
            update_kinds(self._kinds, self._items)
            fields = kinds_fields(self._kinds)
            rows, first = self._items, 0
        self._fields = fields
        planned = tuple((valid_footprint_wkt(item), attribute_values(item, fields)) for item in rows)
        return FootprintPlan(tuple(fields), rebuild, first, planned)
