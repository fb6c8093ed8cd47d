"""Open a STAC API, list its collections and search it page by page."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from . import cql2, sortby
from .bodies import plain_excerpt
from .collector import collector_paused
from .config import DEFAULTS
from .errors import NetworkError, NotStacError, StacPluginError
from .items import summarize
from .models import ItemSummary, SearchPage, SearchRequest
from .stac_api import (
    ADDED_ITEM_SEARCH,
    ApiClient,
    APIError,
    Client,
    ConformanceClasses,
    StacApiIO,
    child_collections,
    collections_href,
    io_of,
    new_io,
    open_api,
    search_links,
    search_parameters,
    wrap_error,
)

FILTER_MODES = ("none", "query", "filter", "client")
_MAX_COLLECTION_PAGES = 100
_EXCERPT = 500
DEFAULT_TIMEOUT_S = DEFAULTS.timeout_s


def _adopt_root(client: Client) -> None:
    """Make the landing page its own root when its root link names it (maybe without the final "/").

    Otherwise pystac reads the landing page again the first time a link is resolved, which
    costs the first search an extra round trip.
    """
    root = client.get_single_link("root")
    self_href = client.get_self_href() or ""
    if root is None or not self_href or not isinstance(root.target, str):
        return
    if root.target.rstrip("/") == self_href.rstrip("/"):
        client.set_root(client)


def open_client(url: str, stac_io: StacApiIO | None = None) -> ApiClient:
    """Read the landing page of a STAC API; raises NotStacError or NetworkError with a clear message.

    Requests go through ``stac_io`` (by default pystac-client's own, with ``DEFAULT_TIMEOUT_S``),
    which the client keeps as ``stac_io`` for the searches made with it.
    """
    url = url.strip()
    if not re.match(r"^https?://[^/\s]+", url, re.IGNORECASE):
        raise NotStacError(f"{url or 'An empty address'} is not an http(s) URL")
    client = open_api(url, stac_io if stac_io is not None else new_io(DEFAULT_TIMEOUT_S))
    _adopt_root(client)
    has_search_link = client.get_search_link() is not None
    if not client.conforms_to(ConformanceClasses.ITEM_SEARCH):
        if not has_search_link:
            raise NotStacError(
                f"{url} is a STAC catalog without item search (no 'search' link)",
                detail=f"{url}\nconformsTo: {client.get_conforms_to()}",
            )
        client.add_conforms_to("ITEM_SEARCH")
    return client


def declared_conformance(client: Client) -> list[str]:
    """The conformance classes the server declared (without the one added for search links)."""
    return [uri for uri in client.get_conforms_to() if uri != ADDED_ITEM_SEARCH]


def _collections_page(url: str, page: Any) -> list[Any]:
    """The ``collections`` of one page of ``/collections``; NotStacError when it has none."""
    if not isinstance(page, dict) or not isinstance(page.get("collections"), list):
        raise NotStacError(
            f"{url} did not answer with a list of STAC collections",
            detail=json.dumps(page, default=str)[:_EXCERPT],
        )
    return page["collections"]


def _next_href(page: dict[str, Any], base: str) -> str | None:
    """The absolute http(s) href of a page's ``next`` link, None when there is none."""
    for link in page.get("links") or []:
        if isinstance(link, dict) and link.get("rel") == "next" and isinstance(link.get("href"), str):
            href = urljoin(base, link["href"])
            return href if href.lower().startswith(("http://", "https://")) else None
    return None


def _read_collections(url: str, stac_io: StacApiIO) -> dict[str, str]:
    """{id: title} of the collections listed at ``url``, following ``next`` links (100 pages at most).

    Paged here rather than with ``StacApiIO.get_pages``, which fails on a page that is not an
    object (e.g. a JSON list) with errors of any kind.
    """
    found: dict[str, str] = {}
    href: str | None = url
    seen: set[str] = set()
    while href is not None and href not in seen and len(seen) < _MAX_COLLECTION_PAGES:
        seen.add(href)
        page = json.loads(stac_io.request(href))
        collections = _collections_page(href, page)
        for collection in collections:
            if isinstance(collection, dict) and collection.get("id") is not None:
                cid = str(collection["id"])
                found[cid] = str(collection.get("title") or cid)
        href = _next_href(page, href) if collections else None
    return found


def list_collections(client: Client) -> list[tuple[str, str]]:
    """(id, title) of every collection, sorted by title (the id when there is no title)."""
    if (
        client.get_single_link("data") is not None
        or client.conforms_to(ConformanceClasses.COLLECTIONS)
        or client.conforms_to(ConformanceClasses.FEATURES)
    ):
        url = collections_href(client)
        try:
            found = _read_collections(url, io_of(client) or new_io(DEFAULT_TIMEOUT_S))
        except (APIError, OSError, ValueError) as exc:  # an error answer, no answer, not JSON
            raise wrap_error(url, exc) from exc
    else:
        found = dict(child_collections(client))
    return sorted(found.items(), key=lambda pair: (pair[1].casefold(), pair[0]))


def _cql2_json_supported(conformance: list[str]) -> bool:
    cql = [uri for uri in conformance if "/cql2/" in uri]
    return not cql or any(uri.endswith("cql2-json") for uri in cql)


def supports_filter(client: Client) -> bool:
    """Whether the API declares the filter extension (CQL2) for item search."""
    conformance = declared_conformance(client)
    return client.conforms_to(ConformanceClasses.FILTER) or any(
        uri.rstrip("/").endswith(("ogcapi-features-3/1.0/conf/filter", "item-search#filter"))
        for uri in conformance
    )


def supports_sort(client: Client) -> bool:
    """Whether the API declares the sort extension for item search (any version)."""
    return sortby.supports_sort(declared_conformance(client))


def filter_mode(client: Client, max_cloud: float | None) -> str:
    """How a cloud limit is applied: "none", "query", "filter" (CQL2) or "client" (after download)."""
    if max_cloud is None:
        return "none"
    conformance = declared_conformance(client)
    if not conformance:
        return "query"
    if client.conforms_to(ConformanceClasses.QUERY):
        return "query"
    if supports_filter(client):
        return "filter"
    return "client"


_auto_filter_mode = filter_mode


def _search_method(client: Client) -> str:
    methods = {(link.extra_fields.get("method") or "").upper() for link in search_links(client)}
    if "POST" in methods or not methods - {""}:
        return "POST"
    return "GET"


class ItemStream:
    """A search run page by page; keeps the pending ``next`` link for "load more".

    ``filter_mode`` may be forced (e.g. "client"); by default it follows the API's conformance.
    ``method`` forces GET or POST; by default POST when the API offers it.
    A user filter (``request.filter``) is checked here, before any request: FilterError.
    """

    def __init__(
        self,
        request: SearchRequest,
        client: Client,
        *,
        filter_mode: str | None = None,
        method: str | None = None,
    ) -> None:
        self.request = request
        self.client = client
        self.user_filter = cql2.parse_filter(request.filter)
        if self.user_filter is not None and not supports_filter(client):
            raise cql2.FilterError(
                f"{request.url} does not support CQL2 filters (no filter conformance class)",
                detail="\n".join(declared_conformance(client)),
            )
        self.sort_fields = sortby.parse_sortby(request.sortby)
        if not self.sort_fields:
            self.sort_mode = "none"
        else:
            self.sort_mode = "server" if supports_sort(client) else "client"
        mode = filter_mode if filter_mode is not None else _auto_filter_mode(client, request.max_cloud)
        if filter_mode is None and self.user_filter is not None and mode == "query":
            mode = "filter"  # one CQL2 filter holds both conditions
        if request.max_cloud is None:
            mode = "none"
        if mode not in FILTER_MODES:
            raise StacPluginError(f"Unknown cloud filter mode {mode!r}")
        self.filter_mode = mode
        self.matched: int | None = None
        self.kept = 0
        self.dropped_without_cloud = 0
        self.skipped_invalid = 0
        self.requests = 0
        self._io: StacApiIO = io_of(client) or new_io(DEFAULT_TIMEOUT_S)
        self._page_url = ""
        self._started = False
        self._next_link: dict[str, Any] | None = None
        self._buffer: list[ItemSummary] = []
        self._seen: set[str] = set()
        self._method = (method or _search_method(client)).upper()
        self._url, self._params = self._build(self._method)

    # -- request building -------------------------------------------------
    def combined_filter(self) -> dict[str, Any] | None:
        """The CQL2-JSON sent: the user's filter AND the cloud limit (when applied as a filter)."""
        cloud = None
        if self.filter_mode == "filter":
            cloud = {"op": "<", "args": [{"property": "eo:cloud_cover"}, self.request.max_cloud]}
        return cql2.and_all(self.user_filter, cloud)

    def _search_kwargs(self, method: str = "POST") -> dict[str, Any]:
        req = self.request
        kwargs: dict[str, Any] = {"limit": max(1, int(req.page_size))}
        if req.collections:
            kwargs["collections"] = list(req.collections)
        if req.bbox is not None:
            kwargs["bbox"] = list(req.bbox)
        elif req.intersects is not None:
            kwargs["intersects"] = req.intersects
        if req.datetime:
            kwargs["datetime"] = req.datetime
        if self.filter_mode == "query":
            kwargs["query"] = {"eo:cloud_cover": {"lt": req.max_cloud}}
        combined = self.combined_filter()
        if combined is not None:
            if method == "POST" or _cql2_json_supported(declared_conformance(self.client)):
                kwargs["filter"] = combined
                kwargs["filter_lang"] = "cql2-json"
            else:
                kwargs["filter"] = cql2.to_text(combined)
                kwargs["filter_lang"] = "cql2-text"
        if self.sort_mode == "server":
            kwargs["sortby"] = sortby.sortby_text(self.sort_fields)
        return kwargs

    def search_parameters(self) -> dict[str, Any]:
        """The keyword arguments of pystac-client's ``Client.search`` this stream sends (and ``method``)."""
        return {**self._search_kwargs(self._method), "method": self._method}

    def _build(self, method: str) -> tuple[str, dict[str, Any]]:
        return search_parameters(self.client, method, **self._search_kwargs(method))

    # -- one request ------------------------------------------------------
    @staticmethod
    def _page_key(href: str, method: str, parameters: dict[str, Any] | None) -> str:
        """What identifies a page request: method, URL (query sorted) and body."""
        parts = urlsplit(href)
        query = parse_qsl(parts.query, keep_blank_values=True)
        if method == "GET" and parameters:
            query += [(str(k), json.dumps(v, sort_keys=True)) for k, v in parameters.items() if v is not None]
        url = urlunsplit(parts._replace(query=urlencode(sorted(query)), fragment=""))
        body = json.dumps(parameters, sort_keys=True, default=str) if method != "GET" else ""
        return f"{method} {url} {body}"

    def _request(
        self, href: str, method: str, parameters: dict[str, Any] | None, headers: dict[str, str] | None = None
    ) -> str:
        """One page's text (network only: the caller parses it, see :meth:`_page_of`)."""
        key = self._page_key(href, method, parameters)
        if key in self._seen:
            raise NotStacError(
                "The API's next link repeats a page already fetched; "
                f"the search stopped after {self.kept} items",
                detail=f"{method} {href}\n{json.dumps(parameters, default=str)[:_EXCERPT]}",
            )
        self._seen.add(key)
        self.requests += 1
        self._page_url = href  # relative asset hrefs of items without a self link resolve against it
        try:
            text = self._io.request(href, method=method, headers=headers, parameters=parameters)
        except (APIError, OSError) as exc:  # pystac-client's StacApiIO and the plugin's raise APIError
            raise wrap_error(href, exc) from exc
        return text

    def _page_of(self, text: str) -> dict[str, Any]:
        """The ItemCollection in the text of the last page requested."""
        href = self._page_url
        try:
            page = json.loads(text)
        except (ValueError, TypeError) as exc:
            raise NotStacError(f"{href} did not answer with JSON", detail=plain_excerpt(str(text))) from exc
        if not isinstance(page, dict) or not isinstance(page.get("features"), list):
            message = f"{href} did not answer with a STAC ItemCollection"
            raise NotStacError(message, detail=plain_excerpt(str(text)))
        return page

    def _first_request(self) -> str:
        try:
            return self._request(self._url, self._method, self._params)
        except NetworkError as exc:
            if exc.status != 405 or self._method != "POST":
                raise
        self._method = "GET"
        self._url, self._params = self._build("GET")
        return self._request(self._url, "GET", self._params)

    def _follow(self, link: dict[str, Any]) -> str:
        href = urljoin(self._url, str(link.get("href", "")))
        method = str(link.get("method") or "GET").upper()
        headers = link.get("headers") if isinstance(link.get("headers"), dict) else None
        parameters: dict[str, Any] | None = None
        if method in ("POST", "PUT", "PATCH"):
            body = link.get("body") if isinstance(link.get("body"), dict) else {}
            parameters = {**self._params, **body} if link.get("merge") else dict(body)
        return self._request(href, method, parameters, headers)

    @staticmethod
    def _matched_of(page: dict[str, Any]) -> int | None:
        value = page.get("numberMatched")
        if not isinstance(value, int) or isinstance(value, bool):
            context = page.get("context")
            value = context.get("matched") if isinstance(context, dict) else None
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def _next_response(self) -> str | None:
        """The next page's text (the first search or the pending next link); None when there is none."""
        if not self._started:
            text = self._first_request()
            self._started = True
            return text
        if self._next_link is None:
            return None
        link, self._next_link = self._next_link, None
        return self._follow(link)

    @staticmethod
    def _next_link_of(page: dict[str, Any]) -> dict[str, Any] | None:
        """The page's first ``next`` link with an href; None on a page without items (the end)."""
        links = page.get("links") if isinstance(page.get("links"), list) else []
        if not page.get("features"):
            return None
        nexts = [lk for lk in links if isinstance(lk, dict) and lk.get("rel") == "next" and lk.get("href")]
        return nexts[0] if nexts else None

    def _below_cloud_limit(self, items: list[ItemSummary]) -> list[ItemSummary]:
        """The items under the cloud limit (filter mode "client"); the ones without a cover are counted."""
        limit = float(self.request.max_cloud)  # type: ignore[arg-type]
        kept = []
        for item in items:
            if item.cloud_cover is None:
                self.dropped_without_cloud += 1
            elif item.cloud_cover < limit:
                kept.append(item)
        return kept

    def _fetch(self) -> list[ItemSummary]:
        """Make exactly one request (the first search or the pending next link)."""
        first = not self._started
        text = self._next_response()
        if text is None:
            return []
        with collector_paused():  # the parsed page dies here, without reaching the full passes
            return self._items_of(self._page_of(text), first)

    def _items_of(self, page: dict[str, Any], first: bool) -> list[ItemSummary]:
        """The summaries of a parsed page's items; remembers its next link (and matched count)."""
        if first:
            self.matched = self._matched_of(page)
        modifier = getattr(self.client, "modifier", None)  # Client.open(modifier=...), public
        if modifier is not None:
            modifier(page)
        self._next_link = self._next_link_of(page)
        items: list[ItemSummary] = []
        for feature in page.get("features") or []:
            try:
                items.append(summarize(feature, self._page_url))
            except StacPluginError:
                self.skipped_invalid += 1
        return self._below_cloud_limit(items) if self.filter_mode == "client" else items

    # -- public -----------------------------------------------------------
    @property
    def has_more(self) -> bool:
        """Whether more items can be fetched (a pending next link or items held back by max_items)."""
        return not self._started or self._next_link is not None or bool(self._buffer)

    def pages(self, is_canceled: Callable[[], bool] | None = None) -> Iterator[SearchPage]:
        """Yield pages as they arrive until ``max_items`` items are kept; stops quietly when canceled."""
        limit = self.request.max_items if self.request.max_items > 0 else None
        while self.has_more and (limit is None or self.kept < limit):
            if is_canceled is not None and is_canceled():
                return
            if self._buffer:
                items, self._buffer = self._buffer, []
            else:
                items = self._fetch()
            if limit is not None and self.kept + len(items) > limit:
                room = limit - self.kept
                items, self._buffer = items[:room], items[room:]
            self.kept += len(items)
            yield SearchPage(tuple(items), self.matched, self.has_more, self.filter_mode, self.sort_mode)

    def next_page(self) -> SearchPage | None:
        """Fetch exactly one more page (one request) regardless of ``max_items``; None when there is none."""
        if not self.has_more:
            return None
        items, self._buffer = self._buffer, []
        if not self._started or self._next_link is not None:
            items = items + self._fetch()
        self.kept += len(items)
        return SearchPage(tuple(items), self.matched, self.has_more, self.filter_mode, self.sort_mode)
