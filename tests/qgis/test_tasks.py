"""The QgsTasks against the local STAC API and COG host: streaming, cancel, errors."""

from __future__ import annotations

import socket
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from qgis.core import Qgis, QgsApplication, QgsTask
from qgis.PyQt.QtCore import QThread
from testbed import is_raster_asset
from testbed.fault_server import FaultServer

from plugin.core.models import Connection, SearchRequest
from plugin.net import QgisStacApiIO
from plugin.tasks import NextPageTask, OpenConnectionTask, OpenRasterTask, SearchTask, StacTask

WAIT_MS = 30000
LONG_TIMEOUT_S = 30
"""The request timeout in cancel tests: a task that ran to it would not end within ``CANCEL_WAIT_MS``."""
CANCEL_WAIT_MS = 5000


def _run(qtbot, task: QgsTask, signal_name: str, timeout: int = WAIT_MS) -> list[Any]:
    """Add ``task`` to the task manager and wait for one of its signals; returns its arguments."""
    with qtbot.waitSignal(getattr(task, signal_name), timeout=timeout) as blocker:
        QgsApplication.taskManager().addTask(task)
    return blocker.args


def _biggest_collection(items: list[dict]) -> tuple[str, int]:
    return Counter(i["collection"] for i in items).most_common(1)[0]


@pytest.fixture(scope="module")
def fault_server() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


@pytest.fixture
def client(stac_api):
    from plugin.core.search import open_client

    return open_client(stac_api.url, QgisStacApiIO(timeout_s=30))


def test_open_connection(qtbot, stac_api) -> None:
    task = OpenConnectionTask(Connection("local", stac_api.url), timeout_s=30)
    failures: list[tuple[str, str]] = []
    task.failed.connect(lambda m, d: failures.append((m, d)))
    client, collections = _run(qtbot, task, "opened")
    assert not failures
    assert client.get_self_href().rstrip("/") == stac_api.url.rstrip("/")
    assert {cid for cid, _ in collections} >= {i["collection"] for i in stac_api.items}


def test_open_connection_refused_fails_clearly(qtbot) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    task = OpenConnectionTask(Connection("closed", f"http://127.0.0.1:{port}/"), timeout_s=10)
    message, detail = _run(qtbot, task, "failed")
    assert "refused" in message.lower()
    assert f"127.0.0.1:{port}" in message + detail


def test_cancel_during_a_request_ends_the_task(qtbot) -> None:
    with socket.socket() as sock:  # accepts connections, never answers
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        port = sock.getsockname()[1]
        task = OpenConnectionTask(Connection("mute", f"http://127.0.0.1:{port}/"), timeout_s=2)
        failed = []
        task.failed.connect(lambda *args: failed.append(args))
        with qtbot.waitSignal(task.cancelled, timeout=WAIT_MS):
            QgsApplication.taskManager().addTask(task)
            qtbot.waitUntil(lambda: task.status() == QgsTask.TaskStatus.Running, timeout=WAIT_MS)
            qtbot.wait(300)
            task.cancel()
        assert not failed


def test_search_streams_pages_on_the_main_thread(qtbot, stac_api, client) -> None:
    collection, count = _biggest_collection(stac_api.items)
    assert count >= 3, "the test data needs a collection with at least 3 items"
    max_items = min(count, 6)
    request = SearchRequest(url=stac_api.url, collections=(collection,), page_size=1, max_items=max_items)
    task = SearchTask(request, client)
    events: list[tuple[str, Any]] = []
    main_thread = QThread.currentThread()

    def on_page(page) -> None:
        events.append(("page", (page, QThread.currentThread() is main_thread, task.status())))

    task.page_ready.connect(on_page)
    task.done.connect(lambda stream: events.append(("done", stream)))
    stream = _run(qtbot, task, "done")[0]

    kinds = [kind for kind, _ in events]
    assert kinds == ["page"] * max_items + ["done"]
    pages = [payload for kind, payload in events if kind == "page"]
    assert all(on_main for _, on_main, _ in pages)
    # The first pages arrive while run() is still fetching the next ones.
    assert pages[0][2] != QgsTask.TaskStatus.Complete
    ids = [item.id for page, _, _ in pages for item in page.items]
    assert len(ids) == len(set(ids)) == max_items
    expected = {i["id"] for i in stac_api.items if i["collection"] == collection}
    assert set(ids) <= expected
    assert pages[0][0].matched == count
    assert stream.kept == max_items


