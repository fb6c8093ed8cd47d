"""Composites for "Add to map" and "Mosaic selected items": the dock's picture controls.

The controls are two rows placed above the dock's "Add to map" button:

- *Add as*: each checked band as a layer, true colour, false colour, or the ticked bands as
  R, G, B (in the order they were ticked). Composites are VRTs over the remote COGs (core.picture).
- *Mosaic selected items* over the current map extent, with the order (least cloudy, newest or
  oldest on top) and the output (a VRT read remotely, or a GeoTIFF written window by window).

Work runs in tasks with progress and Cancel; an item that lacks a band is reported by name with the
bands it has.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsProject, QgsTask
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QObject, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..plugin import layers
from ..plugin.core.bands import parse_band_spec, resolve_bands
from ..plugin.core.errors import StacPluginError
from ..plugin.core.picture import ORDERS
from ..plugin.i18n import QT_TR_NOOP, tr
from ..plugin.layer_tasks import MosaicFileTask
from ..plugin.log import notify
from ..plugin.picture_tasks import PictureTask
from .guard import guarded
from .item_details import ItemDetails
from .task_progress import TaskKind, TaskProgress

BANDS, TRUECOLOR, FALSECOLOR, TICKED = "", "truecolor", "falsecolor", "ticked"
MODES: tuple[tuple[str, str], ...] = (
    (BANDS, QT_TR_NOOP("Each band as a layer")),
    (TRUECOLOR, QT_TR_NOOP("True colour (red, green, blue)")),
    (FALSECOLOR, QT_TR_NOOP("False colour (nir, red, green)")),
    (TICKED, QT_TR_NOOP("Ticked bands as R, G, B")),
)
VRT, GEOTIFF = 0, 1
OUTPUTS = (QT_TR_NOOP("VRT (read remotely)"), QT_TR_NOOP("GeoTIFF file…"))
MOSAIC_CANCELLED = QT_TR_NOOP("Mosaic cancelled; no partial file was left.")
COMPOSITE_CANCELLED = QT_TR_NOOP("Composites cancelled.")
COMPOSITE = TaskKind(
    "composite", QT_TR_NOOP("Composites… %p%"), QT_TR_NOOP("Cancel the composites"), COMPOSITE_CANCELLED
)
MOSAIC = TaskKind(
    "mosaic", QT_TR_NOOP("Mosaic… %p%"), QT_TR_NOOP("Cancel the mosaic"), MOSAIC_CANCELLED, writes=True,
    failure_level=Qgis.MessageLevel.Warning,
)


def _insert_above(anchor: QWidget, widget: QWidget) -> None:
    """Put ``widget`` in the layout holding ``anchor``'s row, just above that row."""
    parent = anchor.parentWidget()
    outer = parent.layout() if parent is not None else None
    if outer is None:
        return
    for index in range(outer.count()):
        entry = outer.itemAt(index)
        inner = entry.layout()
        if entry.widget() is anchor or (inner is not None and inner.indexOf(anchor) >= 0):
            outer.insertWidget(index, widget)
            return
    outer.addWidget(widget)


