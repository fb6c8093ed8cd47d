"""The QGIS plugin object: action, dock, Processing provider; ``unload()`` undoes all of ``initGui()``."""

from __future__ import annotations

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
from .help import open_help
from .i18n import QT_TR_NOOP, install_translator, remove_translator, tr
from .log import log, notify

MENU = "&STAC"
ACTION_TEXT = QT_TR_NOOP("STAC Search")
ICON_PATH = Path(__file__).resolve().parent.parent / "icon.svg"


class StacPlugin:
    """Created by ``classFactory``; builds nothing until ``initGui()``."""

    def __init__(self, iface: Any) -> None:
        self.iface = iface
        self.action: QAction | None = None
        self.dock: Any = None
        self.provider: Any = None
        self.options_factory: Any = None
        self.logins: Any = None
        self.runtime: Any = None
        """The thread pool and network hook (:class:`runtime.Runtime`) while the plugin is loaded."""
        self.missing: list[str] = []
        self.translator: Any = None
        self.help_action: QAction | None = None

    # -- QGIS plugin interface --------------------------------------------
    def initProcessing(self) -> None:
        """Register the Processing provider (called alone by ``qgis_process``, and by ``initGui()``)."""
        if self.provider is not None:
            return
        self._install_translation()
        missing = deps.missing_for_search()
        if missing:
            log(
                tr("STAC Processing algorithms unavailable. {hint}").format(hint=deps.install_hint(missing)),
                Qgis.MessageLevel.Warning,
            )
            return
        save_reason = deps.save_unavailable_reason()
        if save_reason:  # search and layers work; stac:download reports this when run
            log(save_reason, Qgis.MessageLevel.Warning)
        from .auth import AssetLogins
        from .login_services import qgis_login_services
        from .runtime import Runtime

        if self.runtime is None:  # an earlier call whose provider failed to register made one
            self.runtime = Runtime()
            self.runtime.start()
        if self.logins is None:  # the asset logins; projects keep asset hrefs unsigned
            self.logins = AssetLogins(services=qgis_login_services())
            self.logins.install()
        self._add_provider()

    def initGui(self) -> None:
        """Add the action, register the Processing provider; tell the user about missing packages."""
        self._install_translation()
        self.missing = deps.missing_for_search()
        log(deps.describe(), Qgis.MessageLevel.Info)
        icon = QIcon(str(ICON_PATH)) if ICON_PATH.exists() else QgsApplication.getThemeIcon("/mIconStac.svg")
        self.action = QAction(icon, tr(ACTION_TEXT), self.iface.mainWindow())
        self.action.setObjectName("stacSearchAction")
        self.action.setToolTip(tr("Search STAC APIs for imagery and load it"))
        self.action.setCheckable(True)
        self.action.toggled.connect(self._toggle_dock)
        self.iface.addPluginToRasterMenu(MENU, self.action)
        self.iface.addRasterToolBarIcon(self.action)
        from ..ui.settings_page import StacOptionsFactory

        self.options_factory = StacOptionsFactory(lambda: self.dock)
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        self._add_help_action()

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
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.action is not None:
            self.iface.removePluginRasterMenu(MENU, self.action)
            self.iface.removeRasterToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.help_action is not None:
            self.iface.removePluginRasterMenu(MENU, self.help_action)
            self.help_action.deleteLater()
            self.help_action = None
        remove_translator(self.translator)
        self.translator = None
        if self.runtime is not None:
            runtime, self.runtime = self.runtime, None
            runtime.close()
        if self.logins is not None:
            self.logins.remove()
            self.logins = None

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
    def _install_translation(self) -> None:
        """The plugin's texts in QGIS's language (before any of them is made)."""
        if self.translator is None:
            self.translator = install_translator()

    def _add_help_action(self) -> None:
        """*Help* in the plugin's menu: the README's usage section."""
        icon = QgsApplication.getThemeIcon("/mActionHelpContents.svg")
        self.help_action = QAction(icon, tr("Help"), self.iface.mainWindow())
        self.help_action.setObjectName("stacHelpAction")
        self.help_action.setToolTip(tr("How to use the STAC plugin (the README's usage section)"))
        self.help_action.triggered.connect(open_help)
        self.iface.addPluginToRasterMenu(MENU, self.help_action)

    def _tell_missing(self) -> None:
        notify(
            self.iface,
            tr("STAC plugin: missing Python package(s) {names}; see the log to install them.").format(
                names=", ".join(self.missing)
            ),
            Qgis.MessageLevel.Warning,
            deps.install_hint(self.missing),
        )

    def _add_provider(self) -> None:
        try:
            from .processing.provider import StacProvider
        except ImportError as exc:
            message = tr("STAC Processing algorithms unavailable: {error}").format(error=exc)
            log(message, Qgis.MessageLevel.Warning)
            return
        self.provider = StacProvider()
        if not QgsApplication.processingRegistry().addProvider(self.provider):
            log(tr("Could not register the STAC Processing provider"), Qgis.MessageLevel.Warning)
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
            except Exception as exc:  # a Qt slot: any failure is reported (traceback logged), never raised
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
