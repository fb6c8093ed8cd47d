"""All search results as one memory layer of footprints, kept in sync with the results table.

The layer is made on the first page of a search and refreshed (the same layer, emptied and
refilled) by every later search; a user who removes it gets it back with the next search. Selecting
rows selects their features and selecting features (on the map or in the attribute table) selects
their rows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from typing import Any

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
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
from qgis.PyQt.QtCore import QDateTime, QItemSelection, QModelIndex, QObject, Qt, QTimer
from qgis.PyQt.QtWidgets import QAbstractItemView

from ..plugin.core import footprints as core
from ..plugin.core.models import ItemSummary
from .results_model import ResultsModel

LAYER_NAME = "STAC footprints"
LAYER_PROPERTY = "stac_plugin/footprints"
"""Custom property marking the footprints layer, so a new dock finds the one already in the project."""
WGS84 = "EPSG:4326"
NO_CLOUD = -1.0
"""Class value of footprints without a cloud cover."""

CLOUD_CLASSES: tuple[tuple[float, float, str, str], ...] = (
    (NO_CLOUD, -0.5, "no cloud cover", "#8c8c8c"),
    (-0.5, 10.0, "0-10 % cloud", "#1a9641"),
    (10.0, 30.0, "10-30 % cloud", "#a6d96a"),
    (30.0, 60.0, "30-60 % cloud", "#fdae61"),
    (60.0, 100.0, "60-100 % cloud", "#d7191c"),
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


def footprint_geometry(item: ItemSummary) -> QgsGeometry:
    """The item's footprint (EPSG:4326) from the core, repaired when invalid; null when it has none."""
    wkt = core.footprint_wkt(item)
    geometry = QgsGeometry.fromWkt(wkt) if wkt else QgsGeometry()
    if not geometry.isNull() and not geometry.isGeosValid():
        repaired = core.repair_wkt(wkt)
        geometry = QgsGeometry.fromWkt(repaired) if repaired else QgsGeometry()
    return geometry


def cloud_renderer() -> QgsGraduatedSymbolRenderer:
    """Outlines coloured by cloud cover (green clear to red cloudy, grey unknown), lightly filled."""
    ranges = []
    for lower, upper, label, colour in CLOUD_CLASSES:
        red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        symbol = QgsFillSymbol.createSimple(
            {"color": f"{red},{green},{blue},38", "outline_color": f"{red},{green},{blue},255",
             "outline_width": "0.5"}
        )
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
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
        self._kinds: dict[str, str | None] = {}
        """Kind of each property seen in the rows the layer has (see core.footprints.update_kinds)."""
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
        layer = QgsVectorLayer(f"MultiPolygon?crs={WGS84}", LAYER_NAME, "memory")
        layer.setCustomProperty(LAYER_PROPERTY, True)
        layer.setRenderer(cloud_renderer())
        self._adopt(layer)
        self.project.addMapLayer(layer, False)
        self.project.layerTreeRoot().insertLayer(0, layer)
        return layer

    def _adopt(self, layer: QgsVectorLayer) -> None:
        self._layer = layer
        self._fields = []
        self._kinds = {}
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
        self._kinds = {}
        self._fids = []
        self._rows = {}

    def remove(self) -> None:
        """Remove the layer from the project (one step); the next search makes it again."""
        if self._layer is not None:
            self.project.removeMapLayer(self._layer.id())

    def show(self) -> QgsVectorLayer | None:
        """Make (or keep) the layer with every result in it."""
        self._may_create = True
        self._sync()
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
        self._drop_layer()

    # Filling -------------------------------------------------------------------
    def _on_reset(self) -> None:
        """A new search: the layer is emptied, or made again with its first page if the user removed it."""
        self._may_create = True
        if self._layer is not None:
            self._clear_layer()

    def _on_rows_inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
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
        self._kinds = {}
        self._fids = []
        self._rows = {}
        layer.updateExtents()
        layer.triggerRepaint()

    def _sync(self) -> None:
        """Add the rows the layer does not have yet (and attributes for new properties)."""
        items = self.model.items()
        if not items and self._layer is None:
            return
        layer = self._find_or_create()
        if layer is None:
            return
        # Only the new rows' properties are read: a page costs the same however many came before.
        core.update_kinds(self._kinds, items[len(self._fids):])
        fields = core.kinds_fields(self._kinds)
        if fields[: len(self._fields)] != self._fields:
            self._clear_layer()  # a property changed kind: rebuild with the wider one
            core.update_kinds(self._kinds, items)
            fields = core.kinds_fields(self._kinds)
        provider = layer.dataProvider()
        new_fields = fields[len(self._fields):]
        if new_fields:
            provider.addAttributes([qgs_field(name, kind) for name, kind in new_fields])
            layer.updateFields()
            self._fields = fields
        if len(self._fids) < len(items):
            self._add_features(layer, items[len(self._fids):], len(self._fids))

    def _add_features(self, layer: QgsVectorLayer, items: Sequence[ItemSummary], first_row: int) -> None:
        qgs_fields = layer.fields()
        kinds = [kind for _name, kind in self._fields]
        features = []
        for item in items:
            feature = QgsFeature(qgs_fields)
            feature.setGeometry(footprint_geometry(item))
            values = core.attribute_values(item, self._fields)
            feature.setAttributes([_qt_value(v, k) for v, k in zip(values, kinds)])
            features.append(feature)
        ok, added = layer.dataProvider().addFeatures(features)
        fids = [f.id() for f in added] if ok else []
        for offset in range(len(items)):
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
        out = QgsRectangle()
        out.setMinimal()
        for item in items:
            geometry = footprint_geometry(item)
            if geometry.isNull():
                continue
            with contextlib.suppress(Exception):
                box = transform.transformBoundingBox(geometry.boundingBox())
                out.combineExtentWith(box)
        return out if out.isFinite() and not out.isEmpty() else QgsRectangle()

    def zoom_to(self, items: Sequence[ItemSummary]) -> bool:
        """Zoom the canvas to the footprints of ``items``; False when none has a footprint."""
        extent = self.extent(items)
        if extent.isEmpty():
            return False
        extent.scale(1.1)
        self.canvas.setExtent(extent)
        self.canvas.refresh()
        return True
