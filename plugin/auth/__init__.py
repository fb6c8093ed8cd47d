"""Asset logins (Planetary Computer, NASA Earthdata, S3 key pairs) for the plugin.

Each module of this package defines one login, a :class:`~plugin.core.logins.LoginProvider`.
:class:`AssetLogins`, created by the plugin when it loads, registers the built-in logins with the
core's login registry, hands them the plugin's services (:mod:`.services`: saved connections,
timeout, network) and installs the hooks that keep projects free of signatures;
:meth:`AssetLogins.remove`, called when the plugin unloads, undoes all three. The functions below are
the registry's, for the plugin's modules. Everything works on asset hrefs (``https://``,
``s3://``, ``az://``) and on the GDAL paths made of them (``/vsicurl/``, ``/vsis3/``,
``/vsiaz/``). No Qt at import time.
"""

from __future__ import annotations

from typing import Any

from ..core.assets import configure_gdal_for
from ..core.logins import LoginProvider, LoginRegistry, registry
from .cdse import CdseProvider
from .earthdata import EarthdataProvider
from .planetary_computer import PlanetaryComputer
from .s3 import RequesterPaysProvider
from .services import LoginServices
from .services import current as current_services
from .services import install as install_services


def builtin_providers() -> list[LoginProvider]:
    """A new instance of every login the plugin brings, in the order they are asked."""
    return [PlanetaryComputer(), EarthdataProvider(), RequesterPaysProvider(), CdseProvider()]


class AssetLogins:
    """The plugin's logins: registered by :meth:`install`, taken out again by :meth:`remove`.

    A login of the same name registered before (by a test, another plugin) comes back on
    :meth:`remove`, so the registry ends as it was found.
    """

    def __init__(self, logins: LoginRegistry = registry, services: LoginServices | None = None) -> None:
        self.registry = logins
        self.services = services
        """What the logins use of the plugin (None: the plain-Python services, see :mod:`.services`)."""
        self.providers: list[LoginProvider] = []
        self._replaced: list[LoginProvider] = []
        self._previous_services: LoginServices | None = None
        self.projects: Any = None

    def install(self, signed_projects: bool = True) -> None:
        """Register the built-in logins, install the services and, with ``signed_projects``, the
        project path hooks."""
        if self.providers:
            return
        if self.services is not None:
            self._previous_services = install_services(self.services)
        self.providers = builtin_providers()
        for login in self.providers:
            previous = self.registry.register(login)
            if previous is not None:
                self._replaced.append(previous)
        if signed_projects:
            from .project import SignedProjects  # QGIS classes: only when the plugin runs in QGIS

            self.projects = SignedProjects()
            self.projects.install()

    def remove(self) -> None:
        """Undo :meth:`install`."""
        if self.projects is not None:
            self.projects.remove()
            self.projects = None
        for login in self.providers:
            self.registry.unregister(login.name, login)
        for previous in self._replaced:
            if self.registry.provider(previous.name) is None:
                self.registry.register(previous)
        self.providers.clear()
        self._replaced.clear()
        if self._previous_services is not None:
            install_services(self._previous_services)
            self._previous_services = None


def register(login: LoginProvider) -> LoginProvider | None:
    """Add ``login`` to the registry (replacing one of the same name, which is returned)."""
    return registry.register(login)


def unregister(name: str) -> LoginProvider | None:
    """Remove the login called ``name``; returns it (None when there was none)."""
    return registry.unregister(name)


def providers() -> list[LoginProvider]:
    """Every registered login."""
    return registry.providers()


def provider(name: str) -> LoginProvider | None:
    """The login called ``name``, or None."""
    return registry.provider(name)


def provider_for(path_or_href: str) -> LoginProvider | None:
    """The first login that supplies what ``path_or_href`` needs, or None."""
    return registry.provider_for(path_or_href)


def sign_href(path_or_href: str) -> str:
    """``path_or_href`` signed by the login that handles it (unchanged when none does).

    Raises the login's error (a ``StacPluginError``) when signing fails.
    """
    return registry.sign_href(path_or_href)


def unsign_href(path_or_href: str) -> str:
    """``path_or_href`` without any login's signature."""
    return registry.unsign_href(path_or_href)


def asset_gdal_options(path_or_href: str) -> dict[str, dict[str, str]]:
    """{GDAL path prefix: {option: value}} the handling login wants set for ``path_or_href``."""
    return registry.gdal_options(path_or_href)


def prepare(path_or_href: str) -> str:
    """What GDAL opens for an asset: its GDAL options set for its host or bucket (a configured
    login's included) and the path signed when a login supplies what it needs.

    The one way the dock, its tasks and the Processing algorithms open or save an asset; the
    result may carry a secret, so keep :func:`unsign_href` of it (or the input) for anything
    shown or written. Raises the login's error (a ``StacPluginError``) when signing fails.
    """
    bare = unsign_href(path_or_href)
    configure_gdal_for(bare, current_services().timeout_s())
    return sign_href(bare)


def redact(text: str) -> str:
    """``text`` (a message, a URL, a log line) with every known secret hidden."""
    return registry.redact(text)
