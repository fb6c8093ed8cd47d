"""Sort orders: ``-eo:cloud_cover,datetime`` parsed and checked, the sort extension detected,
and fetched items sorted in the plugin when the API cannot sort."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from .errors import StacPluginError
from .models import ItemSummary

SortField = tuple[str, str]
"""(field, "asc" | "desc")."""

_FIELD = re.compile(r"[A-Za-z_][\w:.\-]*")
_SORT_URI = re.compile(r"^https?://api\.stacspec\.org/v\d+\.\d+\.\d+(?:-[\w.]+)?/item-search#sort$")
CORE_FIELDS = frozenset({"id", "collection", "datetime", "start_datetime", "end_datetime", "created",
                         "updated", "geometry", "bbox"})  # fmt: skip
"""Fields every STAC item has (or may have) that a sort may name without the API listing them."""

NAMED_ORDERS = {
    "newest": "-datetime",
    "oldest": "+datetime",
    "clearest": "+eo:cloud_cover",
    "cloudiest": "-eo:cloud_cover",
}
"""The sort orders the dock offers, by name."""


class SortError(StacPluginError):
    """A sort order that cannot be used."""


def parse_sortby(text: str | None) -> list[SortField]:
    """``"-eo:cloud_cover, +datetime"`` -> [("eo:cloud_cover", "desc"), ("datetime", "asc")]."""
    fields: list[SortField] = []
    for raw in (text or "").split(","):
        part = raw.strip()
        if not part:
            continue
        direction = "desc" if part.startswith("-") else "asc"
        name = part[1:].strip() if part[0] in "+-" else part
        if name.startswith("properties."):
            name = name[len("properties.") :]
        if not _FIELD.fullmatch(name):
            raise SortError(f"Invalid sort field {part!r}: use names like -eo:cloud_cover or +datetime")
        if any(existing == name for existing, _ in fields):
            raise SortError(f"The sort field {name!r} is given twice")
        fields.append((name, direction))
    return fields


def sortby_text(fields: Iterable[SortField]) -> str:
    """[("eo:cloud_cover", "desc")] -> ``"-eo:cloud_cover"`` (``+`` for ascending)."""
    return ",".join(("-" if direction == "desc" else "+") + name for name, direction in fields)


def supports_sort(conformance: Iterable[str]) -> bool:
    """Whether the API declares the sort extension of item search (any version)."""
    return any(_SORT_URI.match(uri.strip()) for uri in conformance)


def check_fields(fields: Sequence[SortField], queryables: Iterable[str] | None, source: str = "") -> None:
    """Raise SortError naming the fields the API does not list in its queryables (None: unknown)."""
    if queryables is None:
        return
    known = set(queryables) | CORE_FIELDS
    unknown = [name for name, _ in fields if name not in known]
    if unknown:
        listed = ", ".join(sorted(known - CORE_FIELDS)) or "no properties"
        where = f" ({source})" if source else ""
        raise SortError(
            f"Unknown sort field {', '.join(unknown)}: the API's queryables{where} list {listed}",
            detail=f"sortby: {sortby_text(fields)}\nqueryables: {sorted(known)}",
        )


def _value(item: ItemSummary, name: str) -> Any:
    if name == "id":
        return item.id
    if name == "collection":
        return item.collection
    if name == "datetime":
        return item.datetime or item.properties.get("start_datetime")
    if name == "eo:cloud_cover":
        return item.cloud_cover
    return item.properties.get(name)


def sort_items(items: Iterable[ItemSummary], fields: Sequence[SortField]) -> list[ItemSummary]:
    """``items`` sorted by ``fields`` (missing values last in either direction); stable."""
    result = list(items)
    for name, direction in reversed(fields):
        present = [i for i in result if _value(i, name) is not None]
        missing = [i for i in result if _value(i, name) is None]
        try:
            present.sort(key=lambda i, n=name: _value(i, n), reverse=direction == "desc")
        except TypeError:  # mixed types: compare as text
            present.sort(key=lambda i, n=name: str(_value(i, n)), reverse=direction == "desc")
        result = present + missing
    return result