def test_search_cancel_between_pages(qtbot, stac_api, client) -> None:
    collection, count = _biggest_collection(stac_api.items)
    request = SearchRequest(url=stac_api.url, collections=(collection,), page_size=1, max_items=count)
    task = SearchTask(request, client)
    pages = []
    done = []

    def on_page(page) -> None:
        pages.append(page)
        task.cancel()

    task.page_ready.connect(on_page)
    task.done.connect(done.append)
    _run(qtbot, task, "cancelled")
    qtbot.wait(200)
    assert not done
    assert 1 <= len(pages) < count


def test_cancel_right_after_adding(qtbot, stac_api, client) -> None:
    task = SearchTask(SearchRequest(url=stac_api.url), client)
    done = []
    task.done.connect(done.append)
    with qtbot.waitSignal(task.cancelled, timeout=WAIT_MS):
        QgsApplication.taskManager().addTask(task)
        task.cancel()
    assert not done


def test_next_page(qtbot, stac_api, client) -> None:
    collection, count = _biggest_collection(stac_api.items)
    request = SearchRequest(url=stac_api.url, collections=(collection,), page_size=2, max_items=2)
    stream = _run(qtbot, SearchTask(request, client), "done")[0]
    assert stream.has_more
    task = NextPageTask(stream)
    pages = []
    task.page_ready.connect(pages.append)
    assert _run(qtbot, task, "done")[0] is stream
    assert len(pages) == 1
    assert len(pages[0].items) == min(2, count - 2)


def test_open_raster_task(qtbot, stac_api, cog_host) -> None:
    from plugin.core.assets import asset_infos, gdal_uri

    uris = []
    for item in stac_api.items:
        uris += [gdal_uri(a.href) for a in asset_infos(item) if is_raster_asset(item["assets"][a.key])][:1]
        if len(uris) == 3:
            break
    missing = gdal_uri(f"{cog_host.url}/no/such/file.tif")
    task = OpenRasterTask([(f"item-{i}", "band", uri) for i, uri in enumerate([*uris, missing])])
    made, errors = _run(qtbot, task, "done")
    assert [entry[2] for entry, _layer in made] == uris
    assert all(layer.isValid() for _entry, layer in made)
    # Made in the task's threads, handed to the main thread for the project.
    assert all(layer.thread() == QgsApplication.instance().thread() for _entry, layer in made)
    assert [uri for uri, _ in errors] == [missing]
    assert errors[0][1]


def _first_raster(items: list[dict]) -> tuple[str, str, str]:
    from plugin.core.assets import asset_infos, gdal_uri

    for item in items:
        for asset in asset_infos(item):
            if is_raster_asset(item["assets"][asset.key]):  # a COG the test bed serves
                return item["id"], asset.key, gdal_uri(asset.href)
    raise AssertionError("no raster asset in the test data")


def test_save_task(qtbot, stac_api, tmp_path) -> None:
    from osgeo import gdal

    from plugin.core.models import SaveRequest
    from plugin.tasks import SaveTask

    item_id, key, uri = _first_raster(stac_api.items)
    task = SaveTask([SaveRequest(uri=uri, folder=str(tmp_path), item_id=item_id, asset_key=key)])
    saved: list[str] = []
    task.saved.connect(saved.append)
    (paths,) = _run(qtbot, task, "done")
    assert paths == saved
    assert len(paths) == 1
    source, copy = gdal.Open(uri), gdal.Open(paths[0])
    assert (copy.RasterXSize, copy.RasterYSize) == (source.RasterXSize, source.RasterYSize)
    assert copy.GetRasterBand(1).Checksum() == source.GetRasterBand(1).Checksum()


