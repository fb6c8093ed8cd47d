"""NASA Earthdata login for assets (CMR-STAC, HLS): the redirect-to-login flow, then a cookie for GDAL.

An Earthdata data host answers a request without its session cookie with a redirect to the
login host (urs.earthdata.nasa.gov), which asks for HTTP Basic credentials and redirects back to
the data host, which sets the session cookie. GDAL 3.6 cannot follow that flow safely: its
``GDAL_HTTP_USERPWD`` / ``GDAL_HTTP_AUTH`` are not path-specific before GDAL 3.7 (they would be
sent to every host), curl never resends them to the login host after a redirect, and
``GDAL_HTTP_NETRC_FILE`` needs GDAL 3.7. So :meth:`EarthdataProvider.sign_href` walks the flow
itself, sending the Basic credentials only to a known login host, and keeps the cookies in a
jar in the plugin's private folder (file mode 600); GDAL reads that jar (``GDAL_HTTP_COOKIEFILE``),
and curl sends each cookie only to the host that set it.

The login is a Basic auth config of the QGIS auth database (username and password), named by
the connection whose ``asset_login`` is ``"earthdata"`` (its ``asset_auth_cfg``) or set with
:func:`set_auth_cfg`. Nothing secret is logged or written anywhere but the cookie jar.

The proxy and the timeout are the plugin's (QGIS's proxy settings, the user's timeout; see
:mod:`.services`). QGIS (its settings folder and auth database) is imported only when a login is
used, so the module imports without QGIS.
"""

from __future__ import annotations

import base64
import os
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterable
from http.cookiejar import CookieJar
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from ..core.errors import StacPluginError
from ..core.logins import LoginField, LoginRegistry, ScriptSetup, registry
from ..i18n import QT_TR_NOOP, tr
from . import basic, services
from .api import origin

try:
    from osgeo import gdal
except ImportError:  # outside QGIS and without GDAL: nothing reads the jar
    gdal = None

NAME = "earthdata"
LABEL = QT_TR_NOOP("a NASA Earthdata login")
DATA_HOST_SUFFIXES = ("earthdata.nasa.gov", "earthdatacloud.nasa.gov")
"""Hosts whose assets need the login (the login host itself is never a data host)."""
LOGIN_ORIGINS = (("https", "urs.earthdata.nasa.gov", 443),)
"""(scheme, host, port) of the only places the username and password are ever sent to."""
JAR_NAME = "earthdata-cookies.txt"
RECHECK_S = 300.0
"""How long a data host counts as logged in before the next open checks its cookie again."""
MAX_HOPS = 10

_REDIRECTS = (301, 302, 303, 307, 308)


def private_folder() -> Path:
    """``<QGIS settings folder>/stac_plugin``, created with mode 700."""
    from qgis.core import QgsApplication  # QGIS only when a login is used; see the module's docstring

    folder = Path(QgsApplication.qgisSettingsDirPath()) / "stac_plugin"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def set_auth_cfg(auth_cfg: str | None, logins: LoginRegistry = registry) -> None:
    """Use ``auth_cfg`` for Earthdata assets (None: the connections' ``asset_auth_cfg`` again)."""
    basic.set_auth_cfg(NAME, auth_cfg, logins)


def _netscape_line(cookie) -> str:  # http.cookiejar.Cookie -> one line of a curl cookie file
    domain = cookie.domain
    subdomains = "TRUE" if domain.startswith(".") else "FALSE"
    expires = str(int(cookie.expires)) if cookie.expires else "0"
    secure = "TRUE" if cookie.secure else "FALSE"
    return "\t".join(
        [domain, subdomains, cookie.path or "/", secure, expires, cookie.name, cookie.value or ""]
    )


