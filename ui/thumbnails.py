"""Thumbnails of search results and the preview of the selected item.

Images are fetched with ``QgsNetworkAccessManager`` (asynchronous, so the GUI never waits), a few
at once, only for the rows the results view shows, and decoded in worker threads. They are kept in
an LRU cache keyed by href, and every pending request is aborted when a new search starts. Remote
bytes are only ever decoded as PNG/JPEG into a ``QImage``; nothing of them is rendered as rich text.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import urlsplit

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QModelIndex,
    QObject,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QUrl,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QColor, QImage, QImageReader, QPainter, QPen, QPixmap
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest
from qgis.PyQt.QtWidgets import QCheckBox, QLabel, QTableView

from ..plugin.core.config import DEFAULTS, Defaults
from ..plugin.core.models import AssetInfo, ItemSummary
from ..plugin.i18n import tr
from ..plugin.net import MARKER_HEADER
from ..plugin.settings import load_defaults, save_defaults
from .results_model import ResultsModel

THUMB_SIZE = 48
"""Edge of the square decoration drawn in the results table (rows are 4 px taller)."""
PREVIEW_SIZE = 320
"""Longest edge an image is kept at (the preview in the details panel)."""
MAX_BYTES = 5 * 1024 * 1024
"""Larger downloads are aborted."""
MAX_PIXELS = 40_000_000
"""Images announcing more pixels are not decoded."""
MAX_CONCURRENT = 4
DECODE_THREADS = 2
CACHE_BYTES = DEFAULTS.thumbnail_cache_mb * 1024 * 1024
"""Memory the cached images may take."""
MAX_FAILED = 2000
TIMEOUT_MS = 20000

_IMAGE_TYPES = ("image/png", "image/jpeg", "image/jpg")
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
_FORMATS = (b"png", b"jpeg", b"jpg")


# Which asset ------------------------------------------------------------------------
def _is_image(asset: AssetInfo) -> bool:
    media = asset.media_type.split(";")[0].strip().lower()
    if media:
        return media in _IMAGE_TYPES
    return urlsplit(asset.href).path.lower().endswith(_IMAGE_SUFFIXES)


def _is_http(href: str) -> bool:
    return urlsplit(href).scheme.lower() in ("http", "https")


def thumbnail_href(item: ItemSummary) -> str:
    """``item``'s PNG/JPEG thumbnail href: role ``thumbnail``, else key ``thumbnail`` or ``preview``."""
    images = [a for a in item.assets if _is_http(a.href) and _is_image(a)]
    for asset in images:
        if "thumbnail" in asset.roles:
            return asset.href
    for key in ("thumbnail", "preview"):
        for asset in images:
            if asset.key == key:
                return asset.href
    return ""


def thumbnails_enabled() -> bool:
    """Whether the user wants thumbnails (on unless switched off)."""
    return load_defaults().show_thumbnails


def set_thumbnails_enabled(enabled: bool) -> None:
    """Remember whether the user wants thumbnails."""
    save_defaults(Defaults(show_thumbnails=bool(enabled)), ("show_thumbnails",))


