"""Server-side sort, the catalog filter and "Copy as Python", added to the dock from code.

The dock calls :class:`SearchExtras` in a few places: ``sortby()`` and ``filter_text()`` when it
builds a request, ``on_connected()`` when an API is open, ``note()`` for the status line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from qgis.core import Qgis
from qgis.PyQt.QtCore import QObject, Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QComboBox, QGridLayout, QLabel, QMenu, QToolButton

from ..plugin.core import python_script
from ..plugin.core.errors import StacPluginError
from ..plugin.core.save import saved_name
from ..plugin.core.sortby import NAMED_ORDERS
from ..plugin.i18n import QT_TR_NOOP, tr
from ..plugin.log import notify
from .filter_builder import FilterBuilder, start_queryables_task
from .guard import guarded
from .results_model import COL_CLOUD, COL_DATETIME

SORT_CHOICES = (
    (QT_TR_NOOP("Newest first"), NAMED_ORDERS["newest"]),
    (QT_TR_NOOP("Oldest first"), NAMED_ORDERS["oldest"]),
    (QT_TR_NOOP("Clearest first"), NAMED_ORDERS["clearest"]),
    (QT_TR_NOOP("Cloudiest first"), NAMED_ORDERS["cloudiest"]),
    (QT_TR_NOOP("API order"), ""),
)
_HEADER_ORDERS = {
    (COL_DATETIME, Qt.SortOrder.DescendingOrder): NAMED_ORDERS["newest"],
    (COL_DATETIME, Qt.SortOrder.AscendingOrder): NAMED_ORDERS["oldest"],
    (COL_CLOUD, Qt.SortOrder.AscendingOrder): NAMED_ORDERS["clearest"],
    (COL_CLOUD, Qt.SortOrder.DescendingOrder): NAMED_ORDERS["cloudiest"],
}
SCRIPT_MODES = (
    ("search", QT_TR_NOOP("Copy the search as Python")),
    ("open", QT_TR_NOOP("… and open the checked assets (rioxarray)")),
    ("save", QT_TR_NOOP("… and save the checked assets (rioxarray)")),
    ("clip", QT_TR_NOOP("… and save them clipped to the map extent")),
    ("mosaic", QT_TR_NOOP("… and load them as a mosaic (odc-stac, Dask)")),
)


def layout_of(widget: Any, layout: Any = None) -> Any:
    """The layout (maybe nested) that holds ``widget``, or None."""
    layout = widget.parentWidget().layout() if layout is None else layout
    if layout is None:
        return None
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return layout
        if item.layout() is not None:
            found = layout_of(widget, item.layout())
            if found is not None:
                return found
    return None


def _insert_after(anchor: Any, widget: Any) -> None:
    """Put ``widget`` right after ``anchor`` in the box layout holding it."""
    layout = layout_of(anchor)
    index = layout.indexOf(anchor)
    layout.insertWidget(index + 1, widget)


class SearchExtras(QObject):
    """Sort order, catalog filter and script export of the dock."""

    def __init__(self, dock: Any, run: Callable[[Any], None]) -> None:
        super().__init__(dock)
        self.dock = dock
        self.run = run
        """Starts a task as the dock does (keeps it until it ends)."""
        self.iface = dock.iface
        # Sort order: a row of the filters grid.
        self.sort_combo = QComboBox()
        self.sort_combo.setObjectName("sortCombo")
        for label, order in SORT_CHOICES:
            self.sort_combo.addItem(tr(label), order)
        self.sort_combo.currentIndexChanged.connect(lambda _i: self._show_sort_in_header())
        self.sort_combo.setToolTip(
            tr("Sent to the API as sortby, so the first page holds the newest or clearest scenes of the "
               "whole match; APIs that cannot sort get the items fetched sorted in QGIS")
        )
        grid = layout_of(dock.cloudSpin)
        if isinstance(grid, QGridLayout):
            row = grid.rowCount()
            grid.addWidget(QLabel(tr("Sort")), row, 0)
            grid.addWidget(self.sort_combo, row, 1, 1, max(1, grid.columnCount() - 1))
        # Catalog filter: a group after the filters group.
        self.filter = FilterBuilder(dock)
        _insert_after(dock.filtersGroup, self.filter.group)
        self._queryables_timer = QTimer(self)
        self._queryables_timer.setSingleShot(True)
        self._queryables_timer.setInterval(400)
        self._queryables_timer.timeout.connect(self.refresh_queryables)
        dock.collections.changed.connect(self._queryables_timer.start)
        # Copy as Python: next to the asset actions.
        self.copy_button = QToolButton()
        self.copy_button.setObjectName("copyPythonButton")
        self.copy_button.setText(tr("Copy as Python"))
        self.copy_button.setToolTip(tr("Copy a script that repeats this search (and the checked assets) "
                                       "with pystac-client and rioxarray"))
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(self.copy_button)
        for mode, label in SCRIPT_MODES:
            menu.addAction(tr(label)).triggered.connect(lambda _c=False, m=mode: self.copy_python(m))
        self.copy_button.setMenu(menu)
        self.copy_button.clicked.connect(lambda _c=False: self.copy_python("auto"))
        _insert_after(dock.saveButton, self.copy_button)
        # Clicking the date or cloud header of a partial result asks the API again, sorted.
        header = dock.resultsView.horizontalHeader()
        header.sectionClicked.connect(self._on_header_clicked)

    # Sort -----------------------------------------------------------------------
    def sortby(self) -> str | None:
        """The sort order the form asks for (``-datetime``…), None for the API's own order."""
        return self.sort_combo.currentData() or None

    def set_sortby(self, order: str) -> None:
        """Choose ``order`` in the sort combo."""
        index = self.sort_combo.findData(order)
        if index >= 0:
            self.sort_combo.setCurrentIndex(index)

    def _show_sort_in_header(self) -> None:
        """Sort the rows shown as the API is asked to (the header shows it)."""
        view = self.dock.resultsView
        for (column, order), name in _HEADER_ORDERS.items():
            if name == self.sortby():
                header = view.horizontalHeader()
                if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
                    view.sortByColumn(column, order)
                return

    @guarded
    def _on_header_clicked(self, column: int) -> None:
        dock = self.dock
        order = dock.resultsView.horizontalHeader().sortIndicatorOrder()
        wanted = _HEADER_ORDERS.get((column, order))
        if wanted is None:
            return
        self.set_sortby(wanted)
        stream = dock.stream
        partial = stream is not None and stream.has_more
        if partial and stream.sort_mode != "client" and not dock.is_searching():
            dock.start_search()  # the rows loaded are only part of the match: ask the API again

    def note(self) -> str:
        """What the status line says about the sort order ("" when the API sorted)."""
        stream = self.dock.stream
        if stream is None or getattr(stream, "sort_mode", "none") != "client":
            return ""
        count = self.dock.model.rowCount()
        if stream.has_more:
            message = tr("This API cannot sort: the {n} items loaded of the match are sorted in QGIS.")
            return message.format(n=count)
        return tr("This API cannot sort: the {n} items loaded are sorted in QGIS.").format(n=count)

    # Filter ---------------------------------------------------------------------
    def filter_text(self) -> str | None:
        """The catalog filter as CQL2-JSON text (None when empty); FilterError when malformed."""
        return self.filter.filter_text()

    def on_connected(self) -> None:
        """An API is open: read its queryables."""
        self.refresh_queryables()

    def refresh_queryables(self) -> None:
        """Read the queryables of the API (of the one collection ticked) in a task."""
        client = self.dock.client
        if client is None:
            return
        collections = tuple(self.dock.collections.checked_ids())
        start_queryables_task(self.filter, client, collections, self.run)

    def unload(self) -> None:
        """Stop the work in flight."""
        self._queryables_timer.stop()
        self.filter.cancel()

    # Copy as Python ---------------------------------------------------------------
    def script(self, mode: str = "auto") -> str:
        """The script for ``mode``: search, open, save, clip, mosaic or auto (open if assets are checked)."""
        from ..plugin.core.search import ItemStream

        dock = self.dock
        if dock.client is None:
            raise StacPluginError(tr("Connect and search first: the script repeats the current search."))
        stream = dock.stream  # the search whose results are shown, as it was sent
        if stream is None:
            stream = ItemStream(dock.build_request(), dock.client)  # built exactly; sends nothing
        chosen = [(item.id, asset.key) for item, asset in dock.details.selected_assets()]
        if mode == "auto":
            mode = "open" if chosen else "search"
        if mode != "search" and not chosen:
            raise StacPluginError(tr("Select items and check the assets the script should use."))
        folder = None
        if mode in ("save", "clip", "mosaic"):
            folder = dock.asset_actions.save_folder or str(Path.home() / "stac-downloads")
        clip, clip_crs = (None, "EPSG:4326")
        if mode in ("clip", "mosaic"):
            clip, clip_crs = dock.asset_actions.clip_box()
        connection = dock.current_connection()
        req = python_script.script_request(
            stream,
            max_items=dock.model.rowCount(),
            assets=[(i, k, saved_name(i, k, clip is not None)) for i, k in chosen if mode != "search"],
            folder=folder,
            clip=clip,
            clip_crs=clip_crs,
            mosaic=mode == "mosaic",
            asset_login=connection.asset_login if connection is not None else "",
        )
        return python_script.build_script(req)

    @guarded
    def copy_python(self, mode: str = "auto") -> str:
        """Put the script on the clipboard and say so."""
        text = self.script(mode)
        QApplication.clipboard().setText(text)
        notify(self.iface, tr("Python script copied to the clipboard."), Qgis.MessageLevel.Success)
        return text
