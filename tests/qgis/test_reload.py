"""Load, use and unload the plugin ten times (also through ``qgis.utils.reloadPlugin``): nothing stays.

Each round opens the dock, searches the local STAC API, adds a band to the map and unloads the
plugin. Afterwards no thread, timer, Processing provider or network hook of the plugin remains,
nor any connection to the project, the canvas, the network manager or the task manager; the
garbage collector is as it was, and the layers added in earlier rounds still draw in a
reprojected map although the threads that opened them have ended.
"""

from __future__ import annotations

import gc
import importlib
import json
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import qgis.utils
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsNetworkAccessManager,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QMetaMethod, QObject, QSize, QTimer

from plugin.net import USER_AGENT, QgisStacApiIO

pytestmark = [pytest.mark.network, pytest.mark.usefixtures("no_stac_provider")]

REPO = Path(__file__).resolve().parents[2]
NAME = "stac_plugin_reloaded_for_test"
ROUNDS = 10
WAIT_MS = 30000
COLLECTION = "sentinel-2-c1-l2a"
ITEM = "S2A_T13TDE_20240412T175055_L2A"
DENVER = (-105.1, 40.2)
OS_THREAD_SLACK = 4
"""OS threads that may come and go between rounds (QGIS's own pools grow and expire threads)."""


