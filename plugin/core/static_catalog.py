"""Static STAC catalogs (a ``catalog.json`` or ``collection.json`` with no search API).

A static catalog is walked link by link (``child`` and ``item`` links, resolved against the
document they are in), lazily: documents are read only until the items wanted are found, and
"load more" goes on from there. Area, dates, collections and cloud cover are filtered here, on
the client. A collection whose ``extent`` misses the area or the dates is not entered.

:func:`open_catalog`, :func:`collections_of` and :func:`item_stream` serve STAC APIs and static
catalogs alike, so the dock, its tasks and ``stac:search`` need not tell them apart.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from .config import DEFAULTS
from .dates import parse_datetime
from .errors import Cancelled, NetworkError, NotStacError, StacPluginError
from .items import is_relative, resolve_href, summarize
from .models import BBox, ItemSummary, SearchPage, SearchRequest
from .search import DEFAULT_TIMEOUT_S, ItemStream, list_collections, open_client
from .sortby import parse_sortby
from .stac_api import APIError, new_io, wrap_error

CATALOG_TYPES = ("Catalog", "Collection")
MAX_LISTED_CHILDREN = 200
"""Children read to list a catalog's collections when connecting."""
_EARLY_PAGE_DOCUMENTS = 25
"""A page with some items is handed over after this many documents, not only when full."""
_MIN = datetime.min.replace(tzinfo=timezone.utc)
_MAX = datetime.max.replace(tzinfo=timezone.utc)

_log = logging.getLogger("stac")

FILTERED_HERE = "area, dates, collections and cloud cover are filtered by the plugin"
"""What the dock and ``stac:search`` say about a static catalog's search."""


class StaticCatalog:
    """A static catalog opened at ``url``: its root document and the StacApiIO reading it.

    ``stac_io`` has the name ``stac_api.ApiClient`` uses, so code that cancels or times out
    a client's requests (``stac_api.io_of``) treats both alike.
    """

    def __init__(self, url: str, root: dict[str, Any], stac_io: Any) -> None:
        self.url = url
        self.root = root
        self.stac_io = stac_io
        self._cache: dict[str, dict[str, Any]] = {url: root}
        self.id = str(root.get("id") or "")
        self.title = str(root.get("title") or self.id)

    def get_self_href(self) -> str:
        return self.url

    def read(self, href: str) -> dict[str, Any]:
        """The JSON object at ``href`` (a URL or local path); cached documents are not read again."""
        cached = self._cache.pop(href, None)
        if cached is not None:
            return cached
        return read_json(self.stac_io, href)

    def is_cached(self, href: str) -> bool:
        """Whether :meth:`read` of ``href`` would answer without a request."""
        return href in self._cache

    def remember(self, href: str, document: dict[str, Any]) -> None:
        """Keep ``document`` for the next :meth:`read` of ``href`` (once)."""
        self._cache[href] = document


def is_static(client: Any) -> bool:
    """Whether ``client`` is a :class:`StaticCatalog` (not a STAC API client)."""
    return isinstance(client, StaticCatalog)


def _local_path(href: str) -> str:
    parts = urlsplit(href)
    return unquote(parts.path) if parts.scheme.lower() == "file" else href


def read_json(stac_io: Any, href: str) -> dict[str, Any]:
    """A JSON object read through ``stac_io`` (http(s)) or from a file; errors as plugin errors."""
    remote = href.lower().startswith(("http://", "https://"))
    try:
        if remote:
            text = stac_io.request(href)
        else:
            with open(_local_path(href), encoding="utf-8") as handle:
                text = handle.read()
    except (OSError, UnicodeDecodeError, APIError) as exc:
        if remote:
            raise wrap_error(href, exc) from exc
        raise NotStacError(f"Could not read {href}: {exc}", detail=repr(exc)) from exc
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise NotStacError(f"{href} is not JSON", detail=str(text)[:500]) from exc
    if not isinstance(data, dict):
        raise NotStacError(f"{href} is not a STAC document", detail=str(text)[:500])
    return data


def is_catalog_document(data: Any) -> bool:
    """Whether ``data`` is a STAC Catalog or Collection (with links, not an item or a list)."""
    if not isinstance(data, dict) or not isinstance(data.get("links"), list):
        return False
    kind = data.get("type")
    if kind in CATALOG_TYPES:
        return True
    return kind is None and "stac_version" in data and "geometry" not in data and "features" not in data


