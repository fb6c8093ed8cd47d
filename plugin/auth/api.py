"""STAC API credentials from the QGIS auth database, scoped to the API's own origin.

A connection names a QGIS auth config (``auth_cfg``) and, optionally, the header the credential
goes in (``auth_header``): ``"X-API-Key"`` sends the secret as that header's value,
``"Authorization: Bearer"`` sends ``Authorization: Bearer <secret>``. QGIS 3.22 has no API-header
auth method, so the secret is the password of a Basic config there; an ``APIHeader`` config (newer
QGIS) carries its own headers and is applied by QGIS. Without ``auth_header`` a Basic config is
sent as HTTP Basic; any other method (PKI, OAuth2, ...) is applied by QGIS.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..core.errors import StacPluginError
from ..i18n import tr

Origin = tuple[str, str, int]
"""(scheme, host, port) of a URL."""

_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: str) -> Origin:
    """The (scheme, lower-case host, port) of ``url``; the port defaults by scheme."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").lower(), port or _DEFAULT_PORTS.get(scheme, 0)


def parse_auth_header(text: str) -> tuple[str, str]:
    """``"Authorization: Bearer"`` -> ("Authorization", "Bearer"); ``"X-API-Key"`` -> ("X-API-Key", "")."""
    name, _, prefix = text.strip().partition(":")
    return name.strip(), prefix.strip()


@dataclass(frozen=True)
class ApiCredential:
    """What a request to the API carries: ``headers`` set by the plugin, ``auth_cfg`` applied by QGIS."""

    headers: dict[str, str] = field(default_factory=dict, repr=False)
    auth_cfg: str = ""


def load_config(auth_cfg: str):  # -> QgsAuthMethodConfig
    """The auth config ``auth_cfg`` of the QGIS auth database, decrypted; raises ``StacPluginError``."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    if manager.isDisabled():
        raise StacPluginError(
            tr("Authentication configuration {id} cannot be used: the QGIS auth system is disabled.").format(
                id=auth_cfg
            ),
            detail=manager.disabledMessage(),
        )
    result = manager.loadAuthenticationConfig(auth_cfg, config, True)
    ok = result[0] if isinstance(result, tuple) else result
    if isinstance(result, tuple) and len(result) > 1:
        config = result[1]
    if not ok or not config.id():
        raise StacPluginError(
            tr(
                "Authentication configuration {id} cannot be read: it does not exist or the "
                "master password was not entered."
            ).format(id=auth_cfg)
        )
    return config


def config_secret(auth_cfg: str) -> str:
    """The secret a config holds: a Basic config's password, or an APIHeader config's first value."""
    config = load_config(auth_cfg)
    if config.method() == "Basic":
        return config.config("password")
    values = [config.configMap()[key] for key in sorted(config.configMap())]
    return values[0] if values else ""


def resolve(auth_cfg: str, auth_header: str = "") -> ApiCredential:
    """The credential of a connection (empty when ``auth_cfg`` is empty). Raises ``StacPluginError``."""
    if not auth_cfg:
        return ApiCredential()
    config = load_config(auth_cfg)
    if config.method() != "Basic":
        return ApiCredential(auth_cfg=auth_cfg)
    username, password = config.config("username"), config.config("password")
    name, prefix = parse_auth_header(auth_header)
    if name:
        return ApiCredential(headers={name: f"{prefix} {password}" if prefix else password})
    token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
    return ApiCredential(headers={"Authorization": f"Basic {token}"})


def apply_auth_config(request, auth_cfg: str) -> bool:  # request: QNetworkRequest
    """Let QGIS put the config's credential (headers, client certificate) on this one request."""
    from qgis.core import QgsApplication

    result = QgsApplication.authManager().updateNetworkRequest(request, auth_cfg)
    return bool(result[0] if isinstance(result, tuple) else result)
