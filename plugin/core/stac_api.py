"""The one place that talks to pystac-client, through its public API only.

Works with pystac-client 0.7 to 0.9 (Debian 13 ships 0.8.6, Debian testing 0.9.0, the release zip
bundles the newest). The plugin owns the ``StacApiIO`` it opens a client with (:class:`ApiClient`
keeps it as ``stac_io``), so it never reads the library's private ``Client._stac_io``. Where the
library has what is needed only as a private method (``_collections_href``, ``_get_search_links``),
the public links it is computed from are read here instead; each such place says so.
"""

from __future__ import annotations

import json
import logging
import warnings
from typing import Any

from pystac_client import Client
from pystac_client.conformance import ConformanceClasses
from pystac_client.exceptions import APIError
from pystac_client.stac_api_io import StacApiIO

from .api_errors import api_error, one_line, reason
from .errors import NetworkError, NotStacError, StacPluginError

__all__ = [
    "ADDED_ITEM_SEARCH",
    "APIError",
    "ApiClient",
    "Client",
    "ConformanceClasses",
    "StacApiIO",
    "child_collections",
    "collections_href",
    "io_of",
    "new_io",
    "open_api",
    "search_links",
    "search_parameters",
    "wrap_error",
]

ADDED_ITEM_SEARCH = ConformanceClasses.ITEM_SEARCH.valid_uri
"""The conformance URI pystac-client writes for ``add_conforms_to("ITEM_SEARCH")``; no server sends it."""

_JSON_TYPES = ("application/geo+json", "application/json", None)
"""pystac.MediaType.GEOJSON and .JSON (string enums), and no type."""
_EXCERPT = 500
_log = logging.getLogger("stac")

# pystac and pystac-client raise plain ``Exception`` (invalid search arguments) or errors of many
# unrelated classes (a landing page that is not a catalog: KeyError, AttributeError, STACTypeError,
# ClientTypeError...). The calls below that parse what a server sent or check arguments therefore
# catch ``Exception``; each turns it into a plugin error (logged with its traceback at debug level).


class ApiClient(Client):
    """A pystac-client ``Client`` that keeps the ``StacApiIO`` it was opened with as ``stac_io``.

    pystac-client keeps that object only in a private attribute. ``Client.open`` and
    ``Client.from_dict`` build ``cls`` (in 0.7 to 0.9), so opening through this class gives one.
    """

    stac_io: StacApiIO | None = None


def new_io(timeout_s: float) -> StacApiIO:
    """pystac-client's own HTTP seam (``requests``), for use without QGIS."""
    return StacApiIO(timeout=timeout_s, max_retries=2)


def open_api(url: str, stac_io: StacApiIO) -> ApiClient:
    """Read the landing page at ``url`` through ``stac_io``; failures as plugin errors.

    pystac-client's warnings (no conformance, missing links) are left out: the caller checks
    what it needs.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            client = ApiClient.open(url, stac_io=stac_io)
    except Exception as exc:  # pystac raises unrelated classes for a non-catalog: see the note at the top
        _log.debug("opening %s failed", url, exc_info=True)
        raise wrap_error(url, exc) from exc
    client.stac_io = stac_io
    return client


def io_of(client: Any) -> Any:
    """The ``StacApiIO`` requests of ``client`` go through (an :class:`ApiClient` or a static
    catalog), None for a client opened elsewhere."""
    return getattr(client, "stac_io", None)


def collections_href(client: Client) -> str:
    """Where the API lists its collections: its ``data`` link, else ``<landing page>/collections``.

    pystac-client computes this only in the private ``Client._collections_href``; 0.9 joins a
    landing page without a final "/" differently from 0.7 and 0.8, so this keeps the older form.
    """
    link = client.get_single_link("data")
    if link is not None and isinstance(link.href, str):
        return link.get_absolute_href() or link.href
    return f"{(client.get_self_href() or '').rstrip('/')}/collections"


def child_collections(client: Client) -> list[tuple[str, str]]:
    """(id, title) of the collections linked as children of a landing page (one request each),
    for an API without ``/collections``; failures as plugin errors."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "falling back to pystac": that is what is asked here
            return [(c.id, c.title or c.id) for c in client.get_collections()]
    except Exception as exc:  # pystac raises unrelated classes for a bad collection: see the note at the top
        _log.debug("reading the collections of %s failed", client.get_self_href(), exc_info=True)
        raise wrap_error(client.get_self_href() or "", exc) from exc


def search_links(client: Client) -> list[Any]:
    """The landing page's ``search`` links that answer JSON (or say nothing of their type).

    pystac-client >= 0.9.1 lists them only in the private ``Client._get_search_links`` (and
    without the untyped ones); older versions not at all.
    """
    return [link for link in client.get_links("search") if link.media_type in _JSON_TYPES]


def search_parameters(client: Client, method: str, **kwargs: Any) -> tuple[str, dict[str, Any]]:
    """(URL, parameters) pystac-client sends for ``Client.search(method=method, **kwargs)``;
    nothing is sent. Raises StacPluginError for arguments it rejects."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            search = client.search(method=method, **kwargs)
            parameters = search.get_parameters()
    except StacPluginError:
        raise
    except Exception as exc:  # pystac-client rejects arguments with plain Exception: see the note at the top
        _log.debug("pystac-client rejected the search %s", kwargs, exc_info=True)
        raise StacPluginError(f"Invalid search: {one_line(str(exc))}", detail=repr(exc)[:_EXCERPT]) from exc
    if method.upper() == "GET" and isinstance(parameters.get("filter"), dict):
        # pystac-client < 0.9 leaves a CQL2-JSON filter of a GET search a dict, which its own
        # StacApiIO then sends as the dict's keys; 0.9 sends it as JSON text, as done here.
        parameters["filter"] = json.dumps(parameters["filter"])
    return search.url, parameters


def wrap_error(url: str, exc: BaseException) -> StacPluginError:
    """Any failure of a request to ``url`` as a plugin error with a one-line message."""
    if isinstance(exc, StacPluginError):
        return exc
    if isinstance(exc, APIError):
        return api_error(url, exc)
    detail = f"{url}\n{exc!r}"[:_EXCERPT]
    if isinstance(exc, json.JSONDecodeError):
        return NotStacError(f"{url} is not a STAC API (not JSON)", detail=detail)
    if isinstance(exc, OSError):
        return NetworkError(f"Could not reach {url}: {reason(str(exc))}", detail=detail)
    return NotStacError(f"{url} is not a STAC API (no links / not a catalog)", detail=detail)