def open_catalog(url: str, stac_io: Any = None) -> Any:
    """A pystac-client ``Client`` for a STAC API, or a :class:`StaticCatalog` for a static catalog.

    ``url`` is an API's landing page, or the http(s) URL or local path of a ``catalog.json`` /
    ``collection.json``. Raises the API's error when ``url`` is neither.
    """
    url = url.strip()
    stac_io = stac_io if stac_io is not None else new_io(DEFAULT_TIMEOUT_S)
    try:
        return open_client(url, stac_io)
    except NotStacError as api_error:
        remote = url.lower().startswith(("http://", "https://"))
        if remote or Path(_local_path(url)).is_file():
            where = url if remote else str(Path(_local_path(url)).absolute())
            try:
                root = read_json(stac_io, where)
            except StacPluginError:
                raise api_error from None
            if is_catalog_document(root) and not _has_search(root):
                return StaticCatalog(where, root, stac_io)
        raise


def _has_search(document: dict[str, Any]) -> bool:
    return any(isinstance(link, dict) and link.get("rel") == "search" for link in document.get("links", []))


def _links(document: dict[str, Any], rel: str, base: str) -> list[str]:
    """The hrefs of ``document``'s ``rel`` links, resolved against ``base``."""
    hrefs = []
    for link in document.get("links") or []:
        if isinstance(link, dict) and link.get("rel") == rel and isinstance(link.get("href"), str):
            hrefs.append(resolve(link["href"].strip(), base))
    return hrefs


def resolve(href: str, base: str) -> str:
    """``href`` against ``base`` (a URL or an absolute local path)."""
    if not is_relative(href):
        return href
    if "://" in base:
        return urljoin(base, href)
    return resolve_href(href, base)


def collections_of(
    client: Any, fetch_many: Callable[..., Any] | None = None, is_canceled: Callable[[], bool] | None = None
) -> list[tuple[str, str]]:
    """(id, title) of the collections to offer: an API's (see ``search.list_collections``), or a
    static catalog's own collection or its child collections (read at once with ``fetch_many``, as
    in :class:`StaticItemStream`; none is sent once ``is_canceled()``), sorted by title."""
    if not is_static(client):
        return list_collections(client)
    if client.root.get("type") == "Collection":
        return [(client.id, client.title)]
    found = _child_collections(client, fetch_many, is_canceled)
    return sorted(found.items(), key=lambda pair: (pair[1].casefold(), pair[0]))


def _child_collections(
    client: StaticCatalog, fetch_many: Callable[..., Any] | None, is_canceled: Callable[[], bool] | None
) -> dict[str, str]:
    """{id: title} of the collections among the first children of a static catalog's root; the
    children read are remembered for the walk of the first search."""

    def child_of(href: str) -> dict[str, Any] | None:
        if is_canceled is not None and is_canceled():
            return None
        try:
            return client.read(href)
        except NotStacError:
            return None
        except NetworkError as exc:
            if exc.status is None:
                raise
            return None

    hrefs = _links(client.root, "child", client.url)[:MAX_LISTED_CHILDREN]
    children = list((fetch_many or map)(child_of, hrefs))
    found: dict[str, str] = {}
    for href, child in zip(hrefs, children):
        if child is None:
            continue
        client.remember(href, child)
        if child.get("type") == "Collection" and child.get("id") is not None:
            found[str(child["id"])] = str(child.get("title") or child["id"])
    return found


def static_note(stream: Any = None) -> str:
    """The dock's note on a static catalog's search (``stream``: its StaticItemStream, if any)."""
    text = f"Static catalog, no search API: {FILTERED_HERE} while it walks the catalog"
    if stream is not None:
        text += f" ({stream.documents} documents read"
        if stream.has_more:
            text += ", more left: Load more goes on"
        text += ")"
        if getattr(stream, "dropped_without_cloud", 0):
            text += f"; {stream.dropped_without_cloud} item(s) without a cloud cover left out"
        if getattr(stream, "unreadable", None):
            text += f"; {len(stream.unreadable)} link(s) could not be read"
    return text + "."


def item_stream(
    request: SearchRequest,
    client: Any,
    *,
    fetch_many: Callable[..., Any] | None = None,
    read_ahead: int = DEFAULTS.parallel_opens,
    **kwargs: Any,
) -> Any:
    """The stream of a search: :class:`StaticItemStream` for a static catalog (``fetch_many`` and
    ``read_ahead``: see there), else ``search.ItemStream`` (given ``kwargs``)."""
    if is_static(client):
        return StaticItemStream(request, client, fetch_many, read_ahead)
    return ItemStream(request, client, **kwargs)


