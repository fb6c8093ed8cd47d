"""The details panel: properties of the selected item and the assets of the selection."""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from typing import Any

from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QPalette
from qgis.PyQt.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem

from ..plugin.core.models import AssetInfo, ItemSummary
from ..plugin.i18n import tr

MAX_VALUE_CHARS = 300
ASSET_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally, whatever markup it holds."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>" if text else ""


def _short(value: str) -> str:
    return value if len(value) <= MAX_VALUE_CHARS else value[: MAX_VALUE_CHARS - 1] + "…"


def _scalar_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _add_value(parent: QTreeWidgetItem | QTreeWidget, key: str, value: Any, depth: int = 0) -> None:
    node = QTreeWidgetItem([key, ""])
    if isinstance(parent, QTreeWidget):
        parent.addTopLevelItem(node)
    else:
        parent.addChild(node)
    if isinstance(value, dict) and depth < 6:
        node.setText(1, f"{{{len(value)}}}")
        for sub_key in sorted(value):
            _add_value(node, str(sub_key), value[sub_key], depth + 1)
    elif isinstance(value, list) and depth < 6 and any(isinstance(v, (dict, list)) for v in value):
        node.setText(1, f"[{len(value)}]")
        for i, sub in enumerate(value):
            _add_value(node, str(i), sub, depth + 1)
    else:
        text = ", ".join(_scalar_text(v) for v in value) if isinstance(value, list) else _scalar_text(value)
        node.setText(1, _short(text))
        node.setToolTip(1, plain_tooltip(_short(text) if len(text) > 4000 else text))


class ItemDetails(QObject):
    """Fills the properties tree and the assets tree for the selected items.

    Asset rows are the union of the selected items' asset keys. A checked key
    applies to every selected item that has it as a raster; checks are kept when
    the selection changes.
    """

    checked_changed = pyqtSignal()

    def __init__(self, properties: QTreeWidget, assets: QTreeWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._properties = properties
        self._assets = assets
        self._items: list[ItemSummary] = []
        self._checked: set[str] = set()
        self._filling = False
        properties.setColumnCount(2)
        properties.setHeaderLabels([tr("Property"), tr("Value")])
        assets.setColumnCount(4)
        assets.setHeaderLabels([tr("Asset"), tr("Title"), tr("Media type"), tr("Roles")])
        assets.setRootIsDecorated(False)
        assets.itemChanged.connect(self._on_item_changed)

    # Showing ----------------------------------------------------------------
    def show(self, items: Sequence[ItemSummary]) -> None:
        """Show the properties of the first item and the assets of all of them."""
        self._items = list(items)
        self._fill_properties()
        self._fill_assets()

    def _fill_properties(self) -> None:
        tree = self._properties
        tree.clear()
        if not self._items:
            return
        item = self._items[0]
        if len(self._items) > 1:
            head = QTreeWidgetItem([
                tr("{n} items selected").format(n=len(self._items)), tr("showing {id}").format(id=item.id)
            ])
            tree.addTopLevelItem(head)
        _add_value(tree, "id", item.id)
        _add_value(tree, "collection", item.collection)
        if item.bbox:
            _add_value(tree, "bbox", list(item.bbox))
        for key in sorted(item.properties):
            _add_value(tree, key, item.properties[key])
        tree.resizeColumnToContents(0)

    def _fill_assets(self) -> None:
        tree = self._assets
        self._filling = True
        try:
            tree.clear()
            by_key: dict[str, list[AssetInfo]] = {}
            for item in self._items:
                for asset in item.assets:
                    by_key.setdefault(asset.key, []).append(asset)
            palette = QApplication.palette()
            disabled = QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            n_items = len(self._items)
            # Loadable rasters first, each group in the items' own order.
            ordered = sorted(by_key.items(), key=lambda kv: not any(a.is_raster for a in kv[1]))
            for key, infos in ordered:
                raster = [a for a in infos if a.is_raster]
                first = raster[0] if raster else infos[0]
                row = QTreeWidgetItem([key, first.title, first.media_type, ", ".join(first.roles)])
                row.setData(0, ASSET_KEY_ROLE, key)
                if raster:
                    row.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    state = Qt.CheckState.Checked if key in self._checked else Qt.CheckState.Unchecked
                    row.setCheckState(0, state)
                    tip = first.href
                    if n_items > 1:
                        tip = tr("Raster in {n} of {total} selected items\n{href}").format(
                            n=len(raster), total=n_items, href=first.href
                        )
                    if first.note:  # e.g. a GeoTIFF that is not a COG: loaded, but slower
                        note = tr(first.note)
                        row.setText(2, f"{note.split(':')[0].strip()} · {first.media_type or '?'}")
                        tip = f"{note}\n{tip}"
                else:
                    row.setFlags(Qt.ItemFlag.NoItemFlags)
                    for col in range(4):
                        row.setForeground(col, disabled)
                    tip = tr("Cannot be loaded as a raster: {reason}").format(
                        reason=tr(first.reason) if first.reason else tr("not a raster GDAL reads")
                    )
                for col in range(4):
                    row.setToolTip(col, plain_tooltip(tip))
                tree.addTopLevelItem(row)
            for col in range(4):
                tree.resizeColumnToContents(col)
        finally:
            self._filling = False

    def _on_item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        key = row.data(0, ASSET_KEY_ROLE)
        if row.checkState(0) == Qt.CheckState.Checked:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.checked_changed.emit()

    # Queries ----------------------------------------------------------------
    def items(self) -> list[ItemSummary]:
        """The items shown."""
        return list(self._items)

    def set_checked(self, keys: Sequence[str]) -> None:
        """Check exactly these asset keys (where shown and raster)."""
        self._checked = set(keys)
        self._filling = True
        try:
            for i in range(self._assets.topLevelItemCount()):
                row = self._assets.topLevelItem(i)
                if row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    key = row.data(0, ASSET_KEY_ROLE)
                    checked = key in self._checked
                    row.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._filling = False
        self.checked_changed.emit()

    def checked_keys(self) -> list[str]:
        """Checked raster asset keys among those shown, in display order."""
        keys = []
        for i in range(self._assets.topLevelItemCount()):
            row = self._assets.topLevelItem(i)
            if row.flags() & Qt.ItemFlag.ItemIsUserCheckable and row.checkState(0) == Qt.CheckState.Checked:
                keys.append(row.data(0, ASSET_KEY_ROLE))
        return keys

    def selected_assets(self) -> list[tuple[ItemSummary, AssetInfo]]:
        """(item, asset) for every shown item and checked key it has as a raster."""
        keys = self.checked_keys()
        out = []
        for item in self._items:
            by_key = {a.key: a for a in item.assets}
            for key in keys:
                asset = by_key.get(key)
                if asset is not None and asset.is_raster:
                    out.append((item, asset))
        return out