class _Echo(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({k.lower(): v for k, v in self.headers.items()}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def echo_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, name="echo-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def _settle() -> None:
    """Run what is posted: deferred deletes, queued signals, zero-time timers."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def _os_threads() -> int:
    return sum(1 for _ in Path("/proc/self/task").iterdir())


def _python_threads() -> list[str]:
    """Threads Python started (QGIS's own threads show up as dummies that Python never forgets)."""
    return sorted(t.name for t in threading.enumerate() if not isinstance(t, threading._DummyThread))


def _active_timers() -> int:
    """Running QTimers made from Python."""
    return sum(
        1 for o in gc.get_objects() if isinstance(o, QTimer) and not sip.isdeleted(o) and o.isActive()
    )


def _receivers(obj: QObject) -> dict[str, int]:
    """Receivers of each signal of ``obj`` (every overload)."""
    counts: dict[str, int] = {}
    meta = obj.metaObject()
    for index in range(meta.methodCount()):
        method = meta.method(index)
        if method.methodType() != QMetaMethod.MethodType.Signal:
            continue
        name = bytes(method.name()).decode()
        signature = bytes(method.methodSignature()).decode()
        bound = getattr(obj, name, None)
        if bound is None:
            continue
        try:
            counts[signature] = obj.receivers(_overload(bound, method))
        except (TypeError, KeyError, RuntimeError):
            continue
    return counts


def _overload(bound: Any, method: QMetaMethod) -> Any:
    """The overload of ``bound`` with ``method``'s parameter types (the default one when it has none)."""
    types = [bytes(t).decode() for t in method.parameterTypes()]
    if not types:
        return bound
    python = {"QString": str, "QStringList": list, "int": int, "bool": bool, "double": float}
    wanted = tuple(python.get(t) for t in types)
    if all(w is not None for w in wanted):
        return bound[wanted]
    if types == ["QgsMapLayer*"]:
        from qgis.core import QgsMapLayer

        return bound[QgsMapLayer]
    return bound


def _providers() -> list[str]:
    return sorted(p.id() for p in QgsApplication.processingRegistry().providers())


def _agent(echo_url: str) -> str:
    """The User-Agent a request marked as the plugin's reaches the server with."""
    sent = json.loads(QgisStacApiIO(timeout_s=10).request(f"{echo_url}/ua"))
    return sent.get("user-agent", "")


@dataclass
class Snapshot:
    python_threads: list[str]
    os_threads: int
    timers: int
    providers: list[str]
    project: dict[str, int]
    canvas: dict[str, int]
    network: dict[str, int]
    tasks: dict[str, int]
    gc_enabled: bool
    gc_frozen: int


def _snapshot(canvas: Any) -> Snapshot:
    _settle()
    return Snapshot(
        _python_threads(), _os_threads(), _active_timers(), _providers(),
        _receivers(QgsProject.instance()), _receivers(canvas), _receivers(QgsNetworkAccessManager.instance()),
        _receivers(QgsApplication.taskManager()), gc.isenabled(), gc.get_freeze_count(),
    )


def _use(plugin: Any, qtbot, stac_api, canvas: Any, project: QgsProject, folder: Path) -> None:  # noqa: PLR0917
    """Open the dock, search the local API, add the red band of the Denver scene to the map and
    save it clipped to the map extent into ``folder`` (rioxarray and pyproj in a QGIS task thread)."""
    package = type(plugin).__module__.rsplit(".", 2)[0]
    settings = importlib.import_module(f"{package}.plugin.settings").Settings
    models = importlib.import_module(f"{package}.plugin.core.models")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(settings, "load", classmethod(lambda cls: cls(connections=[])))
        patch.setattr(settings, "save", lambda self: None)
        plugin.action.trigger()
        dock = plugin.dock
        assert dock is not None
        dock.add_connection(models.Connection("local", stac_api.url))
        dock.connect_current()
        qtbot.waitUntil(lambda: dock.client is not None, timeout=WAIT_MS)
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        centre = QgsCoordinateTransform(wgs84, canvas.mapSettings().destinationCrs(), project).transform(
            QgsPointXY(*DENVER)
        )
        x, y, half = centre.x(), centre.y(), 20000.0
        canvas.setExtent(QgsRectangle(x - half, y - half, x + half, y + half))
        dock.collections.set_checked([COLLECTION])
        dock.start_search()
        qtbot.waitUntil(lambda: not dock.is_searching() and dock.model.rowCount() > 0, timeout=WAIT_MS)
        dock.select_items([ITEM])
        before = len(_rasters(project))
        dock.details.set_checked(["red"])
        QgsCoordinateReferenceSystem.invalidateCache()  # the pool's thread is the first to meet this CRS
        dock.addToMapButton.click()
        qtbot.waitUntil(lambda: len(_rasters(project)) > before, timeout=WAIT_MS)
        assert dock.save_selected(str(folder), clip=True) is not None
        qtbot.waitUntil(lambda: dock.asset_actions.save_task is None, timeout=WAIT_MS)
        assert [p.suffix for p in folder.iterdir()] == [".tif"]
        qtbot.waitUntil(lambda: not dock._tasks, timeout=WAIT_MS)


def _rasters(project: QgsProject) -> list[QgsRasterLayer]:
    return [layer for layer in project.mapLayers().values() if isinstance(layer, QgsRasterLayer)]


def _draws_in_web_mercator(layer: QgsRasterLayer) -> bool:
    """Whether ``layer`` draws in EPSG:3857, rendered by a thread that never met its CRS."""
    colours: list[int] = []

    def render() -> None:
        web = QgsCoordinateReferenceSystem("EPSG:3857")
        transform = QgsCoordinateTransform(layer.crs(), web, QgsProject.instance())
        try:
            extent = transform.transformBoundingBox(layer.extent())
        except QgsCsException:
            return
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setDestinationCrs(web)
        settings.setExtent(extent)
        settings.setOutputSize(QSize(64, 64))
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        colours.append(len({image.pixel(x, y) for x in range(0, 64, 4) for y in range(0, 64, 4)}))

    thread = threading.Thread(target=render, name="render-check")
    thread.start()
    thread.join(60)
    return bool(colours) and colours[0] > 8


def _assert_back_to(base: Snapshot, warm: Snapshot, now: Snapshot) -> None:
    """``now`` as ``base`` (before the first load); QGIS's threads (and the per-thread network
    managers they connect to the main one) as ``warm``, after the first unload."""
    assert now.python_threads == base.python_threads
    assert now.os_threads <= warm.os_threads + OS_THREAD_SLACK, (warm.os_threads, now.os_threads)
    assert now.timers <= base.timers
    assert now.providers == base.providers
    assert "stac" not in now.providers
    for name, reference in (("project", base), ("canvas", base), ("network", warm), ("tasks", warm)):
        before, after = getattr(reference, name), getattr(now, name)
        assert {k: v for k, v in after.items() if v != before.get(k)} == {}, name
    assert (now.gc_enabled, now.gc_frozen) == (base.gc_enabled, base.gc_frozen)


def test_reload_ten_times_leaves_nothing_behind(  # noqa: PLR0917
    plugin_name: str, qgis_iface, qgis_new_project, qtbot, stac_api, cog_host, echo_url, tmp_path
) -> None:
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))  # not the layers' CRS
    assert not _agent(echo_url).startswith(USER_AGENT)
    pools = []
    base = _snapshot(canvas)
    warm: Snapshot | None = None
    assert qgis.utils.loadPlugin(plugin_name)
    assert qgis.utils.startPlugin(plugin_name)
    for round_ in range(ROUNDS):
        plugin = qgis.utils.plugins[plugin_name]
        tasks = sys.modules[f"{plugin_name}.plugin.tasks"]
        assert QgsApplication.processingRegistry().providerById("stac") is not None
        _use(plugin, qtbot, stac_api, canvas, qgis_new_project, tmp_path / f"saved-{round_}")
        agent = _agent(echo_url)
        assert agent.startswith(USER_AGENT) and agent.count(USER_AGENT) == 1  # one hook, working
        assert _providers().count("stac") == 1
        pool = plugin.runtime.pool
        assert tasks.current_pool() is pool
        pools.append(pool)
        if round_ % 2 or round_ == ROUNDS - 1:
            assert qgis.utils.unloadPlugin(plugin_name)  # as disabling it in the Plugin Manager
            assert tasks.current_pool() is None
            now = _snapshot(canvas)
            warm = warm or now  # the first use starts QGIS's network and GDAL threads
            print(f"round {round_ + 1}: {now.os_threads} OS threads, {base.os_threads} before the first load")
            _assert_back_to(base, warm, now)
            assert not _agent(echo_url).startswith(USER_AGENT)
            if round_ < ROUNDS - 1:
                assert qgis.utils.loadPlugin(plugin_name)
                assert qgis.utils.startPlugin(plugin_name)
        else:
            qgis.utils.reloadPlugin(plugin_name)  # unload, forget its modules, import and start again
            assert plugin_name in qgis.utils.plugins
            assert qgis.utils.plugins[plugin_name] is not plugin
            assert tasks.current_pool() is None
    assert len(pools) == ROUNDS
    assert all(pool.closed for pool in pools)
    layers = _rasters(qgis_new_project)
    assert len(layers) == ROUNDS
    assert all(_draws_in_web_mercator(layer) for layer in layers)  # their opening threads have ended
