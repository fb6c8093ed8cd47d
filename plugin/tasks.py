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

import functools
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from qgis.core import Qgis, QgsTask
from qgis.PyQt.QtCore import QRunnable, QThreadPool, pyqtSignal

from .auth import prepare, redact
from .core.errors import Cancelled, StacPluginError
from .core.models import Connection, SaveRequest, SearchPage, SearchRequest
from .core.stac_api import io_of
from .layers import LayerEntry
from .log import log
from .net import QgisStacApiIO

MAX_OPEN_THREADS = 8

@functools.cache
def _open_pool() -> QThreadPool:
    """The plugin's own pool of Qt threads; they live as long as QGIS (see :func:`map_in_qthreads`)."""
    pool = QThreadPool()
    pool.setMaxThreadCount(MAX_OPEN_THREADS)
    pool.setExpiryTimeout(-1)
    return pool


class _Call(QRunnable):
    """Runs ``function(argument)`` in a pool thread and puts the outcome in ``future``."""

    def __init__(self, function: Callable[[Any], Any], argument: Any, future: Future) -> None:
        super().__init__()
        self._call = (function, argument, future)

    def run(self) -> None:
        function, argument, future = self._call
        try:
            future.set_result(function(argument))
        except BaseException as exc:  # handed to the waiting thread
            future.set_exception(exc)


def map_in_qthreads(function: Callable[[Any], Any], arguments: list[Any]) -> Iterator[Any]:
    """``function`` of each argument, computed up to :data:`MAX_OPEN_THREADS` at a time; results in order.

    A layer's CRS is built in the PROJ context of the thread that made the layer, and QGIS caches
    it: once that thread ends, every later transform of that CRS fails and the layer no longer
    draws in a reprojected map. So the threads are those of a private ``QThreadPool`` that keeps
    them for the whole session (idle, they cost nothing), never short-lived Python threads.
    """
    pool = _open_pool()
    futures: list[Future] = []
    for argument in arguments:
        future: Future = Future()
        futures.append(future)
        pool.start(_Call(function, argument, future))
    return (future.result() for future in futures)


def describe_error(exc: BaseException) -> tuple[str, str]:
    """(one line for the user, detail for the log) of ``exc``."""
    if isinstance(exc, StacPluginError):
        return str(exc), exc.detail
    detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return f"Unexpected error: {exc}", detail


class StacTask(QgsTask):
    """Common ground of the plugin's tasks: cancel, exception keeping, ``failed``/``cancelled``."""

    failed = pyqtSignal(str, str)
    """(message, detail) on the main thread when ``run()`` raised."""
    cancelled = pyqtSignal()
    """On the main thread when the task ended because it was cancelled."""

    def __init__(self, description: str) -> None:
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.exception: BaseException | None = None
        self.stopped = False
        """Whether ``run()`` ended early because the task was cancelled."""

    def run(self) -> bool:
        try:
            self.work()
        except Cancelled:
            self.stopped = True  # a cancel is not a failure: finished() reports it as cancelled
            return True
        except Exception as exc:  # kept and reported by finished()
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
        super().__init__(f"Open STAC API {connection.name}")
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
        super().__init__("STAC search")
        self.request = request
        self.client = client
        self.stream: Any = None
        self.pages: list[SearchPage] = []

    def work(self) -> None:
        from .core.static_catalog import item_stream

        with self._cancel_requests_of(self.client):
            # a static catalog is walked, its item links read in the plugin's threads
            self.stream = item_stream(self.request, self.client, fetch_many=map_in_qthreads)
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
        super().__init__("STAC search: next page")
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
        super().__init__(f"Save {len(requests)} STAC asset(s)")
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

            path = save_asset(replace(request, uri=prepare(request.uri)), progress, self.isCanceled)
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
        super().__init__(f"Open {len(entries)} STAC raster(s)")
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
            with http_timeouts():  # GDAL reads in this pool thread end at the plugin's timeout
                return make_raster_layer(entry)
        except StacPluginError as exc:
            return failure_reason(exc)
        except Exception as exc:  # reported per URI
            return redact(str(exc)) or type(exc).__name__

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
        self.done.emit(self.layers, self.errors)
