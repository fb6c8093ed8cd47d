"""The dock against a misbehaving server: every fault ends in one clear message and a usable dock."""

from __future__ import annotations

import html
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsSettings,
)
from testbed.fault_server import FAULTS, RASTER_SIZE, STAGES, FaultServer
from testbed.plugin_package import plugin_module

_models = plugin_module("plugin.core.models")
_settings = plugin_module("plugin.settings")
_dock = plugin_module("ui.dock")
_auth = plugin_module("plugin.auth")
Connection = _models.Connection
Settings = _settings.Settings
StacDock = _dock.StacDock

TIMEOUT_S = 2
WAIT_MS = 20000
LEVELS = (Qgis.MessageLevel.Critical, Qgis.MessageLevel.Warning, Qgis.MessageLevel.Info)
ITEMS = ["fault-item-1", "fault-item-2"]

EXPECTED = {
    "hang": "did not answer within 2 s",
    "refused": "refused",
    "reset": "",
    "http404-json": "404",
    "http500-json": "500",
    "http502-text": "502",
    "html": "JSON",
    "truncated-json": "JSON",
    "invalid-json": "JSON",
    "not-stac": "STAC",
}
"""A word each fault's message must contain ("" when only its shape is checked)."""


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


@pytest.fixture
def log_lines() -> Iterator[list[str]]:
    """Every message written to the plugin's log tab while the test runs."""
    lines: list[str] = []

    def keep(message: str, tag: str, _level: Any) -> None:
        if tag == "STAC":
            lines.append(message)

    QgsApplication.messageLog().messageReceived.connect(keep)
    yield lines
    QgsApplication.messageLog().messageReceived.disconnect(keep)


@pytest.fixture
def dock(  # noqa: PLR0917
    qgis_iface, qgis_new_project, qgis_canvas, qtbot, monkeypatch, server
) -> Iterator[StacDock]:
    """A dock with a healthy connection "ok" and a 2 s timeout; of its settings only the timeout
    reaches the profile (tasks and GDAL reads read it there), and it is put back afterwards."""
    key = f"{_settings.GROUP}/timeout_s"
    before = QgsSettings().value(key)
    monkeypatch.setattr(Settings, "load", classmethod(lambda cls: cls(connections=[], timeout_s=TIMEOUT_S)))
    monkeypatch.setattr(Settings, "save", lambda self: _settings.save_defaults(self, ("timeout_s",)))
    QgsSettings().setValue(key, TIMEOUT_S)
    qgis_iface.messageBar().clear_messages()
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    qgis_canvas.setExtent(QgsRectangle(2.0, 51.0, 4.0, 53.0))
    widget = StacDock(qgis_iface)
    widget.show()
    widget.add_connection(Connection("ok", server.api("ok")))
    yield widget
    widget.unload()
    qtbot.waitUntil(lambda: not widget._tasks, timeout=WAIT_MS)
    widget.close()
    widget.deleteLater()
    if before is None:
        QgsSettings().remove(key)
    else:
        QgsSettings().setValue(key, before)


def _messages(qgis_iface) -> list[tuple[Any, str]]:
    bar = qgis_iface.messageBar()
    return [(level, text.removeprefix("STAC:")) for level in LEVELS for text in bar.get_messages(level)]


def _idle(dock: StacDock) -> bool:
    return not dock.is_searching() and dock._connect_task is None


def _search(qtbot, dock: StacDock) -> list[str]:
    dock.start_search()
    qtbot.waitUntil(lambda: _idle(dock), timeout=WAIT_MS)
    return sorted(item.id for item in dock.model.items())


def _one_message(qtbot, qgis_iface) -> tuple[Any, str]:
    qtbot.waitUntil(lambda: bool(_messages(qgis_iface)), timeout=WAIT_MS)
    qtbot.wait(200)  # anything late would show up now
    messages = _messages(qgis_iface)
    assert len(messages) == 1, messages
    level, text = messages[0]
    assert text.strip() and "\n" not in text and len(text) < 400, text
    assert "<html" not in text.lower() and "<b>" not in text and "<img" not in text.lower(), text
    return level, text


def _in_log(qtbot, log_lines: list[str], text: str) -> str:
    """The log entry holding ``text``: the message and more (the detail)."""
    raw = html.unescape(text)  # both copies are escaped: the bar and the log panel render HTML
    qtbot.waitUntil(lambda: any(html.unescape(line).startswith(raw) for line in log_lines), timeout=5000)
    return next(line for line in (html.unescape(line) for line in log_lines) if line.startswith(raw))


