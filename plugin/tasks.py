"""Background work as ``QgsTask``s: no widgets in ``run()``, results by signal.

Every task can be cancelled. A STAC API request in flight is aborted within a fraction of a
second (see ``QgisStacApiIO.cancel_with``); other work stops before its next block (a GDAL read
in flight ends at its answer or at the timeout). ``run()`` keeps any exception;
``finished()`` (main thread) emits ``failed(message, detail)`` for errors, ``cancelled()`` when
the task stopped because it was cancelled, or the task's own success signal. A task the user
cancelled while it ran ends as complete, not terminated, so QGIS does not report it as a failed
task; only errors make a task terminate. Signals emitted
from ``run()`` (``page_ready``, ``saved``) reach receivers living in the main thread through
queued connections, so they arrive while the task is still running.

Keep a Python reference to a task until it has finished: ``QgsApplication.taskManager()`` does not.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsTask
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QRunnable, QThreadPool, pyqtSignal

from .auth import prepare, redact
from .core.config import RANGES
from .core.errors import Cancelled, StacPluginError
from .core.models import Connection, SaveRequest, SearchPage, SearchRequest
from .core.stac_api import io_of
from .i18n import tr
from .layers import LayerEntry
from .log import log
from .net import QgisStacApiIO
from .settings import load_defaults

MAX_OPEN_THREADS = RANGES["parallel_opens"][1]
"""Threads the pool may keep; how many work at once is the user's ``parallel_opens``."""


class _Drain(QRunnable):
    """Runs ``function`` on the (argument, future) pairs of ``waiting`` in a pool thread until none
    is left, putting each outcome in its future; several drains share one ``waiting``."""

    def __init__(
        self, function: Callable[[Any], Any], waiting: Iterator[tuple[Any, Future]], lock: Any
    ) -> None:
        super().__init__()
        self._work = (function, waiting, lock)

    def run(self) -> None:
        function, waiting, lock = self._work
        while True:
            with lock:
                argument, future = next(waiting, (None, None))
            if future is None:
                return
            try:
                future.set_result(function(argument))
            except BaseException as exc:  # handed to the waiting thread
                future.set_exception(exc)


