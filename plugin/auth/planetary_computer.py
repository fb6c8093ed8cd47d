"""Microsoft Planetary Computer: Azure Blob assets signed with SAS tokens from its token endpoint.

``<endpoint>/<account>/<container>`` answers ``{"token": "<query string>", "msft:expiry": "..."}``;
an href ``https://<account>.blob.core.windows.net/<container>/...`` is signed by appending the
token as its query. Tokens are cached per (account, container) and fetched again once they are
within ``refresh_margin_s`` of their expiry. A subscription key is optional: the secret of a
QGIS auth config (a Basic config's password, or an APIHeader config's value) whose id is kept in
the settings (or the asset credentials of a saved Planetary Computer connection), sent as
``Ocp-Apim-Subscription-Key`` to the token endpoint only. Tokens are fetched through the plugin's
network with the user's timeout (see :mod:`.services`).
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..core.dates import parse_datetime
from ..core.errors import LoginRequiredError
from ..core.logins import LoginField, ScriptSetup
from ..i18n import QT_TR_NOOP, tr
from . import services
from .api import config_secret
from .basic import BasicConfigLogin

NAME = "planetary-computer"
TOKEN_ENDPOINT = "https://planetarycomputer.microsoft.com/api/sas/v1/token"
BLOB_SUFFIX = ".blob.core.windows.net"
SUBSCRIPTION_HEADER = "Ocp-Apim-Subscription-Key"
SETTINGS_AUTH_CFG = "stac_plugin/planetary_computer_auth_cfg"
"""QgsSettings key holding the id of the auth config with the subscription key (never the key)."""

SAS_KEYS = frozenset(
    {"st", "se", "sp", "sv", "sr", "skoid", "sktid", "skt", "ske", "sks", "skv", "sig"}
    | {"spr", "sip", "sdd", "srt", "ss", "si", "rscc", "rscd", "rsce", "rscl", "rsct"}
)
"""Query parameters of a SAS token (removed by ``unsign_href``)."""


@dataclass(frozen=True)
class SasToken:
    token: str
    expiry: float
    """Seconds since the epoch."""


def _parse_time(text: str) -> float | None:
    """Seconds since the epoch of an RFC 3339 date-time (no offset: UTC), or None."""
    stamp = parse_datetime(text, date_only=False)
    return stamp.timestamp() if stamp is not None else None


def _query_pairs(href: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(href).query, keep_blank_values=True)


class PlanetaryComputer(BasicConfigLogin):
    """Signs Azure Blob hrefs of the Planetary Computer.

    ``storage_hosts`` maps other host[:port]s to a storage account (for hosts not named
    ``<account>.blob.core.windows.net``); ``auth_cfg`` overrides the settings' auth config id.
    """

    name = NAME
    title = QT_TR_NOOP("Planetary Computer SAS token")
    label = QT_TR_NOOP("a Planetary Computer SAS token")
    serves = (f"*{BLOB_SUFFIX}",)
    fields = (LoginField("password", QT_TR_NOOP("Planetary Computer subscription key"), optional=True),)
    sent_to = QT_TR_NOOP("to the Planetary Computer token endpoint, never to the storage hosts")

    def __init__(
        self,
        token_endpoint: str = TOKEN_ENDPOINT,
        storage_hosts: dict[str, str] | None = None,
        auth_cfg: str | None = None,
        refresh_margin_s: float = 300,
        timeout_s: float | None = None,
    ) -> None:
        super().__init__(auth_cfg)
        self.token_endpoint = token_endpoint.rstrip("/")
        self.storage_hosts = {k.lower(): v for k, v in (storage_hosts or {}).items()}
        self.refresh_margin_s = refresh_margin_s
        self.timeout_s = timeout_s
        """Seconds a token request may take (None: the user's network timeout, read at use)."""
        self._tokens: dict[tuple[str, str], SasToken] = {}
        self._lock = threading.Lock()

    # Which hrefs ---------------------------------------------------------------
    def account_container(self, href: str) -> tuple[str, str] | None:
        """(storage account, container) of a blob href, or None when it is not one."""
        parts = urlsplit(href)
        if parts.scheme.lower() not in ("http", "https"):
            return None
        host = (parts.hostname or "").lower()
        account = self.storage_hosts.get(parts.netloc.lower()) or self.storage_hosts.get(host)
        if account is None and host.endswith(BLOB_SUFFIX):
            account = host[: -len(BLOB_SUFFIX)]
        container = parts.path.lstrip("/").split("/", 1)[0]
        return (account, container) if account and container else None

    def handles(self, href: str) -> bool:
        return self.account_container(href) is not None

    def recognizes(self, href: str) -> bool:
        """Blob hrefs this provider signs, and ``az://`` hrefs (which it cannot sign)."""
        return self.handles(href) or urlsplit(href).scheme.lower() == "az"

    # Tokens ----------------------------------------------------------------------
    def saved_auth_cfg(self) -> str:
        """The settings' auth config id, else the asset credentials of a saved Planetary Computer
        connection ("" for none)."""
        from qgis.core import QgsSettings  # QGIS only when a token is fetched: the module imports without it

        return str(QgsSettings().value(SETTINGS_AUTH_CFG, "") or "") or super().saved_auth_cfg()

    def subscription_auth_cfg(self) -> str:
        """The auth config id of the subscription key ("" for none): see :attr:`auth_cfg`."""
        return self.auth_cfg

    def _subscription_key(self) -> str:
        auth_cfg = self.subscription_auth_cfg()
        if not auth_cfg:
            return ""
        return config_secret(auth_cfg)

    def _fetch(self, account: str, container: str) -> SasToken:
        key = self._subscription_key()
        url = f"{self.token_endpoint}/{account}/{container}"
        used = services.current()
        timeout_s = self.timeout_s if self.timeout_s is not None else used.timeout_s()
        try:
            data = json.loads(used.fetch(url, {SUBSCRIPTION_HEADER: key} if key else {}, timeout_s))
        except OSError as exc:
            raise LoginRequiredError(
                tr("No Planetary Computer token for {account}/{container}").format(
                    account=account, container=container
                ),
                detail=str(exc),
            ) from None
        except ValueError as exc:
            raise LoginRequiredError(
                tr(
                    "The Planetary Computer token endpoint did not answer JSON for {account}/{container}"
                ).format(account=account, container=container),
                detail=str(exc),
            ) from None
        token = str(data.get("token") or "").lstrip("?") if isinstance(data, dict) else ""
        if not token:
            raise LoginRequiredError(
                tr("The Planetary Computer sent no token for {account}/{container}").format(
                    account=account, container=container
                )
            )
        expiry = _parse_time(str(data.get("msft:expiry") or "")) or time.time() + 3600
        return SasToken(token, expiry)

    def token(self, account: str, container: str) -> SasToken:
        """A token for (account, container) valid for more than ``refresh_margin_s``."""
        key = (account, container)
        with self._lock:
            cached = self._tokens.get(key)
        if cached is not None and cached.expiry - time.time() > self.refresh_margin_s:
            return cached
        fresh = self._fetch(account, container)
        with self._lock:
            self._tokens[key] = fresh
        return fresh

    def clear(self) -> None:
        """Forget every cached token."""
        with self._lock:
            self._tokens.clear()

    # Signing ---------------------------------------------------------------------
    def unsign_href(self, href: str) -> str:
        if "?" not in href or not self.handles(href):
            return href
        parts = urlsplit(href)
        kept = [(k, v) for k, v in _query_pairs(href) if k not in SAS_KEYS]
        return urlunsplit(parts._replace(query=urlencode(kept)))

    def sign_href(self, href: str) -> str:
        found = self.account_container(href)
        if found is None:
            return href
        token = self.token(*found)
        bare = self.unsign_href(href)
        return f"{bare}{'&' if '?' in bare else '?'}{token.token}"

    def script_setup(self) -> ScriptSetup:
        return ScriptSetup(
            imports=("import planetary_computer  # pip install planetary-computer: signs the asset URLs",),
            client_options=", modifier=planetary_computer.sign_inplace",
        )

    def expiry(self, href: str) -> float | None:
        """When the SAS token in ``href`` expires (its ``se``), or None when it has none."""
        value = dict(_query_pairs(href)).get("se")
        return _parse_time(value) if value else None

    def needs_refresh(self, href: str) -> bool:
        expiry = self.expiry(href)
        return expiry is not None and expiry - time.time() <= self.refresh_margin_s

