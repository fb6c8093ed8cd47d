"""Run by the QGIS desktop (``qgis --code``) on a profile with the release zip installed.

The plugin was loaded by QGIS at start-up as for any user. This script, once QGIS's event loop
runs, opens the dock with the plugin's action, looks at the Help entry and at the plugin's page of
the options dialog (Settings > Options), unloads the plugin and looks again; it writes what it saw
as JSON to ``STAC_GUI_REPORT`` and quits QGIS. A failure is written to the report too (a Python
exception in a timer would otherwise open QGIS's error dialog and hang a headless run).
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from typing import Any

import qgis.utils
from qgis.core import QgsApplication
from qgis.gui import QgsOptionsPageWidget
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialog, QDockWidget, QMenu

try:  # Qt 6 moved QAction to QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:
    from qgis.PyQt.QtWidgets import QAction

NAME = os.environ["STAC_PLUGIN_NAME"]
REPORT = os.environ["STAC_GUI_REPORT"]
iface = qgis.utils.iface
window = iface.mainWindow()
report: dict[str, Any] = {}


def stac_menu_actions() -> list[str]:
    """Object names of the actions in *Raster > STAC* ("&STAC" in every language)."""
    for action in iface.rasterMenu().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text() == "&STAC":
            return [a.objectName() for a in menu.actions()]
    return []


def options_pages() -> list[str]:
    """Class names of the plugin pages Settings > Options shows (the dialog is opened and closed)."""
    seen: list[str] = []

    def look(tries: int = 50) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):  # not shown yet
            if tries:
                QTimer.singleShot(200, lambda: look(tries - 1))
            return
        seen.extend(sorted({type(page).__name__ for page in dialog.findChildren(QgsOptionsPageWidget)}))
        dialog.reject()

    QTimer.singleShot(0, look)
    iface.showOptionsDialog(window)  # modal: returns once look() has closed it
    return seen


def guarded(step: Any, *args: Any) -> None:
    """Run ``step``; on an exception, report it and quit."""
    try:
        step(*args)
    except Exception:  # reported to the test, which fails on it
        report["error"] = traceback.format_exc()
        finish()


def loaded() -> None:
    """What start-up did, then the dock opened from the plugin's action."""
    plugin = qgis.utils.plugins.get(NAME)
    report["loaded"] = plugin is not None and NAME in qgis.utils.active_plugins
    report["version"] = qgis.utils.pluginMetadata(NAME, "version")
    report["file"] = getattr(sys.modules.get(NAME), "__file__", None)
    action = window.findChild(QAction, "stacSearchAction")
    report["action"] = action.text() if action is not None else None
    help_action = window.findChild(QAction, "stacHelpAction")
    report["help"] = help_action.text() if help_action is not None else None
    report["menu"] = stac_menu_actions()
    report["provider"] = QgsApplication.processingRegistry().providerById("stac") is not None
    report["bar"] = [item.text() for item in iface.messageBar().items()]
    action.trigger()
    QTimer.singleShot(500, lambda: guarded(dock_shown))


def dock_shown() -> None:
    dock = window.findChild(QDockWidget, "StacDock")
    report["dock"] = dock is not None and dock.isVisible()
    right = Qt.DockWidgetArea.RightDockWidgetArea
    report["right"] = dock is not None and window.dockWidgetArea(dock) == right
    report["search_button"] = dock.searchButton.text() if dock is not None else None
    report["pages"] = options_pages()
    report["unloaded"] = qgis.utils.unloadPlugin(NAME)
    QTimer.singleShot(500, lambda: guarded(after_unload))


def after_unload() -> None:
    """What the plugin left behind: actions, menu, dock, provider, translation."""
    report["left"] = {
        "actions": [n for n in ("stacSearchAction", "stacHelpAction") if window.findChild(QAction, n)],
        "menu": stac_menu_actions(),
        "dock": window.findChild(QDockWidget, "StacDock") is not None,
        "provider": QgsApplication.processingRegistry().providerById("stac") is not None,
        "search_text": QCoreApplication.translate("StacPlugin", "Search"),
        "pages": options_pages(),
    }
    finish()


def finish() -> None:
    with open(REPORT, "w", encoding="utf-8") as out:
        json.dump(report, out)
    QTimer.singleShot(0, iface.actionExit().trigger)


QTimer.singleShot(1000, lambda: guarded(loaded))
