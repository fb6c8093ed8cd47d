"""The QGIS plugin object: action, dock, Processing provider; ``unload()`` undoes all of ``initGui()``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon

try:  # Qt 6 moved QAction to QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:
    from qgis.PyQt.QtWidgets import QAction

from . import deps
from .log import log, notify

MENU = "&STAC"
ACTION_TEXT = "STAC Search"
ICON_PATH = Path(__file__).resolve().parent.parent / "icon.svg"


class StacPlugin:
    """Created by ``classFactory``; builds nothing until ``initGui()``."""

    def __init__(self, iface: Any) -> None:
        self.iface = iface
        self.action: QAction | None = None
        self.dock: Any = None
        self.provider: Any = None
        self.runtime: Any = None
        """The thread pool and network hook (:class:`runtime.Runtime`) while the plugin is loaded."""
        self.missing: list[str] = []

    # -- QGIS plugin interface --------------------------------------------
    def initProcessing(self) -> None:
        """Register the Processing provider (called alone by ``qgis_process``, and by ``initGui()``)."""
        if self.provider is not None:
            return
        missing = deps.missing_for_search()
        if missing:
            log(
                f"STAC Processing algorithms unavailable. {deps.install_hint(missing)}",
                Qgis.MessageLevel.Warning,
            )
            return
        save_reason = deps.save_unavailable_reason()
        if save_reason:  # search and layers work; stac:download reports this when run
            log(save_reason, Qgis.MessageLevel.Warning)
        from .auth import project as signed_projects
        from .runtime import Runtime

        self.runtime = Runtime()
        self.runtime.start()
        signed_projects.install()  # projects keep asset hrefs unsigned; signed again when read
        self._add_provider()

    def initGui(self) -> None:
        """Add the action, register the Processing provider; tell the user about missing packages."""
        self.missing = deps.missing_for_search()
        log(deps.describe(), Qgis.MessageLevel.Info)
        icon = QIcon(str(ICON_PATH)) if ICON_PATH.exists() else QgsApplication.getThemeIcon("/mIconStac.svg")
        self.action = QAction(icon, ACTION_TEXT, self.iface.mainWindow())
        self.action.setObjectName("stacSearchAction")
        self.action.setToolTip("Search STAC APIs for imagery and load it")
        self.action.setCheckable(True)
        self.action.toggled.connect(self._toggle_dock)
        self.iface.addPluginToRasterMenu(MENU, self.action)
        self.iface.addRasterToolBarIcon(self.action)

        if self.missing:
            self._tell_missing()
            return
        self.initProcessing()

    def unload(self) -> None:
        """Remove everything ``initGui()`` and ``initProcessing()`` added; end the plugin's threads."""
        self._remove_dock()
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.action is not None:
            self.iface.removePluginRasterMenu(MENU, self.action)
            self.iface.removeRasterToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.runtime is not None:
            runtime, self.runtime = self.runtime, None
            runtime.close()
        signed_projects = sys.modules.get(f"{__package__}.auth.project")
        if signed_projects is not None:
            signed_projects.remove()

    def _remove_dock(self) -> None:
        """Stop the dock's work and take it out of the main window."""
        if self.dock is None:
            return
        dock, self.dock = self.dock, None
        dock.unload()
        dock.visibilityChanged.disconnect(self._dock_visibility)
        self.iface.removeDockWidget(dock)
        dock.hide()
        dock.deleteLater()

    # -- internals ----------------------------------------------------------
    def _tell_missing(self) -> None:
        notify(
            self.iface,
            f"STAC plugin: missing Python package(s) {', '.join(self.missing)}; see the log to install them.",
            Qgis.MessageLevel.Warning,
            deps.install_hint(self.missing),
        )

    def _add_provider(self) -> None:
        try:
            from .processing.provider import StacProvider
        except ImportError as exc:
            log(f"STAC Processing algorithms unavailable: {exc}", Qgis.MessageLevel.Warning)
            return
        self.provider = StacProvider()
        if not QgsApplication.processingRegistry().addProvider(self.provider):
            log("Could not register the STAC Processing provider", Qgis.MessageLevel.Warning)
            self.provider = None

    def _toggle_dock(self, checked: bool) -> None:
        if not checked:
            if self.dock is not None:
                self.dock.hide()
            return
        if self.missing:
            self._tell_missing()
            self._set_checked(False)
            return
        if self.dock is None:
            try:
                from ..ui.dock import StacDock

                self.dock = StacDock(self.iface, self.iface.mainWindow())
            except Exception as exc:  # report instead of breaking QGIS
                from .log import log_error

                log_error(self.iface, exc)
                self._set_checked(False)
                return
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self._dock_visibility)
        self.dock.show()
        self.dock.raise_()

    def _dock_visibility(self, visible: bool) -> None:
        self._set_checked(visible)

    def _set_checked(self, checked: bool) -> None:
        if self.action is not None and self.action.isChecked() != checked:
            self.action.blockSignals(True)
            self.action.setChecked(checked)
            self.action.blockSignals(False)