def _still_usable(qtbot, dock: StacDock, qgis_iface) -> None:
    qgis_iface.messageBar().clear_messages()
    dock.connectionCombo.setCurrentIndex(dock.connectionCombo.findData("ok"))
    dock.settings.current_connection = "ok"
    assert dock.searchButton.text() == "Search"
    dock.searchButton.click()
    qtbot.waitUntil(lambda: _idle(dock) and dock.model.rowCount() == 2, timeout=WAIT_MS)
    assert sorted(item.id for item in dock.model.items()) == ITEMS
    assert dock.searchButton.text() == "Search"
    assert dock.connectButton.isEnabled()
    assert not _messages(qgis_iface)


CASES = [("landing", "refused")] + [
    (stage, fault) for stage in STAGES for fault in FAULTS if fault != "refused"
]


@pytest.mark.parametrize(("stage", "fault"), CASES, ids=[f"{s}-{f}" for s, f in CASES])
def test_fault_gives_one_clear_message(  # noqa: PLR0917
    qtbot, dock: StacDock, qgis_iface, server, log_lines, stage, fault
) -> None:
    url = server.refused_url() if fault == "refused" else server.api(f"{stage}-{fault}")
    dock.add_connection(Connection("faulty", url))
    qgis_iface.messageBar().clear_messages()
    started = time.monotonic()
    dock.searchButton.click()  # connects, then searches
    assert dock.searchButton.text() == "Cancel"
    level, text = _one_message(qtbot, qgis_iface)
    qtbot.waitUntil(lambda: _idle(dock), timeout=WAIT_MS)
    assert time.monotonic() - started < TIMEOUT_S + 8
    assert level == Qgis.MessageLevel.Critical
    assert EXPECTED[fault] in text
    entry = _in_log(qtbot, log_lines, text)
    assert len(entry) > len(html.unescape(text))  # the detail went to the log
    assert dock.model.rowCount() == 0
    if stage == "search":
        assert dock.client is not None
        assert dock.statusLabel.text().startswith("Search failed")
    else:
        assert dock.client is None
        assert dock.statusLabel.text().startswith("Not connected")
    _still_usable(qtbot, dock, qgis_iface)


def test_html_error_text_is_shown_literally(qtbot, dock: StacDock, qgis_iface, server) -> None:
    dock.add_connection(Connection("faulty", server.api("search-http404-json")))
    qgis_iface.messageBar().clear_messages()
    _search(qtbot, dock)
    _level, text = _one_message(qtbot, qgis_iface)
    assert "&lt;b&gt;thing&lt;/b&gt;" in text  # escaped for the bar, which renders rich text
    assert "<b>" not in dock.statusLabel.text() or dock.statusLabel.textFormat() == 0  # PlainText


def test_next_link_looping_to_itself_stops(qtbot, dock: StacDock, qgis_iface, server, log_lines) -> None:
    dock.add_connection(Connection("loop", server.api("search-loop")))
    dock.maxItemsSpin.setValue(100)
    dock.settings.page_size = 2
    qgis_iface.messageBar().clear_messages()
    found = _search(qtbot, dock)
    level, text = _one_message(qtbot, qgis_iface)
    assert level == Qgis.MessageLevel.Critical
    assert "next link repeats" in text
    assert found == ITEMS  # the first page is kept, the repeat is not added
    searches = [p for p in server.paths if p.split("?")[0].endswith("/search-loop/search")]
    assert len(searches) <= 3
    _in_log(qtbot, log_lines, text)
    _still_usable(qtbot, dock, qgis_iface)


def test_items_without_geometry_or_datetime(qtbot, dock: StacDock, qgis_iface, server) -> None:
    dock.add_connection(Connection("nogeom", server.api("search-nogeom")))
    qgis_iface.messageBar().clear_messages()
    found = _search(qtbot, dock)
    assert found == ITEMS
    level, text = _one_message(qtbot, qgis_iface)
    assert level == Qgis.MessageLevel.Warning
    assert "1 without geometry" in text and "1 without date" in text
    dock.select_items(["fault-item-2"])
    assert dock.footprints.extent().isEmpty()
    _still_usable(qtbot, dock, qgis_iface)


def test_cancel_frees_a_hung_search_at_once(qtbot, dock: StacDock, qgis_iface, server) -> None:
    dock.timeoutSpin.setValue(10)
    dock.add_connection(Connection("hang", server.api("search-hang")))
    qgis_iface.messageBar().clear_messages()
    hung, dropped = server.hung, server.dropped
    dock.searchButton.click()
    qtbot.waitUntil(lambda: server.hung > hung, timeout=WAIT_MS)  # the search request is held
    assert dock.is_searching() and dock.searchButton.text() == "Cancel"
    started = time.monotonic()
    dock.searchButton.click()
    assert not dock.is_searching()
    assert dock.searchButton.text() == "Search"
    assert time.monotonic() - started < 1.0
    # The request is aborted and its task ends, well before the 10 s timeout.
    qtbot.waitUntil(lambda: server.dropped > dropped and not dock._tasks, timeout=3000)
    assert not [m for m in _messages(qgis_iface) if m[0] == Qgis.MessageLevel.Critical]
    dock.timeoutSpin.setValue(TIMEOUT_S)
    _still_usable(qtbot, dock, qgis_iface)