# Decoding ---------------------------------------------------------------------------
def decode_image(data: bytes | QByteArray, max_edge: int = PREVIEW_SIZE) -> QImage | None:
    """``data`` decoded as PNG or JPEG, scaled down to ``max_edge``; None when it is not a sane image."""
    if len(data) > MAX_BYTES:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    if bytes(reader.format()).lower() not in _FORMATS:
        return None
    size = reader.size()
    if size.isValid():
        if size.width() * size.height() > MAX_PIXELS:
            return None
        if max(size.width(), size.height()) > max_edge:
            reader.setScaledSize(size.scaled(max_edge, max_edge, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    if max(image.width(), image.height()) > max_edge:
        image = image.scaled(
            max_edge, max_edge, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


def _boxed(image: QImage | None, size: int) -> QPixmap:
    """``image`` fitted and centred in a transparent ``size`` square; a "no image" box when None."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        if image is None:
            painter.setPen(QPen(QColor(160, 160, 160), 1, Qt.PenStyle.DashLine))
            painter.drawRect(2, 2, size - 5, size - 5)
            painter.drawLine(2, 2, size - 3, size - 3)
            painter.drawLine(2, size - 3, size - 3, 2)
        else:
            scaled = image.scaled(
                size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            painter.drawImage((size - scaled.width()) // 2, (size - scaled.height()) // 2, scaled)
    finally:
        painter.end()
    return pixmap


# Fetching ---------------------------------------------------------------------------
class ThumbnailLoader(QObject):
    """Fetches images asynchronously, ``max_concurrent`` at a time, into an LRU cache.

    ``loaded(href)`` is emitted once the image of ``href`` is cached or has failed.
    """

    loaded = pyqtSignal(str)
    _decoded = pyqtSignal(str, object)
    """(href, QImage or None) from a decoding thread, queued to this object's thread."""

    def __init__(
        self,
        max_concurrent: int = MAX_CONCURRENT,
        cache_bytes: int = CACHE_BYTES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.max_concurrent = max(1, max_concurrent)
        self.cache_bytes = cache_bytes
        self.timeout_ms = TIMEOUT_MS
        self.cache_load_control = QNetworkRequest.CacheLoadControl.PreferCache
        """Use of QGIS's disk cache of HTTP responses (kept across sessions)."""
        self.requests_sent = 0
        self._cache: OrderedDict[str, QImage] = OrderedDict()
        self._cached_bytes = 0
        self._pixmaps: dict[tuple[str, int], QPixmap] = {}
        self._failed: OrderedDict[str, str] = OrderedDict()
        self._queue: list[str] = []
        self._urgent: list[str] = []
        self._replies: dict[QNetworkReply, str] = {}
        self._decoding: set[str] = set()
        self._decoder: ThreadPoolExecutor | None = None
        self._decoded.connect(self._on_decoded)
        self._auth_cfg = ""
        self._auth_origin = ""

    # Queries ------------------------------------------------------------------------
    def image(self, href: str) -> QImage | None:
        """The cached image of ``href`` (marking it recently used), or None."""
        image = self._cache.get(href)
        if image is not None:
            self._cache.move_to_end(href)
        return image

    def pixmap(self, href: str, size: int = THUMB_SIZE) -> QPixmap | None:
        """The cached image of ``href`` boxed in a ``size`` square, or None when not cached."""
        image = self.image(href)
        if image is None:
            return None
        key = (href, size)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = _boxed(image, size)
            self._pixmaps[key] = pixmap
        return pixmap

    def error(self, href: str) -> str | None:
        """Why ``href`` could not be loaded, or None when it has not failed."""
        return self._failed.get(href)

    def in_flight(self) -> list[str]:
        """The hrefs being fetched now."""
        return list(self._replies.values())

    def queued(self) -> list[str]:
        """The hrefs waiting for a free slot."""
        return self._urgent + [h for h in self._queue if h not in self._urgent]

    # Requests -----------------------------------------------------------------------
    def set_auth(self, auth_cfg: str, api_url: str) -> None:
        """Apply QGIS auth config ``auth_cfg`` to images served from the origin of ``api_url``."""
        self._auth_cfg = auth_cfg
        self._auth_origin = self._origin(api_url) if auth_cfg else ""

    @staticmethod
    def _origin(url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme.lower()}://{parts.netloc.lower()}"

    def _wanted(self, hrefs: Iterable[str]) -> list[str]:
        out: list[str] = []
        busy = set(self._replies.values()) | self._decoding
        for href in hrefs:
            known = href in busy or href in self._cache or href in self._failed
            if href and not known and href not in out:
                out.append(href)
        return out

    def request(self, hrefs: Sequence[str]) -> None:
        """Fetch ``hrefs`` (not yet cached), dropping what was queued and not started yet."""
        self._queue = self._wanted(hrefs)
        self._pump()

    def request_first(self, href: str) -> None:
        """Fetch ``href`` before anything queued."""
        self._urgent = self._wanted([href])
        self._pump()

    def cancel(self) -> None:
        """Drop the queue and abort every request in flight."""
        self._queue = []
        self._urgent = []
        replies = list(self._replies)
        self._replies.clear()
        for reply in replies:
            reply.abort()

    def clear_cache(self) -> None:
        """Forget every image and failure."""
        self._cache.clear()
        self._pixmaps.clear()
        self._cached_bytes = 0
        self._failed.clear()

    def _pump(self) -> None:
        while len(self._replies) < self.max_concurrent and (self._urgent or self._queue):
            href = (self._urgent or self._queue).pop(0)
            if href not in self._replies.values() and href not in self._cache:
                self._start(href)

    def _start(self, href: str) -> None:
        request = QNetworkRequest(QUrl(href))
        request.setRawHeader(MARKER_HEADER, b"1")
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute, self.cache_load_control)
        request.setAttribute(
            QNetworkRequest.Attribute.RedirectPolicyAttribute,
            QNetworkRequest.RedirectPolicy.NoLessSafeRedirectPolicy,
        )
        if hasattr(request, "setTransferTimeout"):
            request.setTransferTimeout(self.timeout_ms)
        if self._auth_cfg and self._origin(href) == self._auth_origin:
            QgsApplication.authManager().updateNetworkRequest(request, self._auth_cfg)
        reply = QgsNetworkAccessManager.instance().get(request)
        self.requests_sent += 1
        self._replies[reply] = href
        reply.downloadProgress.connect(lambda received, total, r=reply: self._on_progress(r, received, total))
        reply.finished.connect(lambda r=reply: self._on_finished(r))

    def _on_progress(self, reply: QNetworkReply, received: int, total: int) -> None:
        if max(received, total) <= MAX_BYTES or reply not in self._replies:
            return
        href = self._replies.pop(reply)
        reply.abort()
        self._fail(href, tr("larger than {n} MB").format(n=MAX_BYTES // (1024 * 1024)))
        self._pump()

    def _on_finished(self, reply: QNetworkReply) -> None:
        reply.deleteLater()
        href = self._replies.pop(reply, None)
        if href is None:  # aborted
            return
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if reply.error() != QNetworkReply.NetworkError.NoError:
            self._fail(href, f"HTTP {status}" if status else reply.errorString())
        else:
            self._decode(href, bytes(reply.readAll()))
        self._pump()

    def _decode(self, href: str, data: bytes) -> None:
        """Decode ``data`` in a worker thread; ``_on_decoded`` gets the image on this object's thread."""
        if self._decoder is None:
            self._decoder = ThreadPoolExecutor(DECODE_THREADS, thread_name_prefix="stac-thumbnail")
        self._decoding.add(href)
        self._decoder.submit(lambda: self._decoded.emit(href, decode_image(data)))

    def _on_decoded(self, href: str, image: QImage | None) -> None:
        self._decoding.discard(href)
        if image is None:
            self._fail(href, tr("not a PNG or JPEG image"))
        else:
            self._store(href, image)

    def close(self) -> None:
        """Abort every request and stop the decoding threads (when the plugin unloads)."""
        self.cancel()
        if self._decoder is not None:
            self._decoder.shutdown(wait=True, cancel_futures=True)
            self._decoder = None

    def _fail(self, href: str, reason: str) -> None:
        self._failed[href] = reason
        while len(self._failed) > MAX_FAILED:
            self._failed.popitem(last=False)
        self.loaded.emit(href)

    def _store(self, href: str, image: QImage) -> None:
        self._cache[href] = image
        self._cached_bytes += image.sizeInBytes()
        while self._cached_bytes > self.cache_bytes and len(self._cache) > 1:
            old, dropped = self._cache.popitem(last=False)
            self._cached_bytes -= dropped.sizeInBytes()
            for key in [k for k in self._pixmaps if k[0] == old]:
                del self._pixmaps[key]
        self.loaded.emit(href)


# The results view and the preview -------------------------------------------------------
class ResultThumbnails(QObject):
    """Shows thumbnails in the results table (rows in view only) and the selected item's preview."""

    def __init__(
        self,
        view: QTableView,
        proxy: QSortFilterProxyModel,
        model: ResultsModel,
        loader: ThumbnailLoader | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.proxy = proxy
        self.model = model
        cache_bytes = load_defaults().thumbnail_cache_mb * 1024 * 1024
        self.loader = loader or ThumbnailLoader(cache_bytes=cache_bytes, parent=self)
        self.enabled = False
        self._text_row_height = view.verticalHeader().defaultSectionSize()
        self._blank = QPixmap(THUMB_SIZE, THUMB_SIZE)
        self._blank.fill(Qt.GlobalColor.transparent)
        self._missing = _boxed(None, THUMB_SIZE)
        self._rows_by_href: dict[str, list[int]] = {}
        self._preview_href = ""

        self.preview = QLabel()
        self.preview.setObjectName("thumbnailPreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setMinimumSize(QSize(THUMB_SIZE, THUMB_SIZE))
        self.toggle = QCheckBox(tr("Thumbnails"))
        self.toggle.setToolTip(tr("Show a thumbnail of each result (fetched for the rows in view)"))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self.request_visible)

        self.loader.loaded.connect(self._on_loaded)
        view.verticalScrollBar().valueChanged.connect(lambda _v: self.schedule())
        view.verticalScrollBar().rangeChanged.connect(lambda _a, _b: self.schedule())
        view.viewport().installEventFilter(self)
        for signal in (proxy.rowsInserted, proxy.rowsRemoved):
            signal.connect(lambda *_a: self.schedule())
        for signal in (proxy.layoutChanged, proxy.modelReset):
            signal.connect(lambda *_a: self.schedule())
        model.rowsInserted.connect(self._on_rows_inserted)
        model.modelReset.connect(self._rows_by_href.clear)
        self.toggle.toggled.connect(lambda on: self.set_enabled(on, save=True))
        self.set_enabled(thumbnails_enabled(), save=False)
        self._show_preview_state()

    # Switching ----------------------------------------------------------------------
    def set_enabled(self, enabled: bool, save: bool = False) -> None:
        """Switch thumbnails on or off (``save``: remember the choice)."""
        enabled = bool(enabled)
        if save:
            set_thumbnails_enabled(enabled)
        if self.toggle.isChecked() != enabled:
            self.toggle.blockSignals(True)
            self.toggle.setChecked(enabled)
            self.toggle.blockSignals(False)
        if enabled == self.enabled:
            return
        self.enabled = enabled
        header = self.view.verticalHeader()
        header.setDefaultSectionSize(THUMB_SIZE + 4 if enabled else self._text_row_height)
        self.model.set_decoration(self._decoration if enabled else None)
        if enabled:
            self.schedule()
            if self._preview_href:
                self.loader.request_first(self._preview_href)
        else:
            self.loader.cancel()
        self._show_preview_state()

    def reset(self) -> None:
        """A new search starts: abort what is pending (the cache stays)."""
        self._timer.stop()
        self.loader.cancel()
        self._preview_href = ""
        self._show_preview_state()

    def unload(self) -> None:
        """Abort everything; the view is going away."""
        self._timer.stop()
        self.loader.close()
        self.view.viewport().removeEventFilter(self)

    # Rows in view -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.schedule()
        return False

    def schedule(self) -> None:
        """Ask for the rows in view shortly (several changes in a row make one request)."""
        if self.enabled:
            self._timer.start()

    def visible_rows(self) -> list[int]:
        """Source rows the view shows now."""
        if not self.view.isVisible() or self.proxy.rowCount() == 0:
            return []
        viewport = self.view.viewport()
        top = self.view.rowAt(0)
        if top < 0:
            return []
        bottom = self.view.rowAt(viewport.height() - 1)
        if bottom < 0:
            bottom = self.proxy.rowCount() - 1
        rows = []
        for row in range(top, bottom + 1):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if source.isValid():
                rows.append(source.row())
        return rows

    def request_visible(self) -> None:
        """Fetch the thumbnails of the rows in view (the selected item's preview first)."""
        if not self.enabled:
            return
        hrefs = [thumbnail_href(self.model.item(row)) for row in self.visible_rows()]
        self.loader.request([h for h in hrefs if h])

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            return
        for row in range(first, last + 1):
            href = thumbnail_href(self.model.item(row))
            if href:
                self._rows_by_href.setdefault(href, []).append(row)

    def _decoration(self, item: ItemSummary) -> Any:
        href = thumbnail_href(item)
        if not href or self.loader.error(href) is not None:
            return self._missing
        return self.loader.pixmap(href) or self._blank

    def _on_loaded(self, href: str) -> None:
        rows = self._rows_by_href.get(href, [])
        if rows and self.enabled:
            self.model.refresh_decoration(rows)
        if href == self._preview_href:
            self._show_preview_state()

    # Preview ------------------------------------------------------------------------
    def show_preview(self, item: ItemSummary | None) -> None:
        """Show the preview of ``item`` (fetched first when not cached)."""
        self._preview_href = thumbnail_href(item) if item is not None else ""
        if self._preview_href and self.enabled:
            self.loader.request_first(self._preview_href)
        self._show_preview_state()

    def preview_text(self) -> str:
        """What the preview says instead of a picture ("" when it shows one)."""
        href = self._preview_href
        if not self.enabled:
            return tr("Thumbnails are switched off.")
        if not href:
            return tr("No preview for this item.") if self.view.selectionModel().hasSelection() else ""
        if self.loader.image(href) is not None:
            return ""
        error = self.loader.error(href)
        if error is not None:
            return tr("Preview not available ({error}).").format(error=error)
        return tr("Loading preview…")

    def _show_preview_state(self) -> None:
        image = self.loader.image(self._preview_href) if self.enabled and self._preview_href else None
        if image is not None:
            self.preview.setPixmap(QPixmap.fromImage(image))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.preview_text())
