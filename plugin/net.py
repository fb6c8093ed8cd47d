"""pystac-client's HTTP seam put on QGIS's network stack (proxy, SSL settings and auth configs apply)."""

from __future__ import annotations

import configparser
import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from copy import deepcopy
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from qgis.core import Qgis, QgsFeedback, QgsNetworkAccessManager, QgsNetworkReplyContent
from qgis.PyQt.QtCore import (
    QAbstractEventDispatcher,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QThread,
    QTimer,
    QUrl,
)
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from .auth.api import ApiCredential, Origin, apply_auth_config, origin
from .auth.api import resolve as resolve_credential
from .core.bodies import plain_excerpt
from .core.config import DEFAULTS
from .core.errors import StacPluginError
from .core.models import Connection
from .core.stac_api import APIError, StacApiIO
from .log import log

BODY_METHODS = ("POST",)

BODY_EXCERPT = 300
"""How many characters of an error response go into the error's text."""

CANCEL_POLL_MS = 100
"""How often a request in flight checks whether it was cancelled."""


def plugin_version() -> str:
    """The version in the plugin's ``metadata.txt`` ("dev" when it cannot be read)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(Path(__file__).resolve().parent.parent / "metadata.txt", encoding="utf-8")
        return parser.get("general", "version", fallback="dev").strip() or "dev"
    except (configparser.Error, OSError):
        return "dev"


USER_AGENT = f"QGIS STAC plugin/{plugin_version()}"

MARKER_HEADER = b"X-Qgis-Stac-Plugin"
"""Set on the plugin's own requests so the user agent hook touches nothing else; removed before sending."""

def _set_user_agent(request: QNetworkRequest) -> None:
    if request.hasRawHeader(MARKER_HEADER):
        qgis_agent = bytes(request.rawHeader(b"User-Agent")).decode("latin-1")
        request.setRawHeader(b"User-Agent", f"{USER_AGENT} {qgis_agent}".strip().encode("latin-1"))
        request.setRawHeader(MARKER_HEADER, QByteArray())


class UserAgentHook:
    """Names the plugin in the User-Agent of its requests (those carrying :data:`MARKER_HEADER`).

    ``QgsNetworkAccessManager`` overwrites every request's User-Agent with QGIS's own; a request
    pre-processor (run after that) puts the plugin's name in front of it. The plugin object
    installs one when it loads and removes it when it unloads.
    """

    def __init__(self) -> None:
        self._id = ""

    @property
    def installed(self) -> bool:
        return bool(self._id)

    def install(self) -> None:
        if not self._id and hasattr(QgsNetworkAccessManager, "setRequestPreprocessor"):
            self._id = QgsNetworkAccessManager.setRequestPreprocessor(_set_user_agent)

    def remove(self) -> None:
        if self._id:
            QgsNetworkAccessManager.removeRequestPreprocessor(self._id)
            self._id = ""


def qgis_proxies(url: str) -> dict[str, str]:
    """The proxy QGIS's network settings choose for ``url``, as ``urllib`` wants it
    (``{"http": ..., "https": ...}``; empty for a direct connection).

    For the few requests the plugin cannot send through ``QgsNetworkAccessManager`` (the
    Earthdata login follows its redirects by hand). Only HTTP proxies can be expressed; QGIS's
    exclusion lists and system-proxy choice apply as they do to QGIS's own requests.
    """
    from qgis.PyQt.QtNetwork import QNetworkProxy, QNetworkProxyQuery

    manager = QgsNetworkAccessManager.instance()
    factory = manager.proxyFactory()
    candidates = list(factory.queryProxy(QNetworkProxyQuery(QUrl(url)))) if factory is not None else []
    candidates.append(manager.proxy())
    http_types = (QNetworkProxy.ProxyType.HttpProxy, QNetworkProxy.ProxyType.HttpCachingProxy)
    for proxy in candidates:
        if proxy.type() == QNetworkProxy.ProxyType.DefaultProxy:
            continue
        if proxy.type() not in http_types or not proxy.hostName():
            return {}
        login = ""
        if proxy.user():
            login = f"{quote(proxy.user(), safe='')}:{quote(proxy.password(), safe='')}@"
        address = f"http://{login}{proxy.hostName()}:{proxy.port()}"
        return {"http": address, "https": address}
    return {}


def _api_error(message: str, status: int | None = None) -> APIError:
    error = APIError(message)
    error.status_code = status
    return error