@pytest.mark.parametrize("how", ["connect button", "search button"])
def test_cancel_frees_a_hung_connection_at_once(qtbot, dock: StacDock, qgis_iface, server, how) -> None:
    dock.timeoutSpin.setValue(10)
    dock.add_connection(Connection("hang", server.api("landing-hang")))
    qgis_iface.messageBar().clear_messages()
    hung, dropped = server.hung, server.dropped
    (dock.connectButton if how == "connect button" else dock.searchButton).click()
    qtbot.waitUntil(lambda: server.hung > hung, timeout=WAIT_MS)  # the landing page request is held
    assert dock.connectButton.text() == "Cancel" and dock.connectButton.isEnabled()
    assert dock.is_searching() == (how == "search button")
    (dock.connectButton if how == "connect button" else dock.searchButton).click()
    assert dock.connectButton.text() == "Connect" and dock.searchButton.text() == "Search"
    assert not dock.is_searching() and dock.client is None
    assert dock.status_text() == ("Cancelled" if how == "search button" else "Not connected")
    # The request is aborted and its task ends, well before the 10 s timeout.
    qtbot.waitUntil(lambda: server.dropped > dropped and not dock._tasks, timeout=3000)
    assert not [m for m in _messages(qgis_iface) if m[0] == Qgis.MessageLevel.Critical]
    dock.timeoutSpin.setValue(TIMEOUT_S)
    _still_usable(qtbot, dock, qgis_iface)


def test_adding_a_connection_while_connecting_drops_the_old_one(qtbot, dock: StacDock, server) -> None:
    dock.timeoutSpin.setValue(10)
    dock.add_connection(Connection("hang", server.api("landing-hang")))
    hung, dropped = server.hung, server.dropped
    dock.searchButton.click()  # connects first, then searches
    qtbot.waitUntil(lambda: server.hung > hung, timeout=WAIT_MS)
    dock.add_connection(Connection("other", server.api("ok")))
    assert dock.connectButton.text() == "Connect" and dock.searchButton.text() == "Search"
    assert not dock.is_searching() and dock.status_text() == "Not connected"
    qtbot.waitUntil(lambda: server.dropped > dropped and not dock._tasks, timeout=3000)
    dock.timeoutSpin.setValue(TIMEOUT_S)


def test_timeout_setting_applies_to_requests_and_gdal(qtbot, dock: StacDock) -> None:
    dock.timeoutSpin.setValue(7)
    assert dock.settings.timeout_s == 7
    assert _settings.load_defaults().timeout_s == 7  # what tasks and GDAL reads start with
    _search(qtbot, dock)
    assert dock.client.stac_io.timeout_s == 7
    dock.timeoutSpin.setValue(3)
    assert dock.client.stac_io.timeout_s == 3
    _auth.prepare("http://127.0.0.1:1/x.tif")  # how every asset is opened
    assert gdal.GetPathSpecificOption("/vsicurl/http://127.0.0.1:1/x.tif", "GDAL_HTTP_TIMEOUT") == "3"


# Assets -------------------------------------------------------------------------------------
@pytest.fixture
def item_dock(qtbot, dock: StacDock) -> StacDock:
    """The dock with the healthy API's first item selected."""
    assert _search(qtbot, dock) == ITEMS
    dock.select_items(["fault-item-1"])
    return dock


def _save(qtbot, dock: StacDock, folder: Path, asset: str) -> float:
    dock.details.set_checked([asset])
    started = time.monotonic()
    assert dock.save_selected(str(folder)) is not None
    qtbot.waitUntil(lambda: dock.asset_actions.save_task is None, timeout=WAIT_MS)
    return time.monotonic() - started


def test_save_good_asset(qtbot, item_dock: StacDock, tmp_path: Path, qgis_iface) -> None:
    qgis_iface.messageBar().clear_messages()
    _save(qtbot, item_dock, tmp_path, "good")
    path = tmp_path / "fault-item-1_good.tif"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    ds = gdal.Open(str(path))
    rows, cols = np.mgrid[0:RASTER_SIZE, 0:RASTER_SIZE]
    np.testing.assert_array_equal(ds.GetRasterBand(1).ReadAsArray(), (rows * 7 + cols) % 65521)
    ds = None
    assert qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)