# -- client-side filters -------------------------------------------------------------------
def _time(value: Any) -> datetime:
    """An RFC 3339 date-time or date (midnight UTC) as an aware datetime, read by
    :func:`dates.parse_datetime`; ValueError when it is not one (the callers skip or refuse it)."""
    parsed = parse_datetime(value)
    if parsed is None:
        raise ValueError(f"{value!r} is not an RFC 3339 date-time")
    return parsed


def _end_of(text: str) -> datetime:
    """The last instant of a date-only bound (``2020``, ``2020-03``, ``2020-03-30``), as
    pystac-client sends it to an API; a full timestamp as it is."""
    text = text.strip()
    parts = text.split("-")
    if "T" in text.upper() or " " in text or not all(p.isdigit() for p in parts) or len(parts) > 3:
        return _time(text)
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 12
    day = int(parts[2]) if len(parts) > 2 else 0
    if not day:
        next_month = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=timezone.utc)
        return next_month - timedelta(microseconds=1)
    return datetime(year, month, day, tzinfo=timezone.utc) + timedelta(days=1, microseconds=-1)


def _start_of(text: str) -> datetime:
    parts = text.strip().split("-")
    if len(parts) < 3 and all(p.isdigit() for p in parts):  # 2020 or 2020-03
        return datetime(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, 1, tzinfo=timezone.utc)
    return _time(text)


def parse_interval(value: str) -> tuple[datetime, datetime]:
    """A STAC ``datetime`` parameter (an instant, ``a/b``, ``../b``, ``a/..``) as (start, end).

    A date-only end means the end of that day (month, year), as pystac-client sends it to APIs.
    """
    if "/" not in value:
        return _start_of(value), _end_of(value)
    start, end = value.split("/", 1)
    return (
        _MIN if start.strip() in ("", "..") else _start_of(start),
        _MAX if end.strip() in ("", "..") else _end_of(end),
    )


def _item_interval(properties: dict[str, Any]) -> tuple[datetime, datetime] | None:
    try:
        start, end = properties.get("start_datetime"), properties.get("end_datetime")
        if isinstance(start, str) and isinstance(end, str):
            return _time(start), _time(end)
        if isinstance(properties.get("datetime"), str):
            instant = _time(properties["datetime"])
            return instant, instant
    except ValueError:
        return None
    return None


def _boxes(bbox: BBox) -> list[BBox]:
    west, south, east, north = bbox
    if west > east:  # crosses the antimeridian
        return [(west, south, 180.0, north), (-180.0, south, east, north)]
    return [bbox]


def _area(request: SearchRequest) -> Any:
    """The request's area as a shapely geometry, or None for anywhere."""
    from shapely.geometry import box, shape
    from shapely.ops import unary_union

    if request.intersects is not None:
        return shape(request.intersects)
    if request.bbox is not None:
        return unary_union([box(*part) for part in _boxes(request.bbox)])
    return None


def _footprint(geometry: dict[str, Any] | None, bbox: BBox | None) -> Any:
    from shapely.errors import ShapelyError
    from shapely.geometry import box, shape
    from shapely.ops import unary_union

    if geometry:
        try:
            found = shape(geometry)
            if not found.is_empty:
                return found if found.is_valid else found.buffer(0)
        except (ShapelyError, ValueError, TypeError, KeyError, IndexError, AttributeError):
            _log.debug("unreadable item geometry %.200r: its bbox is used", geometry, exc_info=True)
    if bbox is not None:
        return unary_union([box(*part) for part in _boxes(bbox)])
    return None


