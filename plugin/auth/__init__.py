"""Asset authentication: one registry where each login (Planetary Computer, Earthdata, S3) plugs in.

A provider is an :class:`AssetAuthProvider` registered with :func:`register`; the built-in
providers (modules named in ``BUILTIN_MODULES``) register themselves when first imported, which
the registry does lazily. Everything here works on asset hrefs (``https://``, ``s3://``, ``az://``)
and on the GDAL paths made of them (``/vsicurl/``, ``/vsis3/``, ``/vsiaz/``). No Qt at import time.

Rules every provider follows: a secret is sent only to the host it belongs to; GDAL options that
carry a secret are set per URL prefix (never globally); ``unsign_href`` removes whatever
``sign_href`` added, so nothing written to disk carries a secret.
"""

from __future__ import annotations

import importlib
import re
import threading
from urllib.parse import urlsplit

BUILTIN_MODULES = ("planetary_computer", "earthdata", "s3", "cdse")
"""Modules of this package that register a provider when imported (a missing one is skipped)."""

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
"""Query parameters whose values :func:`redact` hides."""

_SECRET_QUERY = re.compile(
    r"(?i)([?&](?:" + "|".join(re.escape(k) for k in SECRET_QUERY_KEYS) + r")=)[^&#\s\"'<>]+"
)


class AssetAuthProvider:
    """Base of a login for assets; override what applies. Methods may be called from any thread."""

    name = ""
    """Stable key, as in ``Connection.asset_login`` (``"planetary-computer"``, ``"earthdata"``, ...)."""
    label = ""
    """What the user needs, for messages ("a Planetary Computer SAS token")."""

    def handles(self, href: str) -> bool:
        """Whether this provider can supply what ``href`` (a plain href, not a /vsi path) needs."""
        return False

    def recognizes(self, href: str) -> bool:
        """Whether ``href`` needs this provider's login, configured or not (default: :meth:`handles`)."""
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


_lock = threading.RLock()
_providers: dict[str, AssetAuthProvider] = {}
_loaded: list[bool] = []


def register(provider: AssetAuthProvider) -> None:
    """Add ``provider`` (replacing one of the same name)."""
    with _lock:
        _providers[provider.name] = provider


def unregister(name: str) -> AssetAuthProvider | None:
    """Remove the provider called ``name``; returns it (None when there was none)."""
    with _lock:
        return _providers.pop(name, None)


def _load_builtins() -> None:
    # Not under _lock: a module registering itself takes it, and Python's import lock already
    # makes importing twice harmless.
    if _loaded:
        return
    for module in BUILTIN_MODULES:
        try:
            importlib.import_module(f"{__name__}.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{module}":
                raise
    _loaded.append(True)


def providers() -> list[AssetAuthProvider]:
    """Every registered provider (built-in ones included)."""
    _load_builtins()
    with _lock:
        return list(_providers.values())


def provider(name: str) -> AssetAuthProvider | None:
    """The provider called ``name``, or None."""
    _load_builtins()
    with _lock:
        return _providers.get(name)


def to_href(path_or_href: str) -> str:
    """The plain href behind a GDAL path (``/vsicurl/https://h/x`` -> ``https://h/x``); others unchanged."""
    value = path_or_href.strip()
    if value.startswith("/vsicurl/"):
        return value[len("/vsicurl/") :]
    for prefix, scheme in _VSI_TO_SCHEME.items():
        if value.startswith(prefix):
            return f"{scheme}://{value[len(prefix) :]}"
    return value


def _like(original: str, href: str) -> str:
    """``href`` in the form of ``original`` (a /vsi path when ``original`` was one)."""
    value = original.strip()
    if value.startswith("/vsicurl/"):
        return "/vsicurl/" + href
    for prefix, scheme in _VSI_TO_SCHEME.items():
        if value.startswith(prefix) and href.startswith(f"{scheme}://"):
            return prefix + href[len(scheme) + 3 :]
    return href


def provider_for(path_or_href: str) -> AssetAuthProvider | None:
    """The first provider that handles ``path_or_href``, or None."""
    href = to_href(path_or_href)
    if "://" not in href:
        return None
    for candidate in providers():
        try:
            if candidate.handles(href):
                return candidate
        except Exception:  # a faulty provider must not break the others
            continue
    return None


def sign_href(path_or_href: str) -> str:
    """``path_or_href`` signed by the provider that handles it (unchanged when none does).

    Raises the provider's error (a ``StacPluginError``) when signing fails.
    """
    found = provider_for(path_or_href)
    if found is None:
        return path_or_href
    return _like(path_or_href, found.sign_href(to_href(path_or_href)))


def unsign_href(path_or_href: str) -> str:
    """``path_or_href`` without any provider's signature."""
    href = to_href(path_or_href)
    if "://" not in href:
        return path_or_href
    for candidate in providers():
        href = candidate.unsign_href(href)
    return _like(path_or_href, href)


def asset_gdal_options(path_or_href: str) -> dict[str, dict[str, str]]:
    """{GDAL path prefix: {option: value}} the handling provider wants set for ``path_or_href``."""
    found = provider_for(path_or_href)
    return found.gdal_options(to_href(path_or_href)) if found is not None else {}


def apply_gdal_options(path_or_href: str) -> None:
    """Set :func:`asset_gdal_options` as GDAL path-specific options (GDAL >= 3.6; else nothing)."""
    options = asset_gdal_options(path_or_href)
    if not options:
        return
    from osgeo import gdal

    if not hasattr(gdal, "SetPathSpecificOption"):
        return
    for prefix, values in options.items():
        for key, value in values.items():
            gdal.SetPathSpecificOption(prefix, key, value)


def prepare(path_or_href: str) -> str:
    """What GDAL opens for an asset: its GDAL options set for its host or bucket (a configured
    login's included) and the path signed when a provider supplies its login.

    The one way the dock, its tasks and the Processing algorithms open or save an asset; the
    result may carry a secret, so keep :func:`unsign_href` of it (or the input) for anything
    shown or written. Raises the provider's error (a ``StacPluginError``) when signing fails.
    """
    from ..core.assets import configure_gdal_for

    bare = unsign_href(path_or_href)
    configure_gdal_for(bare)
    return sign_href(bare)


def required_login_handled(path_or_href: str) -> bool:
    """Whether a registered provider supplies the login ``path_or_href`` needs."""
    return provider_for(path_or_href) is not None


def missing_login(path_or_href: str) -> str:
    """What a provider calls the login ``path_or_href`` needs when it has none configured, or ""."""
    href = to_href(path_or_href)
    if "://" not in href or provider_for(href) is not None:
        return ""
    for candidate in providers():
        try:
            if candidate.recognizes(href):
                return candidate.label
        except Exception:  # a faulty provider must not break the others
            continue
    return ""


def redact(text: str) -> str:
    """``text`` (a message, a URL, a log line) with every known secret hidden."""
    if not text:
        return text
    text = _SECRET_QUERY.sub(r"\1***", text)
    for candidate in providers():
        text = candidate.redact(text)
    return text


def host_of(href: str) -> str:
    """The lower-case host of ``href`` ("" when it has none)."""
    return (urlsplit(to_href(href)).hostname or "").lower()
