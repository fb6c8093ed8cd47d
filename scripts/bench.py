#!/usr/bin/env python3
"""Performance benchmark: the plugin against a naive baseline, on loopback with a delay per request.

Starts its own servers (nginx serving a 10980 px Sentinel-2-like COG, PostgreSQL + pgstac with
synthetic items cloned from a recorded one, stac-fastapi-pgstac) and puts a delay proxy in front of
the COG host and of the STAC API, so every request costs ``--delay-ms``. The plugin's real dock and
tasks run in an offscreen QgsApplication while a 10 ms QTimer on the GUI thread records the longest
gap between its ticks. Requests are counted by the proxies, bytes by nginx's access log (COGs) or the
proxy (API answers). Each scenario runs ``--runs`` times on files nobody read before (cold caches);
the table shows medians, and the baseline of each scenario is measured in the same run.
"""

from __future__ import annotations

import argparse
import copy
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from osgeo import gdal  # noqa: E402
from qgis.core import (  # noqa: E402
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QEventLoop, QSize, QTimer  # noqa: E402
from testbed import (  # noqa: E402
    Nginx,
    big_cog,
    covering_block_bytes,
    ensure_cogs,
    localise,
    raster_specs,
    raw_collections,
    raw_items,
)
from testbed.cogs import BIG_SIZE, cache_root  # noqa: E402
from testbed.delay_proxy import DelayProxy  # noqa: E402
from testbed.pgstac import PgCluster, PgStacDatabase, StacApiServer  # noqa: E402
from testbed.plugin_package import plugin_module  # noqa: E402

SOURCE_ITEM = "S2A_T13TDE_20240412T175055_L2A"
COMPOSITE_BANDS = ("red", "green", "blue")
N_TILES = 10
TILE_M = 109800.0
"""Mosaic tiles: copies of the big COG side by side along x, each 109.8 km wide."""
COLLECTION = "bench-sentinel-2-l2a"
BAND = "red"
ORIGIN = (399960.0, 4500000.0)  # the big COG: EPSG:32613, 10 m
UTM13N = "EPSG:32613"


# GUI-thread helpers -------------------------------------------------------------------
def wait_until(condition: Callable[[], bool], timeout_s: float = 120.0) -> None:
    """Run the Qt event loop until ``condition()`` holds; raise TimeoutError after ``timeout_s``."""
    if condition():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    poll = QTimer()
    poll.setInterval(2)
    poll.timeout.connect(lambda: loop.quit() if condition() or time.monotonic() > deadline else None)
    poll.start()
    loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError("the benchmark step did not finish in time")


class StallMeter:
    """A 10 ms QTimer on the GUI thread; ``worst_ms`` is the longest time between two ticks."""

    def __init__(self, interval_ms: int = 10) -> None:
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst_ms = 0.0

    def _tick(self) -> None:
        now = time.monotonic()
        self.worst_ms = max(self.worst_ms, (now - self.last) * 1000.0)
        self.last = now

    def __enter__(self) -> StallMeter:
        self.worst_ms = 0.0
        self.last = time.monotonic()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._tick()
        self.timer.stop()


def render(layers: list[Any], size: tuple[int, int] = (800, 600)) -> None:
    """Render ``layers`` at ``size`` over their whole extent, in worker threads, waiting on the GUI loop."""
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    extent = QgsRectangle(layers[0].extent())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    job = QgsMapRendererParallelJob(settings)
    done: list[bool] = []
    job.finished.connect(lambda: done.append(True))
    job.start()
    wait_until(lambda: bool(done))


def render_extent(layer: Any, extent: QgsRectangle, size: tuple[int, int] = (800, 600)) -> None:
    """Render ``layer`` at ``size`` over ``extent`` (in the layer's CRS), waiting on the GUI loop."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    job = QgsMapRendererParallelJob(settings)
    done: list[bool] = []
    job.finished.connect(lambda: done.append(True))
    job.start()
    wait_until(lambda: bool(done))


# Results ------------------------------------------------------------------------------
@dataclass
class Figures:
    """What one way of doing a scenario cost, over several runs."""

    requests: list[int] = field(default_factory=list)
    bytes: list[int] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    stall_ms: list[float] = field(default_factory=list)

    def add(self, requests: int, nbytes: int, seconds: float, stall_ms: float) -> None:
        self.requests.append(requests)
        self.bytes.append(nbytes)
        self.seconds.append(seconds)
        self.stall_ms.append(stall_ms)

    @property
    def median_s(self) -> float:
        return statistics.median(self.seconds) if self.seconds else float("nan")


@dataclass
class Scenario:
    name: str
    plugin: Figures = field(default_factory=Figures)
    baseline: Figures = field(default_factory=Figures)
    baseline_name: str = ""
    notes: list[str] = field(default_factory=list)


def _mb(n: float) -> str:
    return f"{n / 1e6:.2f} MB" if n >= 1e5 else f"{n / 1e3:.0f} kB"


def _req(values: list[int]) -> str:
    lo, hi = min(values), max(values)
    return str(lo) if lo == hi else f"{lo}-{hi}"


def table(scenarios: list[Scenario]) -> str:
    """The results as a Markdown table."""
    head = (
        "| scenario | requests | bytes | median time | longest GUI stall "
        "| baseline | requests | bytes | median time | longest GUI stall | time ratio |"
    )
    rows = [head, "|" + "---|" * 11]
    for sc in scenarios:
        p, b = sc.plugin, sc.baseline
        cells = [sc.name, _req(p.requests), _mb(statistics.median(p.bytes)), f"{p.median_s:.3f} s",
                 f"{max(p.stall_ms):.0f} ms"]
        if b.seconds:
            ratio = b.median_s / p.median_s if p.median_s > 0 else float("nan")
            cells += [sc.baseline_name, _req(b.requests), _mb(statistics.median(b.bytes)),
                      f"{b.median_s:.3f} s", f"{max(b.stall_ms):.0f} ms", f"{ratio:.1f}x"]
        else:
            cells += ["-"] * 6
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


# Servers ------------------------------------------------------------------------------
WATCHDOG = """
import json, os, signal, subprocess, sys
conf = json.loads(sys.argv[1])
if sys.stdin.readline().strip() != "done":  # EOF: the benchmark died without stopping its servers
    for pid in conf["pids"]:
        try:
            os.killpg(pid, signal.SIGTERM)
        except OSError:
            pass
    subprocess.run(conf["pg_stop"], capture_output=True, check=False)
"""


def bench_items(n: int, cog_url: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A collection and ``n`` clones of a recorded Sentinel-2 item (new ids and dates, own band file)."""
    source = next(i for i in raw_items() if i["id"] == SOURCE_ITEM)
    collection = next(c for c in raw_collections() if c["id"] == source["collection"])
    collection = localise({**copy.deepcopy(collection), "id": COLLECTION, "links": []}, cog_url)
    collection.setdefault("type", "Collection")
    source = localise(source, cog_url)
    start = datetime(2024, 4, 12, 17, 53, tzinfo=timezone.utc)
    items = []
    for i in range(n):
        item = copy.deepcopy(source)
        when = (start - timedelta(days=i, minutes=i % 60)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        item["id"] = f"BENCH_S2_T13TDE_{i:04d}"
        item["collection"] = COLLECTION
        item["links"] = []
        item["properties"].update(datetime=when, created=when, updated=when)
        item["properties"]["eo:cloud_cover"] = round((i * 37) % 1000 / 10, 2)
        item["assets"][BAND]["href"] = f"{cog_url}/big/{i:04d}.tif"
        for band in COMPOSITE_BANDS[1:]:
            item["assets"][band]["href"] = f"{cog_url}/big/{i:04d}-{band}.tif"
        item["assets"]["thumbnail"]["href"] = f"{cog_url}/thumbs/{i:04d}.jpg"
        items.append(item)
    return collection, items


def shifted_copy(source: Path, target: Path, dx: float) -> Path:
    """A copy of the COG ``source`` moved ``dx`` metres east: only the tie point of its header changes,
    so the copy keeps the COG layout (header first, overviews, 512 px blocks) byte for byte.
    Kept once made (next to ``source``)."""
    import struct

    if target.exists():
        return target
    part = target.with_name(f".{target.name}.part")
    shutil.copyfile(source, part)
    target_final, target = target, part
    with open(target, "r+b") as fh:
        head = fh.read(1 << 16)
        order = "<" if head[:2] == b"II" else ">"
        if struct.unpack(order + "H", head[2:4])[0] != 42:
            raise RuntimeError("only classic TIFF headers are patched")
        ifd = struct.unpack(order + "I", head[4:8])[0]
        count = struct.unpack(order + "H", head[ifd : ifd + 2])[0]
        for k in range(count):
            entry = head[ifd + 2 + 12 * k : ifd + 14 + 12 * k]
            tag, _type, n, offset = struct.unpack(order + "HHII", entry)
            if tag == 33922 and n == 6:  # ModelTiepointTag: (i, j, k, x, y, z)
                values = list(struct.unpack(order + "6d", head[offset : offset + 48]))
                values[3] += dx
                fh.seek(offset)
                fh.write(struct.pack(order + "6d", *values))
                break
        else:
            raise RuntimeError(f"no tie point in {source}")
    part.replace(target_final)
    return target_final


def tile_items(cog_url: str, run: int) -> list[dict[str, Any]]:
    """``N_TILES`` items side by side, each the big COG moved east by its index times 109.8 km
    (the URLs of run ``run``)."""
    from osgeo import osr

    source = localise(next(i for i in raw_items() if i["id"] == SOURCE_ITEM), cog_url)
    utm, wgs84 = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32613)
    wgs84.ImportFromEPSG(4326)
    for srs in (utm, wgs84):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_wgs84 = osr.CoordinateTransformation(utm, wgs84)
    items = []
    for k in range(N_TILES):
        x0, y1 = ORIGIN[0] + k * TILE_M, ORIGIN[1]
        x1, y0 = x0 + TILE_M, y1 - TILE_M
        ring = [list(to_wgs84.TransformPoint(x, y)[:2]) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
        item = copy.deepcopy(source)
        item["id"] = f"BENCH_TILE_{k:02d}"
        item["geometry"] = {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}
        lons, lats = [p[0] for p in ring], [p[1] for p in ring]
        item["bbox"] = [min(lons), min(lats), max(lons), max(lats)]
        item["properties"]["eo:cloud_cover"] = float(k)
        item["assets"][BAND]["href"] = f"{cog_url}/tiles/{run}/{k:02d}.tif"
        items.append(item)
    return items


def thumbnail_jpeg(path: Path, size: int = 343) -> Path:
    """A ``size`` px RGB JPEG shaped like a Sentinel-2 thumbnail (smooth scene plus speckle)."""
    import numpy as np

    rng = np.random.default_rng(3)
    y, x = np.mgrid[0:size, 0:size] / size
    mem = gdal.GetDriverByName("MEM").Create("", size, size, 3, gdal.GDT_Byte)
    for band in range(1, 4):
        scene = 110 + 60 * np.sin(7 * x * band + 5 * y) * np.cos(9 * y - 3 * x)
        speckle = rng.normal(0, 18, (size, size))
        mem.GetRasterBand(band).WriteArray(np.clip(scene + speckle, 0, 255).astype(np.uint8))
    gdal.GetDriverByName("JPEG").CreateCopy(str(path), mem, options=["QUALITY=75"])
    Path(f"{path}.aux.xml").unlink(missing_ok=True)
    return path


class Servers:
    """nginx (COGs), pgstac + stac-fastapi (the items), a delay proxy in front of each."""

    def __init__(self, delay_ms: float, n_items: int, runs: int = 5) -> None:
        self.delay_ms = delay_ms
        self.n_items = n_items
        self.runs = runs
        self.started: list[Any] = []
        self.root = Path(tempfile.mkdtemp(prefix="stac-bench-www-"))

    def start(self) -> Servers:
        big = big_cog(cache_root() / "big" / "S2_B04_10980.tif")
        self.big = big
        cogs = ensure_cogs(raster_specs())
        for child in cogs.iterdir():
            if not child.name.startswith("."):
                (self.root / child.name).symlink_to(child, target_is_directory=child.is_dir())
        (self.root / "big").mkdir()
        thumb = thumbnail_jpeg(self.root / "thumb.jpg")
        (self.root / "thumbs").mkdir()
        for i in range(self.n_items):
            (self.root / "big" / f"{i:04d}.tif").symlink_to(big)
            for band in COMPOSITE_BANDS[1:]:
                (self.root / "big" / f"{i:04d}-{band}.tif").symlink_to(big)
            (self.root / "thumbs" / f"{i:04d}.jpg").symlink_to(thumb)
        # Mosaic tiles: one copy each in the cache, a fresh URL per run (cold GDAL caches).
        tiles = [shifted_copy(big, big.with_name(f"tile-{k:02d}.tif"), k * TILE_M) for k in range(N_TILES)]
        for run in range(self.runs):
            (self.root / "tiles" / str(run)).mkdir(parents=True)
            for k, tile in enumerate(tiles):
                (self.root / "tiles" / str(run) / f"{k:02d}.tif").symlink_to(tile)
        self.nginx = self._keep(Nginx(self.root).start())
        self.cog = self._keep(DelayProxy(self.nginx.url, self.delay_ms).start())
        # A second loopback address: a URL prefix the plugin set no GDAL options for (the baseline).
        self.cog_plain = self._keep(DelayProxy(self.nginx.url, self.delay_ms, host="127.0.0.2").start())
        collection, self.items = bench_items(self.n_items, self.cog.url)
        self.cluster = self._keep(PgCluster().start())
        db = PgStacDatabase(self.cluster, "bench").create([collection], self.items, matched=True)
        self.api_server = self._keep(StacApiServer(db).launch().wait())
        self.api = self._keep(DelayProxy(self.api_server.url, self.delay_ms).start())
        self.watch()
        return self

    def watch(self) -> None:
        """Start a watchdog process that stops the servers should this process die abruptly."""
        pids = [t._proc.pid for t in self.started if getattr(t, "_proc", None) is not None]
        cluster = self.cluster
        pg_stop = [str(cluster.bin / "pg_ctl"), "-D", str(cluster.data), "-m", "fast", "-w", "stop"]
        if cluster._user:
            pg_stop = ["runuser", "-u", cluster._user, "--", *pg_stop]
        self.watchdog = subprocess.Popen(
            [sys.executable, "-c", WATCHDOG, json.dumps({"pids": pids, "pg_stop": pg_stop})],
            stdin=subprocess.PIPE, start_new_session=True,
        )

    def unwatch(self) -> None:
        """Tell the watchdog the servers are being stopped normally."""
        watchdog = getattr(self, "watchdog", None)
        if watchdog is not None and watchdog.stdin is not None:
            watchdog.stdin.write(b"done\n")
            watchdog.stdin.close()
            watchdog.wait(10)

    def _keep(self, thing: Any) -> Any:
        self.started.append(thing)
        return thing

    def stop(self) -> None:
        self.unwatch()
        for thing in reversed(self.started):
            try:
                thing.stop()
            except Exception as exc:  # keep stopping the others
                print(f"stopping {type(thing).__name__}: {exc}", file=sys.stderr)
        shutil.rmtree(self.root, ignore_errors=True)

    def big_requests(self, proxy: DelayProxy) -> list[Any]:
        return [r for r in proxy.requests() if r.target.startswith("/big/")]

    def big_bytes(self, expected: int) -> int:
        return sum(r.bytes for r in self.nginx.requests(expected) if r.path.startswith("/big/"))

    def reset(self) -> None:
        for proxy in (self.cog, self.cog_plain, self.api):
            proxy.reset_log()
        self.nginx.reset_log()


# The benchmark --------------------------------------------------------------------------
class Iface:
    """The parts of QgisInterface the dock uses."""

    def __init__(self, canvas: Any, bar: Any, window: Any) -> None:
        self._canvas, self._bar, self._window = canvas, bar, window

    def mapCanvas(self) -> Any:
        return self._canvas

    def messageBar(self) -> Any:
        return self._bar

    def mainWindow(self) -> Any:
        return self._window


class Bench:
    def __init__(self, servers: Servers, runs: int, tmp: Path) -> None:
        self.s = servers
        self.runs = runs
        self.tmp = tmp
        self.settings_mod = plugin_module("plugin.settings")
        models = plugin_module("plugin.core.models")
        self.results_mod = plugin_module("ui.results_model")
        self.items_mod = plugin_module("plugin.core.items")
        settings_cls = self.settings_mod.Settings
        settings_cls.load = classmethod(lambda cls: cls(connections=[]))  # the user's profile stays untouched
        settings_cls.save = lambda self: None
        dock_mod = plugin_module("ui.dock")
        from pytest_qgis.mock_qgis_classes import MockMessageBar
        from qgis.gui import QgsMapCanvas
        from qgis.PyQt.QtWidgets import QMainWindow

        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.window.setCentralWidget(self.canvas)
        self.canvas.setFixedSize(800, 600)
        self.window.show()
        self.iface = Iface(self.canvas, MockMessageBar(), self.window)
        self.canvas.setDestinationCrs(QgsCoordinateReferenceSystem(UTM13N))
        self.canvas.setExtent(QgsRectangle(ORIGIN[0], ORIGIN[1] - 109800, ORIGIN[0] + 109800, ORIGIN[1]))
        self.dock = dock_mod.StacDock(self.iface)
        self.dock.resize(460, 1000)  # a dock filling the height of a 1080p screen
        with StallMeter() as stall:
            t0 = time.monotonic()
            self.dock.show()  # starts importing rioxarray in the background
            warming = self.dock._warming
            wait_until(lambda: warming is None or not warming.is_alive(), 120)
        self.warm_up = (time.monotonic() - t0, stall.worst_ms)
        self.dock.thumbnails.set_enabled(True)  # whatever the profile says (not saved)
        self.dock.add_connection(models.Connection("bench", servers.api.url))
        self.dock.connect_current()
        wait_until(lambda: self.dock.client is not None, 60)
        self.dock.collections.set_checked([COLLECTION])
        self.dock.collectionsGroup.setCollapsed(True)  # as a user does once the collection is chosen
        self.gui_work = 0.0
        original = self.dock._on_page

        def timed_on_page(*args: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return original(*args)
            finally:
                self.gui_work += time.perf_counter() - t0

        self.dock._on_page = timed_on_page
        self.next_item = 0

    def fresh_items(self, count: int) -> list[str]:
        """Ids of items whose band file nobody opened yet (cold GDAL caches)."""
        ids = [self.s.items[self.next_item + k]["id"] for k in range(count)]
        self.next_item += count
        return ids

    def messages(self) -> list[str]:
        """What the dock told the user (warnings and errors)."""
        bar = self.iface.messageBar()
        return bar.get_messages(Qgis.MessageLevel.Critical) + bar.get_messages(Qgis.MessageLevel.Warning)

    def plain_uri(self, index: int) -> str:
        """The band of item ``index`` behind the proxy the plugin set no GDAL options for."""
        return f"/vsicurl/{self.s.cog_plain.url}/big/{index:04d}.tif"

    def clear_project(self) -> None:
        QgsProject.instance().clear()
        QTimer.singleShot(0, lambda: None)
        wait_until(lambda: not QgsProject.instance().mapLayers())

    # 2. Search --------------------------------------------------------------------------
    def search(self, max_items: int) -> tuple[float, float]:
        """Run a search in the dock; (seconds to the first rows, seconds to the last)."""
        self.dock.maxItemsSpin.setValue(max_items)
        t0 = time.monotonic()
        first: list[float] = []

        def on_rows(*_args: Any) -> None:
            if not first:
                first.append(time.monotonic())

        self.dock.model.rowsInserted.connect(on_rows)
        self.dock.start_search()
        wait_until(lambda: not self.dock.is_searching() and self.dock.model.rowCount() > 0)
        t_all = time.monotonic() - t0
        self.dock.model.rowsInserted.disconnect(on_rows)
        return first[0] - t0, t_all

    def scenario_search(self, n: int) -> tuple[Scenario, Scenario, Scenario]:
        full = Scenario(f"{n}-item search, all rows in the table", baseline_name="one blocking call")
        first = Scenario("… first page in the table", baseline_name="one blocking call")
        more = Scenario("next page (load more)")
        work: list[float] = []
        for _ in range(self.runs):
            # The previous run's baseline (1,000 pystac-client items parsed on this thread) leaves
            # the collector a full pass due; pay it here, untimed, not in the plugin's next search.
            gc.collect()
            self.s.reset()
            self.gui_work = 0.0
            with StallMeter() as stall:
                t_first, t_all = self.search(n)
            assert self.dock.model.rowCount() == n, self.dock.model.rowCount()
            count, nbytes = len(self.s.api.requests()), self.s.api.bytes_down
            full.plugin.add(count, nbytes, t_all, stall.worst_ms)
            first.plugin.add(1, 0, t_first, stall.worst_ms)
            work.append(self.gui_work)
            # Baseline: every page fetched in one blocking call, then the table filled at once.
            self.s.reset()
            with StallMeter() as stall:
                t0 = time.monotonic()
                items = self._blocking_search(n)
                self.dock.model.clear()
                self.dock.model.append_items(items)
                elapsed = time.monotonic() - t0
            full.baseline.add(len(self.s.api.requests()), self.s.api.bytes_down, elapsed, stall.worst_ms)
            first.baseline.add(len(self.s.api.requests()), 0, elapsed, stall.worst_ms)
            # One more page of a 50-item search.
            self.search(50)
            self.s.reset()
            with StallMeter() as stall:
                t0 = time.monotonic()
                self.dock.load_more()
                wait_until(lambda: not self.dock.is_searching() and self.dock.model.rowCount() == 100)
                more.plugin.add(len(self.s.api.requests()), self.s.api.bytes_down, time.monotonic() - t0,
                                stall.worst_ms)
        median_work = statistics.median(work) * 1000
        full.notes.append(f"GUI-thread work to show {n} items: median {median_work:.0f} ms")
        server_ms = self.server_page_ms()
        overhead = statistics.median(first.plugin.seconds) * 1000 - server_ms - self.s.delay_ms
        first.notes.append(
            f"the server alone answers the first 50-item page in {server_ms:.0f} ms (median, no delay); "
            f"first rows {overhead:.0f} ms after the answer could have arrived (one round trip + server time)"
        )
        return first, full, more

    def server_page_ms(self, repeat: int = 5) -> float:
        """Median time the STAC API takes for the dock's first page, without the delay proxy."""
        request = self.dock.build_request()
        body = {"collections": list(request.collections), "limit": request.page_size}
        if request.bbox is not None:
            body["bbox"] = list(request.bbox)
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        times = []
        for _ in range(repeat):
            req = urllib.request.Request(f"{self.s.api_server.url}/search", data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json"})
            t0 = time.monotonic()
            with opener.open(req) as resp:
                resp.read()
            times.append((time.monotonic() - t0) * 1000)
        return statistics.median(times)

    def _blocking_search(self, n: int) -> list[Any]:
        from pystac_client import Client

        client = Client.open(self.s.api.url)
        search = client.search(collections=[COLLECTION], max_items=n, limit=50, method="POST")
        features = search.item_collection_as_dict()["features"]
        return [self.items_mod.summarize(f) for f in features]

    # 3. Thumbnails ---------------------------------------------------------------------------
    def visible_thumbnails(self) -> list[str]:
        thumbs = plugin_module("ui.thumbnails")
        hrefs = [thumbs.thumbnail_href(self.dock.model.item(r)) for r in self.dock.thumbnails.visible_rows()]
        return [h for h in hrefs if h]

    def scenario_thumbnails(self, page: int = 50) -> Scenario:
        sc = Scenario(f"thumbnails of the rows in view ({page}-item page)",
                      baseline_name="serial, GUI thread, every row")
        from qgis.core import QgsBlockingNetworkRequest
        from qgis.PyQt.QtCore import QUrl
        from qgis.PyQt.QtGui import QPixmap
        from qgis.PyQt.QtNetwork import QNetworkRequest

        thumbs = plugin_module("ui.thumbnails")
        loader = self.dock.thumbnails.loader
        # Every run fetches from the network (not QGIS's HTTP disk cache), as on a first search.
        loader.cache_load_control = QNetworkRequest.CacheLoadControl.AlwaysNetwork
        shown: list[int] = []
        for _ in range(self.runs):
            loader.clear_cache()
            self.s.reset()
            with StallMeter() as stall:
                t_first, _t_all = self.search(page)
                t0 = time.monotonic() - _t_all + t_first  # when the first rows were in the table
                visible = self.visible_thumbnails()
                if not visible:
                    raise RuntimeError("no thumbnail in view: are thumbnails switched off in the dock?")
                try:
                    wait_until(lambda v=visible: all(loader.image(h) is not None for h in v), 60)
                except TimeoutError:
                    failed = {h: loader.error(h) for h in visible if loader.error(h)}
                    raise RuntimeError(f"thumbnails not shown: failed {failed}, queued {loader.queued()}, "
                                       f"in flight {loader.in_flight()}") from None
                elapsed = time.monotonic() - t0
            fetched = [r for r in self.s.cog.requests() if "/thumbs/" in r.target]
            sc.plugin.add(len(fetched), self.s.cog.bytes_down, elapsed, stall.worst_ms)
            shown.append(len(visible))
            # Baseline: every result's thumbnail fetched and decoded on the GUI thread, one by one.
            items = [self.dock.model.item(r) for r in range(self.dock.model.rowCount())]
            hrefs = [thumbs.thumbnail_href(i).replace(self.s.cog.url, self.s.cog_plain.url) for i in items]
            self.s.reset()
            pixmaps = []
            with StallMeter() as stall:
                t0 = time.monotonic()
                for href in hrefs:
                    blocking = QgsBlockingNetworkRequest()
                    blocking.get(QNetworkRequest(QUrl(href)), True)  # forceRefresh: from the network
                    pixmap = QPixmap()
                    pixmap.loadFromData(blocking.reply().content())
                    pixmaps.append(pixmap)
                elapsed = time.monotonic() - t0
            assert all(not p.isNull() for p in pixmaps)
            plain = self.s.cog_plain
            sc.baseline.add(len(plain.requests()), plain.bytes_down, elapsed, stall.worst_ms)
        sc.notes.append(f"{statistics.median(shown):.0f} rows in view; time from the first rows in the "
                        "table to every visible thumbnail shown")
        return sc

    # 1. and 6. Layers ---------------------------------------------------------------------
    def add_layers(self, ids: list[str]) -> list[Any]:
        """Select ``ids`` in the dock, check the band and press "Add to map"; the layers once added."""
        project = QgsProject.instance()

        def rasters() -> list[Any]:  # not the footprints layer
            return [lyr for lyr in project.mapLayers().values() if isinstance(lyr, QgsRasterLayer)]

        self.dock.select_items(ids)
        self.dock.details.set_checked([BAND])
        if self.dock.add_selected_to_map() is None:
            raise RuntimeError(f"Add to map did not start: {self.messages()}")
        try:
            wait_until(lambda: len(rasters()) >= len(ids) and not self.dock.asset_actions.open_task)
        except TimeoutError:
            raise RuntimeError(f"layers not added: {self.messages()}") from None
        return rasters()

    def scenario_layer(self) -> Scenario:
        sc = Scenario("COG band as a layer, first 800x600 render", baseline_name="GDAL defaults")
        if self.dock.model.rowCount() < len(self.s.items):
            self.search(len(self.s.items))
        for _ in range(self.runs):
            (item_id,) = self.fresh_items(1)
            self.clear_project()
            self.s.reset()
            with StallMeter() as stall:
                t0 = time.monotonic()
                layers = self.add_layers([item_id])
                render(layers)
                elapsed = time.monotonic() - t0
            n = len(self.s.big_requests(self.s.cog))
            sc.plugin.add(n, self.s.big_bytes(n), elapsed, stall.worst_ms)
            # Baseline: the layer made on the GUI thread with GDAL's defaults.
            self.clear_project()
            self.s.reset()
            index = int(item_id.rsplit("_", 1)[1])
            with StallMeter() as stall:
                t0 = time.monotonic()
                layer = QgsRasterLayer(self.plain_uri(index), "plain", "gdal")
                assert layer.isValid()
                render([layer])
                elapsed = time.monotonic() - t0
            n = len(self.s.cog_plain.requests())
            nbytes = sum(r.bytes for r in self.s.nginx.requests(n))
            sc.baseline.add(n, nbytes, elapsed, stall.worst_ms)
            del layer
        return sc

    def scenario_many_layers(self, count: int = 10) -> Scenario:
        sc = Scenario(f"same band of {count} items as layers", baseline_name="serial, GUI thread, defaults")
        spreads: list[float] = []
        for _ in range(self.runs):
            ids = self.fresh_items(count)
            self.clear_project()
            self.s.reset()
            with StallMeter() as stall:
                t0 = time.monotonic()
                layers = self.add_layers(ids)
                elapsed = time.monotonic() - t0
            assert len(layers) == count
            n = len(self.s.big_requests(self.s.cog))
            sc.plugin.add(n, self.s.big_bytes(n), elapsed, stall.worst_ms)
            log = self.s.cog.requests()
            starts = sorted(min(r.arrived for r in log if r.target.endswith(f"{i[-4:]}.tif")) for i in ids)
            spreads.append(starts[-1] - starts[0])
            self.clear_project()
            self.s.reset()
            keep = []
            with StallMeter() as stall:
                t0 = time.monotonic()
                for item_id in ids:
                    index = int(item_id.rsplit("_", 1)[1])
                    keep.append(QgsRasterLayer(self.plain_uri(index), "plain", "gdal"))
                elapsed = time.monotonic() - t0
            assert all(layer.isValid() for layer in keep)
            n = len(self.s.cog_plain.requests())
            sc.baseline.add(n, sum(r.bytes for r in self.s.nginx.requests(n)), elapsed, stall.worst_ms)
            del keep
        sc.notes.append(f"the first requests of the {count} opens arrive within "
                        f"{statistics.median(spreads) * 1000:.0f} ms of each other (median)")
        return sc

    # 7. and 8. Composite and mosaic -----------------------------------------------------------
    def build_picture(self, items: list[dict[str, Any]], bands: str, **options: Any) -> Any:
        """Build a composite or mosaic as the dock does (PictureTask) and add it; the layer."""
        tasks_mod = plugin_module("plugin.picture_tasks")
        layers_mod = plugin_module("plugin.layers")
        rect = self.canvas.extent()
        view = ((rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()), UTM13N, 800, 600)
        task = tasks_mod.PictureTask(items, bands, view=view, **options)
        outcome: list[Any] = []
        task.done.connect(lambda layer, picture: outcome.append((layer, picture)))
        task.failed.connect(lambda message, _detail: outcome.append((None, message)))
        self._picture_task = task
        QgsApplication.taskManager().addTask(task)
        wait_until(lambda: bool(outcome))
        layer, picture = outcome[0]
        if layer is None:
            raise RuntimeError(f"the picture task failed: {picture}")
        layers_mod.add_picture_layer(layer, picture, QgsProject.instance())
        return layer

    def scenario_composite(self, one_band: Scenario) -> Scenario:
        sc = Scenario("true-colour composite (3 COGs), first 800x600 render",
                      baseline_name="BuildVRT on the GUI thread, defaults")
        self.canvas.setExtent(QgsRectangle(ORIGIN[0], ORIGIN[1] - TILE_M, ORIGIN[0] + TILE_M, ORIGIN[1]))
        for _ in range(self.runs):
            (item_id,) = self.fresh_items(1)
            item = next(i for i in self.s.items if i["id"] == item_id)
            self.clear_project()
            self.s.reset()
            with StallMeter() as stall:
                t0 = time.monotonic()
                layer = self.build_picture([item], "truecolor")
                render([layer])
                elapsed = time.monotonic() - t0
            assert layer.bandCount() == 3
            n = len(self.s.big_requests(self.s.cog))
            sc.plugin.add(n, self.s.big_bytes(n), elapsed, stall.worst_ms)
            del layer
            self.clear_project()
            self.s.reset()
            index = int(item_id.rsplit("_", 1)[1])
            plain = f"/vsicurl/{self.s.cog_plain.url}/big/{index:04d}"
            uris = [f"{plain}.tif", *(f"{plain}-{band}.tif" for band in COMPOSITE_BANDS[1:])]
            with StallMeter() as stall:
                t0 = time.monotonic()
                vrt = str(self.tmp / f"composite-{index}.vrt")
                gdal.BuildVRT(vrt, uris, separate=True).FlushCache()
                layer = QgsRasterLayer(vrt, "naive", "gdal")
                assert layer.isValid()
                render([layer])
                elapsed = time.monotonic() - t0
            n = len(self.s.cog_plain.requests())
            sc.baseline.add(n, sum(r.bytes for r in self.s.nginx.requests(n)), elapsed, stall.worst_ms)
            del layer
        ratio = sc.plugin.median_s / one_band.plugin.median_s
        sc.notes.append(f"{ratio:.2f}x the time of one band (goal: at most 1.3x)")
        return sc

    def scenario_mosaic(self, one_band: Scenario) -> Scenario:
        sc = Scenario(f"mosaic of {N_TILES} items, view touching 3, first 800x600 render",
                      baseline_name="BuildVRT of all items, GUI thread, defaults")
        # A view over the last quarter of tile 3, tile 4 and the first quarter of tile 5.
        x0 = ORIGIN[0] + 3.75 * TILE_M
        view = (x0, ORIGIN[1] - 0.95 * TILE_M, x0 + 1.5 * TILE_M, ORIGIN[1] - 0.05 * TILE_M)
        self.canvas.setExtent(QgsRectangle(*view))
        touched: list[int] = []
        for run in range(self.runs):
            items = tile_items(self.s.cog.url, run)
            self.clear_project()
            self.s.reset()
            with StallMeter() as stall:
                t0 = time.monotonic()
                layer = self.build_picture(items, BAND, mosaic=True, extent=view, extent_crs=UTM13N)
                render([layer])
                elapsed = time.monotonic() - t0
            log = [r for r in self.s.cog.requests() if r.target.startswith("/tiles/")]
            touched.append(len({r.target for r in log}))
            nbytes = sum(r.bytes for r in self.s.nginx.requests(len(log)))
            sc.plugin.add(len(log), nbytes, elapsed, stall.worst_ms)
            del layer
            self.clear_project()
            self.s.reset()
            uris = [f"/vsicurl/{self.s.cog_plain.url}/tiles/{run}/{k:02d}.tif" for k in range(N_TILES)]
            with StallMeter() as stall:
                t0 = time.monotonic()
                vrt = str(self.tmp / f"mosaic-{run}.vrt")
                gdal.BuildVRT(vrt, uris).FlushCache()
                layer = QgsRasterLayer(vrt, "naive", "gdal")
                assert layer.isValid()
                settings_extent = QgsRectangle(*view)
                render_extent(layer, settings_extent)
                elapsed = time.monotonic() - t0
            n = len(self.s.cog_plain.requests())
            sc.baseline.add(n, sum(r.bytes for r in self.s.nginx.requests(n)), elapsed, stall.worst_ms)
            del layer
        ratio = sc.plugin.median_s / one_band.plugin.median_s
        sc.notes.append(f"{ratio:.2f}x the time of one band (goal: at most 2x); files read: "
                        f"{_req(touched)} of {N_TILES}")
        return sc

    # 5. Clipped save ------------------------------------------------------------------------
    def _save_view(self) -> tuple[QgsRectangle, tuple[int, int, int, int]]:
        """Zoom to an 8 x 6 km view not aligned on blocks; (the canvas extent, its (col, row, cols,
        rows) in the big band's pixels): the canvas keeps its own aspect ratio."""
        col, row, cols, rows = 4100, 5300, 800, 600
        wanted = QgsRectangle(ORIGIN[0] + col * 10, ORIGIN[1] - (row + rows) * 10,
                              ORIGIN[0] + (col + cols) * 10, ORIGIN[1] - row * 10)
        self.canvas.setExtent(wanted)
        self.canvas.refresh()
        extent = self.canvas.extent()
        col, row = int((extent.xMinimum() - ORIGIN[0]) // 10), int((ORIGIN[1] - extent.yMaximum()) // 10)
        cols = int(-(-(extent.xMaximum() - ORIGIN[0]) // 10)) - col
        rows = int(-(-(ORIGIN[1] - extent.yMinimum()) // 10)) - row
        return extent, (col, row, cols, rows)

    def _save_baseline(self, item_id: str, extent: QgsRectangle, folder: Path) -> tuple[float, float]:
        """The baseline of a clipped save: download the whole band, then clip it locally (off the GUI
        thread); (seconds, worst GUI stall in ms)."""
        self.s.reset()
        index = int(item_id.rsplit("_", 1)[1])
        whole = folder / "whole.tif"
        with StallMeter() as stall:
            t0 = time.monotonic()
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            with opener.open(self.plain_uri(index)[len("/vsicurl/"):]) as resp, open(whole, "wb") as fh:
                shutil.copyfileobj(resp, fh, 1 << 20)
            box = [extent.xMinimum(), extent.yMaximum(), extent.xMaximum(), extent.yMinimum()]
            gdal.Translate(str(folder / "baseline.tif"), str(whole), projWin=box,
                           creationOptions=["TILED=YES", "COMPRESS=DEFLATE"])
            elapsed = time.monotonic() - t0
        whole.unlink()
        return elapsed, stall.worst_ms

    def scenario_save(self) -> Scenario:
        sc = Scenario("save band clipped to an 8 x 6 km view", baseline_name="full download, clip locally")
        extent, (col, row, cols, rows) = self._save_view()
        needed = covering_block_bytes(self.s.big, (col, row, cols, rows))
        band_size = self.s.big.stat().st_size
        ratios = []
        sc.notes.append(f"view: {cols} x {rows} px ({cols / 100:.1f} x {rows / 100:.1f} km)")
        for run in range(self.runs):
            (item_id,) = self.fresh_items(1)
            self.dock.select_items([item_id])
            self.dock.details.set_checked([BAND])
            folder = self.tmp / f"save-{run}"
            folder.mkdir()
            progress: list[float] = []
            self.s.reset()
            with StallMeter() as stall:
                t0 = time.monotonic()
                task = self.dock.save_selected(str(folder), clip=True, overwrite=True)
                task.progressChanged.connect(progress.append)
                wait_until(lambda: self.dock.asset_actions.save_task is None)
                elapsed = time.monotonic() - t0
            saved = list(folder.glob("*.tif"))
            assert len(saved) == 1, list(folder.iterdir())
            out = gdal.Open(str(saved[0]))
            assert abs(out.RasterXSize - cols) <= 1 and abs(out.RasterYSize - rows) <= 1
            out = None
            n = len(self.s.big_requests(self.s.cog))
            nbytes = self.s.big_bytes(n)
            ratios.append(nbytes / needed)
            sc.plugin.add(n, nbytes, elapsed, stall.worst_ms)
            if run == 0:
                sc.notes.append(f"progress updates per save: {len(progress)}")
            elapsed, worst_ms = self._save_baseline(item_id, extent, folder)
            n = len(self.s.cog_plain.requests())
            sc.baseline.add(n, sum(r.bytes for r in self.s.nginx.requests(n)), elapsed, worst_ms)
        sc.notes.append(
            f"blocks covering the view: {_mb(needed)} of a {_mb(band_size)} band; "
            f"moved {statistics.median(ratios):.2f}x that"
        )
        return sc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay-ms", type=float, default=50.0, help="delay added to every request")
    parser.add_argument("--runs", type=int, default=5, help="runs per scenario (median reported)")
    parser.add_argument("--items", type=int, default=1000, help="items in the search")
    parser.add_argument(
        "--only", choices=("all", "picture"), default="all",
        help="picture: only one band, the composite and the mosaic (their reference)",
    )
    args = parser.parse_args()
    n_files = args.items + args.runs * 12 + 10
    app = QgsApplication([], True)
    app.initQgis()
    tmp = Path(tempfile.mkdtemp(prefix="stac-bench-"))
    servers = Servers(args.delay_ms, max(args.items, n_files), args.runs)
    t0 = time.monotonic()
    print(f"starting servers (delay {args.delay_ms:.0f} ms per request)…", file=sys.stderr)
    try:
        servers.start()
        print(f"servers up in {time.monotonic() - t0:.1f} s; running {args.runs} runs per scenario…",
              file=sys.stderr)
        bench = Bench(servers, args.runs, tmp)
        if args.only == "picture":
            layer = bench.scenario_layer()
            scenarios = [layer, bench.scenario_composite(layer), bench.scenario_mosaic(layer)]
        else:
            first, full, more = bench.scenario_search(args.items)
            thumbnails = bench.scenario_thumbnails()
            layer = bench.scenario_layer()
            many = bench.scenario_many_layers(10)
            save = bench.scenario_save()
            composite = bench.scenario_composite(layer)
            mosaic = bench.scenario_mosaic(layer)
            scenarios = [layer, first, full, more, thumbnails, many, save, composite, mosaic]
        bench.dock.unload()
        wait_until(lambda: not bench.dock._tasks, 60)
        print(f"\nDelay {args.delay_ms:.0f} ms per request, {args.runs} runs, medians; "
              f"{BIG_SIZE} px uint16 COG, 512 px blocks. Machine: {os.cpu_count()} cores, "
              f"{platform.platform()}, QGIS {Qgis.version()}, GDAL {gdal.__version__}.\n")
        print(table(scenarios))
        print()
        for sc in scenarios:
            for note in dict.fromkeys(sc.notes):
                print(f"- {sc.name}: {note}")
        seconds, stall_ms = bench.warm_up
        print(f"- opening the dock: rioxarray imported in the background in {seconds:.2f} s, "
              f"longest GUI stall meanwhile {stall_ms:.0f} ms (once per session)")
        print(json.dumps({sc.name: {"plugin": sc.plugin.__dict__, "baseline": sc.baseline.__dict__}
                          for sc in scenarios}), file=sys.stderr)
    finally:
        servers.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # skip Qt/QGIS object teardown at interpreter exit (it can crash offscreen)