class PictureActions(QObject):
    """Composite presets for Add to map, and Mosaic selected items, hooked into ``asset_actions``."""

    def __init__(
        self,
        iface: Any,
        canvas: QgsMapCanvas,
        details: ItemDetails,
        run: Callable[[QgsTask], None],
        *,
        asset_actions: Any,
        parent_widget: QWidget,
    ) -> None:
        super().__init__(parent_widget)
        self.iface = iface
        self.canvas = canvas
        self.details = details
        self._run = run
        self._parent_widget = parent_widget
        self._order: list[str] = []
        """Checked asset keys in the order they were ticked (R, G, B)."""
        self._composite_outcome: dict[str, list] = {"added": [], "failed": []}
        self.save_folder = ""
        self._build(parent_widget)
        _insert_above(asset_actions.add_button, self.widget)
        self.asset_actions = asset_actions
        asset_actions.picture = self
        self.tasks = TaskProgress(iface, self.progress, self.cancel_button, self._changed, self)
        details.checked_changed.connect(self._on_checked)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.mosaic_button.clicked.connect(lambda _c=False: self.mosaic_selected())
        self.update_buttons()

    @property
    def composite_tasks(self) -> list[QgsTask]:
        """The composite tasks running."""
        return self.tasks.running(COMPOSITE.name)

    @property
    def mosaic_task(self) -> QgsTask | None:
        """The mosaic task, while it runs."""
        return next(iter(self.tasks.running(MOSAIC.name)), None)

    def _build(self, parent: QWidget) -> None:
        self.widget = QWidget(parent)
        self.widget.setObjectName("pictureActions")
        rows = QVBoxLayout(self.widget)
        rows.setContentsMargins(0, 0, 0, 0)
        first, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        self.mode_combo = QComboBox()
        for mode, text in MODES:
            self.mode_combo.addItem(tr(text), mode)
        self.mode_combo.setToolTip(
            tr("What Add to map (and a mosaic) makes of the selected items: each checked band as its own "
               "layer, or one three-band layer (a VRT over the remote bands, nothing downloaded)")
        )
        self.rgb_label = QLabel()
        self.rgb_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rgb_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        first.addWidget(QLabel(tr("Add as")))
        first.addWidget(self.mode_combo)
        first.addWidget(self.rgb_label, 1)
        self.mosaic_button = QPushButton(tr("Mosaic selected items"))
        self.mosaic_button.setToolTip(
            tr("One layer of the selected items over the map extent, in the CRS most of them share")
        )
        self.order_combo = QComboBox()
        self.order_combo.addItems([tr(order) for order in ORDERS])
        self.order_combo.setToolTip(tr("Which item shows where items overlap"))
        self.output_combo = QComboBox()
        self.output_combo.addItems([tr(output) for output in OUTPUTS])
        self.output_combo.setToolTip(
            tr("A VRT reads only the blocks the view needs from the remote files; a GeoTIFF is written "
               "to disk, window by window")
        )
        self.progress = QProgressBar()
        self.cancel_button = QToolButton()
        self.cancel_button.setText(tr("Cancel"))
        for widget in (self.mosaic_button, self.order_combo, self.output_combo):
            second.addWidget(widget)
        second.addWidget(self.progress, 1)  # the room left, for its label while it shows
        second.addWidget(self.cancel_button)
        second.addStretch(0)

    # State -------------------------------------------------------------------------
    def mode(self) -> str:
        """The chosen band mode: ``""`` (each band), ``truecolor``, ``falsecolor`` or ``ticked``."""
        return self.mode_combo.currentData() or BANDS

    def set_mode(self, mode: str) -> None:
        """Choose a band mode (see :meth:`mode`)."""
        index = self.mode_combo.findData(mode)
        if index < 0:
            raise ValueError(f"Unknown band mode {mode!r}")
        self.mode_combo.setCurrentIndex(index)

    def is_composite(self) -> bool:
        """Whether Add to map makes composites rather than one layer per band."""
        return self.mode() != BANDS

    def rgb_keys(self) -> list[str]:
        """The checked asset keys in the order they were ticked."""
        return list(self._order)

    def _on_checked(self) -> None:
        current = self.details.checked_keys()
        kept = [key for key in self._order if key in current]
        self._order = kept + [key for key in current if key not in kept]
        self._changed()

    def _changed(self) -> None:
        self.asset_actions.update_buttons()  # which calls update_buttons() here

    def band_spec(self, mosaic: bool = False) -> str:
        """The ``ASSET`` text of what is asked for; raises StacPluginError with what to do otherwise."""
        mode = self.mode()
        if mode in (TRUECOLOR, FALSECOLOR):
            return mode
        ticked = self.rgb_keys()
        if mode == TICKED:
            if len(ticked) != 3:
                raise StacPluginError(
                    tr("Tick three bands for R, G and B, in that order ({n} ticked).").format(n=len(ticked))
                )
            return ",".join(ticked)
        if mosaic and len(ticked) != 1:
            raise StacPluginError(
                tr("Tick one band to mosaic ({n} ticked), or choose a composite under Add as.").format(
                    n=len(ticked)
                )
            )
        return ",".join(ticked)

    def _rgb_text(self) -> str:
        mode = self.mode()
        items = self.details.items()
        if mode == BANDS:
            return ""
        if mode == TICKED and len(self._order) != 3:
            return tr("tick 3 bands in R, G, B order ({n} ticked)").format(n=len(self._order))
        try:
            keys = resolve_bands(items[0].raw, parse_band_spec(self.band_spec())) if items else None
        except StacPluginError as exc:
            return tr(str(exc))
        if not keys:
            return ""
        return " · ".join(f"{channel} {key}" for channel, key in zip("RGB", keys))

    def update_buttons(self) -> None:
        """Enable what the selection and the ticked bands allow; show the R, G, B bands."""
        self.rgb_label.setText(self._rgb_text())
        self.rgb_label.setToolTip(self.rgb_label.text())
        has_items = bool(self.details.items())
        try:
            self.band_spec(mosaic=True)
            spec_ok = True
        except StacPluginError:
            spec_ok = False
        self.mosaic_button.setEnabled(has_items and spec_ok and self.mosaic_task is None)

    def can_add(self) -> bool:
        """Whether Add to map can make composites now."""
        try:
            self.band_spec()
        except StacPluginError:
            return False
        return bool(self.details.items()) and not self.composite_tasks

    # Composites -----------------------------------------------------------------------
    @guarded
    def add_composites(self) -> list[PictureTask] | None:
        """One composite layer per selected item, made in tasks (Add to map in a composite mode)."""
        items = self.details.items()
        if not items:
            raise StacPluginError(tr("Select one or more items first."))
        spec = self.band_spec()
        self._composite_outcome = {"added": [], "failed": []}
        return [
            self.tasks.start(
                PictureTask([item.raw], spec), COMPOSITE, self._run, self._on_composite_done,
                self._on_composite_failed,
            )
            for item in items
        ]

    @guarded
    def _on_composite_done(self, layer: Any, picture: Any) -> None:
        layers.add_picture_layer(layer, picture, QgsProject.instance())
        self._composite_outcome["added"].append(layer.name())
        self._composite_ended()

    def _on_composite_failed(self, message: str, detail: str) -> None:
        if message:
            self._composite_outcome["failed"].append((message, detail))
        self._composite_ended()

    def _composite_ended(self) -> None:
        """When the last composite ended: one message for those added, one for those that failed."""
        if self.composite_tasks:
            return
        added, failed = self._composite_outcome["added"], self._composite_outcome["failed"]
        if failed:
            first = failed[0][0]
            text = tr(first)
            if len(failed) > 1:
                text = tr("{n} composites could not be made: {first}").format(n=len(failed), first=text)
            detail = "\n".join(f"{m}\n{d}".strip() for m, d in failed)
            notify(self.iface, text, Qgis.MessageLevel.Warning, detail)
        if added:
            message = tr("Added {n} composite layer(s).").format(n=len(added))
            notify(self.iface, message, Qgis.MessageLevel.Success)

    # Mosaic ---------------------------------------------------------------------------------
    def _extent(self) -> tuple[tuple[float, float, float, float], str]:
        rect = self.canvas.extent()
        crs = self.canvas.mapSettings().destinationCrs()
        if rect.isEmpty() or not crs.isValid():
            raise StacPluginError(tr("The map has no extent to mosaic over."))
        box = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        return box, crs.authid() or crs.toWkt()

    def _ask_path(self) -> str:
        start = str(Path(self.save_folder or self.asset_actions.save_folder or ".") / "mosaic.tif")
        path, _filter = QFileDialog.getSaveFileName(
            self._parent_widget, tr("Save Mosaic"), start, tr("GeoTIFF (*.tif *.tiff)")
        )
        if path and Path(path).suffix.lower() not in (".tif", ".tiff"):
            path += ".tif"
        return path

    def _confirm_overwrite(self, path: str) -> bool:
        answer = QMessageBox.question(
            self._parent_widget, tr("File Exists"),
            tr("{name} already exists. Replace it?").format(name=Path(path).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @guarded
    def mosaic_selected(self, path: str | None = None, overwrite: bool | None = None) -> QgsTask | None:
        """Mosaic the selected items over the map extent, as a VRT layer or (output GeoTIFF) a file
        at ``path`` (asked for when None; an existing file is replaced only if the user agrees)."""
        if self.mosaic_task is not None:
            raise StacPluginError(tr("A mosaic is already being made."))
        items = self.details.items()
        if not items:
            raise StacPluginError(tr("Select the items to mosaic first."))
        spec = self.band_spec(mosaic=True)
        extent, extent_crs = self._extent()
        order = self.order_combo.currentIndex()
        raws = [item.raw for item in items]
        task: QgsTask
        if self.output_combo.currentIndex() == GEOTIFF:
            asked = path is None
            path = self._ask_path() if asked else path
            if not path:
                return None
            if not Path(path).parent.is_dir():
                message = tr("The folder {folder} does not exist.")
                raise StacPluginError(message.format(folder=Path(path).parent))
            if Path(path).exists() and not asked:
                # The file dialog asked already; a path given by code is asked about here.
                if overwrite is None:
                    overwrite = self._confirm_overwrite(path)
                if not overwrite:
                    return None
            self.save_folder = str(Path(path).parent)
            task = MosaicFileTask(raws, spec, path, extent=extent, extent_crs=extent_crs, order=order,
                                  overwrite=True if asked else bool(overwrite))
        else:
            task = PictureTask(raws, spec, mosaic=True, extent=extent, extent_crs=extent_crs, order=order)
        return self.tasks.start(task, MOSAIC, self._run, self._on_mosaic_done)

    def menu_section(self, menu: Any) -> None:
        """The results' context menu entry for :meth:`mosaic_selected` (see ``ResultsMenu``)."""
        action = menu.addAction(tr("Mosaic Selected Items"))
        action.setEnabled(self.mosaic_button.isEnabled())
        action.setToolTip(self.mosaic_button.toolTip())
        action.triggered.connect(lambda _c=False: self.mosaic_selected())

    @guarded
    def _on_mosaic_done(self, layer: Any, picture: Any) -> None:
        layers.add_picture_layer(layer, picture, QgsProject.instance())
        left_out = len(self.details.items()) - picture.count
        note = tr("; {n} item(s) outside the map extent left out").format(n=left_out) if left_out > 0 else ""
        message = tr("Added {name}{note}.").format(name=layer.name(), note=note)
        notify(self.iface, message, Qgis.MessageLevel.Success)

    def cancel(self) -> None:
        """Cancel the composites and the mosaic being made (a partial GeoTIFF is removed)."""
        self.tasks.cancel()