class _Filter:
    """Area, dates and collections of a request, checked on items and collections."""

    def __init__(self, request: SearchRequest) -> None:
        self.area = _area(request)
        self.interval = parse_interval(request.datetime) if request.datetime else None
        self.collections = set(request.collections)

    def item(self, item: ItemSummary) -> bool:
        if self.collections and item.collection not in self.collections:
            return False
        if self.area is not None:
            footprint = _footprint(item.geometry, item.bbox)
            if footprint is None or not footprint.intersects(self.area):
                return False
        if self.interval is not None:
            span = _item_interval(item.properties)
            if span is None or span[0] > self.interval[1] or span[1] < self.interval[0]:
                return False
        return True

    def extent_overlaps(self, document: dict[str, Any]) -> bool:
        """False only when a collection's declared extent misses the area or the dates."""
        extent = document.get("extent") if document.get("type") == "Collection" else None
        if not isinstance(extent, dict):
            return True
        try:
            if self.area is not None:
                bboxes = (extent.get("spatial") or {}).get("bbox") or []
                first = bboxes[0] if bboxes else None
                if isinstance(first, list) and len(first) in (4, 6):
                    west, south = float(first[0]), float(first[1])
                    east, north = float(first[-3 if len(first) == 6 else 2]), float(first[-1])
                    footprint = _footprint(None, (west, south, east, north))
                    if footprint is not None and not footprint.intersects(self.area):
                        return False
            if self.interval is not None:
                intervals = (extent.get("temporal") or {}).get("interval") or []
                first = intervals[0] if intervals else None
                if isinstance(first, list) and len(first) == 2:
                    start = _time(first[0]) if first[0] else _MIN
                    end = _time(first[1]) if first[1] else _MAX
                    if start > self.interval[1] or end < self.interval[0]:
                        return False
        except (TypeError, ValueError, IndexError):
            return True  # an extent that cannot be read prunes nothing
        return True


