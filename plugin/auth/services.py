"""What the logins need from the rest of the plugin, handed to them instead of imported.

The saved connections' auth configs, the user's network timeout, the network itself and its proxy
settings live in modules that log, and logging hides secrets with the logins: a login importing them
would close an import cycle. So :class:`~plugin.auth.AssetLogins` installs a :class:`LoginServices`
given by the plugin (see ``plugin.login_services``) and the logins read :func:`current` when they
need one. Without the plugin: no saved connection, the built-in timeout, requests through urllib.
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..core.config import DEFAULTS


def _no_auth_cfg(login: str) -> str:
    return ""


def _builtin_timeout() -> float:
    return float(DEFAULTS.timeout_s)


def _no_proxies(url: str) -> dict[str, str]:
    return {}


def fetch_with_urllib(url: str, headers: Mapping[str, str], timeout_s: float) -> str:
    """GET ``url`` with ``headers``; the body as text. Raises ``OSError`` when it fails."""
    request = urllib.request.Request(url, headers=dict(headers))
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        with exc:
            raise OSError(f"GET {url}: HTTP {exc.code}") from None
    except UnicodeDecodeError as exc:
        raise OSError(f"GET {url}: the answer is not UTF-8 text ({exc})") from None


@dataclass(frozen=True)
class LoginServices:
    """The plugin's parts a login may call; every one is asked at use, so a changed setting applies."""

    auth_cfg_of: Callable[[str], str] = _no_auth_cfg
    """The auth config id of the first saved connection whose assets need the login named ("" for none)."""
    timeout_s: Callable[[], float] = _builtin_timeout
    """The user's network timeout, in seconds."""
    fetch: Callable[[str, Mapping[str, str], float], str] = fetch_with_urllib
    """GET (url, headers, timeout in seconds) -> the body's text, through the plugin's network.

    Raises ``OSError`` when the request fails."""
    proxies: Callable[[str], dict[str, str]] = _no_proxies
    """The proxy for a URL, as ``urllib`` wants it (for a request the plugin's network cannot send)."""


_lock = threading.Lock()
_current = [LoginServices()]


def current() -> LoginServices:
    """The services installed (the plain-Python ones until the plugin installs its own)."""
    with _lock:
        return _current[0]


def install(services: LoginServices) -> LoginServices:
    """Make ``services`` the current ones; returns those they replace."""
    with _lock:
        previous, _current[0] = _current[0], services
        return previous
