"""A failed request to a STAC API as a plugin error with a one-line message.

Shared by the search (``search``, ``stac_api``) and by readers of single documents (``items``,
``queryables``); it depends on neither, so they import it without an import cycle.
"""

from __future__ import annotations

import json

from .bodies import plain_excerpt
from .errors import NetworkError

_NOT_FOUND = (
    "name or service not known",
    "failed to resolve",
    "nodename nor servname",
    "temporary failure in name resolution",
    "getaddrinfo failed",
    "host not found",
)


def one_line(text: str, limit: int = 160) -> str:
    """``text`` on one line, cut to ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _server_says(body: str) -> str:
    start = body.find("{")
    try:
        data = json.loads(body[start:] if start >= 0 else body)
    except ValueError:
        return ""
    if isinstance(data, dict):
        for key in ("description", "detail", "message", "title", "code"):
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                return one_line(value)
    return ""


def reason(text: str) -> str:
    """Why a connection failed, in a few words, from a transport error's text."""
    low = text.lower()
    if "connection refused" in low or "errno 111" in low:
        return "connection refused"
    if "timed out" in low or "timeout" in low:
        return "the connection timed out"
    if any(s in low for s in _NOT_FOUND):
        return "host not found"
    if "ssl" in low or "certificate" in low:
        return "SSL error"
    if "connection reset" in low or "remotedisconnected" in low or "connection aborted" in low:
        return "the connection was closed"
    return one_line(text, 120) or "unknown network error"


def api_error(url: str, exc: BaseException) -> NetworkError:
    """A pystac-client APIError (or transport error) as a NetworkError with a one-line message.

    The HTTP status is read from the error's ``status_code`` (set by pystac-client's and the
    plugin's StacApiIO), so this needs no import of pystac-client.
    """
    status = getattr(exc, "status_code", None)
    body = str(exc)
    if isinstance(status, int):
        said = _server_says(body)
        message = f"{url} answered HTTP {status}" + (f": {said}" if said else "")
        return NetworkError(message, detail=f"{url}\nHTTP {status}\n{plain_excerpt(body)}", status=status)
    context = f"{body} {exc.__context__ or ''} {exc.__cause__ or ''}"
    return NetworkError(f"Could not reach {url}: {reason(context)}", detail=f"{url}\n{plain_excerpt(body)}")