class OpenPool:
    """A private ``QThreadPool`` whose threads stay until :meth:`shutdown` (see :func:`map_in_qthreads`).

    The plugin object makes one when it loads and shuts it down when it unloads; code running
    without the plugin object (scripts, tests) gets one from :func:`open_pool`.
    """

    def __init__(self, max_threads: int = MAX_OPEN_THREADS) -> None:
        self._pool: QThreadPool | None = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._pool.setExpiryTimeout(-1)  # idle threads cost nothing; ending one costs its layers' CRS

    def map(
        self, function: Callable[[Any], Any], arguments: list[Any], limit: int | None = None
    ) -> Iterator[Any]:
        """``function`` of each argument, ``limit`` at a time (default: the user's parallel opens,
        read now), in the pool's threads; results in order.

        The pool's size never shrinks (that would end threads): ``limit`` drains share the work.
        """
        if self._pool is None:
            raise RuntimeError("The STAC plugin's thread pool was shut down")
        limit = max(1, min(limit or load_defaults().parallel_opens, MAX_OPEN_THREADS))
        futures: list[Future] = [Future() for _ in arguments]
        waiting = iter(list(zip(arguments, futures)))
        lock = threading.Lock()
        for _ in range(min(limit, len(futures))):
            self._pool.start(_Drain(function, waiting, lock))
        return (future.result() for future in futures)

    @property
    def closed(self) -> bool:
        """Whether :meth:`shutdown` has ended the pool's threads."""
        return self._pool is None

    def shutdown(self) -> None:
        """Wait for the work started, then end the threads (deleting a ``QThreadPool`` joins them)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.waitForDone()
            sip.delete(pool)


_pool: OpenPool | None = None


def use_pool(pool: OpenPool | None) -> None:
    """Make ``pool`` the one :func:`map_in_qthreads` uses (the plugin's own; None when it unloads)."""
    global _pool  # noqa: PLW0603 - the one slot the plugin object fills and empties
    _pool = pool


def current_pool() -> OpenPool | None:
    """The pool set by :func:`use_pool`, if any."""
    return _pool


def open_pool() -> OpenPool:
    """The pool :func:`map_in_qthreads` uses: the plugin's, or one made now without a plugin object.

    Scripts and tests run without the plugin object; the pool made for them is kept for the rest
    of the session (its threads end when Python does) and said once in the log, so a pool the
    plugin did not make never goes unnoticed.
    """
    if _pool is None:
        use_pool(OpenPool())
        log(
            tr("No STAC plugin object holds a thread pool: one was made for this session"),
            Qgis.MessageLevel.Info,
        )
    assert _pool is not None
    return _pool


def map_in_qthreads(
    function: Callable[[Any], Any], arguments: list[Any], limit: int | None = None
) -> Iterator[Any]:
    """``function`` of each argument, ``limit`` at a time (default: the user's parallel opens, read
    now); results in order.

    A layer's CRS is built in the PROJ context of the thread that made the layer, and QGIS caches
    it: once that thread ends, every later transform of that CRS fails and the layer no longer
    draws in a reprojected map. So the threads are those of a pool that keeps them until the plugin
    unloads (idle, they cost nothing), never short-lived Python threads, and the layers made there
    get a CRS of the main thread (:func:`adopt_crs`) before they are handed over.
    """
    return open_pool().map(function, arguments, limit)


def adopt_crs(*layers: Any) -> None:
    """Give ``layers`` (made in worker threads) equal CRSs built in this, the main, thread.

    QGIS keeps a CRS's PROJ object in the context of the thread that built it and cannot use it
    once that thread has ended (QGIS >= 3.28 drops it; older ones keep a dangling context): a layer
    keeping a worker's CRS stops drawing in a reprojected map when the plugin's pool shuts down.
    QGIS's CRS caches would hand the worker's CRS back, so they are emptied first (QGIS rebuilds
    them as CRSs are asked for). Call it on the main thread while the workers still live.
    """
    valid = [layer for layer in layers if layer is not None and layer.crs().isValid()]
    if not valid:
        return
    preferred = getattr(Qgis, "CrsWktVariant", None)  # QGIS >= 3.36
    variant = preferred.Preferred if preferred is not None else QgsCoordinateReferenceSystem.WKT_PREFERRED
    definitions = [layer.crs().toWkt(variant) for layer in valid]
    QgsCoordinateReferenceSystem.invalidateCache()
    for layer, wkt in zip(valid, definitions):
        own = QgsCoordinateReferenceSystem.fromWkt(wkt) if wkt else QgsCoordinateReferenceSystem()
        if own.isValid():
            layer.setCrs(own, False)


def open_failure(uri: str, exc: BaseException) -> str:
    """Why ``uri`` could not be opened, for an unexpected ``exc``; its traceback goes to the log."""
    detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log(f"Opening {uri} failed unexpectedly:\n{detail}", Qgis.MessageLevel.Warning)
    return redact(str(exc)) or type(exc).__name__


def describe_error(exc: BaseException) -> tuple[str, str]:
    """(one line for the user, detail for the log) of ``exc``."""
    if isinstance(exc, StacPluginError):
        return str(exc), exc.detail
    detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return tr("Unexpected error: {error}").format(error=exc), detail


class StacTask(QgsTask):
    """Common ground of the plugin's tasks: cancel, exception keeping, ``failed``/``cancelled``."""

    failed = pyqtSignal(str, str)
    """(message, detail) on the main thread when ``run()`` raised."""
    cancelled = pyqtSignal()
    """On the main thread when the task ended because it was cancelled."""

    def __init__(self, description: str) -> None:
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.exception: BaseException | None = None
        self.timeout_s = load_defaults().timeout_s
        """The user's timeout for the GDAL reads of ``run()``, read when the task is made."""
        self.stopped = False
        """Whether ``run()`` ended early because the task was cancelled."""

    def run(self) -> bool:
        try:
            self.work()
        except Cancelled:
            self.stopped = True  # a cancel is not a failure: finished() reports it as cancelled
            return True
        except Exception as exc:  # a task's last resort: finished() logs it with its traceback
            if self.isCanceled():
                self.stopped = True
                return True
            self.exception = exc
            return False
        return True

    def work(self) -> None:
        """The task's body (worker thread); raise to fail, raise ``Cancelled`` when it stops early."""
        raise NotImplementedError

    def finished(self, result: bool) -> None:
        if result and not self.stopped:
            self.succeeded()
        elif self.exception is not None:
            message, detail = describe_error(self.exception)
            log(f"{self.description()}: {message}\n{detail}".rstrip(), Qgis.MessageLevel.Warning)
            self.failed.emit(message, detail)
        else:
            self.cancelled.emit()

    def succeeded(self) -> None:
        """Emit the success signal (main thread)."""

    @contextmanager
    def _cancel_requests_of(self, client: Any) -> Iterator[None]:
        """Once cancelled, abort this thread's request in flight through ``client`` and send no other."""
        stac_io = io_of(client)
        if isinstance(stac_io, QgisStacApiIO):
            with stac_io.cancel_with(self.isCanceled):
                yield
        else:
            yield


class OpenConnectionTask(StacTask):
    """Open a connection's landing page and list its collections."""

    opened = pyqtSignal(object, list)
    """(pystac_client.Client, [(collection id, title), ...])"""

    def __init__(self, connection: Connection, timeout_s: float | None = None) -> None:
        super().__init__(tr("Open STAC API {name}").format(name=connection.name))
        if timeout_s is None:
            from .settings import Settings

            timeout_s = Settings.load().timeout_s
        self.connection = connection
        self.stac_io = QgisStacApiIO.for_connection(connection, timeout_s=timeout_s)
        self.client: Any = None
        self.collections: list[tuple[str, str]] = []

    def work(self) -> None:
        from .core.static_catalog import collections_of, open_catalog

        with self.stac_io.cancel_with(self.isCanceled):
            self.client = open_catalog(self.connection.url, self.stac_io)  # an API or a static catalog
            self.setProgress(50)
            if self.isCanceled():
                raise Cancelled()
            self.collections = collections_of(self.client, map_in_qthreads, self.isCanceled)

    def succeeded(self) -> None:
        self.opened.emit(self.client, self.collections)


class SearchTask(StacTask):
    """Run a search; each page is emitted as soon as it arrives."""

    page_ready = pyqtSignal(object)
    """A ``SearchPage``, emitted from the worker thread (queued to main-thread receivers)."""
    done = pyqtSignal(object)
    """The ``ItemStream`` (for ``matched``, ``has_more`` and "load more")."""

    def __init__(self, request: SearchRequest, client: Any) -> None:
        super().__init__(tr("STAC search"))
        self.request = request
        self.client = client
        self.stream: Any = None
        self.pages: list[SearchPage] = []
        self.read_ahead = load_defaults().parallel_opens
        """Item links of a static catalog read at once: the user's parallel opens."""

    def work(self) -> None:
        from .core.static_catalog import item_stream

        with self._cancel_requests_of(self.client):
            # a static catalog is walked, its item links read in the plugin's threads
            self.stream = item_stream(
                self.request,
                self.client,
                fetch_many=map_in_qthreads,
                read_ahead=self.read_ahead,
            )
            limit = max(self.request.max_items, 1)
            for page in self.stream.pages(self.isCanceled):
                self.pages.append(page)
                self.page_ready.emit(page)
                self.setProgress(self._progress(limit))
            if self.isCanceled():
                raise Cancelled()

    def _progress(self, limit: int) -> float:
        """The share of items found, or of a static catalog walked when that is further."""
        found = min(100.0, 100.0 * self.stream.kept / limit)
        walked = getattr(self.stream, "progress", None)
        return max(found, walked()) if callable(walked) else found

    def succeeded(self) -> None:
        self.done.emit(self.stream)


class NextPageTask(StacTask):
    """Fetch one more page of a search ("load more")."""

    page_ready = pyqtSignal(object)
    done = pyqtSignal(object)

    def __init__(self, stream: Any) -> None:
        super().__init__(tr("STAC search: next page"))
        self.stream = stream
        self.page: SearchPage | None = None

    def work(self) -> None:
        with self._cancel_requests_of(self.stream.client):
            self.page = self.stream.next_page()
        if self.isCanceled():
            raise Cancelled()
        if self.page is not None:
            self.page_ready.emit(self.page)

    def succeeded(self) -> None:
        self.done.emit(self.stream)


class SaveTask(StacTask):
    """Save assets to disk one after the other; a cancelled save leaves no file behind."""

    saved = pyqtSignal(str)
    """The path of each file once written (emitted from the worker thread)."""
    done = pyqtSignal(list)
    """Every path written."""

    def __init__(self, requests: list[SaveRequest]) -> None:
        super().__init__(tr("Save {n} STAC asset(s)").format(n=len(requests)))
        self.requests = list(requests)
        self.paths: list[str] = []

    def work(self) -> None:
        from .core.save import save_asset

        total = max(len(self.requests), 1)
        for index, request in enumerate(self.requests):
            if self.isCanceled():
                raise Cancelled()

            def progress(percent: float, index: int = index) -> None:
                self.setProgress(100.0 * (index + max(0.0, min(percent, 100.0)) / 100.0) / total)

            signed = replace(request, uri=prepare(request.uri))
            path = save_asset(signed, progress, self.isCanceled, timeout_s=self.timeout_s)
            self.paths.append(path)
            self.saved.emit(path)
        self.setProgress(100)

    def succeeded(self) -> None:
        self.done.emit(self.paths)


class OpenRasterTask(StacTask):
    """Make raster layers of GDAL URIs in parallel worker threads, ready to be added on the main thread.

    Opening a remote COG costs several round trips (header, statistics sample); all of them happen
    here, so adding the layers to the project sends no request from the main thread.
    """

    done = pyqtSignal(list, list)
    """([(entry, QgsRasterLayer), ...] in the order asked for, [(uri, error message), ...])"""

    def __init__(self, entries: list[LayerEntry]) -> None:
        super().__init__(tr("Open {n} STAC raster(s)").format(n=len(entries)))
        self.entries = list(entries)
        self.layers: list[tuple[LayerEntry, Any]] = []
        self.errors: list[tuple[str, str]] = []

    @property
    def ok(self) -> list[str]:
        """The URIs that became valid layers."""
        return [entry[2] for entry, _layer in self.layers]

    def _open(self, entry: LayerEntry) -> Any:
        """The layer of ``entry``, or the reason it cannot be made (a string)."""
        if self.isCanceled():
            return "cancelled"
        from .core.assets import http_timeouts
        from .layers import failure_reason, make_raster_layer

        try:
            with http_timeouts(self.timeout_s):  # GDAL reads in this pool thread end at the user's timeout
                return make_raster_layer(entry)
        except StacPluginError as exc:
            return failure_reason(exc)
        except Exception as exc:  # a worker's last resort: one layer's bug must not fail the others
            return open_failure(entry[2], exc)

    def work(self) -> None:
        if not self.entries:
            return
        outcomes = map_in_qthreads(self._open, self.entries)
        for finished, (entry, outcome) in enumerate(zip(self.entries, outcomes), start=1):
            self.setProgress(100.0 * finished / len(self.entries))
            if isinstance(outcome, str):
                self.errors.append((entry[2], outcome))
            else:
                self.layers.append((entry, outcome))
        if self.isCanceled():
            raise Cancelled()

    def succeeded(self) -> None:
        adopt_crs(*(layer for _entry, layer in self.layers))
        self.done.emit(self.layers, self.errors)
