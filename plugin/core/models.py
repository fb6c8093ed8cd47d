"""Frozen value objects passed between the core, the tasks, the dock and Processing."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .config import DEFAULTS

BBox = tuple[float, float, float, float]
"""(west, south, east, north) in EPSG:4326 degrees."""


@dataclass(frozen=True)
class Connection:
    """A STAC API the user can search.

    ``auth_cfg`` is the id of a QGIS auth config; secrets never live here.
    ``asset_login`` names a login the catalog's assets need (``"earthdata"``,
    ``"planetary-computer"``) or is empty when the assets are public.
    ``auth_header`` names the header the auth config's secret is sent in (``"X-API-Key"``,
    ``"Authorization: Bearer"``); empty to let the config's own method apply (e.g. HTTP Basic).
    """

    name: str
    url: str
    collections: tuple[str, ...] = ()
    auth_cfg: str = ""
    asset_login: str = ""
    auth_header: str = ""
    asset_auth_cfg: str = ""
    """The QGIS auth config (Basic) of the assets' login: Earthdata username and password, or an
    AWS access key id and secret for requester-pays buckets; empty when none is set."""


@dataclass(frozen=True)
class SearchRequest:
    """Everything a search needs; geometries are already in EPSG:4326.

    ``datetime`` is an RFC 3339 interval (``start/end``, ``..`` for an open end) or None.
    At most one of ``bbox`` and ``intersects`` (a GeoJSON geometry dict) is set.
    ``max_items`` counts the items kept after any client-side filtering.
    """

    url: str
    collections: tuple[str, ...] = ()
    bbox: BBox | None = None
    intersects: dict[str, Any] | None = None
    datetime: str | None = None
    max_cloud: float | None = None
    max_items: int = 100
    page_size: int = DEFAULTS.page_size
    sortby: str | None = None
    """Comma-separated fields, each optionally prefixed ``-`` (descending) or ``+``."""
    filter: str | None = None
    """A CQL2 filter (CQL2-text or CQL2-JSON text), combined by AND with the other criteria."""


@dataclass(frozen=True)
class AssetInfo:
    """One asset of an item, with whether it can be loaded as a raster and why not."""

    key: str
    href: str
    title: str = ""
    media_type: str = ""
    roles: tuple[str, ...] = ()
    is_raster: bool = False
    reason: str = ""
    """Why the asset cannot be loaded as a raster; empty when it can."""
    note: str = ""
    """What to know about reading a loadable asset (e.g. a GeoTIFF that is not a COG is slower)."""
    alternates: tuple[tuple[str, str], ...] = ()
    """(name, href) of the asset's ``alternate`` hrefs (alternate-assets extension)."""


@dataclass(frozen=True)
class ItemSummary:
    """What the results table and the details panel show of one STAC item.

    ``raw`` is the item's JSON as the server sent it (for saving an ItemCollection), kept as
    text (``raw_json``) and parsed when asked for: a thousand results held as nested dicts and
    lists would be some 130 000 more objects for every full pass of Python's garbage collector,
    which holds the GUI for tens of milliseconds each time.
    """

    id: str
    collection: str
    datetime: str
    cloud_cover: float | None
    platform: str
    geometry: dict[str, Any] | None
    bbox: BBox | None
    properties: dict[str, Any] = field(default_factory=dict, compare=False)
    assets: tuple[AssetInfo, ...] = ()
    raw_json: str = field(default="", compare=False, repr=False)

    @property
    def raw(self) -> dict[str, Any]:
        """The item's JSON (a new dict at each call)."""
        return json.loads(self.raw_json) if self.raw_json else {}


@dataclass(frozen=True)
class SearchPage:
    """One page of a search as it arrives.

    ``matched`` is the server's ``numberMatched`` (None when it does not say);
    ``has_more`` tells whether a ``next`` link remains to be followed.
    """

    items: tuple[ItemSummary, ...]
    matched: int | None
    has_more: bool
    filter_mode: str
    """How the cloud limit was applied: ``"query"``, ``"filter"``, ``"client"`` or ``"none"``."""
    sort_mode: str = "none"
    """How the sort order was applied: ``"server"``, ``"client"`` (only the items fetched) or ``"none"``."""


@dataclass(frozen=True)
class SaveRequest:
    """Save one asset to ``folder``; ``clip`` is (xmin, ymin, xmax, ymax) in ``clip_crs``."""

    uri: str
    folder: str
    item_id: str
    asset_key: str
    clip: tuple[float, float, float, float] | None = None
    clip_crs: str = "EPSG:4326"
    overwrite: bool = False
