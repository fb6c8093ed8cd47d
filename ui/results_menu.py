"""The results table's context menu: zoom to items and the footprints layer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qgis.PyQt.QtCore import QObject, QPoint, Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QMenu

from ..plugin.i18n import tr
from .footprints_layer import FootprintsLayer
from .guard import guarded

MenuSection = Callable[[QMenu], None]
"""Adds a group of actions to the menu being built."""


class ResultsMenu(QObject):
    """Builds the menu each time it opens from the sections added to it."""

    def __init__(self, iface: Any, view: QAbstractItemView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.view = view
        self._sections: list[MenuSection] = []
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._on_requested)

    def add_section(self, section: MenuSection) -> None:
        """Add ``section``'s actions (after a separator) every time the menu is built."""
        self._sections.append(section)

    def build(self) -> QMenu:
        """The menu as it would open now (also for tests)."""
        menu = QMenu(self.view)
        for section in self._sections:
            if menu.actions():
                menu.addSeparator()
            section(menu)
        return menu

    @guarded
    def _on_requested(self, pos: QPoint) -> None:
        menu = self.build()
        if menu.actions():
            menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()


def footprint_section(footprints: FootprintsLayer, selected: Callable[[], list]) -> MenuSection:
    """Zoom to the selected items; show or remove the footprints layer."""

    def build(menu: QMenu) -> None:
        items = selected()
        zoom = menu.addAction(tr("Zoom to Item") if len(items) == 1 else tr("Zoom to Items"))
        zoom.setEnabled(bool(items))
        zoom.triggered.connect(lambda _c=False: footprints.zoom_to(selected()))
        if footprints.layer() is None:
            show = menu.addAction(tr("Show Footprints Layer"))
            show.setEnabled(footprints.model.rowCount() > 0)
            show.triggered.connect(lambda _c=False: footprints.show())
        else:
            remove = menu.addAction(tr("Remove Footprints Layer"))
            remove.triggered.connect(lambda _c=False: footprints.remove())

    return build
