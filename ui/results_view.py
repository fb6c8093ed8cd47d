"""How the results table is laid out: columns that fit the dock, and the selected row kept in view."""

from __future__ import annotations

from qgis.PyQt.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..plugin.i18n import tr
from .results_model import COL_CLOUD, COL_DATETIME, COL_ID

ID_CHARS = 18
"""Characters of ID the ID column keeps beside its thumbnail before platform and collection get room."""
MIN_ID_CHARS = 7
"""Characters of ID kept in the narrowest view."""
HEADER_PAD = 18
"""Room beside a column title: margins and the sort arrow."""


def setup_results_view(view: QTableView) -> None:
    """Interactive, resizable columns; long IDs elided in the middle (the full ID is the tooltip)."""
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setSectionsMovable(True)
    header.setToolTip(tr("Click to sort; drag an edge to resize, a header to move its column"))
    view.verticalHeader().setVisible(False)


def fit_columns(view: QTableView, icon_width: int = 0) -> None:
    """Size the columns to their cells and titles, then share a narrow view.

    When not everything fits, the ID column (elided in the middle) keeps about :data:`ID_CHARS`
    characters and date and cloud cover stay in view; platform and collection are scrolled to. In a
    very narrow view the ID gives up more, down to :data:`MIN_ID_CHARS`, so date and cloud still fit.
    """
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    model = view.model()
    for col in range(header.count()):
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        title_width = metrics.horizontalAdvance(title) + HEADER_PAD
        header.resizeSection(col, max(view.sizeHintForColumn(col), title_width))
    scrollbar = view.verticalScrollBar()
    # Room for the vertical scroll bar the next pages bring, when it is not there yet.
    available = view.viewport().width() - (0 if scrollbar.isVisible() else scrollbar.sizeHint().width())
    wanted = header.sectionSize(COL_ID)
    others = sum(header.sectionSize(c) for c in range(header.count()) if c != COL_ID)
    char = view.fontMetrics().averageCharWidth()
    comfortable = icon_width + ID_CHARS * char
    width = available - others
    if width < comfortable:
        width = min(comfortable, available - header.sectionSize(COL_DATETIME) - header.sectionSize(COL_CLOUD))
    header.resizeSection(COL_ID, min(wanted, max(icon_width + MIN_ID_CHARS * char, width)))


class SelectedRowInView(QObject):
    """Keeps the selected row in view when rows arrive, are sorted or filtered, or the view shrinks.

    Only while the user has it in view: a row scrolled away from on purpose stays where it went.
    """

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.follow = False
        """Whether the selected row was in view at the last scroll or selection."""
        self._pending = False
        model = view.model()
        for signal in (model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(lambda *_a: self.schedule())
        view.verticalScrollBar().valueChanged.connect(lambda _v: self._note())
        view.selectionModel().selectionChanged.connect(lambda *_a: self._note())
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.schedule()
        return False

    def _selected(self) -> QModelIndex | None:
        selection = self.view.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return min(rows, key=lambda index: index.row()) if rows else None

    def _note(self) -> None:
        if self._pending:
            return  # a change is being followed: judge once it is done
        index = self._selected()
        if index is None:
            self.follow = False
            return
        top = self.view.rowViewportPosition(index.row())
        self.follow = top >= 0 and top + self.view.rowHeight(index.row()) <= self.view.viewport().height()

    def schedule(self) -> None:
        """Scroll once the view has taken the change in."""
        if self.follow and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.ensure_visible)

    def ensure_visible(self) -> None:
        """Scroll so the (first) selected row is in view."""
        self._pending = False
        index = self._selected()
        if index is not None:
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self._note()
