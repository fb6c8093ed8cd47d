"""Tasks of the dock's picture actions: dated item layers, and a mosaic written to a GeoTIFF.

Both make their layers in worker threads (the plugin's pool), ready to be added on the
main thread with :func:`layers.add_item_layers` or :func:`layers.add_picture_layer`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from qgis.PyQt.QtCore import pyqtSignal

from .core.errors import Cancelled, StacPluginError
from .core.models import SaveRequest
from .i18n import tr
from .layers import LayerEntry
from .tasks import OpenRasterTask, StacTask, adopt_crs, open_failure

Item = Mapping[str, Any]


class ItemLayersTask(OpenRasterTask):
    """:class:`OpenRasterTask` making readable, dated layers of item assets (``layers.item_layer``).

    ``items`` maps item ids to the item dicts the entries name.
    """

    def __init__(self, entries: list[LayerEntry], items: Mapping[str, Item]) -> None:
        super().__init__(entries)
        self.items = {key: dict(value) for key, value in items.items()}

    def _open(self, entry: LayerEntry) -> Any:
        if self.isCanceled():
            return "cancelled"
        from .core.assets import http_timeouts
        from .layers import failure_reason, item_layer

        item_id, key, uri = entry
        try:
            with http_timeouts(self.timeout_s):
                return item_layer(self.items.get(item_id) or {"id": item_id}, key, uri)
        except StacPluginError as exc:
            return failure_reason(exc)
        except Exception as exc:  # a worker's last resort: one layer's bug must not fail the others
            return open_failure(uri, exc)


class MosaicFileTask(StacTask):
    """Build a mosaic (as ``core.picture.build_mosaic``) and write it to the GeoTIFF ``path``
    window by window (temporary file renamed when complete, nothing left when cancelled)."""

    done = pyqtSignal(object, object)
    """(QgsRasterLayer of the file, core.picture.Picture) on the main thread."""

    def __init__(
        self,
        items: Sequence[Item],
        bands: str,
        path: str,
        *,
        extent: tuple[float, float, float, float] | None,
        extent_crs: str,
        order: int = 0,
        overwrite: bool = False,
    ) -> None:
        super().__init__(tr("Save STAC mosaic ({bands}) to {name}").format(bands=bands, name=Path(path).name))
        self.items = [dict(item) for item in items]
        self.bands = bands
        self.path = path
        self.extent = extent
        self.extent_crs = extent_crs
        self.order = order
        self.overwrite = overwrite
        self.picture: Any = None
        self.layer: Any = None

    def work(self) -> None:
        from .auth import prepare
        from .core.picture import build_mosaic
        from .core.save import save_asset
        from .picture_tasks import timed_mapper

        self.picture = build_mosaic(
            self.items, self.bands, extent=self.extent, extent_crs=self.extent_crs, order=self.order,
            prepare=prepare, mapper=timed_mapper,
        )
        if self.isCanceled():
            raise Cancelled()
        self.setProgress(5)
        request = SaveRequest(
            uri=self.picture.xml, folder=str(Path(self.path).parent), item_id="mosaic",
            asset_key=self.bands, overwrite=self.overwrite,
        )

        def progress(percent: float) -> None:
            self.setProgress(5 + 0.9 * max(0.0, min(percent, 100.0)))

        save_asset(request, progress, self.isCanceled, target=self.path, timeout_s=self.timeout_s)
        self.layer = next(iter(timed_mapper(self._local_layer, [self.path])))
        self.setProgress(100)

    def _local_layer(self, path: str) -> Any:
        from qgis.core import QgsRasterLayer
        from qgis.PyQt.QtCore import QCoreApplication

        from .core.errors import NotRasterError
        from .layers import dress_layer

        options = QgsRasterLayer.LayerOptions()
        options.skipCrsValidation = True  # a worker thread: never ask the user
        layer = QgsRasterLayer(path, self.picture.name, "gdal", options)
        if not layer.isValid():
            message = tr("The saved mosaic {path} cannot be opened").format(path=path)
            raise NotRasterError(message, detail=layer.error().summary())
        ids = ",".join(str(item.get("id", "")) for item in self.picture.items)
        dress_layer(layer, name=self.picture.name, abstract=self.picture.abstract, item_id=ids,
                    span=self.picture.time_range, local=True)
        app = QCoreApplication.instance()
        if app is not None:
            layer.moveToThread(app.thread())
        return layer

    def succeeded(self) -> None:
        if self.layer is not None:
            adopt_crs(self.layer)  # made in a worker thread
        self.done.emit(self.layer, self.picture)
