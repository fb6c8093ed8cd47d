"""Composites and mosaics made in the background, ready to be added on the main thread.

How the dock uses it (``items`` are STAC item dicts, e.g. ``ItemSummary.raw``)::

    task = PictureTask([item], "truecolor")                              # composite of one item
    task = PictureTask(items, "red", mosaic=True, extent=(xmin, ymin, xmax, ymax),
                       extent_crs=canvas_crs_authid_or_wkt, order=ORDER_LEAST_CLOUDY)
    task.done.connect(lambda layer, picture: layers.add_picture_layer(layer, picture))
    task.failed.connect(...)   # (message, detail): e.g. "Item 'x' has no nir band; its bands are: ..."
    QgsApplication.taskManager().addTask(task)   # keep a reference until it has finished

Sources are opened in parallel in the plugin's long-lived Qt threads (signed and configured as
``auth.prepare`` says); the layer, its statistics and stretch are made there too, so adding it
sends no request from the main thread. GDAL reads a VRT's sources one after the other, so the task
first fetches, all sources at once, what the layer's statistics and its first render will read:
``view`` is ``(extent, crs, width px, height px)``, by default the map canvas's when the task is
made (main thread), None for the statistics only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from qgis.PyQt.QtCore import pyqtSignal

from .core.errors import Cancelled
from .i18n import tr
from .tasks import StacTask, adopt_crs, map_in_qthreads

CANVAS = "canvas"
"""``PictureTask(view=CANVAS)`` (the default): the view of QGIS's map canvas when the task is made."""


def canvas_view() -> tuple[tuple[float, float, float, float], str, int, int] | None:
    """(extent, CRS, width px, height px) of QGIS's map canvas, or None without one (main thread)."""
    try:
        from qgis.utils import iface

        canvas = iface.mapCanvas() if iface is not None else None
        if canvas is None:
            return None
        rect, size = canvas.extent(), canvas.size()
        crs = canvas.mapSettings().destinationCrs()
    except (AttributeError, RuntimeError) as exc:  # a stand-in interface, or its canvas deleted
        from .log import log

        log(f"No map canvas view to prefetch: {exc!r}")
        return None
    if rect.isEmpty() or size.width() <= 0 or size.height() <= 0 or not crs.isValid():
        return None
    box = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
    return box, crs.authid() or crs.toWkt(), size.width(), size.height()


def timed_mapper(function: Callable[[Any], Any], arguments: list[Any]) -> Any:
    """``map_in_qthreads`` with the user's GDAL timeouts (read now) set in each pool thread."""
    from .core.assets import http_timeouts
    from .settings import load_defaults

    timeout_s = load_defaults().timeout_s

    def call(argument: Any) -> Any:
        with http_timeouts(timeout_s):
            return function(argument)

    return map_in_qthreads(call, arguments)


class PictureTask(StacTask):
    """Build a composite (one item) or a mosaic (``mosaic=True``) and make its layer."""

    done = pyqtSignal(object, object)
    """(QgsRasterLayer, core.picture.Picture) on the main thread."""

    def __init__(
        self,
        items: Sequence[Mapping[str, Any]],
        bands: str,
        *,
        mosaic: bool = False,
        extent: tuple[float, float, float, float] | None = None,
        extent_crs: str = "EPSG:4326",
        order: int = 0,
        crs: str = "",
        view: tuple[tuple[float, float, float, float], str, int, int] | str | None = CANVAS,
    ) -> None:
        what = tr("Build STAC mosaic ({bands})") if mosaic else tr("Build STAC composite ({bands})")
        super().__init__(what.format(bands=bands))
        self.items = [dict(item) for item in items]
        self.bands = bands
        self.mosaic = mosaic
        self.extent = extent
        self.extent_crs = extent_crs
        self.order = order
        self.crs = crs
        self.view = canvas_view() if view == CANVAS else view
        self.picture: Any = None
        self.layer: Any = None

    def work(self) -> None:
        from .auth import prepare
        from .core.picture import build_composite, build_mosaic
        from .core.prefetch import warm_sources
        from .layers import picture_layer

        if self.mosaic:
            self.picture = build_mosaic(
                self.items,
                self.bands,
                extent=self.extent,
                extent_crs=self.extent_crs,
                order=self.order,
                crs=self.crs,
                prepare=prepare,
                mapper=timed_mapper,
            )
        else:
            if len(self.items) != 1:
                raise ValueError("A composite is made of one item")
            self.picture = build_composite(self.items[0], self.bands, prepare=prepare, mapper=timed_mapper)
        self.setProgress(50)
        if self.isCanceled():
            raise Cancelled()
        if len(self.picture.sources) > 1:
            warm_sources(self.picture.xml, self.picture.sources, self.view, timed_mapper)
        if self.isCanceled():
            raise Cancelled()
        self.layer = next(iter(timed_mapper(picture_layer, [self.picture])))
        self.setProgress(100)

    def succeeded(self) -> None:
        if self.layer is not None:
            adopt_crs(self.layer)  # made in a worker thread
        self.done.emit(self.layer, self.picture)
