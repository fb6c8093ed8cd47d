"""All search results as one memory layer of footprints, kept in sync with the results table.

The layer is made on the first page of a search and refreshed (the same layer, emptied and
refilled) by every later search; a user who removes it gets it back with the next search. Selecting
rows selects their features and selecting features (on the map or in the attribute table) selects
their rows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsMapLayer,
    QgsProject,
    QgsRectangle,
    QgsRendererRange,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QDateTime, QItemSelection, QModelIndex, QObject, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QAbstractItemView

from ..plugin.core import footprints as core
from ..plugin.core.models import ItemSummary
from ..plugin.i18n import QT_TR_NOOP, tr
from ..plugin.log import log, log_error
from .results_model import ResultsModel

LAYER_NAME = QT_TR_NOOP("STAC footprints")
LAYER_PROPERTY = "stac_plugin/footprints"
"""Custom property marking the footprints layer, so a new dock finds the one already in the project."""
WGS84 = "EPSG:4326"
NO_CLOUD = -1.0
"""Class value of footprints without a cloud cover."""

CLOUD_CLASSES: tuple[tuple[float, float, str, str], ...] = (
    (NO_CLOUD, -0.5, QT_TR_NOOP("no cloud cover"), "#8c8c8c"),
    (-0.5, 10.0, QT_TR_NOOP("0-10 % cloud"), "#1a9641"),
    (10.0, 30.0, QT_TR_NOOP("10-30 % cloud"), "#a6d96a"),
    (30.0, 60.0, QT_TR_NOOP("30-60 % cloud"), "#fdae61"),
    (60.0, 100.0, QT_TR_NOOP("60-100 % cloud"), "#d7191c"),
)
"""(lower, upper, label, colour) of the graduated style; the first range includes its lower bound."""


def _meta_types() -> dict[str, Any]:
    """Field types by kind: QMetaType on QGIS >= 3.38 (and Qt6), QVariant before."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        names = {core.STRING: "QString", core.INTEGER: "LongLong", core.DOUBLE: "Double",
                 core.BOOLEAN: "Bool", core.DATETIME: "QDateTime"}
        return {kind: getattr(QMetaType.Type, name) for kind, name in names.items()}
    from qgis.PyQt.QtCore import QVariant

    names = {core.STRING: "String", core.INTEGER: "LongLong", core.DOUBLE: "Double",
             core.BOOLEAN: "Bool", core.DATETIME: "DateTime"}
    return {kind: getattr(QVariant.Type, name) for kind, name in names.items()}


_TYPES = _meta_types()


def qgs_field(name: str, kind: str) -> QgsField:
    """The layer field of a :mod:`footprints` attribute kind."""
    return QgsField(name, _TYPES[kind])


def _qt_value(value: Any, kind: str) -> Any:
    if value is not None and kind == core.DATETIME:
        return QDateTime.fromString(value, Qt.DateFormat.ISODateWithMs)
    return value


def wkt_geometry(wkt: str | None) -> QgsGeometry:
    """A footprint's geometry from the core's WKT (checked and repaired there); null for None."""
    return QgsGeometry.fromWkt(wkt) if wkt else QgsGeometry()


def footprint_geometry(item: ItemSummary) -> QgsGeometry:
    """The item's footprint (EPSG:4326) from the core, repaired when invalid; null when it has none."""
    return wkt_geometry(core.valid_footprint_wkt(item))


def _features(plan: core.FootprintPlan) -> list[QgsFeature]:
    """The features of a plan's rows, with the plan's attributes."""
    fields = QgsFields()
    for name, kind in plan.fields:
        fields.append(qgs_field(name, kind))
    kinds = [kind for _name, kind in plan.fields]
    features = []
    for wkt, values in plan.rows:
        feature = QgsFeature(fields)
        feature.setGeometry(wkt_geometry(wkt))
        feature.setAttributes([_qt_value(v, k) for v, k in zip(values, kinds)])
        features.append(feature)
    return features


class _Plans(QObject):
    """Carries plans from the worker thread to the main thread (a queued signal)."""

    ready = pyqtSignal(int, object)


