"""The checkable, filterable list of a connection's collections."""

from __future__ import annotations

from collections.abc import Iterable

from qgis.PyQt.QtCore import QObject, QSortFilterProxyModel, Qt, pyqtSignal
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import QLineEdit, QListView

from .item_details import plain_tooltip

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CollectionList(QObject):
    """Shows ``title (id)`` rows; the filter box matches titles and ids."""

    changed = pyqtSignal()

    def __init__(self, view: QListView, filter_edit: QLineEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(Qt.ItemDataRole.ToolTipRole)
        view.setModel(self.proxy)
        self._view = view
        filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self._filling = False
        self.model.itemChanged.connect(self._on_item_changed)

    def _on_item_changed(self, _item: QStandardItem) -> None:
        if not self._filling:
            self.changed.emit()

    def set_collections(self, collections: Iterable[tuple[str, str]], checked: Iterable[str] = ()) -> None:
        """Replace the rows with (id, title) pairs; check the ids in ``checked``."""
        wanted = set(checked)
        self._filling = True
        try:
            self.model.clear()
            for coll_id, title in collections:
                text = f"{title} ({coll_id})" if title and title != coll_id else coll_id
                row = QStandardItem(text)
                row.setData(coll_id, ID_ROLE)
                row.setToolTip(plain_tooltip(f"{title}\n{coll_id}"))
                row.setEditable(False)
                row.setCheckable(True)
                row.setCheckState(Qt.CheckState.Checked if coll_id in wanted else Qt.CheckState.Unchecked)
                self.model.appendRow(row)
        finally:
            self._filling = False
        self.changed.emit()

    def clear(self) -> None:
        """Remove every row."""
        self.set_collections([])

    def ids(self) -> list[str]:
        """Every listed collection id."""
        return [self.model.item(i).data(ID_ROLE) for i in range(self.model.rowCount())]

    def checked_ids(self) -> list[str]:
        """Ids of the checked collections, in list order."""
        out = []
        for i in range(self.model.rowCount()):
            row = self.model.item(i)
            if row.checkState() == Qt.CheckState.Checked:
                out.append(row.data(ID_ROLE))
        return out

    def set_checked(self, ids: Iterable[str]) -> None:
        """Check exactly ``ids``."""
        wanted = set(ids)
        for i in range(self.model.rowCount()):
            row = self.model.item(i)
            checked = row.data(ID_ROLE) in wanted
            row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