def test_save_task_cancel_leaves_no_file(qtbot, tmp_path) -> None:
    import numpy as np
    from osgeo import gdal

    from plugin.core.models import SaveRequest
    from plugin.tasks import SaveTask

    source = tmp_path / "source.tif"  # big enough to take several windows
    size = 4096
    dataset = gdal.GetDriverByName("GTiff").Create(str(source), size, size, 1, gdal.GDT_UInt16, ["TILED=YES"])
    dataset.SetGeoTransform((500000.0, 10.0, 0.0, 4500000.0, 0.0, -10.0))
    dataset.SetProjection("EPSG:32633")
    rng = np.random.default_rng(1)
    dataset.GetRasterBand(1).WriteArray(rng.integers(1, 65535, (size, size), dtype=np.uint16))
    dataset = None
    out = tmp_path / "out"
    out.mkdir()

    task = SaveTask([SaveRequest(uri=str(source), folder=str(out), item_id="big", asset_key="B04")])
    done = []
    task.done.connect(done.append)
    task.progressChanged.connect(lambda progress: progress > 0 and task.cancel())
    with qtbot.waitSignal(task.cancelled, timeout=WAIT_MS):
        QgsApplication.taskManager().addTask(task)
    assert not done
    assert list(out.iterdir()) == []


def test_save_task_error_is_reported(qtbot, stac_api, tmp_path) -> None:
    from plugin.core.models import SaveRequest
    from plugin.tasks import SaveTask

    item_id, key, uri = _first_raster(stac_api.items)
    request = SaveRequest(uri=uri, folder=str(tmp_path), item_id=item_id, asset_key=key)
    _run(qtbot, SaveTask([request]), "done")
    message, _ = _run(qtbot, SaveTask([request]), "failed")
    assert "already exists" in message


# Cancel with a request in flight ---------------------------------------------------------------


def _fault_client(server: FaultServer, api: str) -> Any:
    from plugin.core.search import open_client

    return open_client(server.api(api), QgisStacApiIO(timeout_s=LONG_TIMEOUT_S))


def _cancel_when_held(qtbot, task: StacTask, server: FaultServer) -> float:
    """Run ``task`` until the server holds its request, cancel it; the seconds until ``cancelled``.

    Fails when the task fails or succeeds instead, or does not end within ``CANCEL_WAIT_MS``.
    """
    failed: list[tuple[str, str]] = []
    task.failed.connect(lambda *args: failed.append(args))
    hung, dropped = server.hung, server.dropped
    QgsApplication.taskManager().addTask(task)
    qtbot.waitUntil(lambda: server.hung > hung, timeout=WAIT_MS)
    with qtbot.waitSignal(task.cancelled, timeout=CANCEL_WAIT_MS):
        started = time.monotonic()
        task.cancel()
    elapsed = time.monotonic() - started
    assert not failed
    # The request was aborted: its connection is closed, not left to the timeout.
    qtbot.waitUntil(lambda: server.dropped > dropped, timeout=CANCEL_WAIT_MS)
    return elapsed


def test_cancel_aborts_a_hung_open_connection(qtbot, fault_server) -> None:
    connection = Connection("hang", fault_server.api("landing-hang"))
    elapsed = _cancel_when_held(qtbot, OpenConnectionTask(connection, timeout_s=LONG_TIMEOUT_S), fault_server)
    assert elapsed < 3


def test_cancel_aborts_a_hung_collections_request(qtbot, fault_server) -> None:
    connection = Connection("hang", fault_server.api("collections-hang"))
    task = OpenConnectionTask(connection, timeout_s=LONG_TIMEOUT_S)
    opened: list[Any] = []
    task.opened.connect(lambda *args: opened.append(args))
    assert _cancel_when_held(qtbot, task, fault_server) < 3
    assert not opened


