"""The properties an API lets a filter (or a sort) name: its ``/queryables`` JSON Schema."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from .api_errors import api_error
from .errors import NetworkError, StacPluginError
from .search import DEFAULT_TIMEOUT_S
from .stac_api import APIError, io_of, new_io
from .static_catalog import is_static

QUERYABLES_REL = "http://www.opengis.net/def/rel/ogc/1.0/queryables"
_SKIPPED = {"geometry", "bbox"}
"""Queryables the search area already covers."""


@dataclass(frozen=True)
class Queryable:
    """One queryable property: ``kind`` is number, integer, string, enum, datetime, boolean or other."""

    name: str
    title: str
    kind: str
    enum: tuple[Any, ...] = ()
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class Queryables:
    """What ``url`` answered; ``names`` includes the ones the form does not show (geometry)."""

    url: str
    properties: tuple[Queryable, ...]
    names: frozenset[str]


def _kind(schema: dict[str, Any], name: str) -> str:
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return "enum"
    types = schema.get("type")
    if isinstance(types, list):
        types = next((t for t in types if t != "null"), None)
    if types == "string" and schema.get("format") in ("date-time", "date"):
        return "datetime"
    if types in ("number", "integer", "string", "boolean"):
        return str(types)
    if name == "id":
        return "string"
    if name in ("datetime", "start_datetime", "end_datetime", "created", "updated"):
        return "datetime"
    return "other"


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def parse_queryables(data: Any, url: str = "") -> Queryables:
    """A ``/queryables`` JSON Schema -> :class:`Queryables` (sorted by name)."""
    props = data.get("properties") if isinstance(data, dict) else None
    if not isinstance(props, dict):
        raise StacPluginError(f"{url or 'The queryables'} did not answer with a JSON Schema of properties",
                              detail=json.dumps(data, default=str)[:500])
    found = []
    for name, value in props.items():
        schema = value if isinstance(value, dict) else {}
        if name in _SKIPPED:
            continue
        kind = _kind(schema, str(name))
        enum = tuple(schema["enum"]) if kind == "enum" else ()
        found.append(
            Queryable(
                name=str(name),
                title=str(schema.get("title") or schema.get("description") or name),
                kind=kind,
                enum=enum,
                minimum=_number(schema.get("minimum")),
                maximum=_number(schema.get("maximum")),
            )
        )
    found.sort(key=lambda q: q.name)
    return Queryables(url, tuple(found), frozenset(str(n) for n in props))


def queryables_url(client: Any, collections: Sequence[str] = ()) -> str | None:
    """Where the API lists its queryables (of the one collection searched), None when it does not
    (nor does a static catalog, which has no search to filter)."""
    if is_static(client):
        return None
    root = (client.get_self_href() or "").rstrip("/")
    global_url = None
    for link in client.links:
        if str(link.rel).endswith("queryables") and isinstance(link.target, str):
            global_url = link.target
            break
    conformance = " ".join(client.get_conforms_to())
    if global_url is None and ("#filter" in conformance or "/conf/filter" in conformance):
        global_url = f"{root}/queryables"
    if global_url is None:
        return None
    if len(collections) == 1:
        return f"{root}/collections/{quote(collections[0], safe='')}/queryables"
    return global_url


def _read(stac_io: Any, url: str) -> Any:
    """The JSON at ``url``; an error answer, no answer or not JSON as a NetworkError."""
    try:
        return stac_io.read_json(url)
    except (APIError, OSError, ValueError) as exc:
        raise api_error(url, exc) from exc


def fetch_queryables(client: Any, collections: Sequence[str] = ()) -> Queryables | None:
    """Read the queryables (of the one collection searched, else the API's); None when it has none.

    Blocks on the network: call it from a task.
    """
    url = queryables_url(client, collections)
    if url is None:
        return None
    stac_io = io_of(client) or new_io(DEFAULT_TIMEOUT_S)
    try:
        data = _read(stac_io, url)
    except NetworkError:
        fallback = queryables_url(client, ())
        if fallback is None or fallback == url:
            raise
        url = fallback
        data = _read(stac_io, url)
    return parse_queryables(data, url)