def _with_query(href: str, parameters: dict[str, Any]) -> str:
    """``href`` with ``parameters`` appended to its query string (lists comma-joined, dicts as JSON)."""
    pairs = []
    for key, value in parameters.items():
        if value is None:
            continue
        if isinstance(value, dict):
            text = json.dumps(value)
        elif isinstance(value, (list, tuple)):
            text = ",".join(str(v) for v in value)
        else:
            text = str(value)
        pairs.append((key, text))
    if not pairs:
        return href
    parts = urlsplit(href)
    query = "&".join(q for q in (parts.query, urlencode(pairs)) if q)
    return urlunsplit(parts._replace(query=query))


def _on_main_thread() -> bool:
    app = QCoreApplication.instance()
    return app is None or QThread.currentThread() is app.thread()


class _AbortOnCancel:
    """Aborts this thread's request in flight soon after ``is_canceled()`` turns true.

    A timer of this (worker) thread polls ``is_canceled``. It fires only inside the request's own
    event loop, once the reply exists, and then cancels ``feedback`` from this thread, so
    ``QgsBlockingNetworkRequest`` aborts its reply in the thread that owns it. A feedback cancelled
    from another thread instead races with the request's setup and can leave the request waiting
    forever (QGIS 3.22).
    """

    def __init__(self, is_canceled: Callable[[], bool]) -> None:
        self.feedback = QgsFeedback()
        self._is_canceled = is_canceled
        if QAbstractEventDispatcher.instance() is None:
            QEventLoop()  # gives a thread not started by Qt the event dispatcher timers need
        self._timer = QTimer()
        self._timer.setInterval(CANCEL_POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        # The request connects the feedback to itself and drops that connection when it ends,
        # inside Qt's signal lock; Qt then asks this Python-made feedback (for the GIL) whether
        # Python overrides disconnectNotify, which deadlocks with a GUI thread that holds the GIL
        # and waits for that lock. Dropping the connection here, as soon as this thread's reply
        # has finished, leaves nothing for the request to drop.
        self._nam = QgsNetworkAccessManager.instance()
        self._nam.finished.connect(self._release)

    def _release(self, *_args: object) -> None:
        with contextlib.suppress(TypeError, RuntimeError):  # nothing connected any more
            self.feedback.canceled.disconnect()

    @property
    def aborted(self) -> bool:
        """Whether the request was aborted because it was cancelled."""
        return self.feedback.isCanceled()

    def _poll(self) -> None:
        try:
            cancelled = bool(self._is_canceled())
        except Exception as exc:  # a timer slot calling any callable: a broken one must not end the request
            self._timer.stop()  # asked no more: the request ends at its answer or its timeout
            log(f"The cancel check of a request failed: {exc!r}", Qgis.MessageLevel.Warning)
            return
        if cancelled and not self.feedback.isCanceled():
            self._timer.stop()
            self.feedback.cancel()

    def stop(self) -> None:
        self._timer.stop()
        with contextlib.suppress(TypeError, RuntimeError):
            self._nam.finished.disconnect(self._release)


class QgisStacApiIO(StacApiIO):
    """A ``StacApiIO`` whose requests go through ``QgsBlockingNetworkRequest``.

    Usable from a ``QgsTask`` thread. ``auth_cfg`` is a QGIS auth config id and ``auth_header``
    the header its secret goes in (see ``auth.api``); both, and ``extra_headers``, are sent only to
    the API's origin (that of ``api_url``, else of the first request), never to another host.
    Once ``feedback`` is cancelled, the request in flight is aborted and no other is sent
    (see ``cancel_with``).
    """

    def __init__(
        self,
        auth_cfg: str = "",
        *,
        timeout_s: float = DEFAULTS.timeout_s,
        extra_headers: dict[str, str] | None = None,
        feedback: QgsFeedback | None = None,
        headers: dict[str, str] | None = None,
        parameters: dict[str, Any] | None = None,
        auth_header: str = "",
        api_url: str = "",
    ) -> None:
        self.auth_cfg = auth_cfg
        self.auth_header = auth_header
        self._auth_origin: Origin | None = origin(api_url) if api_url else None
        self._credential: ApiCredential | None = None
        self._credential_lock = threading.Lock()
        self.timeout_s = timeout_s
        self.extra_headers: dict[str, str] = dict(extra_headers or {})
        self._local = threading.local()
        self._default_is_canceled = feedback.isCanceled if feedback is not None else None
        self.default_headers: dict[str, str] = {}
        self.default_parameters: dict[str, Any] = {}
        super().__init__(headers=headers, parameters=parameters, max_retries=None)

    @classmethod
    def for_connection(
        cls,
        connection: Connection | None,
        *,
        timeout_s: float = DEFAULTS.timeout_s,
        feedback: QgsFeedback | None = None,
    ) -> QgisStacApiIO:
        """The StacApiIO of a saved connection: its auth config and header, sent to its API's origin
        only; without a connection, one sending no credential."""
        if connection is None:
            return cls(timeout_s=timeout_s, feedback=feedback)
        return cls(
            connection.auth_cfg,
            timeout_s=timeout_s,
            feedback=feedback,
            auth_header=connection.auth_header,
            api_url=connection.url,
        )

    @contextmanager
    def cancel_with(self, is_canceled: Callable[[], bool]) -> Iterator[None]:
        """Within the block, this thread's requests stop once ``is_canceled()`` is true.

        No new request is sent, and one in flight is aborted within ``CANCEL_POLL_MS``; either
        raises ``APIError`` ("Cancelled …"). Per thread, so one client can serve several tasks at
        once. ``is_canceled`` is called from the requesting thread, so it must be thread-safe
        (``QgsTask.isCanceled`` and ``QgsFeedback.isCanceled`` are). On the main thread, where
        ``QgsBlockingNetworkRequest`` runs the request in a thread of its own, a request in flight
        runs to its end or its timeout.
        """
        previous = getattr(self._local, "is_canceled", None)
        self._local.is_canceled = is_canceled
        try:
            yield
        finally:
            self._local.is_canceled = previous

    def _cancel_check(self) -> Callable[[], bool] | None:
        return getattr(self._local, "is_canceled", None) or self._default_is_canceled

    def _canceled(self) -> bool:
        is_canceled = self._cancel_check()
        return bool(is_canceled is not None and is_canceled())

    def update(
        self,
        headers: dict[str, str] | None = None,
        parameters: dict[str, Any] | None = None,
        request_modifier: Any = None,
        timeout: Any = None,
    ) -> None:
        """Keep the headers and query parameters ``Client.open`` passes for every request.

        ``request_modifier`` works on ``requests`` objects and is not supported here;
        a ``timeout`` (seconds) replaces ``timeout_s``.
        """
        super().update(headers=headers, parameters=parameters, request_modifier=None, timeout=timeout)
        self.default_headers.update(headers or {})
        self.default_parameters.update(parameters or {})
        if isinstance(timeout, (int, float)) and timeout > 0:
            self.timeout_s = timeout

    def request(
        self,
        href: str,
        method: str | None = None,
        headers: dict[str, str] | None = None,
        parameters: dict[str, Any] | None = None,
    ) -> str:
        """Send one GET (parameters in the query string) or POST (parameters as a JSON body).

        Returns the body as text; raises ``APIError`` with ``status_code`` (None when no HTTP
        answer came) and a readable message.
        """
        method = (method or "GET").upper()
        if self._canceled():
            raise _api_error(f"Cancelled before {method} {href}")
        params = deepcopy(parameters or {})
        if method in BODY_METHODS:
            url = _with_query(href, self.default_parameters)
        else:
            url = _with_query(href, {**self.default_parameters, **params})
        request = self._prepare(url, headers)
        reply, elapsed = self._send(request, method, url, params)
        return self._text_of(reply, method, url, elapsed)

    def _prepare(self, url: str, headers: dict[str, str] | None) -> QNetworkRequest:
        """The request for ``url``: headers (credentials only for the API's origin), the plugin's
        user agent, the transfer timeout and the auth config."""
        request = QNetworkRequest(QUrl(url))
        if self._auth_origin is None:
            self._auth_origin = origin(url)
        scoped = origin(url) == self._auth_origin
        credential = self._api_credential() if scoped else ApiCredential()
        all_headers = {"Accept": "application/geo+json, application/json"}
        all_headers.update(self.default_headers)
        if scoped:
            all_headers.update(self.extra_headers)
            all_headers.update(credential.headers)
        all_headers.update(headers or {})
        for name, value in all_headers.items():
            request.setRawHeader(name.encode("utf-8"), str(value).encode("utf-8"))
        request.setRawHeader(MARKER_HEADER, b"1")
        timeout_ms = int(self.timeout_s * 1000)
        if timeout_ms > 0 and hasattr(request, "setTransferTimeout"):
            request.setTransferTimeout(timeout_ms)
        if credential.auth_cfg and not apply_auth_config(request, credential.auth_cfg):
            raise _api_error(f"Authentication configuration {credential.auth_cfg} could not be applied")
        return request

    def _send(
        self, request: QNetworkRequest, method: str, url: str, params: dict[str, Any]
    ) -> tuple[QgsNetworkReplyContent, float]:
        """(the reply, seconds it took); raises ``APIError`` when the request was cancelled."""
        # No auth config passed on: QGIS would apply it again to a redirect's target, whatever its
        # host; a redirect drops the headers set here on the request. The static blockingGet/Post
        # make their QgsBlockingNetworkRequest in C++: one made from Python calls back into Python
        # (for the GIL) while Qt holds its signal lock, which deadlocks with a GUI thread that holds
        # the GIL and waits for that lock (e.g. while changing a widget's style).
        is_canceled = self._cancel_check()
        watch = _AbortOnCancel(is_canceled) if is_canceled is not None and not _on_main_thread() else None
        feedback = watch.feedback if watch is not None else None
        started = time.monotonic()
        try:
            if method in BODY_METHODS:
                request.setHeader(QNetworkRequest.KnownHeaders.ContentTypeHeader, "application/json")
                body = QByteArray(json.dumps(params).encode("utf-8"))
                reply = QgsNetworkAccessManager.blockingPost(request, body, "", True, feedback)
            else:
                reply = QgsNetworkAccessManager.blockingGet(request, "", True, feedback)
        finally:
            if watch is not None:
                watch.stop()
        if watch is not None and watch.aborted:  # an aborted request ends as NoError with no content
            raise _api_error(f"Cancelled during {method} {url}")
        return reply, time.monotonic() - started

    def _text_of(self, reply: QgsNetworkReplyContent, method: str, url: str, elapsed: float) -> str:
        """The reply's body as text; ``APIError`` for an HTTP error, no answer or a body not UTF-8."""
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        status = int(status) if status else None
        content = bytes(reply.content())
        http_error = status is not None and not 200 <= status < 300
        # A reply aborted by its transfer timeout can come back as NoError: check the reply too.
        reply_failed = reply.error() != QNetworkReply.NetworkError.NoError
        if reply_failed or http_error:
            raise self._error(
                url,
                method,
                status=status,
                message=reply.errorString(),
                reply_error=reply.error(),
                content=content,
                elapsed=elapsed,
            )
        try:
            return content.decode("utf-8")
        except UnicodeDecodeError as err:
            raise _api_error(f"{method} {url}: the answer is not UTF-8 text ({err})", status) from None

    def _api_credential(self) -> ApiCredential:
        """The connection's credential, read from the QGIS auth database once."""
        with self._credential_lock:
            if self._credential is None:
                try:
                    self._credential = resolve_credential(self.auth_cfg, self.auth_header)
                except StacPluginError as exc:
                    raise _api_error(str(exc)) from None
            return self._credential

    def _error(
        self,
        url: str,
        method: str,
        *,
        status: int | None,
        message: str,
        reply_error: QNetworkReply.NetworkError,
        content: bytes,
        elapsed: float,
    ) -> APIError:
        host = urlsplit(url).netloc or url
        if status is not None:
            excerpt = plain_excerpt(content, BODY_EXCERPT)
            text = f"HTTP {status} from {host} ({method} {url})"
            return _api_error(f"{text}: {excerpt}" if excerpt else text, status)
        timed_out = (
            (
                reply_error == QNetworkReply.NetworkError.OperationCanceledError
                and self.timeout_s > 0
                and elapsed >= self.timeout_s * 0.9
            )
            or reply_error == QNetworkReply.NetworkError.TimeoutError
        )
        if timed_out:
            return _api_error(f"{host} did not answer within {self.timeout_s:g} s ({method} {url})")
        if reply_error == QNetworkReply.NetworkError.ConnectionRefusedError:
            return _api_error(f"Connection refused by {host}: is the server running? ({method} {url})")
        if reply_error == QNetworkReply.NetworkError.HostNotFoundError:
            return _api_error(f"Host not found: {host} ({method} {url})")
        return _api_error(f"Cannot reach {host}: {message} ({method} {url})")