class StaticItemStream:
    """A search of a static catalog, page by page, with the attributes of ``search.ItemStream``.

    ``matched`` is None until the whole catalog has been walked, then the number of matches.
    :meth:`progress` estimates how much of the catalog has been read (0-100). ``fetch_many``
    (``fetch_many(function, arguments)`` -> results in order, e.g. a thread pool's map) reads up to
    ``read_ahead`` sibling item links at once (the QGIS side passes the user's parallel opens);
    without it documents are read one by one.
    """

    def __init__(
        self,
        request: SearchRequest,
        client: StaticCatalog,
        fetch_many: Callable[..., Any] | None = None,
        read_ahead: int = DEFAULTS.parallel_opens,
    ) -> None:
        if request.filter:
            raise StacPluginError(
                "A static catalog cannot apply a CQL2 filter: it has no search; remove the filter "
                "(area, dates and cloud cover are filtered by the plugin)"
            )
        self.request = request
        self.client = client
        self.fetch_many = fetch_many
        self.read_ahead = max(1, read_ahead)
        self.filter_mode = "none" if request.max_cloud is None else "client"
        self.sort_fields = parse_sortby(request.sortby)
        """Sorted by the caller once fetched: a static catalog has no order of its own to ask for."""
        self.sort_mode = "client" if self.sort_fields else "none"
        self.note = FILTERED_HERE
        self.matched: int | None = None
        self.kept = 0
        self.found = 0
        self.dropped_without_cloud = 0
        self.skipped_invalid = 0
        self.unreadable: list[str] = []
        """Links that could not be read (HTTP errors, not JSON), skipped."""
        self.requests = 0
        self.documents = 0
        self._filter = _Filter(request)
        self._pending: list[tuple[str, str, str]] = [(client.url, "", "root")]
        """(href, collection id, link rel) still to read; the next one last."""
        self._seen: set[str] = {client.url}
        self._buffer: list[ItemSummary] = []
        self._progress = 0.0
        self._is_canceled: Callable[[], bool] | None = None

    # -- walking ------------------------------------------------------------------------
    def _push(self, hrefs: list[str], collection: str, rel: str) -> None:
        for href in reversed(hrefs):
            if href not in self._seen:
                self._seen.add(href)
                self._pending.append((href, collection, rel))

    def _load(self, href: str) -> tuple[dict[str, Any] | None, bool]:
        """(the linked document, or None when it cannot be used; whether a request was sent).

        Any thread: changes nothing of the stream's own state. No request is sent once the stream
        is cancelled; one in flight in another thread than the stream's ends at its answer or its
        timeout (an abort watch there would leave a timer of a pooled thread to be destroyed from
        another thread, which stalls that thread's later requests).
        """
        if self._canceled():
            raise Cancelled()
        cached = self.client.is_cached(href)
        try:
            return self.client.read(href), not cached
        except NetworkError as exc:
            if exc.status is None:
                raise  # unreachable host, timeout, cancel: stop rather than fail every link
            return None, not cached
        except NotStacError:
            return None, not cached

    def _load_all(self, hrefs: list[str]) -> list[tuple[dict[str, Any] | None, bool]]:
        if self.fetch_many is None or len(hrefs) == 1:
            return [self._load(href) for href in hrefs]
        return list(self.fetch_many(self._load, hrefs))

    def _next_batch(self) -> list[tuple[str, str, str]]:
        """The next link, with the sibling item links after it when they can be read at once."""
        batch = [self._pending.pop()]
        if self.fetch_many is not None and batch[0][2] == "item":
            while len(batch) < self.read_ahead and self._pending and self._pending[-1][2] == "item":
                batch.append(self._pending.pop())
        return batch

    def _visit(self, document: dict[str, Any], href: str, collection: str) -> list[ItemSummary]:
        kind = document.get("type")
        if kind == "Feature":
            return self._items([document], href, collection)
        if kind == "FeatureCollection" and isinstance(document.get("features"), list):
            return self._items(document["features"], href, collection)
        if not is_catalog_document(document):
            self.skipped_invalid += 1
            return []
        if not self._filter.extent_overlaps(document):
            return []
        own = str(document.get("id") or "") if kind == "Collection" else collection
        wanted = not self._filter.collections or own in self._filter.collections or kind != "Collection"
        self._push(_links(document, "child", href), own, "child")
        if wanted:
            self._push(_links(document, "item", href), own, "item")
        return []

    def _items(self, features: list[Any], href: str, collection: str) -> list[ItemSummary]:
        kept: list[ItemSummary] = []
        for feature in features:
            adopted = feature
            if isinstance(feature, dict) and not feature.get("collection") and collection:
                adopted = {**feature, "collection": collection}
            try:
                item = summarize(adopted, href)
            except StacPluginError:
                self.skipped_invalid += 1
                continue
            if not self._filter.item(item):
                continue
            if self.request.max_cloud is not None:
                if item.cloud_cover is None:
                    self.dropped_without_cloud += 1
                    continue
                if not item.cloud_cover < float(self.request.max_cloud):
                    continue
            kept.append(item)
        self.found += len(kept)
        return kept

    def _canceled(self) -> bool:
        return self._is_canceled is not None and bool(self._is_canceled())

    def _fetch(self) -> list[ItemSummary]:
        """Read documents until a page of matches is found or the catalog is exhausted."""
        items: list[ItemSummary] = []
        size = max(1, int(self.request.page_size))
        read = 0
        while self._pending and len(items) < size and not self._canceled():
            if items and read >= _EARLY_PAGE_DOCUMENTS:
                break
            batch = self._next_batch()
            loaded = self._load_all([href for href, _collection, _rel in batch])
            for (href, collection, _rel), (document, sent) in zip(batch, loaded):
                self.requests += int(sent)
                if document is None:
                    self.unreadable.append(href)
                    continue
                self.documents += 1
                items.extend(self._visit(document, href, collection))
            read += len(batch)
            done = self.documents + len(self.unreadable)
            self._progress = max(self._progress, 100.0 * done / max(done + len(self._pending), 1))
        if not self._pending:
            self._progress = 100.0
            self.matched = self.found
        return items

    # -- public -------------------------------------------------------------------------
    def progress(self) -> float:
        """How much of the catalog has been read, 0-100 (an estimate while links remain)."""
        return self._progress

    @property
    def has_more(self) -> bool:
        """Whether links remain to be followed or found items are held back by ``max_items``."""
        return bool(self._pending) or bool(self._buffer)

    def _page(self, items: list[ItemSummary]) -> SearchPage:
        return SearchPage(tuple(items), self.matched, self.has_more, self.filter_mode, self.sort_mode)

    def pages(self, is_canceled: Callable[[], bool] | None = None) -> Iterator[SearchPage]:
        """Yield pages as they are found until ``max_items`` are kept; stops quietly when cancelled."""
        self._is_canceled = is_canceled
        limit = self.request.max_items if self.request.max_items > 0 else None
        try:
            while self.has_more and (limit is None or self.kept < limit):
                if self._canceled():
                    return
                if self._buffer:
                    items, self._buffer = self._buffer, []
                else:
                    items = self._fetch()
                if limit is not None and self.kept + len(items) > limit:
                    room = limit - self.kept
                    items, self._buffer = items[:room], items[room:]
                self.kept += len(items)
                if items or not self.has_more:
                    yield self._page(items)
        finally:
            self._is_canceled = None

    def next_page(self) -> SearchPage | None:
        """One more page of matches regardless of ``max_items``; None when the walk is over."""
        if not self.has_more:
            return None
        items, self._buffer = self._buffer, []
        if not items:
            items = self._fetch()
        self.kept += len(items)
        return self._page(items)

