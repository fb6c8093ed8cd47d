"""How the results table is laid out: columns that fit the dock, and the selected row kept in view."""

from __future__ import annotations

from qgis.PyQt.QtCore import QEvent, QObject, Qt, QTimer
from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QTableView

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
    header.setToolTip("Click to sort; drag an edge to resize, a header to move its column")
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
    """Scrolls back to the selected row when rows arrive, are sorted or filtered, or the view shrinks."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        model = view.model()
        for signal in (model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(lambda *_a: self.schedule())
        view.viewport().installEventFilter(self)
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.schedule()
        return False

    def schedule(self) -> None:
        """Scroll once the view has taken the change in."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.ensure_visible)

    def ensure_visible(self) -> None:
        """Scroll so the (first) selected row is in view."""
        self._pending = False
        selection = self.view.selectionModel()
        if selection is None:
            return
        rows = selection.selectedRows()
        if rows:
            first = min(rows, key=lambda index: index.row())
            self.view.scrollTo(first, QAbstractItemView.ScrollHint.EnsureVisible)