def cloud_renderer() -> QgsGraduatedSymbolRenderer:
    """Outlines coloured by cloud cover (green clear to red cloudy, grey unknown), lightly filled."""
    ranges = []
    for lower, upper, label, colour in CLOUD_CLASSES:
        red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        symbol = QgsFillSymbol.createSimple(
            {"color": f"{red},{green},{blue},38", "outline_color": f"{red},{green},{blue},255",
             "outline_width": "0.5"}
        )
        ranges.append(QgsRendererRange(lower, upper, symbol, tr(label)))
    return QgsGraduatedSymbolRenderer(f'coalesce("cloud_cover", {NO_CLOUD})', ranges)


class FootprintsLayer(QObject):
    """The footprints layer of the results in ``model``, shown in ``view`` through ``proxy``."""

    def __init__(
        self,
        iface: Any,
        canvas: QgsMapCanvas,
        view: QAbstractItemView,
        model: ResultsModel,
        *,
        project: QgsProject | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.iface = iface
        self.canvas = canvas
        self.view = view
        self.model = model
        self._project = project
        self._layer: QgsVectorLayer | None = None
        self._fields: list[core.Field] = []
        self._generation = 0
        """Counts searches (and restarts): plans made for an older one are dropped."""
        self._planner = core.FootprintPlanner()
        self._planned = 0
        """Rows sent to the planner in this generation."""
        self._pending = 0
        """Plans asked for and not applied yet."""
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stac-footprints")
        self._plans = _Plans()
        self._plans.ready.connect(self._apply)
        self._fids: list[int | None] = []
        """Feature id of each source row (None when the feature could not be added)."""
        self._rows: dict[int, int] = {}
        """Source row of each feature id."""
        self._syncing = False
        self._reloaded = False
        self._may_create = True
        model.modelReset.connect(self._on_reset)
        model.rowsInserted.connect(self._on_rows_inserted)
        view.selectionModel().selectionChanged.connect(self._on_rows_selected)
        self.project.layerWillBeRemoved.connect(self._on_layer_removed)

    @property
    def project(self) -> QgsProject:
        return self._project or QgsProject.instance()

    # Layer life --------------------------------------------------------------
    def layer(self) -> QgsVectorLayer | None:
        """The footprints layer, or None when there is none (no search yet, or the user removed it)."""
        return self._layer

    def _find_or_create(self) -> QgsVectorLayer | None:
        if self._layer is not None:
            return self._layer
        if not self._may_create:
            return None
        for layer in self.project.mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and layer.customProperty(LAYER_PROPERTY):
                self._adopt(layer)
                self._clear_layer()
                return layer
        layer = QgsVectorLayer(f"MultiPolygon?crs={WGS84}", tr(LAYER_NAME), "memory")
        layer.setCustomProperty(LAYER_PROPERTY, True)
        layer.setRenderer(cloud_renderer())
        self._adopt(layer)
        self.project.addMapLayer(layer, False)
        self.project.layerTreeRoot().insertLayer(0, layer)
        return layer

    def _adopt(self, layer: QgsVectorLayer) -> None:
        self._layer = layer
        self._fields = []
        self._fids = []
        self._rows = {}
        layer.selectionChanged.connect(self._on_features_selected)
        layer.dataProvider().dataChanged.connect(self._on_data_changed)

    def _on_layer_removed(self, removed: Any) -> None:
        """``removed``: the layer id (or, with the other overload of the signal, the layer)."""
        layer_id = removed.id() if isinstance(removed, QgsMapLayer) else removed
        try:
            ours = self._layer is not None and layer_id == self._layer.id()
        except RuntimeError:  # deleted behind our back
            ours = True
        if ours:
            self._drop_layer()
            self._may_create = False  # until the next search

    def _drop_layer(self) -> None:
        if self._layer is not None:
            with contextlib.suppress(TypeError, RuntimeError):
                self._layer.selectionChanged.disconnect(self._on_features_selected)
            with contextlib.suppress(TypeError, RuntimeError, AttributeError):
                self._layer.dataProvider().dataChanged.disconnect(self._on_data_changed)
        self._layer = None
        self._fields = []
        self._fids = []
        self._rows = {}

    def remove(self) -> None:
        """Remove the layer from the project (one step); the next search makes it again."""
        if self._layer is not None:
            self.project.removeMapLayer(self._layer.id())

    def show(self) -> QgsVectorLayer | None:
        """Make (or keep) the layer with every result in it."""
        self._may_create = True
        if self._layer is None:
            self._restart()
        return self._layer

    def unload(self) -> None:
        """Stop following the table and the project; the layer stays in the project."""
        for signal, slot in (
            (self.model.modelReset, self._on_reset),
            (self.model.rowsInserted, self._on_rows_inserted),
            (self.view.selectionModel().selectionChanged, self._on_rows_selected),
            (self.project.layerWillBeRemoved, self._on_layer_removed),
        ):
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)
        self._generation += 1  # plans still in flight are dropped
        self._executor.shutdown(wait=True, cancel_futures=True)  # the plan running ends its thread
        self._drop_layer()

    # Filling -------------------------------------------------------------------
    def _on_reset(self) -> None:
        """A new search: the layer is emptied, or made again with its first page if the user removed it."""
        self._may_create = True
        self._restart(resend=False)
        if self._layer is not None:
            self._clear_layer()

    def _on_rows_inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        self._sync()

    def busy(self) -> bool:
        """Whether rows are still being turned into features."""
        return self._pending > 0

    def _restart(self, resend: bool = True) -> None:
        """Drop the plans in flight and plan again from the first row (every row when ``resend``)."""
        self._generation += 1
        self._planner = core.FootprintPlanner()
        self._planned = 0
        self._pending = 0
        if resend:
            self._sync()

    def _clear_layer(self) -> None:
        layer = self._layer
        if layer is None:
            return
        provider = layer.dataProvider()
        provider.truncate()
        provider.deleteAttributes(list(range(len(provider.fields()))))
        layer.updateFields()
        self._fields = []
        self._fids = []
        self._rows = {}
        layer.updateExtents()
        layer.triggerRepaint()

    def _sync(self) -> None:
        """Plan, in the worker thread, the rows not planned yet; :meth:`_apply` adds them."""
        items = self.model.items()
        new = items[self._planned:]
        if not new or (self._layer is None and not self._may_create):
            return
        self._planned = len(items)
        self._pending += 1
        generation, planner, plans = self._generation, self._planner, self._plans

        def plan() -> None:
            try:
                result: Any = planner.plan(new)
                result = (result, _features(result))  # value objects: any thread will do
            except Exception as exc:  # a worker thread's last resort: _apply reports it, traceback logged
                result = exc
            with contextlib.suppress(RuntimeError):  # the dock is gone
                plans.ready.emit(generation, result)

        self._executor.submit(plan)

    def _apply(self, generation: int, plan: Any) -> None:
        """Add a plan's rows to the layer (made now if needed), on the main thread."""
        if generation != self._generation:
            return
        self._pending = max(0, self._pending - 1)
        if isinstance(plan, Exception):
            log_error(self.iface, plan)
            return
        plan, features = plan
        layer = self._find_or_create()
        if layer is None:
            return
        fields = list(plan.fields)
        if plan.rebuild or fields[: len(self._fields)] != self._fields:
            self._clear_layer()
        if plan.first_row != len(self._fids):  # the layer was emptied or made meanwhile
            self._restart()
            return
        new_fields = fields[len(self._fields):]
        if new_fields:
            layer.dataProvider().addAttributes([qgs_field(name, kind) for name, kind in new_fields])
            layer.updateFields()
            self._fields = fields
        self._add_features(layer, features, plan.first_row)
        if self.view.selectionModel().hasSelection():
            self._on_rows_selected()  # rows selected before their features existed

    def _add_features(self, layer: QgsVectorLayer, features: list[QgsFeature], first_row: int) -> None:
        ok, added = layer.dataProvider().addFeatures(features)
        fids = [f.id() for f in added] if ok else []
        for offset in range(len(features)):
            fid = fids[offset] if offset < len(fids) else None
            self._fids.append(fid)
            if fid is not None:
                self._rows[fid] = first_row + offset
        layer.updateExtents()
        layer.triggerRepaint()

    # Selection both ways -----------------------------------------------------------
    def _proxy(self) -> Any:
        return self.view.model()

    def _selected_source_rows(self) -> list[int]:
        proxy = self._proxy()
        rows = self.view.selectionModel().selectedRows()
        return sorted(proxy.mapToSource(index).row() for index in rows)

    def _on_rows_selected(self, *_args: Any) -> None:
        if self._syncing or self._layer is None:
            return
        fids = [self._fids[r] for r in self._selected_source_rows() if r < len(self._fids)]
        self._syncing = True
        try:
            self._layer.selectByIds([fid for fid in fids if fid is not None])
        finally:
            self._syncing = False

    def _on_features_selected(self, *_args: Any) -> None:
        if self._syncing or self._layer is None:
            return
        if not self._layer.selectedFeatureIds() and self.view.selectionModel().hasSelection():
            # QGIS clears a layer's selection when its data is reloaded (e.g. "Refresh"): decide
            # once the reload, if it is one, has said so (see _on_data_changed).
            QTimer.singleShot(0, self._after_clear)
            return
        self._rows_from_features()

    def _rows_from_features(self) -> None:
        if self._layer is None:
            return
        rows = sorted(self._rows[fid] for fid in self._layer.selectedFeatureIds() if fid in self._rows)
        self._syncing = True
        try:
            self.select_rows(rows)
        finally:
            self._syncing = False

    def _on_data_changed(self) -> None:
        self._reloaded = True
        # Forgotten after any clear this reload caused has been handled (two turns of the loop).
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._forget_reload))

    def _forget_reload(self) -> None:
        self._reloaded = False

    def _after_clear(self) -> None:
        if self._layer is None:
            return
        if self._reloaded and not self._layer.selectedFeatureIds():
            self._on_rows_selected()  # a reload, not the user: the table's selection stands
        else:
            self._rows_from_features()

    def select_rows(self, source_rows: Iterable[int]) -> None:
        """Select the table rows of ``source_rows`` (rows hidden by the filter stay unselected)."""
        proxy = self._proxy()
        last = proxy.columnCount() - 1
        proxy_rows = sorted(
            index.row()
            for index in (proxy.mapFromSource(self.model.index(r, 0)) for r in source_rows)
            if index.isValid()
        )
        selection = QItemSelection()
        start = previous = None
        for row in [*proxy_rows, None]:
            if row is not None and previous is not None and row == previous + 1:
                previous = row
                continue
            if start is not None:
                selection.select(proxy.index(start, 0), proxy.index(previous, last))
            start = previous = row
        model = self.view.selectionModel()
        flags = model.SelectionFlag
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        if proxy_rows:
            self.view.scrollTo(proxy.index(proxy_rows[0], 0))

    # Zoom ------------------------------------------------------------------------
    def extent(self, items: Iterable[ItemSummary]) -> QgsRectangle:
        """Bounding box of the footprints of ``items`` in the canvas CRS (empty when none has one)."""
        transform = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(WGS84), self.canvas.mapSettings().destinationCrs(), self.project
        )
        out: QgsRectangle | None = None
        for item in items:
            geometry = footprint_geometry(item)
            if geometry.isNull():
                continue
            try:
                box = transform.transformBoundingBox(geometry.boundingBox())
            except QgsCsException as exc:  # a footprint beyond the map's projection: zoom to the others
                log(f"Footprint of {item.id} left out of the zoom: {exc}", Qgis.MessageLevel.Info)
                continue
            if out is None:
                out = QgsRectangle(box)
            else:
                out.combineExtentWith(box)
        return out if out is not None and out.isFinite() and not out.isEmpty() else QgsRectangle()

    def zoom_to(self, items: Sequence[ItemSummary]) -> bool:
        """Zoom the canvas to the footprints of ``items``; False when none has a footprint."""
        extent = self.extent(items)
        if extent.isEmpty():
            return False
        extent.scale(1.1)
        self.canvas.setExtent(extent)
        self.canvas.refresh()
        return True
