"""Table model of search results, filled page by page as they arrive."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from ..plugin.core.models import ItemSummary
from ..plugin.i18n import QT_TR_NOOP, tr
from .item_details import plain_tooltip

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role the proxy sorts on: numbers for cloud cover, ISO text for dates."""
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role returning the row's :class:`ItemSummary`."""

_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_RIGHT = int(getattr(_ALIGN, "value", _ALIGN))
"""Right-aligned, as the int Qt expects (Qt6 flags are Python enums)."""

COLUMNS: tuple[str, ...] = (
    QT_TR_NOOP("ID"), QT_TR_NOOP("Date-time"), QT_TR_NOOP("Cloud %"), QT_TR_NOOP("Platform"),
    QT_TR_NOOP("Collection"),
)
COL_ID, COL_DATETIME, COL_CLOUD, COL_PLATFORM, COL_COLLECTION = range(len(COLUMNS))


def _display_datetime(value: str) -> str:
    """ISO 8601 text shortened for a table cell, to the minute: ``2020-03-28 10:46`` (UTC; the
    full value is the tooltip)."""
    text = value.replace("T", " ")
    if text.endswith("Z"):
        text = text[:-1]
    if len(text) >= 16 and text[13] == ":" and text[10] == " ":
        return text[:16]
    dot = text.find(".", 10)
    return text[:dot] if dot > 0 else text


def cloud_text(value: float | None) -> str:
    """Cloud cover for a cell: one decimal, two significant digits below 1 % (0.0003, not 0.0)."""
    if value is None:
        return ""
    value = float(value)
    if value == 0 or abs(value) >= 1:
        return "0" if value == 0 else f"{value:.1f}"
    decimals = min(12, 1 - math.floor(math.log10(abs(value))))
    return f"{value:.{decimals}f}".rstrip("0").rstrip(".")


def _display(item: ItemSummary, col: int) -> str | None:
    if col == COL_CLOUD:
        return cloud_text(item.cloud_cover)
    if col == COL_DATETIME:
        return _display_datetime(item.datetime)
    values = {COL_ID: item.id, COL_PLATFORM: item.platform, COL_COLLECTION: item.collection}
    return values.get(col)


def _tooltip(item: ItemSummary, col: int) -> str:
    if col == COL_CLOUD:
        return "" if item.cloud_cover is None else f"eo:cloud_cover {item.cloud_cover!r} %"
    return item.id if col == COL_ID else item.datetime


def _sort_key(item: ItemSummary, col: int) -> Any:
    if col == COL_CLOUD:
        # Items without a cloud cover sort after every number.
        return 1000.0 if item.cloud_cover is None else float(item.cloud_cover)
    if col == COL_DATETIME:
        return item.datetime
    return _display(item, col)


class ResultsModel(QAbstractTableModel):
    """The items of one search; rows are only ever appended or all cleared."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[ItemSummary] = []
        self._decoration: Callable[[ItemSummary], Any] | None = None

    # Qt API ---------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        col = index.column()
        value: Any = None
        if role == ITEM_ROLE:
            value = item
        elif role == Qt.ItemDataRole.DisplayRole:
            value = _display(item, col)
        elif role == SORT_ROLE:
            value = _sort_key(item, col)
        elif role == Qt.ItemDataRole.ToolTipRole and col in (COL_ID, COL_DATETIME, COL_CLOUD):
            value = plain_tooltip(_tooltip(item, col))
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == COL_CLOUD:
            value = _RIGHT
        elif role == Qt.ItemDataRole.DecorationRole and col == COL_ID and self._decoration is not None:
            value = self._decoration(item)
        return value

    # Own API --------------------------------------------------------------
    def append_items(self, items: Iterable[ItemSummary]) -> int:
        """Append rows in one insert; returns how many were added."""
        new = list(items)
        if not new:
            return 0
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._items.extend(new)
        self.endInsertRows()
        return len(new)

    def clear(self) -> None:
        """Remove every row."""
        if not self._items:
            return
        self.beginResetModel()
        self._items = []
        self.endResetModel()

    def items(self) -> list[ItemSummary]:
        """All items, in arrival order."""
        return list(self._items)

    def item(self, row: int) -> ItemSummary:
        """The item of a source row."""
        return self._items[row]

    def set_decoration(self, provider: Callable[[ItemSummary], Any] | None) -> None:
        """Show ``provider(item)`` (a pixmap) beside each ID; None shows nothing."""
        self._decoration = provider
        if self._items:
            first, last = self.index(0, COL_ID), self.index(len(self._items) - 1, COL_ID)
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.DecorationRole])

    def refresh_decoration(self, rows: Iterable[int]) -> None:
        """Tell the views the decoration of ``rows`` changed."""
        roles = [Qt.ItemDataRole.DecorationRole]
        for row in rows:
            if 0 <= row < len(self._items):
                index = self.index(row, COL_ID)
                self.dataChanged.emit(index, index, roles)


class ResultsProxyModel(QSortFilterProxyModel):
    """Sorts on :data:`SORT_ROLE` and filters on any column's text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setDynamicSortFilter(True)
