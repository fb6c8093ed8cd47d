"""The ``URL`` parameter's widget in Processing dialogs: the saved connections as an editable pick list."""

from __future__ import annotations

from typing import Any

from processing.gui.wrappers import WidgetWrapper
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QSizePolicy

from ..i18n import tr
from .common import load_settings


def connection_choices() -> list[tuple[str, str]]:
    """(label, url) of every saved connection, in the dock's order."""
    settings = load_settings()
    if settings is None:
        return []
    return [(f"{c.name} — {c.url}", c.url) for c in settings.connections if c.url]


class ConnectionUrlWrapper(WidgetWrapper):
    """An editable combo box: pick a saved connection (its URL is used) or type any URL."""

    def createWidget(self, **_kwargs: Any) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for label, url in connection_choices():
            combo.addItem(label, url)
            combo.setItemData(combo.count() - 1, url, Qt.ItemDataRole.ToolTipRole)
        combo.setToolTip(tr("A saved connection of the STAC dock, or any STAC API URL"))
        combo.setCurrentIndex(-1)
        combo.setEditText("")
        return combo

    def setValue(self, value: Any) -> None:
        text = "" if value is None else str(value)
        index = self.widget.findData(text)
        if index >= 0:
            self.widget.setCurrentIndex(index)
        else:
            self.widget.setCurrentIndex(-1)
            self.widget.setEditText(text)

    def value(self) -> str:
        text = self.widget.currentText().strip()
        index = self.widget.findText(text)
        if index >= 0:
            return str(self.widget.itemData(index))
        return text
