"""Logins whose secret is an auth config of QGIS's auth database (mostly Basic: username and password).

Which config: the one a login was made with, else one set with :func:`set_auth_cfg`, else the
``asset_auth_cfg`` of the first saved connection whose ``asset_login`` is the login's name (asked
of the plugin's services, see :mod:`.services`). QGIS's auth database is imported only when a
config is read, so the module imports without QGIS.
"""

from __future__ import annotations

from ..core.errors import StacPluginError
from ..core.logins import LoginProvider, LoginRegistry, registry
from ..i18n import tr
from . import services
from .api import load_config


def configured_auth_cfg(login: str) -> str:
    """The auth config id of the first saved connection whose assets need ``login`` ("" for none)."""
    return services.current().auth_cfg_of(login)


def basic_login(auth_cfg: str) -> tuple[str, str]:
    """(username, password) of a Basic auth config; raises ``StacPluginError`` otherwise."""
    config = load_config(auth_cfg)
    if config.method() != "Basic" or not config.config("username"):
        raise StacPluginError(
            tr(
                "Authentication configuration {id} must be of type Basic with a username and password."
            ).format(id=auth_cfg)
        )
    return config.config("username"), config.config("password")


class BasicConfigLogin(LoginProvider):
    """A login read from a Basic auth config; see the module's docstring."""

    def __init__(self, auth_cfg: str | None = None) -> None:
        self._auth_cfg = auth_cfg
        self.override: str | None = None
        """The auth config id to use instead of the saved connections' (None: theirs)."""

    @property
    def auth_cfg(self) -> str:
        """The auth config id in use ("" when none is configured)."""
        if self._auth_cfg is not None:
            return self._auth_cfg
        return self.override if self.override is not None else self.saved_auth_cfg()

    @auth_cfg.setter
    def auth_cfg(self, auth_cfg: str | None) -> None:
        """Use ``auth_cfg`` from now on (None: the override or the saved one again)."""
        self._auth_cfg = auth_cfg

    def saved_auth_cfg(self) -> str:
        """The auth config id kept for this login outside the plugin's code ("" for none)."""
        return configured_auth_cfg(self.name)

    def credentials(self) -> tuple[str, str]:
        """(username, password) of the config in use; raises ``StacPluginError``."""
        return basic_login(self.auth_cfg)


def set_auth_cfg(name: str, auth_cfg: str | None, logins: LoginRegistry = registry) -> None:
    """Make the registered login ``name`` use ``auth_cfg`` (None: the saved connections' again)."""
    found = logins.provider(name)
    if isinstance(found, BasicConfigLogin):
        found.override = auth_cfg
