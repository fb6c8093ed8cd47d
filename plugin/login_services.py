"""The plugin's services for its asset logins: saved connections, the user's timeout, QGIS's network.

Handed to :class:`~plugin.auth.AssetLogins` when the plugin loads, so the logins import neither the
settings nor the network module (both log, and the log hides secrets with the logins).
"""

from __future__ import annotations

from collections.abc import Mapping

from .auth.services import LoginServices
from .net import QgisStacApiIO, qgis_proxies
from .settings import Settings, load_defaults


def saved_auth_cfg(login: str) -> str:
    """The auth config id of the first saved connection whose assets need ``login`` ("" for none)."""
    for connection in Settings.load().connections:
        if connection.asset_login == login and connection.asset_auth_cfg:
            return connection.asset_auth_cfg
    return ""


def user_timeout_s() -> float:
    """The network timeout the user chose in the settings."""
    return float(load_defaults().timeout_s)


def fetch(url: str, headers: Mapping[str, str], timeout_s: float) -> str:
    """GET ``url`` through QGIS's network, ``headers`` sent to its origin only; raises ``OSError``."""
    from .core.stac_api import APIError

    io = QgisStacApiIO(timeout_s=timeout_s, extra_headers=dict(headers) or None, api_url=url)
    try:
        return io.request(url)
    except APIError as exc:
        raise OSError(str(exc)) from None


def qgis_login_services() -> LoginServices:
    """The services of the running plugin."""
    return LoginServices(
        auth_cfg_of=saved_auth_cfg, timeout_s=user_timeout_s, fetch=fetch, proxies=qgis_proxies
    )
