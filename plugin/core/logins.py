"""Logins for assets: the interface a login implements and the registry the core reads.

A login (Planetary Computer, NASA Earthdata, an S3 key pair...) is a :class:`LoginProvider`: what it
is called, which hosts or buckets it serves, what the user must configure, the GDAL options for a
URL, how to sign an href and what a generated Python script needs to do the same. The QGIS side
creates the providers and puts them in :data:`registry` when the plugin loads and takes them out
when it unloads; the asset rules (``core.assets``), the dock, the connection dialog, Processing and
the generated scripts all read that one registry.

Rules every provider follows: a secret is sent only to the host it belongs to; GDAL options that
carry a secret are set per URL prefix (never globally); ``unsign_href`` removes whatever
``sign_href`` added, so nothing written to disk carries a secret. Methods may be called from any
thread.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

LOG = logging.getLogger("stac")

_VSI_TO_SCHEME = {"/vsis3/": "s3", "/vsiaz/": "az", "/vsigs/": "gs"}

SECRET_QUERY_KEYS = (
    "sig",
    "skoid",
    "sktid",
    "skt",
    "ske",
    "sks",
    "skv",
    "X-Amz-Signature",
    "X-Amz-Credential",
    "X-Amz-Security-Token",
    "access_token",
    "api_key",
    "apikey",
    "token",
)
"""Query parameters whose values :meth:`LoginRegistry.redact` hides, whatever the host."""

_SECRET_QUERY = re.compile(
    r"(?i)([?&](?:" + "|".join(re.escape(k) for k in SECRET_QUERY_KEYS) + r")=)[^&#\s\"'<>]+"
)


@dataclass(frozen=True)
class LoginField:
    """One thing the user enters for a login: a part of the auth configuration the login reads."""

    key: str
    """The part of a Basic auth configuration it goes in: ``"username"`` or ``"password"``."""
    label: str
    """What it is, in English ("Earthdata username")."""
    optional: bool = False


@dataclass(frozen=True)
class ScriptSetup:
    """What a generated Python script (``core.python_script``) needs for a login's assets.

    The script's lines are: its imports, ``imports``, a blank line, ``setup``, then
    ``client = Client.open(url<client_options>)``.
    """

    imports: tuple[str, ...] = ()
    """Import lines (with a comment naming the pip package when it is not a usual one)."""
    setup: tuple[str, ...] = ()
    """Lines run before the client opens (environment variables, comments for the user)."""
    client_options: str = ""
    """Keyword arguments added to ``Client.open``, starting with ", " (e.g. a ``modifier``)."""


class LoginProvider:
    """A login for assets; a subclass sets the description and overrides the methods that apply."""

    name = ""
    """Stable id, as in ``Connection.asset_login`` (``"planetary-computer"``, ``"earthdata"``, ...)."""
    title = ""
    """What the login is, for a list of logins ("NASA Earthdata login")."""
    label = ""
    """What an asset needs, for messages ("a NASA Earthdata login")."""
    serves: tuple[str, ...] = ()
    """The hosts (``*.`` for a domain's hosts) or ``s3://`` buckets whose assets need this login."""
    fields: tuple[LoginField, ...] = ()
    """What the user must configure: the parts of a Basic auth configuration the login reads."""
    sent_to = ""
    """How the secret travels, and nowhere else, after "Sent only" ("to the Earthdata login host,
    urs.earthdata.nasa.gov")."""

    def handles(self, href: str) -> bool:
        """Whether this provider can supply what ``href`` (a plain href, not a /vsi path) needs."""
        return False

    def recognizes(self, href: str) -> bool:
        """Whether ``href`` needs this login, configured or not (default: :meth:`handles`)."""
        return self.handles(href)

    def sign_href(self, href: str) -> str:
        """``href`` ready to open (e.g. with a SAS token in its query); may use the network."""
        return href

    def unsign_href(self, href: str) -> str:
        """``href`` without anything ``sign_href`` added."""
        return href

    def gdal_options(self, href: str) -> dict[str, dict[str, str]]:
        """GDAL path-specific options for ``href``: {GDAL path prefix: {option: value}}."""
        return {}

    def redact(self, text: str) -> str:
        """``text`` with this provider's secrets hidden."""
        return text

    def needs_refresh(self, href: str) -> bool:
        """Whether the signature in a signed ``href`` expires soon (so layers must be signed again)."""
        return False

    def script_setup(self) -> ScriptSetup:
        """What a generated Python script adds to open this login's assets (default: nothing)."""
        return ScriptSetup()


def to_href(path_or_href: str) -> str:
    """The plain href behind a GDAL path (``/vsicurl/https://h/x`` -> ``https://h/x``); others unchanged."""
    value = path_or_href.strip()
    if value.startswith("/vsicurl/"):
        return value[len("/vsicurl/") :]
    for prefix, scheme in _VSI_TO_SCHEME.items():
        if value.startswith(prefix):
            return f"{scheme}://{value[len(prefix) :]}"
    return value


def like(original: str, href: str) -> str:
    """``href`` in the form of ``original`` (a /vsi path when ``original`` was one)."""
    value = original.strip()
    if value.startswith("/vsicurl/"):
        return "/vsicurl/" + href
    for prefix, scheme in _VSI_TO_SCHEME.items():
        if value.startswith(prefix) and href.startswith(f"{scheme}://"):
            return prefix + href[len(scheme) + 3 :]
    return href


def host_of(href: str) -> str:
    """The lower-case host of ``href`` ("" when it has none)."""
    return (urlsplit(to_href(href)).hostname or "").lower()


def _asks(provider: LoginProvider, method: str, href: str) -> bool:
    """``provider.<method>(href)``; a faulty provider counts as "no" and is logged."""
    try:
        return bool(getattr(provider, method)(href))
    except Exception:  # a third-party provider must not break the others
        LOG.exception("Login %r failed to answer %s(%s)", provider.name, method, host_of(href))
        return False


class LoginRegistry:
    """The registered logins, by name; thread-safe. Every path argument may be a /vsi path."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._providers: dict[str, LoginProvider] = {}

    def register(self, provider: LoginProvider) -> LoginProvider | None:
        """Add ``provider``; returns the one of the same name it replaced (None when none)."""
        with self._lock:
            previous = self._providers.get(provider.name)
            self._providers[provider.name] = provider
            return previous

    def unregister(self, name: str, provider: LoginProvider | None = None) -> LoginProvider | None:
        """Remove the login called ``name`` (only when it is ``provider``, if given); returns it."""
        with self._lock:
            found = self._providers.get(name)
            if found is None or (provider is not None and found is not provider):
                return None
            return self._providers.pop(name)

    def clear(self) -> None:
        """Remove every login."""
        with self._lock:
            self._providers.clear()

    def providers(self) -> list[LoginProvider]:
        """Every registered login, in the order they were registered."""
        with self._lock:
            return list(self._providers.values())

    def provider(self, name: str) -> LoginProvider | None:
        """The login called ``name``, or None."""
        with self._lock:
            return self._providers.get(name)

    def provider_for(self, path_or_href: str) -> LoginProvider | None:
        """The first login that supplies what ``path_or_href`` needs, or None."""
        href = to_href(path_or_href)
        if "://" not in href:
            return None
        return next((p for p in self.providers() if _asks(p, "handles", href)), None)

    def recognizer_for(self, path_or_href: str) -> LoginProvider | None:
        """The first login ``path_or_href`` needs, configured or not, or None."""
        href = to_href(path_or_href)
        if "://" not in href:
            return None
        return next((p for p in self.providers() if _asks(p, "recognizes", href)), None)

    def missing_login(self, path_or_href: str) -> str:
        """What the login ``path_or_href`` needs is called when none supplies it, or ""."""
        if self.provider_for(path_or_href) is not None:
            return ""
        found = self.recognizer_for(path_or_href)
        return found.label if found is not None else ""

    def sign_href(self, path_or_href: str) -> str:
        """``path_or_href`` signed by the login that handles it (unchanged when none does).

        Raises the provider's error (a ``StacPluginError``) when signing fails.
        """
        found = self.provider_for(path_or_href)
        if found is None:
            return path_or_href
        return like(path_or_href, found.sign_href(to_href(path_or_href)))

    def unsign_href(self, path_or_href: str) -> str:
        """``path_or_href`` without any login's signature."""
        href = to_href(path_or_href)
        if "://" not in href:
            return path_or_href
        for candidate in self.providers():
            href = candidate.unsign_href(href)
        return like(path_or_href, href)

    def gdal_options(self, path_or_href: str) -> dict[str, dict[str, str]]:
        """{GDAL path prefix: {option: value}} the handling login wants set for ``path_or_href``."""
        found = self.provider_for(path_or_href)
        return found.gdal_options(to_href(path_or_href)) if found is not None else {}

    def redact(self, text: str) -> str:
        """``text`` (a message, a URL, a log line) with every known secret hidden."""
        if not text:
            return text
        text = _SECRET_QUERY.sub(r"\1***", text)
        for candidate in self.providers():
            text = candidate.redact(text)
        return text


registry = LoginRegistry()
"""The logins the core reads. Empty until the plugin loads; emptied again when it unloads."""
