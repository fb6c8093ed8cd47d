"""Actions on the checked assets of the selected items: add to the map, save as GeoTIFF."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsProject, QgsRectangle, QgsTask
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QObject, Qt, QTimer
from qgis.PyQt.QtWidgets import QAbstractButton, QMessageBox, QProgressBar, QWidget

from ..plugin import layers
from ..plugin.core import assets
from ..plugin.core.errors import StacPluginError
from ..plugin.core.folders import check_folder
from ..plugin.core.save import SameTargetError, existing_targets, plan_saves, settle_existing, target_path
from ..plugin.deps import save_unavailable_reason
from ..plugin.i18n import QT_TR_NOOP, tr
from ..plugin.layer_tasks import ItemLayersTask
from ..plugin.log import notify
from ..plugin.tasks import OpenRasterTask, SaveTask
from .guard import guarded
from .item_details import ItemDetails
from .loaded_files import layers_reading, reload_layers
from .save_dialog import SaveDialog
from .task_progress import TaskKind, TaskProgress

SAVE_CANCELLED = QT_TR_NOOP("Saving cancelled; no partial file was left.")
OPEN_CANCELLED = QT_TR_NOOP("Adding layers cancelled.")
OPEN = TaskKind("open", QT_TR_NOOP("Opening layers… %p%"), QT_TR_NOOP("Cancel adding layers"), OPEN_CANCELLED)
SAVE = TaskKind("save", QT_TR_NOOP("Saving… %p%"), QT_TR_NOOP("Cancel saving"), SAVE_CANCELLED, writes=True)
LAYER_BATCH_MS = 20
"""Longest stretch of layer creation on the main thread before the event loop runs again."""


def refuse_replacing_open_files(paths: list[str], system: str = os.name) -> None:
    """On Windows a file open in a layer cannot be replaced: say so before saving anything."""
    if system != "nt":
        return  # elsewhere the file is replaced and its layers are loaded again from it
    names = [layer.name() for path in paths for layer in layers_reading(path)]
    if names:
        raise StacPluginError(
            tr("{n} file(s) to replace are open as layers ({names}); "
               "remove those layers first, or skip the existing files.").format(
                n=len(names), names=", ".join(names[:3])
            )
        )


class AssetActions(QObject):
    """Drives the "Add to map" and "Save…" buttons; work runs in tasks started by ``run``."""

    def __init__(
        self,
        iface: Any,
        canvas: QgsMapCanvas,
        details: ItemDetails,
        run: Callable[[QgsTask], None],
        *,
        add_button: QAbstractButton,
        save_button: QAbstractButton,
        progress: QProgressBar,
        cancel_button: QAbstractButton,
        parent_widget: QWidget,
    ) -> None:
        super().__init__(parent_widget)
        self.iface = iface
        self.canvas = canvas
        self.details = details
        self._run = run
        self.add_button = add_button
        self.save_button = save_button
        self.progress = progress
        self.cancel_button = cancel_button
        self._parent_widget = parent_widget
        self.save_folder = ""
        self.save_unavailable = save_unavailable_reason()
        self.picture: Any = None
        """The composite and mosaic controls (``PictureActions``), when the dock has them."""
        self.tasks = TaskProgress(iface, progress, cancel_button, self.update_buttons, self)
        add_button.clicked.connect(lambda _c=False: self.add_selected_to_map())
        save_button.clicked.connect(lambda _c=False: self.on_save_clicked())
        details.checked_changed.connect(self.update_buttons)
        self.update_buttons()

    @property
    def open_task(self) -> OpenRasterTask | None:
        """The task adding layers, while it runs."""
        return next(iter(self.tasks.running(OPEN.name)), None)

    @property
    def save_task(self) -> SaveTask | None:
        """The task saving files, while it runs."""
        return next(iter(self.tasks.running(SAVE.name)), None)

    def update_buttons(self) -> None:
        """Enable the buttons when assets are checked and no such work is running."""
        has_assets = bool(self.details.selected_assets())
        if self.picture is not None and self.picture.is_composite():
            self.add_button.setEnabled(self.picture.can_add())
        else:
            self.add_button.setEnabled(has_assets and self.open_task is None)
        if self.save_unavailable:  # greyed out, the tooltip says what to install
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(self.save_unavailable)
        else:
            self.save_button.setEnabled(has_assets and self.save_task is None)
        if self.picture is not None:
            self.picture.update_buttons()

    def cancel_all(self) -> None:
        """Cancel running opens and saves."""
        self.tasks.cancel()

    # Add to map -------------------------------------------------------------
    def _loadable(self) -> list[tuple[str, str, str]]:
        """(item id, asset key, href) of the checked assets the plugin can open; tells about the others."""
        pairs = self.details.selected_assets()
        if not pairs:
            raise StacPluginError(tr("Select items and check one or more raster assets first."))
        out: list[tuple[str, str, str]] = []
        blocked: dict[str, list[str]] = {}
        for item, asset in pairs:
            href, login = assets.usable_href(asset)  # an alternate href when only it needs no login
            if login:
                blocked.setdefault(login, []).append(f"{item.id} {asset.key}")
            else:
                out.append((item.id, asset.key, href))
        for login, names in blocked.items():
            notify(
                self.iface,
                tr("{n} asset(s) need {login}. Edit the connection and choose it under "
                   "\"Asset access\", with its login under \"Asset credentials\".").format(
                    n=len(names), login=tr(login)
                ),
                Qgis.MessageLevel.Warning,
                "\n".join(names),
            )
        return out

    @guarded
    def add_selected_to_map(self) -> Any:
        """Open the checked assets of the selected items and add them as layers, dated and named
        readably (or, in a composite mode, one composite per item: see ``PictureActions``)."""
        if self.picture is not None and self.picture.is_composite():
            return self.picture.add_composites()
        entries = [(item_id, key, assets.gdal_uri(href)) for item_id, key, href in self._loadable()]
        if not entries:
            return None
        task = ItemLayersTask(entries, {item.id: item.raw for item in self.details.items()})
        return self.tasks.start(
            task, OPEN, self._run, lambda made, errors, t=task: self._on_rasters_opened(t, made, errors)
        )

    def cancel_open(self) -> None:
        """Cancel adding layers; the dock is free at once (a GDAL read in flight ends at its timeout)."""
        self.tasks.cancel([OPEN.name])

    @guarded
    def _on_rasters_opened(self, task: QgsTask, made: list, errors: list) -> None:
        """A layer task ended (not cancelled: the layers of a cancelled one are dropped)."""
        by_date = len({entry[0] for entry, _layer in made}) > 1
        self._add_layers_in_turns(list(made), list(errors), [], task.items, by_date)

    @guarded
    def _add_layers_in_turns(
        self, pending: list, problems: list, added: list, items: dict, by_date: bool
    ) -> None:
        """Add the layers the open task made, a few at a time, letting the event loop run in between.

        The layers are complete (opened, statistics read) when they arrive; adding one to the
        project costs the main thread little, and batches of at most :data:`LAYER_BATCH_MS` keep
        the GUI responsive however many there are.
        """
        started = time.monotonic()
        project = QgsProject.instance()
        while pending and (time.monotonic() - started) * 1000 < LAYER_BATCH_MS:
            entry, layer = pending.pop(0)
            item = items.get(entry[0]) or {"id": entry[0]}
            layers.add_item_layers([(layer, item)], project, by_date=by_date)
            added.append(layer)
        if pending:
            QTimer.singleShot(
                0, lambda: self._add_layers_in_turns(pending, problems, added, items, by_date)
            )
            return
        if problems:
            notify(
                self.iface,
                tr("{n} asset(s) could not be opened as rasters; see the log for details.").format(
                    n=len(problems)
                ),
                Qgis.MessageLevel.Warning,
                "\n".join(f"{uri}: {why}" for uri, why in problems),
            )
        if added:
            notify(self.iface, tr("Added {n} layer(s).").format(n=len(added)), Qgis.MessageLevel.Success)

    # Save assets ---------------------------------------------------------------
    @guarded
    def on_save_clicked(self) -> None:
        count = len(self.details.selected_assets())
        if not count:
            raise StacPluginError(tr("Select items and check one or more raster assets first."))
        dialog = SaveDialog(count, self.save_folder, self._parent_widget)
        if dialog.exec():
            self.save_selected(dialog.folder(), clip=dialog.clip(), add_to_map=dialog.add_to_map())

    def ask_overwrite(self, paths: list[str]) -> bool | None:
        """True to overwrite, False to skip the existing files, None to cancel."""
        names = "\n".join(Path(p).name for p in paths[:10]) + ("\n…" if len(paths) > 10 else "")
        box = QMessageBox(
            QMessageBox.Icon.Question, tr("Files Exist"),
            tr("{n} file(s) already exist:\n{names}\n\nReplace them?").format(n=len(paths), names=names),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            self._parent_widget,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Replace"))
        box.button(QMessageBox.StandardButton.No).setText(tr("Skip existing"))
        box.exec()
        clicked = box.clickedButton()
        if clicked is box.button(QMessageBox.StandardButton.Yes):
            return True
        if clicked is box.button(QMessageBox.StandardButton.No):
            return False
        return None

    def clip_box(self) -> tuple[tuple[float, float, float, float], str]:
        """The canvas extent and its CRS (authid, or WKT when it has none)."""
        rect: QgsRectangle = self.canvas.extent()
        crs = self.canvas.mapSettings().destinationCrs()
        box = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        return box, crs.authid() or crs.toWkt()

    @guarded
    def save_selected(
        self, folder: str, clip: bool = False, add_to_map: bool = False, overwrite: bool | None = None
    ) -> SaveTask | None:
        """Save the checked assets of the selected items to ``folder`` (in a task)."""
        if self.save_unavailable:
            raise StacPluginError(self.save_unavailable)
        if self.save_task is not None:
            raise StacPluginError(tr("A save is already running."))
        check_folder(folder, create=True)  # a FolderError says what is wrong, before anything is read
        self.save_folder = folder
        box, box_crs = self.clip_box() if clip else (None, "EPSG:4326")
        entries = [(item_id, key, assets.gdal_uri(href)) for item_id, key, href in self._loadable()]
        try:  # the batch of the core, as stac:download builds it: two assets never share a file
            requests = plan_saves(entries, folder, clip=box, clip_crs=box_crs)
        except SameTargetError as exc:
            raise StacPluginError(tr(exc.template).format(**exc.fields) + ".", exc.detail) from None
        existing = existing_targets(requests)
        if existing:
            if overwrite is None:
                overwrite = self.ask_overwrite(existing)
            if overwrite is None:
                return None
            if overwrite:
                refuse_replacing_open_files(existing)
            requests = settle_existing(requests, overwrite)
        if not requests:
            notify(self.iface, tr("Nothing to save: every file exists already."), Qgis.MessageLevel.Info)
            return None
        names = {target_path(r): (r.item_id, r.asset_key) for r in requests}
        task = SaveTask(requests)
        task.saved.connect(self._on_file_replaced)
        items = {item.id: item.raw for item in self.details.items()}
        self.tasks.start(
            task, SAVE, self._run, lambda paths: self._on_saved(paths, names, folder, add_to_map, items)
        )
        return task

    def _on_file_replaced(self, path: str) -> None:
        """Layers reading ``path`` describe the new file at once (before the next render reads it)."""
        broken = reload_layers(path)
        if broken:
            notify(
                self.iface, tr("{n} layer(s) reading {name} could not be reloaded after "
                               "it was replaced; remove them and add the file again.").format(
                    n=len(broken), name=Path(path).name
                ),
                Qgis.MessageLevel.Warning, "\n".join(broken),
            )

    def cancel_save(self) -> None:
        """Cancel the save in flight (its partial file is removed before it says so)."""
        self.tasks.cancel([SAVE.name])

    @guarded
    def _on_saved(self, paths: list, names: dict, folder: str, add_to_map: bool, items: dict) -> None:
        message = tr("Saved {n} file(s) to {folder}.").format(n=len(paths), folder=folder)
        notify(self.iface, message, Qgis.MessageLevel.Success)
        paths = [p for p in paths if not layers_reading(p)]  # a replaced file's layers were reloaded
        if add_to_map and paths:
            made, errors = [], []
            for path in paths:
                item_id, key = names.get(path, (Path(path).stem, ""))
                item = items.get(item_id) or {"id": item_id}
                try:  # local files: named as the remote layers, marked local
                    made.append((layers.item_layer(item, key, path, local=True), item))
                except StacPluginError as exc:
                    errors.append((path, layers.failure_reason(exc)))
            layers.add_item_layers(made, QgsProject.instance())
            if errors:
                notify(
                    self.iface, tr("{n} saved file(s) could not be added to the map.").format(n=len(errors)),
                    Qgis.MessageLevel.Warning, "\n".join(f"{u}: {w}" for u, w in errors),
                )