@pytest.mark.parametrize("asset", ["missing", "truncated"])
def test_broken_asset_save_leaves_nothing(  # noqa: PLR0917
    qtbot, item_dock: StacDock, tmp_path: Path, qgis_iface, log_lines, asset
) -> None:
    qgis_iface.messageBar().clear_messages()
    _save(qtbot, item_dock, tmp_path, asset)
    level, text = _one_message(qtbot, qgis_iface)
    assert level == Qgis.MessageLevel.Critical
    assert f"fault-item-1 {asset}" in text or asset in text
    assert len(_in_log(qtbot, log_lines, text)) > len(text)
    assert list(tmp_path.iterdir()) == []
    assert item_dock.saveButton.isEnabled()
    _still_usable(qtbot, item_dock, qgis_iface)


def test_save_from_host_hanging_mid_read_ends_at_gdal_timeout(
    qtbot, item_dock: StacDock, tmp_path: Path, qgis_iface, server
) -> None:
    qgis_iface.messageBar().clear_messages()
    hung = server.hung
    elapsed = _save(qtbot, item_dock, tmp_path, "hang")
    assert server.hung > hung  # the read really hung
    assert elapsed < TIMEOUT_S * 4 + 4
    level, text = _one_message(qtbot, qgis_iface)
    assert level == Qgis.MessageLevel.Critical
    assert "fault-item-1 hang" in text
    assert list(tmp_path.iterdir()) == []  # no file, no temporary


def test_cancelled_hung_save_leaves_nothing(
    qtbot, item_dock: StacDock, tmp_path: Path, qgis_iface, server
) -> None:
    dock = item_dock
    dock.details.set_checked(["hang"])
    hung = server.hung
    assert dock.save_selected(str(tmp_path)) is not None
    qtbot.waitUntil(lambda: server.hung > hung, timeout=WAIT_MS)
    qgis_iface.messageBar().clear_messages()
    dock.cancelSaveButton.click()
    assert _search(qtbot, dock) == ITEMS  # searching works while the read is held
    qtbot.waitUntil(lambda: dock.asset_actions.save_task is None, timeout=WAIT_MS)
    assert list(tmp_path.iterdir()) == []
    messages = _messages(qgis_iface)
    assert len(messages) == 1 and "cancel" in messages[0][1].lower(), messages


def test_missing_asset_add_to_map(qtbot, item_dock: StacDock, qgis_iface, log_lines) -> None:
    qgis_iface.messageBar().clear_messages()
    item_dock.details.set_checked(["missing"])
    assert item_dock.add_selected_to_map() is not None
    qtbot.waitUntil(lambda: item_dock.asset_actions.open_task is None, timeout=WAIT_MS)
    level, text = _one_message(qtbot, qgis_iface)
    assert level == Qgis.MessageLevel.Warning
    assert "could not be opened" in text
    assert "missing.tif" in _in_log(qtbot, log_lines, text)
    assert not _rasters()
    assert item_dock.addToMapButton.isEnabled()


def test_cancelled_add_to_map_frees_the_dock_at_once(
    qtbot, item_dock: StacDock, qgis_iface, server
) -> None:
    dock = item_dock
    dock.details.set_checked(["hang"])
    hung = server.hung
    task = dock.add_selected_to_map()
    assert task is not None
    ended: list[bool] = []
    task.taskCompleted.connect(lambda: ended.append(True))
    task.taskTerminated.connect(lambda: ended.append(False))
    assert dock.saveProgress.isVisibleTo(dock) and dock.cancelSaveButton.isVisibleTo(dock)
    assert not dock.addToMapButton.isEnabled()
    qtbot.waitUntil(lambda: server.hung > hung, timeout=WAIT_MS)  # the open is stuck on the host
    qgis_iface.messageBar().clear_messages()
    dock.cancelSaveButton.click()
    # Free at once, while the read is still held by the host.
    assert dock.asset_actions.open_task is None
    assert dock.addToMapButton.isEnabled()
    assert not dock.cancelSaveButton.isVisibleTo(dock)
    messages = _messages(qgis_iface)
    assert len(messages) == 1 and "cancel" in messages[0][1].lower(), messages
    # The stuck read ends at the GDAL timeout; nothing is added to the map after all.
    qtbot.waitUntil(lambda: bool(ended), timeout=WAIT_MS)
    qtbot.wait(100)
    assert not _rasters()
    assert len(_messages(qgis_iface)) == 1


def _rasters() -> list[QgsRasterLayer]:
    """The raster layers of the project (the footprints layer aside)."""
    return [lyr for lyr in QgsProject.instance().mapLayers().values() if isinstance(lyr, QgsRasterLayer)]