def write_private(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` atomically; the file never has a mode other than 600."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        Path(temp).replace(path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: PLR0917
        return None


class EarthdataProvider(basic.BasicConfigLogin):
    """Earthdata login for the data hosts; see the module's docstring."""

    name = NAME
    title = QT_TR_NOOP("NASA Earthdata login")
    label = LABEL
    serves = tuple(f"*.{suffix}" for suffix in DATA_HOST_SUFFIXES)
    fields = (
        LoginField("username", QT_TR_NOOP("Earthdata username")),
        LoginField("password", QT_TR_NOOP("Earthdata password")),
    )
    sent_to = QT_TR_NOOP("to the Earthdata login host, urs.earthdata.nasa.gov")

    def __init__(
        self,
        auth_cfg: str | None = None,
        data_hosts: Iterable[str] = DATA_HOST_SUFFIXES,
        login_origins: Iterable[tuple[str, str, int]] = LOGIN_ORIGINS,
        jar_path: Path | None = None,
        timeout_s: float | None = None,
    ) -> None:
        super().__init__(auth_cfg)
        self.data_hosts = tuple(h.lower() for h in data_hosts)
        self.login_origins = frozenset(login_origins)
        self._jar_path = jar_path
        self.timeout_s = timeout_s
        """Seconds a request of the login may take (None: the user's network timeout, read at use)."""
        self._jar = CookieJar()
        self._checked: dict[tuple[str, str, int], float] = {}
        self._lock = threading.RLock()

    @property
    def jar_path(self) -> Path:
        """The cookie jar GDAL reads."""
        if self._jar_path is None:
            self._jar_path = private_folder() / JAR_NAME
        return self._jar_path

    def is_data_host(self, href: str) -> bool:
        """Whether ``href`` is on an Earthdata data host."""
        scheme, host, _port = origin(href)
        if scheme not in ("http", "https") or origin(href) in self.login_origins:
            return False
        return any(host == h or host.endswith("." + h) for h in self.data_hosts)

    def handles(self, href: str) -> bool:
        return self.is_data_host(href) and bool(self.auth_cfg)

    def recognizes(self, href: str) -> bool:
        return self.is_data_host(href)

    def sign_href(self, href: str) -> str:
        """Log in to ``href``'s data host when its cookie is missing or stale; ``href`` is unchanged."""
        self.login(href)
        return href

    def gdal_options(self, href: str) -> dict[str, dict[str, str]]:
        scheme, _host, _port = origin(href)
        netloc = urlsplit(href).netloc
        return {f"/vsicurl/{scheme}://{netloc}/": {"GDAL_HTTP_COOKIEFILE": str(self.jar_path)}}

    def script_setup(self) -> ScriptSetup:
        return ScriptSetup(
            setup=(
                "import os",
                "",
                "# NASA Earthdata: put your login in ~/.netrc, then GDAL keeps the session cookie here",
                'os.environ["GDAL_HTTP_COOKIEFILE"] = "./cookies.txt"',
                'os.environ["GDAL_HTTP_COOKIEJAR"] = "./cookies.txt"',
                "",
            )
        )

    def login(self, href: str, force: bool = False) -> None:
        """Make sure the jar holds a session cookie for ``href``'s data host.

        Follows the redirects from the data host by hand: the Basic credentials go only to a
        request whose origin is one of ``login_origins``. Raises ``StacPluginError`` when the
        login host refuses the credentials or the flow ends in an error.
        """
        key = origin(href)
        with self._lock:
            checked = self._checked.get(key)
            if not force and checked is not None and time.monotonic() - checked < RECHECK_S:
                return
            auth_cfg = self.auth_cfg
            if not auth_cfg:
                raise StacPluginError(
                    tr("{href} needs {login}: set an Earthdata auth configuration.").format(
                        href=href, login=tr(LABEL)
                    )
                )
            opener = urllib.request.build_opener(
                # QGIS's proxy settings, not the environment
                urllib.request.ProxyHandler(services.current().proxies(href)),
                urllib.request.HTTPCookieProcessor(self._jar),
                _NoRedirect(),
            )
            url = href
            for _hop in range(MAX_HOPS):
                request = urllib.request.Request(url, headers={"Range": "bytes=0-0"})
                at_login = origin(url) in self.login_origins
                if at_login:
                    user, password = basic.basic_login(auth_cfg)
                    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
                    request.add_unredirected_header("Authorization", f"Basic {token}")
                status, location = self._fetch(opener, request)
                if status in _REDIRECTS and location:
                    url = urljoin(url, location)
                    continue
                if status == 401 and at_login:
                    raise StacPluginError(
                        tr(
                            "NASA Earthdata refused the login: check the username and password of "
                            "authentication configuration {id}."
                        ).format(id=auth_cfg),
                        detail=f"{origin(url)[1]} answered HTTP 401",
                    )
                if status >= 400:
                    raise StacPluginError(
                        tr("NASA Earthdata login for {host} failed: HTTP {status}").format(
                            host=key[1], status=status
                        ),
                        detail=f"last host: {origin(url)[1]}",
                    )
                break
            else:
                raise StacPluginError(
                    tr("NASA Earthdata login for {host} failed: too many redirects").format(host=key[1])
                )
            self._save()
            self._checked[key] = time.monotonic()
        _use_jar_globally_before_37(str(self.jar_path))

    def _fetch(
        self, opener: urllib.request.OpenerDirector, request: urllib.request.Request
    ) -> tuple[int, str]:
        timeout_s = self.timeout_s if self.timeout_s is not None else services.current().timeout_s()
        try:
            with opener.open(request, timeout=timeout_s) as response:
                return response.status, response.headers.get("Location", "")
        except urllib.error.HTTPError as exc:
            with exc:
                return exc.code, exc.headers.get("Location", "") if exc.headers else ""
        except (urllib.error.URLError, OSError) as exc:
            host = urlsplit(request.full_url).hostname or ""
            raise StacPluginError(
                tr("NASA Earthdata login: cannot reach {host}").format(host=host), detail=str(exc)
            ) from exc

    def _save(self) -> None:
        lines = ["# Netscape HTTP Cookie File"] + [_netscape_line(c) for c in self._jar]
        write_private(self.jar_path, "\n".join(lines) + "\n")


def _use_jar_globally_before_37(jar: str) -> None:
    """GDAL < 3.7 ignores path-specific GDAL_HTTP_COOKIEFILE: name the jar as a config option.

    The jar's path is not a secret and curl sends each cookie only to the host that set it.
    A cookie file the user configured is left alone.
    """
    if gdal is None or int(gdal.VersionInfo()) >= 3070000:
        return
    current = gdal.GetConfigOption("GDAL_HTTP_COOKIEFILE")
    if not current or current == jar:
        gdal.SetConfigOption("GDAL_HTTP_COOKIEFILE", jar)