def test_cancel_aborts_a_hung_search(qtbot, fault_server) -> None:
    url = fault_server.api("search-hang")
    task = SearchTask(SearchRequest(url=url), _fault_client(fault_server, "search-hang"))
    done: list[Any] = []
    task.done.connect(done.append)
    assert _cancel_when_held(qtbot, task, fault_server) < 3
    assert not done


def test_cancel_aborts_a_hung_next_page(qtbot, fault_server) -> None:
    url = fault_server.api("search-hangnext")
    client = _fault_client(fault_server, "search-hangnext")
    request = SearchRequest(url=url, page_size=2, max_items=2)
    stream = _run(qtbot, SearchTask(request, client), "done")[0]
    assert stream.kept == 2 and stream.has_more
    task = NextPageTask(stream)
    pages: list[Any] = []
    task.page_ready.connect(pages.append)
    assert _cancel_when_held(qtbot, task, fault_server) < 3
    assert not pages


def test_cancel_aborts_requests_every_time(qtbot, fault_server) -> None:
    """Cancel at different moments, in flight or not yet sent: every task ends, none hangs."""
    url = fault_server.api("landing-hang")
    hung, dropped = fault_server.hung, fault_server.dropped
    for attempt in range(20):
        task = OpenConnectionTask(Connection("hang", url), timeout_s=LONG_TIMEOUT_S)
        failed: list[tuple[str, str]] = []
        task.failed.connect(lambda *args, failed=failed: failed.append(args))
        before = fault_server.hung
        with qtbot.waitSignal(task.cancelled, timeout=CANCEL_WAIT_MS):
            QgsApplication.taskManager().addTask(task)
            if attempt % 2:  # the request is held by the server
                qtbot.waitUntil(lambda before=before: fault_server.hung > before, timeout=WAIT_MS)
            else:  # the task runs; its request may or may not be sent yet
                started = lambda task=task: task.status() == QgsTask.TaskStatus.Running  # noqa: E731
                qtbot.waitUntil(started, timeout=WAIT_MS)
                time.sleep(0.002 * attempt)
            task.cancel()
        assert not failed, attempt
    # Every request that reached the server was aborted by the plugin, none left to its timeout.
    all_dropped = lambda: fault_server.dropped - dropped == fault_server.hung - hung  # noqa: E731
    qtbot.waitUntil(all_dropped, timeout=CANCEL_WAIT_MS)
    assert fault_server.hung - hung >= 10


def test_a_hung_request_still_times_out(qtbot, fault_server) -> None:
    """With cancelling watched, a request nobody cancels still ends at the timeout, as a timeout."""
    task = OpenConnectionTask(Connection("hang", fault_server.api("landing-hang")), timeout_s=1)
    cancelled: list[bool] = []
    task.cancelled.connect(lambda: cancelled.append(True))
    started = time.monotonic()
    message, _detail = _run(qtbot, task, "failed")
    assert "did not answer within 1 s" in message
    assert 0.9 < time.monotonic() - started < 10
    assert not cancelled


def test_a_pool_made_without_the_plugin_object_is_said_once_in_the_log() -> None:
    from plugin import tasks

    lines: list[tuple[str, Any]] = []

    def keep(message: str, tag: str, level: Any) -> None:
        if tag == "STAC" and "thread pool" in message:
            lines.append((message, level))

    kept = tasks.current_pool()
    tasks.use_pool(None)
    QgsApplication.messageLog().messageReceived.connect(keep)
    try:
        made = tasks.open_pool()
        assert tasks.open_pool() is made
        assert list(tasks.map_in_qthreads(abs, [-1, -2])) == [1, 2]
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(keep)
        tasks.use_pool(kept)
    made.shutdown()
    assert [level for _message, level in lines] == [Qgis.MessageLevel.Info]
