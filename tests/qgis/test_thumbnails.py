"""Result thumbnails and the item preview: fetched for rows in view only, cached, cancellable, never fatal."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, Qt
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtNetwork import QNetworkRequest
from testbed.plugin_package import plugin_module

_models = plugin_module("plugin.core.models")
_settings = plugin_module("plugin.settings")
_dock = plugin_module("ui.dock")
_results = plugin_module("ui.results_model")
_thumbs = plugin_module("ui.thumbnails")
AssetInfo = _models.AssetInfo
Connection = _models.Connection
ItemSummary = _models.ItemSummary
Settings = _settings.Settings
StacDock = _dock.StacDock
ITEM_ROLE = _results.ITEM_ROLE
COL_ID = _results.COL_ID
thumbnail_href = _thumbs.thumbnail_href
decode_image = _thumbs.decode_image
THUMB_SIZE = _thumbs.THUMB_SIZE

WAIT_MS = 30000
COLLECTION = "sentinel-2-c1-l2a"
DENVER = (-105.1, 40.2)
UTM13N = QgsCoordinateReferenceSystem("EPSG:32613")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
DECORATION = Qt.ItemDataRole.DecorationRole


# Fixtures and helpers ----------------------------------------------------------------
@pytest.fixture
def dock(  # noqa: PLR0917
    qgis_iface, qgis_new_project, qgis_canvas, qtbot, monkeypatch, stac_api
) -> Iterator[StacDock]:
    """A dock on the local API, thumbnails on, about three result rows in view."""
    monkeypatch.setattr(Settings, "load", classmethod(lambda cls: cls(connections=[])))
    monkeypatch.setattr(Settings, "save", lambda self: None)
    monkeypatch.setattr(_thumbs, "set_thumbnails_enabled", lambda enabled: None)
    qgis_iface.messageBar().clear_messages()
    qgis_canvas.setDestinationCrs(UTM13N)
    widget = StacDock(qgis_iface)
    widget.thumbnails.set_enabled(True)
    # What nginx logs is what was fetched: no answers from QGIS's disk cache.
    widget.thumbnails.loader.cache_load_control = QNetworkRequest.CacheLoadControl.AlwaysNetwork
    widget.resultsView.setFixedHeight(230)
    widget.show()
    widget.add_connection(Connection("local", stac_api.url))
    widget.connect_current()
    qtbot.waitUntil(lambda: widget.client is not None, timeout=WAIT_MS)
    yield widget
    widget.unload()
    qtbot.waitUntil(lambda: not widget._tasks, timeout=WAIT_MS)
    widget.close()
    widget.deleteLater()


def _zoom_denver(canvas: Any) -> None:
    xform = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    c = xform.transform(QgsPointXY(*DENVER))
    canvas.setExtent(QgsRectangle(c.x() - 20000, c.y() - 20000, c.x() + 20000, c.y() + 20000))


def _search(qtbot, dock: StacDock) -> None:
    dock.start_search()
    qtbot.waitUntil(lambda: not dock.is_searching(), timeout=WAIT_MS)


def _denver_search(qtbot, dock: StacDock) -> None:
    _zoom_denver(dock.canvas)
    dock.collections.set_checked([COLLECTION])
    _search(qtbot, dock)
    assert dock.model.rowCount() > 5


def _view_order_hrefs(dock: StacDock) -> list[str]:
    """Thumbnail hrefs in the order the view shows the rows."""
    return [thumbnail_href(dock.proxy.index(r, 0).data(ITEM_ROLE)) for r in range(dock.proxy.rowCount())]


def _visible_hrefs(dock: StacDock) -> set[str]:
    return {thumbnail_href(dock.model.item(r)) for r in dock.thumbnails.visible_rows()} - {""}


def _fetched_paths(cog_host: Any, count: int = 0) -> list[str]:
    """Image paths nginx logged, waiting for ``count`` lines (nginx logs just after answering)."""
    return [r.path for r in cog_host.requests(count) if r.path.endswith((".jpg", ".jpeg", ".png"))]


def _wait_images(qtbot, dock: StacDock, hrefs: set[str]) -> None:
    qtbot.waitUntil(lambda: all(dock.thumbnails.loader.image(h) is not None for h in hrefs), timeout=WAIT_MS)


def _path(href: str) -> str:
    return urlsplit(href).path


def _has_picture(pixmap: Any) -> bool:
    """Whether the centre of a decoration is opaque (a picture, not the blank placeholder)."""
    image = pixmap.toImage()
    return QColor(image.pixel(image.width() // 2, image.height() // 2)).alpha() == 255


def _decoration(dock: StacDock, href: str) -> Any:
    row = _view_order_hrefs(dock).index(href)
    return dock.proxy.index(row, COL_ID).data(DECORATION)


def _fake_item(item_id: str, href: str) -> ItemSummary:
    thumb = AssetInfo("thumbnail", href, media_type="image/jpeg", roles=("thumbnail",))
    when = "2024-01-01T00:00:00Z"
    return ItemSummary(item_id, COLLECTION, when, 1.0, "sentinel-2a", None, None, assets=(thumb,))


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 120, 200))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


# Which asset, which bytes ------------------------------------------------------------------
def test_thumbnail_asset_choice() -> None:
    def item(*assets: AssetInfo) -> ItemSummary:
        return ItemSummary("x", "c", "", None, "", None, None, assets=assets)

    cog = AssetInfo("preview", "http://h/p.tif", media_type="image/tiff; application=geotiff", is_raster=True)
    by_role = AssetInfo("browse", "http://h/b.png", media_type="image/png", roles=("thumbnail",))
    by_key = AssetInfo("thumbnail", "http://h/t.jpg", media_type="image/jpeg")
    untyped = AssetInfo("preview", "https://h/p.JPG")
    s3 = AssetInfo("thumbnail", "s3://bucket/t.jpg", media_type="image/jpeg")
    html = AssetInfo("thumbnail", "http://h/t.html", media_type="text/html")
    assert thumbnail_href(item(cog, by_key, by_role)) == "http://h/b.png"
    assert thumbnail_href(item(cog, by_key)) == "http://h/t.jpg"
    assert thumbnail_href(item(cog, untyped)) == "https://h/p.JPG"
    assert thumbnail_href(item(cog, s3, html)) == ""


def test_decode_caps_and_rejects() -> None:
    small = decode_image(_png(64, 40))
    assert small is not None and (small.width(), small.height()) == (64, 40)
    big = decode_image(_png(2000, 1000))
    assert big is not None and max(big.width(), big.height()) == _thumbs.PREVIEW_SIZE
    assert decode_image(b"<html><img src='http://example.com/x.png'></html>") is None
    assert decode_image(b'<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>') is None
    assert decode_image(b"\x89PNG\r\n\x1a\n" + b"\0" * 100) is None
    assert decode_image(b"\xff" * (_thumbs.MAX_BYTES + 1)) is None


# The dock --------------------------------------------------------------------------
def test_rows_in_view_get_thumbnails_and_others_are_not_fetched(qtbot, dock: StacDock, cog_host) -> None:
    cog_host.reset_log()
    _denver_search(qtbot, dock)
    order = _view_order_hrefs(dock)
    visible = _visible_hrefs(dock)
    assert visible and len(visible) < len(set(order) - {""})
    _wait_images(qtbot, dock, visible)
    for href in visible:
        pixmap = _decoration(dock, href)
        assert not pixmap.isNull() and pixmap.height() == THUMB_SIZE and _has_picture(pixmap)
    fetched = _fetched_paths(cog_host, len(visible))
    assert sorted(fetched) == sorted(_path(h) for h in visible)  # each once, none for rows out of view
    far_rows = {_path(h) for h in order[max(dock.thumbnails.visible_rows()) + 2 :] if h}
    assert far_rows and not far_rows & set(fetched)
    assert not dock.thumbnails.loader.queued() and not dock.thumbnails.loader.in_flight()

    # Scrolling to the end fetches the rows now in view, and only those.
    cog_host.reset_log()
    dock.resultsView.scrollToBottom()
    bottom = _visible_hrefs(dock)
    assert bottom - visible
    _wait_images(qtbot, dock, bottom)
    new = bottom - visible
    assert sorted(_fetched_paths(cog_host, len(new))) == sorted(_path(h) for h in new)


def test_images_are_decoded_off_the_gui_thread(qtbot, dock: StacDock, cog_host, monkeypatch) -> None:
    threads: list[threading.Thread] = []

    def recording_decode(data: Any, *args: Any) -> Any:
        threads.append(threading.current_thread())
        return decode_image(data, *args)

    monkeypatch.setattr(_thumbs, "decode_image", recording_decode)
    _denver_search(qtbot, dock)
    visible = _visible_hrefs(dock)
    _wait_images(qtbot, dock, visible)
    assert len(threads) >= len(visible)
    assert threading.main_thread() not in threads


def test_cached_thumbnails_are_not_fetched_again(qtbot, dock: StacDock, cog_host) -> None:
    _denver_search(qtbot, dock)
    visible = _visible_hrefs(dock)
    _wait_images(qtbot, dock, visible)
    sent = dock.thumbnails.loader.requests_sent
    cog_host.reset_log()
    _search(qtbot, dock)  # the same search again
    assert _visible_hrefs(dock) == visible
    assert all(_has_picture(_decoration(dock, h)) for h in visible)  # at once, from the cache
    qtbot.wait(300)
    assert _fetched_paths(cog_host) == []
    assert dock.thumbnails.loader.requests_sent == sent


class _SlowHandler(BaseHTTPRequestHandler):
    """Answers every GET with a PNG after a few seconds (unless the client went away)."""

    hits: list[str] = []

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not getattr(self.server, "closing", False):
            time.sleep(0.05)
        body = _png(8, 8)
        try:
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass


@pytest.fixture
def slow_server() -> Iterator[str]:
    _SlowHandler.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.closing = True  # type: ignore[attr-defined]
    server.shutdown()
    server.server_close()


def test_new_search_cancels_pending_thumbnails(qtbot, dock: StacDock, slow_server: str, cog_host) -> None:
    loader = dock.thumbnails.loader
    loader.max_concurrent = 2
    hrefs = [f"{slow_server}/slow/{i}.jpg" for i in range(8)]
    dock.model.append_items(_fake_item(f"slow-{i}", h) for i, h in enumerate(hrefs))
    qtbot.waitUntil(lambda: len(loader.in_flight()) == 2 and bool(loader.queued()), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(_SlowHandler.hits) == 2, timeout=WAIT_MS)
    assert len(_visible_hrefs(dock)) > 2  # more in view than may be fetched at once: the rest wait
    assert set(loader.in_flight()) | set(loader.queued()) <= _visible_hrefs(dock)

    cog_host.reset_log()
    _denver_search(qtbot, dock)
    assert all(h not in loader.in_flight() and h not in loader.queued() for h in hrefs)
    assert all(loader.image(h) is None and loader.error(h) is None for h in hrefs)  # aborted, not failed
    assert len(_SlowHandler.hits) == 2  # the queued ones were never asked for
    visible = _visible_hrefs(dock)
    _wait_images(qtbot, dock, visible)


def test_missing_thumbnail_shows_a_placeholder(qtbot, dock: StacDock, cog_host, qgis_iface) -> None:
    href = f"{cog_host.url}/no-such-folder/missing-thumbnail.jpg"
    dock.model.append_items([_fake_item("missing-thumb", href)])
    loader = dock.thumbnails.loader
    qtbot.waitUntil(lambda: loader.error(href) is not None, timeout=WAIT_MS)
    assert "404" in loader.error(href)
    pixmap = dock.proxy.index(0, COL_ID).data(DECORATION)
    assert pixmap is not None and not pixmap.isNull() and pixmap.height() == THUMB_SIZE
    dock.select_items(["missing-thumb"])
    assert dock.thumbnails.preview.pixmap() is None or dock.thumbnails.preview.pixmap().isNull()
    assert "404" in dock.thumbnails.preview.text()
    # A failure is remembered: scrolling over it again does not ask again.
    sent = loader.requests_sent
    dock.thumbnails.request_visible()
    assert loader.requests_sent == sent
    assert not qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)


def test_preview_of_the_selected_item(qtbot, dock: StacDock) -> None:
    _denver_search(qtbot, dock)
    last = dock.proxy.index(dock.proxy.rowCount() - 1, 0).data(ITEM_ROLE)  # out of view
    href = thumbnail_href(last)
    assert href and dock.thumbnails.loader.image(href) is None
    dock.select_items([last.id])
    assert dock.thumbnails.preview.text() == "Loading preview…"
    qtbot.waitUntil(lambda: dock.thumbnails.loader.image(href) is not None, timeout=WAIT_MS)
    pixmap = dock.thumbnails.preview.pixmap()
    assert pixmap is not None and (pixmap.width(), pixmap.height()) == (64, 64)  # the testbed's 64 px image


def test_thumbnails_can_be_switched_off(qtbot, dock: StacDock, cog_host) -> None:
    dock.thumbnails.toggle.setChecked(False)
    assert not dock.thumbnails.enabled
    cog_host.reset_log()
    _denver_search(qtbot, dock)
    qtbot.wait(300)
    assert dock.proxy.index(0, COL_ID).data(DECORATION) is None
    assert dock.resultsView.verticalHeader().defaultSectionSize() < THUMB_SIZE
    assert _fetched_paths(cog_host) == []
    dock.thumbnails.toggle.setChecked(True)
    visible = _visible_hrefs(dock)
    _wait_images(qtbot, dock, visible)


def test_a_thousand_results_stay_responsive(qtbot, dock: StacDock, cog_host) -> None:
    """Rows are plain model rows: adding 1,000 takes no network and fetches only the rows in view."""
    hrefs = [f"{cog_host.url}/many/{i}.jpg" for i in range(1000)]
    cog_host.reset_log()
    started = time.perf_counter()
    dock.model.append_items(_fake_item(f"many-{i:04d}", h) for i, h in enumerate(hrefs))
    dock.resultsView.viewport().repaint()
    elapsed = time.perf_counter() - started
    loader = dock.thumbnails.loader
    visible = _visible_hrefs(dock)
    qtbot.waitUntil(lambda: all(loader.error(h) is not None for h in visible), timeout=WAIT_MS)
    assert elapsed < 0.5
    assert loader.requests_sent == len(visible) < 10
    assert len(_fetched_paths(cog_host, len(visible))) == len(visible)
