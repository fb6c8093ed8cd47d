"""The STAC search dock: connection, search area and filters, results, item details and actions."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsApplication, QgsSettings, QgsTask
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QByteArray, QDate, QItemSelection, QModelIndex, QSize, Qt, QTimer
from qgis.PyQt.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from ..plugin.core import items
from ..plugin.core.errors import StacPluginError
from ..plugin.core.models import Connection, ItemSummary, SearchPage, SearchRequest
from ..plugin.core.stac_api import io_of
from ..plugin.core.static_catalog import is_static, static_note
from ..plugin.deps import warm_imports
from ..plugin.i18n import tr
from ..plugin.log import notify
from ..plugin.settings import Settings
from ..plugin.tasks import NextPageTask, OpenConnectionTask, SearchTask
from .asset_actions import AssetActions
from .collections_list import CollectionList
from .connection_dialog import ConnectionDialog
from .footprints import FootprintBand
from .footprints_layer import FootprintsLayer
from .guard import guarded
from .item_details import ItemDetails
from .picture_actions import PictureActions
from .results_menu import ResultsMenu, footprint_section
from .results_model import COL_DATETIME, ITEM_ROLE, ResultsModel, ResultsProxyModel
from .results_view import SelectedRowInView, fit_columns, setup_results_view
from .search_area import SearchArea
from .search_extras import SearchExtras
from .search_form import SearchForm
from .thumbnails import THUMB_SIZE, ResultThumbnails

FORM_CLASS, _ = uic.loadUiType(str(Path(__file__).with_name("dock.ui")))

SPLITTER_KEY = "stac_plugin/dock_splitter"
"""QgsSettings key of the sizes the user gave the search, results and details panels."""
WARM_JOIN_S = 30.0
"""Longest wait, when the dock unloads, for the background import started on its first show."""
DEFAULT_WIDTH_CHARS = 66
"""The width QGIS first gives the dock, in average characters: ID, date, cloud cover and platform in view."""


class StacDock(QgsDockWidget, FORM_CLASS):
    """Search a STAC API and load or save the assets found."""

    def __init__(self, iface: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("StacDock")
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.settings = Settings.load()
        self._init_state()
        self.collections = CollectionList(self.collectionsView, self.collectionFilter, self)
        self.area = SearchArea(
            self.canvas,
            extent_radio=self.extentRadio,
            extent_label=self.extentLabel,
            point_radio=self.pointRadio,
            pick_button=self.pickPointButton,
            point_label=self.pointLabel,
            buffer_spin=self.bufferSpin,
            parent=self,
        )
        self._init_splitter()
        self._init_results()
        self._init_actions()
        self._init_filters()
        self.extras = SearchExtras(self, self._run)  # sort order, catalog filter, "Copy as Python"
        self._wire()
        self.reload_connections(self.settings.current_connection)
        self.search_form = SearchForm(self)
        self._update_status()

    # Set-up -----------------------------------------------------------------
    def _init_state(self) -> None:
        self.client: Any = None
        self.client_url = ""
        self.stream: Any = None
        self.matched: int | None = None
        self.filter_mode = "none"
        self._tasks: set[QgsTask] = set()
        self._connect_task: OpenConnectionTask | None = None
        self._search_after_connect = False
        self._search_task: SearchTask | None = None
        self._more_task: NextPageTask | None = None
        self._incomplete_reported: tuple[int, int, int] = (0, 0, 0)
        self._cancelled = False
        """Whether the user stopped the last search (its state says so until the next one)."""
        self._shown = False
        self._warming: threading.Thread | None = None
        """The background import of the packages saving needs (see ``deps.warm_imports``)."""

    def _init_splitter(self) -> None:
        """The results take the height the dock gains; the panels above and below keep theirs."""
        for index, stretch in enumerate((0, 1, 0)):
            self.mainSplitter.setStretchFactor(index, stretch)
        self.mainSplitter.setChildrenCollapsible(False)
        state = QgsSettings().value(SPLITTER_KEY, QByteArray(), type=QByteArray)
        self._sized = bool(state) and self.mainSplitter.restoreState(state)

    def _init_results(self) -> None:
        """The results table, its thumbnails and the details of the selected items."""
        self.model = ResultsModel(self)
        self.proxy = ResultsProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.resultsView.setModel(self.proxy)
        self.resultsView.sortByColumn(COL_DATETIME, Qt.SortOrder.DescendingOrder)
        setup_results_view(self.resultsView)
        self.resultsView.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.selected_in_view = SelectedRowInView(self.resultsView)
        self.details = ItemDetails(self.propertiesTree, self.assetsTree, self)
        self.thumbnails = ResultThumbnails(self.resultsView, self.proxy, self.model, parent=self)
        self.detailsTabs.addTab(self.thumbnails.preview, tr("Preview"))
        # The tabs may shrink to a few asset rows: the actions below them keep their room, and the
        # height the details would otherwise claim goes to the results.
        self.detailsTabs.setMinimumHeight(self.detailsTabs.tabBar().sizeHint().height() + 64)
        self.resultsButtonLayout.insertWidget(1, self.thumbnails.toggle)

    def _init_actions(self) -> None:
        """Footprints, the results menu, and the add, save and picture actions."""
        iface = self.iface
        self.footprints = FootprintBand(self.canvas)
        self.footprints_layer = FootprintsLayer(iface, self.canvas, self.resultsView, self.model, parent=self)
        self.results_menu = ResultsMenu(iface, self.resultsView, self)
        self.results_menu.add_section(footprint_section(self.footprints_layer, self.selected_items))
        self.asset_actions = AssetActions(
            iface,
            self.canvas,
            self.details,
            self._run,
            add_button=self.addToMapButton,
            save_button=self.saveButton,
            progress=self.saveProgress,
            cancel_button=self.cancelSaveButton,
            parent_widget=self,
        )
        self.picture_actions = PictureActions(
            iface, self.canvas, self.details, self._run, asset_actions=self.asset_actions, parent_widget=self
        )
        self.results_menu.add_section(self.picture_actions.menu_section)

    def _init_filters(self) -> None:
        today = QDate.currentDate()
        self.startDate.setDate(today.addMonths(-1))
        self.endDate.setDate(today)
        self.startDate.setEnabled(False)
        self.endDate.setEnabled(False)
        self.maxItemsSpin.setValue(self.settings.max_items)
        self.timeoutSpin.setValue(max(1, int(self.settings.timeout_s)))
        self.bufferSpin.setValue(self.settings.point_buffer_m)
        self.cloudSpin.setEnabled(False)

    def _wire(self) -> None:
        self.connectionCombo.activated.connect(lambda _i: self._on_connection_chosen())
        self.addConnectionButton.clicked.connect(lambda _c=False: self._on_add_connection())
        self.editConnectionButton.clicked.connect(lambda _c=False: self._on_edit_connection())
        self.removeConnectionButton.clicked.connect(lambda _c=False: self._on_remove_connection())
        self.connectButton.clicked.connect(lambda _c=False: self._on_connect_clicked())
        self.startCheck.toggled.connect(self.startDate.setEnabled)
        self.endCheck.toggled.connect(self.endDate.setEnabled)
        self.cloudCheck.toggled.connect(self.cloudSpin.setEnabled)
        self.searchButton.clicked.connect(lambda _c=False: self._on_search_clicked())
        self.timeoutSpin.valueChanged.connect(self._on_timeout_changed)
        self.loadMoreButton.clicked.connect(lambda _c=False: self.load_more())
        self.saveResultsButton.clicked.connect(lambda _c=False: self._on_save_results_clicked())
        self.resultsFilter.textChanged.connect(self.proxy.setFilterFixedString)
        self.resultsView.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.resultsView.doubleClicked.connect(self._on_double_clicked)

    def _run(self, task: QgsTask) -> None:
        """Start ``task``, keeping a reference until it has finished."""
        self._tasks.add(task)
        task.taskCompleted.connect(lambda t=task: self._tasks.discard(t))
        task.taskTerminated.connect(lambda t=task: self._tasks.discard(t))
        QgsApplication.taskManager().addTask(task)

    # Connections --------------------------------------------------------------
    def reload_connections(self, select: str = "") -> None:
        """Fill the combo from the settings and select ``select`` (or the first)."""
        self.connectionCombo.blockSignals(True)
        try:
            self.connectionCombo.clear()
            for connection in self.settings.connections:
                self.connectionCombo.addItem(connection.name, connection.name)
                index = self.connectionCombo.count() - 1
                self.connectionCombo.setItemData(index, connection.url, Qt.ItemDataRole.ToolTipRole)
            index = self.connectionCombo.findData(select) if select else 0
            self.connectionCombo.setCurrentIndex(max(index, 0))
        finally:
            self.connectionCombo.blockSignals(False)
        has = self.connectionCombo.count() > 0
        for button in (self.editConnectionButton, self.removeConnectionButton, self.connectButton):
            button.setEnabled(has)

    def current_connection(self) -> Connection | None:
        """The connection selected in the combo."""
        return self.settings.connection(self.connectionCombo.currentData() or "")

    def add_connection(self, connection: Connection, select: bool = True) -> None:
        """Store ``connection`` (replacing one of the same name) and select it."""
        others = [c for c in self.settings.connections if c.name != connection.name]
        self.settings.connections = [*others, connection]
        if select:
            self.settings.current_connection = connection.name
        self.settings.save()
        self.reload_connections(self.settings.current_connection)
        if select:
            self._forget_client()

    def _forget_client(self) -> None:
        """Drop the connection and everything found through it (results of another catalog are stale)."""
        self.cancel_search()
        self.cancel_connect()
        self._cancelled = False
        self.client = None
        self.client_url = ""
        self.collections.clear()
        self._clear_results()

    @guarded
    def _on_connection_chosen(self) -> None:
        connection = self.current_connection()
        if connection is None:
            return
        self.settings.current_connection = connection.name
        self.settings.save()
        self._forget_client()
        self.connect_current()

    @guarded
    def _on_add_connection(self) -> None:
        dialog = ConnectionDialog(None, [c.name for c in self.settings.connections], self)
        if dialog.exec():
            self.add_connection(dialog.connection())
            self.connect_current()

    @guarded
    def _on_edit_connection(self) -> None:
        old = self.current_connection()
        if old is None:
            return
        taken = [c.name for c in self.settings.connections if c.name != old.name]
        dialog = ConnectionDialog(old, taken, self)
        if not dialog.exec():
            return
        new = dialog.connection()
        self.settings.connections = [new if c.name == old.name else c for c in self.settings.connections]
        self.settings.current_connection = new.name
        self.settings.save()
        self.reload_connections(new.name)
        self._forget_client()
        self.connect_current()

    @guarded
    def _on_remove_connection(self) -> None:
        connection = self.current_connection()
        if connection is None:
            return
        answer = QMessageBox.question(
            self, tr("Remove Connection"), tr("Remove the connection “{name}”?").format(name=connection.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.settings.connections = [c for c in self.settings.connections if c.name != connection.name]
        remaining = self.settings.connections
        self.settings.current_connection = remaining[0].name if remaining else ""
        self.settings.save()
        self.reload_connections(self.settings.current_connection)
        self._forget_client()

    @guarded
    def connect_current(self, then_search: bool = False) -> OpenConnectionTask | None:
        """Open the selected API and list its collections (in a task)."""
        connection = self.current_connection()
        if connection is None:
            raise StacPluginError(tr("Add a STAC API connection first."))
        if self._connect_task is not None:
            self._connect_task.cancel()
        self._search_after_connect = then_search
        task = OpenConnectionTask(connection, self.settings.timeout_s)
        self._connect_task = task
        task.opened.connect(lambda client, colls, t=task, c=connection: self._on_opened(t, c, client, colls))
        task.failed.connect(lambda msg, detail, t=task: self._on_connect_failed(t, msg, detail))
        task.cancelled.connect(lambda t=task: self._on_connect_ended(t))
        self._show_connecting(True)
        self.statusLabel.setText(tr("Connecting to {name}…").format(name=connection.name))
        self._run(task)
        return task

    def _on_connect_clicked(self) -> None:
        if self._connect_task is not None:
            self.cancel_connect()
        else:
            self.connect_current()

    def cancel_connect(self) -> None:
        """Stop connecting (a request in flight is aborted); a search waiting for it is dropped."""
        task = self._connect_task
        if task is None:
            return
        task.cancel()
        self._on_connect_ended(task)
        self._search_after_connect = False
        self._set_searching(self._search_task is not None or self._more_task is not None)
        self._update_status()

    def _on_connect_ended(self, task: QgsTask) -> bool:
        if task is not self._connect_task:
            return False
        self._connect_task = None
        self._show_connecting(False)
        return True

    def _show_connecting(self, connecting: bool) -> None:
        """The Connect button reads Cancel while a connection is being opened."""
        self.connectButton.setText(tr("Cancel") if connecting else tr("Connect"))
        self.connectButton.setToolTip(
            tr("Stop connecting") if connecting
            else tr("Read the API's landing page and list its collections")
        )
        self.connectButton.setEnabled(connecting or self.connectionCombo.count() > 0)

    @guarded
    def _on_opened(self, task: QgsTask, connection: Connection, client: Any, collections: list) -> None:
        if not self._on_connect_ended(task):
            return
        self.client = client
        self.client_url = connection.url
        self.thumbnails.loader.set_auth(connection.auth_cfg, connection.url)
        wanted = connection.collections
        self.collections.set_collections(collections, wanted)
        self.extras.on_connected()
        self._update_status()
        if self._search_after_connect:
            self._search_after_connect = False
            self.start_search()

    def _on_connect_failed(self, task: QgsTask, message: str, detail: str) -> None:
        if not self._on_connect_ended(task):
            return
        self._search_after_connect = False
        self._set_searching(False)
        notify(self.iface, message, Qgis.MessageLevel.Critical, detail)
        self.statusLabel.setText(tr("Not connected: {message}").format(message=tr(message)))

    # Search -------------------------------------------------------------------
    def build_request(self) -> SearchRequest:
        """The request the widgets describe."""
        connection = self.current_connection()
        if connection is None:
            raise StacPluginError(tr("Add a STAC API connection first."))
        bbox, intersects = self.area.request_geometry()
        return SearchRequest(
            url=connection.url,
            collections=tuple(self.collections.checked_ids()),
            bbox=bbox,
            intersects=intersects,
            datetime=self.search_form.datetime_interval(),
            max_cloud=float(self.cloudSpin.value()) if self.cloudCheck.isChecked() else None,
            max_items=self.maxItemsSpin.value(),
            page_size=max(1, min(self.settings.page_size, self.maxItemsSpin.value())),
            sortby=self.extras.sortby(),
            filter=self.extras.filter_text(),  # a malformed filter stops here, before any request
        )

    def is_searching(self) -> bool:
        """Whether a search (or "load more", or the connection a search waits for) is in flight."""
        return self._search_task is not None or self._more_task is not None or self._search_after_connect

    def _on_search_clicked(self) -> None:
        if self.is_searching():
            self.cancel_search()
            self._update_status()
        else:
            self.start_search()

    def cancel_search(self) -> None:
        """Cancel the search in flight, if any (and the connection it waits for)."""
        if self.is_searching():
            self._cancelled = True
        if self._search_after_connect:
            self._search_after_connect = False
            self.cancel_connect()
        for task in (self._search_task, self._more_task):
            if task is not None:
                task.cancel()
        self._search_task = None
        self._more_task = None
        self._set_searching(False)

    @guarded
    def start_search(self) -> SearchTask | None:
        """Search with the current widgets, cancelling any search in flight."""
        self.cancel_search()
        problem = self.search_form.date_problem()
        if problem:
            raise StacPluginError(problem)
        request = self.build_request()
        self._cancelled = False
        self.search_form.set_folded(True)
        self.settings.max_items = request.max_items
        self.settings.point_buffer_m = self.bufferSpin.value()
        self.settings.save()
        if self.client is None or self.client_url != request.url:
            self.connect_current(then_search=True)
            self._set_searching(True)
            return None
        self._clear_results()
        task = SearchTask(request, self.client)
        self._search_task = task
        return self._start_page_task(task)

    @guarded
    def load_more(self) -> NextPageTask | None:
        """Fetch one more page of the current search."""
        if self.stream is None or not self.stream.has_more or self.is_searching():
            return None
        task = NextPageTask(self.stream)
        self._more_task = task
        return self._start_page_task(task)

    def _start_page_task(self, task: SearchTask | NextPageTask) -> SearchTask | NextPageTask:
        """Route a page-fetching task's signals to the results and run it."""
        task.page_ready.connect(lambda page, t=task: self._on_page(t, page))
        task.done.connect(lambda stream, t=task: self._on_search_done(t, stream))
        task.failed.connect(lambda msg, detail, t=task: self._on_search_failed(t, msg, detail))
        task.cancelled.connect(lambda t=task: self._on_search_cancelled(t))
        self._set_searching(True)
        self._update_status()
        self._run(task)
        return task

    def _is_current(self, task: QgsTask) -> bool:
        return task is self._search_task or task is self._more_task

    def _finish(self, task: QgsTask) -> None:
        if task is self._search_task:
            self._search_task = None
        if task is self._more_task:
            self._more_task = None
        self._set_searching(self.is_searching())

    @guarded
    def _on_page(self, task: QgsTask, page: SearchPage) -> None:
        if not self._is_current(task):
            return
        first = self.model.rowCount() == 0
        self.model.append_items(page.items)
        self.matched = page.matched
        self.filter_mode = page.filter_mode
        if first and page.items:
            fit_columns(self.resultsView, THUMB_SIZE + 4 if self.thumbnails.enabled else 0)
        self._update_status()

    @guarded
    def _on_search_done(self, task: QgsTask, stream: Any) -> None:
        if not self._is_current(task):
            return
        self._report_incomplete_items(stream)
        self.stream = stream
        if stream is not None:
            self.matched = stream.matched
            self.filter_mode = stream.filter_mode
        self._finish(task)
        self._update_status()

    def _on_search_failed(self, task: QgsTask, message: str, detail: str) -> None:
        if not self._is_current(task):
            return
        self._finish(task)
        notify(self.iface, message, Qgis.MessageLevel.Critical, detail)
        self._update_status()
        self.statusLabel.setText(tr("Search failed: {message}").format(message=tr(message)))

    def _on_search_cancelled(self, task: QgsTask) -> None:
        if self._is_current(task):  # cancelled elsewhere, e.g. in QGIS's task manager
            self._cancelled = True
            self._finish(task)
            self._update_status()

    def _report_incomplete_items(self, stream: Any) -> None:
        """One message about results without geometry or date, or skipped as not STAC items."""
        missing_geometry = sum(1 for item in self.model.items() if not item.geometry and not item.bbox)
        missing_date = sum(1 for item in self.model.items() if not item.datetime)
        skipped = getattr(stream, "skipped_invalid", 0) if stream is not None else 0
        parts = []
        if missing_geometry:
            parts.append(tr("{n} without geometry (no footprint)").format(n=missing_geometry))
        if missing_date:
            parts.append(tr("{n} without date").format(n=missing_date))
        if skipped:
            parts.append(tr("{n} skipped as not STAC items").format(n=skipped))
        counts = (missing_geometry, missing_date, skipped)
        if not parts or counts == self._incomplete_reported:
            return
        self._incomplete_reported = counts
        message = tr("Some results are incomplete: {parts}.").format(parts="; ".join(parts))
        notify(self.iface, message, Qgis.MessageLevel.Warning)

    @guarded
    def _on_timeout_changed(self, seconds: int) -> None:
        """Apply a new request timeout to STAC requests and raster reads (which read it from the
        settings when they start), and remember it."""
        self.settings.timeout_s = int(seconds)
        self.settings.save()
        stac_io = io_of(self.client)  # the QgisStacApiIO the connection was opened with
        if stac_io is not None and hasattr(stac_io, "timeout_s"):
            stac_io.timeout_s = seconds

    def _set_searching(self, searching: bool) -> None:
        self.searchButton.setText(tr("Cancel") if searching else tr("Search"))
        self.searchButton.setToolTip(
            tr("Stop the search in flight") if searching else tr("Search the selected API")
        )
        form = getattr(self, "search_form", None)
        if form is not None:
            form.update()
        self._update_actions()

    def _clear_results(self) -> None:
        self.stream = None
        self.matched = None
        self.filter_mode = "none"
        self._incomplete_reported = (0, 0, 0)
        self.thumbnails.reset()
        self.model.clear()
        self.details.show([])
        self.footprints.clear()
        self._update_status()

    def status_text(self) -> str:
        """The one-line state of the search: connecting, searching, cancelled, results, nothing found."""
        count = self.model.rowCount()
        if self._search_task is not None:
            return _searching_text(count)
        if count == 0 and (self.stream is None or self.client is None) and self._more_task is None:
            return self._idle_text()
        if self.matched is not None:
            text = tr("{count} of {matched} matched").format(count=count, matched=self.matched)
        elif is_static(self.client):
            text = tr("{count} items found so far").format(count=count)
        else:
            text = tr("{count} items (total matched not reported by this API)").format(count=count)
        if is_static(self.client):  # said once, after the count
            text += tr(" · static catalog, filtered by the plugin")
        if self._more_task is not None:
            text += tr(" · loading more…")
        elif self._cancelled:
            text = tr("Cancelled · {text}").format(text=text) if count else tr("Cancelled")
        elif count == 0:
            text = tr("No items match: {hint}").format(hint=self.empty_hint())
        return text

    def _idle_text(self) -> str:
        """The state before any result: connecting, cancelled, connected or not."""
        if self._connect_task is not None:
            return tr("Connecting…")
        if self._cancelled:
            return tr("Cancelled")
        if self.client is None:
            return tr("Not connected")
        return tr("Connected: {n} collections").format(n=len(self.collections.ids()))

    def empty_hint(self) -> str:
        """What to change when a search finds nothing."""
        ideas = []
        if self.startCheck.isChecked() or self.endCheck.isChecked():
            ideas.append(tr("widen the dates"))
        if self.cloudCheck.isChecked():
            ideas.append(tr("raise Max cloud"))
        if self.collections.checked_ids():
            ideas.append(tr("tick more collections"))
        ideas.append(tr("zoom out") if self.extentRadio.isChecked() else tr("pick another point"))
        if len(ideas) == 1:
            return ideas[0]
        return tr("{some} or {last}").format(some=", ".join(ideas[:-1]), last=ideas[-1])

    def note_text(self) -> str:
        """Notes about how the search was done (static catalog or cloud limit, sort order)."""
        how = static_note(self.stream) if is_static(self.client) else self._cloud_note()
        return " ".join(note for note in (how, self.extras.note()) if note)

    def _cloud_note(self) -> str:
        if self.filter_mode != "client":
            return ""
        text = tr("Cloud limit applied by the plugin: this API cannot filter on cloud cover")
        dropped = getattr(self.stream, "dropped_without_cloud", 0) if self.stream is not None else 0
        if dropped:
            text += tr("; {n} item(s) without a cloud cover left out").format(n=dropped)
        if self.matched is not None:
            text += tr("; the matched count is before the cloud limit")
        return text + "."

    def _update_status(self) -> None:
        self.statusLabel.setText(self.status_text())
        self.noteLabel.setText(self.note_text())
        self.noteLabel.setVisible(bool(self.noteLabel.text()))
        self._update_actions()

    def _update_actions(self) -> None:
        has_more = self.stream is not None and self.stream.has_more
        self.loadMoreButton.setEnabled(has_more and not self.is_searching())
        self.saveResultsButton.setEnabled(self.model.rowCount() > 0)
        self.asset_actions.update_buttons()

    # Selection ----------------------------------------------------------------
    def selected_items(self) -> list[ItemSummary]:
        """The items of the selected rows, in view order."""
        rows = self.resultsView.selectionModel().selectedRows()
        rows.sort(key=lambda index: index.row())
        return [self.proxy.data(index, ITEM_ROLE) for index in rows]

    def select_items(self, item_ids: list[str]) -> None:
        """Select the rows of ``item_ids`` (for keyboard-free use and tests)."""
        selection = QItemSelection()
        wanted = set(item_ids)
        last = self.proxy.columnCount() - 1
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, ITEM_ROLE).id in wanted:
                selection.select(index, self.proxy.index(row, last))
        flags = self.resultsView.selectionModel().SelectionFlag
        self.resultsView.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)

    @guarded
    def _on_selection_changed(self, *_args: Any) -> None:
        selected = self.selected_items()
        self.details.show(selected)
        self.thumbnails.show_preview(selected[0] if selected else None)
        self.footprints.show(selected)
        self._update_actions()

    @guarded
    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.footprints.show([self.proxy.data(index, ITEM_ROLE)])
        extent = self.footprints.extent()
        if not extent.isEmpty():
            extent.scale(1.1)
            self.canvas.setExtent(extent)
            self.canvas.refresh()

    # Asset actions ------------------------------------------------------------
    def add_selected_to_map(self) -> Any:
        """Add the checked assets of the selected items as layers (see :class:`AssetActions`)."""
        return self.asset_actions.add_selected_to_map()

    def save_selected(self, folder: str, clip: bool = False, add_to_map: bool = False,
                      overwrite: bool | None = None) -> Any:
        """Save the checked assets of the selected items to ``folder`` (see :class:`AssetActions`)."""
        return self.asset_actions.save_selected(folder, clip=clip, add_to_map=add_to_map, overwrite=overwrite)

    def cancel_save(self) -> None:
        """Cancel the save in flight."""
        self.asset_actions.cancel_save()

    # Save results -------------------------------------------------------------
    @guarded
    def _on_save_results_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("Save Results"),
            str(Path(self.asset_actions.save_folder or ".") / "stac-results.geojson"),
            tr("GeoJSON (*.geojson *.json)"),
        )
        if path:
            self.save_results(path)

    @guarded
    def save_results(self, path: str) -> str | None:
        """Write the results as a GeoJSON ItemCollection."""
        rows = self.model.items()
        if not rows:
            raise StacPluginError(tr("There are no results to save."))
        written = items.save_item_collection(rows, path)
        message = tr("Saved {n} item(s) to {path}.").format(n=len(rows), path=written or path)
        notify(self.iface, message, Qgis.MessageLevel.Success)
        return written or path

    def sizeHint(self) -> QSize:
        """Wide enough for the main result columns (QGIS opens a dock at its size hint)."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.default_width()), hint.height())

    def default_width(self) -> int:
        """See :data:`DEFAULT_WIDTH_CHARS`."""
        return DEFAULT_WIDTH_CHARS * self.fontMetrics().averageCharWidth()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self._warming = warm_imports()  # now, while the user looks at the dock, not during the first save
            QTimer.singleShot(0, self._widen)
            # Sizes remembered from another session: the form, open again, gets the room it needs.
            QTimer.singleShot(0, self.search_form.fit if self._sized else self._fit_panels)

    def _widen(self) -> None:
        """First show in a main window: as wide as :meth:`default_width` (Qt gives a new dock its minimum)."""
        window = self.parentWidget()
        if isinstance(window, QMainWindow) and not self.isFloating() and self.width() < self.default_width():
            window.resizeDocks([self], [self.default_width()], Qt.Orientation.Horizontal)

    def _fit_panels(self) -> None:
        """First show: the search panel gets what it needs (up to 45 %), details a fifth, results the rest."""
        total = sum(self.mainSplitter.sizes())
        wanted = min(self.search_form.needed_height(), total * 9 // 20)
        search = max(self.searchPanel.minimumSizeHint().height(), wanted)
        details = max(self.detailsPanel.minimumSizeHint().height(), total // 5)
        results = total - search - details
        if results > self.resultsPanel.minimumSizeHint().height():
            self.mainSplitter.setSizes([search, results, details])

    # Teardown -----------------------------------------------------------------
    def unload(self) -> None:
        """Cancel running work, take the dock's marks off the canvas, remember the panel sizes."""
        QgsSettings().setValue(SPLITTER_KEY, self.mainSplitter.saveState())
        self.cancel_search()
        self.cancel_connect()
        self.extras.unload()
        self.asset_actions.cancel_all()
        self.picture_actions.cancel()
        self.thumbnails.unload()
        self.area.unload()
        self.footprints.remove()
        self.footprints_layer.unload()
        if self._warming is not None:
            self._warming.join(WARM_JOIN_S)
            self._warming = None


def _searching_text(count: int) -> str:
    """The status line while a search runs."""
    if not count:
        return tr("Searching…")
    if count == 1:
        return tr("Searching… 1 item so far")
    return tr("Searching… {n} items so far").format(n=count)
