"""Run inside the QGIS desktop (``qgis --code``) by ``run_demo.py`` and ``screenshot.py``.

Reads its settings from the JSON file named by ``STAC_DEMO_CONFIG``:

``plugin``      the plugin's folder name;
``extent``      [west, south, east, north] in degrees, shown in ``crs`` (default EPSG:3857);
``screenshot``  optional: ``path``, ``size`` [w, h], ``collections``, ``start``/``end`` (yyyy-MM-dd),
                ``item`` (or ``items``), ``assets``, ``band_mode`` (a composite preset), ``mosaic``,
                ``dock_width`` (default: as QGIS opens the dock), ``states``; when given, the dock
                searches, selects the item(s), adds its ``assets`` (or the composite, or with
                ``mosaic`` the mosaic of the items) to the map, saves a picture of the main window to
                ``path`` and quits QGIS. With ``states`` (a list of "searching", "cancelled", "empty",
                "error", "form") it then puts the dock in each of these states and saves
                ``<path stem>-<state>.png`` beside ``path``.

Sets up an offline project (Natural Earth countries and states shipped with QGIS as the
background), opens the STAC dock and connects it to the selected connection.
"""

from __future__ import annotations

import importlib
import json
import os
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsMessageLog,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QSize, Qt, QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QDockWidget
from qgis.utils import iface, plugins

try:  # Qt 6 moved QAction to QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:
    from qgis.PyQt.QtWidgets import QAction

TAG = "STAC demo"
WORLD_MAP = Path(QgsApplication.pkgDataPath()) / "resources" / "data" / "world_map.gpkg"
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
SEA = "#d4e4ee"


def _log(text: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
    QgsMessageLog.logMessage(text, TAG, level)
    print(f"[{TAG}] {text}", flush=True)


def _background(project: QgsProject) -> None:
    """Countries and states from the Natural Earth GeoPackage QGIS ships: no tiles, no network."""
    if not WORLD_MAP.exists():
        return
    styles = {
        "countries": ("Countries", {"color": "#eef0ea", "outline_color": "#8d978d", "outline_width": "0.4"}),
        "states_provinces": (
            "States and provinces",
            {"color": "0,0,0,0", "outline_color": "#aab2a8", "outline_width": "0.25"},
        ),
    }
    for name, (title, style) in styles.items():
        layer = QgsVectorLayer(f"{WORLD_MAP}|layername={name}", title, "ogr")
        if not layer.isValid():
            continue
        layer.renderer().setSymbol(QgsFillSymbol.createSimple(style))
        project.addMapLayer(layer)


def _zoom(extent: list[float]) -> None:
    canvas = iface.mapCanvas()
    crs = canvas.mapSettings().destinationCrs()
    xform = QgsCoordinateTransform(WGS84, crs, QgsProject.instance())
    canvas.setExtent(xform.transformBoundingBox(QgsRectangle(*extent)))
    canvas.refresh()


def _wait(condition: Callable[[], bool], then: Callable[[], None], what: str, timeout_s: float = 60) -> None:
    """Call ``then`` once ``condition`` holds (polled from the event loop); give up after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        try:
            if condition():
                then()
            elif time.monotonic() > deadline:
                _fail(f"timed out waiting for {what}")
            else:
                QTimer.singleShot(100, poll)
        except Exception:
            _fail(traceback.format_exc())

    QTimer.singleShot(100, poll)


def _fail(message: str) -> None:
    _log(message, Qgis.MessageLevel.Critical)
    if CONFIG.get("screenshot"):
        _quit(3)


def _quit(code: int = 0) -> None:
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(0, lambda: QgsApplication.exit(code))


def _dock() -> Any:
    return getattr(plugins.get(CONFIG["plugin"]), "dock", None)


def _open_dock() -> None:
    action = iface.mainWindow().findChild(QAction, "stacSearchAction")
    if action is None:
        _fail("the STAC plugin is not loaded")
        return
    action.setChecked(True)
    dock = _dock()
    if dock is None:
        _fail("the STAC dock did not open")
        return
    if not CONFIG.get("screenshot"):  # a screenshot shows the dock as QGIS opens it, unless told
        iface.mainWindow().resizeDocks([dock], [CONFIG.get("dock_width", 520)], Qt.Orientation.Horizontal)
    dock.connect_current()
    if CONFIG.get("screenshot"):
        _wait(lambda: dock.client is not None, _search, "the connection")


# Screenshot ----------------------------------------------------------------------------
def _search() -> None:
    dock, shot = _dock(), CONFIG["screenshot"]
    dock.collections.set_checked(shot.get("collections", []))
    dates = ((dock.startCheck, dock.startDate, "start"), (dock.endCheck, dock.endDate, "end"))
    for check, edit, key in dates:
        if shot.get(key):
            check.setChecked(True)
            edit.setDate(QDate.fromString(shot[key], "yyyy-MM-dd"))
    dock.start_search()
    _wait(lambda: not dock.is_searching() and dock.model.rowCount() > 0, _select, "the search")


def _select() -> None:
    dock, shot = _dock(), CONFIG["screenshot"]
    dock.select_items(shot.get("items") or [shot["item"]])
    dock.details.set_checked(shot.get("assets", []))
    before = set(QgsProject.instance().mapLayers())
    if shot.get("band_mode"):  # a composite preset for Add to map and the mosaic
        dock.picture_actions.set_mode(shot["band_mode"])
    if shot.get("mosaic"):
        dock.picture_actions.mosaic_selected()
    else:
        dock.add_selected_to_map()

    def added() -> None:
        new = [layer for lid, layer in QgsProject.instance().mapLayers().items() if lid not in before]
        iface.setActiveLayer(new[0])
        _frame()

    _wait(lambda: len(QgsProject.instance().mapLayers()) > len(before), added, "the layer")


def _arrange(dock: Any) -> None:
    """The dock as the search left it; the chosen asset and the selected row in view."""
    for key in CONFIG["screenshot"].get("assets", [])[:1]:
        tree = dock.assetsTree
        for i in range(tree.topLevelItemCount()):
            if tree.topLevelItem(i).text(0) == key:
                tree.setCurrentItem(tree.topLevelItem(i))
                tree.scrollToItem(tree.topLevelItem(i))
    rows = dock.resultsView.selectionModel().selectedRows()
    if rows:
        dock.resultsView.scrollTo(rows[0])


def _frame() -> None:
    window = iface.mainWindow()
    _arrange(_dock())
    iface.messageBar().clearWidgets()
    for dock in window.findChildren(QDockWidget):
        if dock.objectName() in ("Browser", "Browser2"):
            dock.hide()
        elif dock.objectName() == "Layers":
            window.resizeDocks([dock], [240], Qt.Orientation.Horizontal)
    width = CONFIG["screenshot"].get("dock_width")
    if width:
        window.resizeDocks([_dock()], [width], Qt.Orientation.Horizontal)
    # Render once the new layout has settled, then give the widgets a moment before grabbing.
    QTimer.singleShot(1000, _render)


def _render() -> None:
    canvas = iface.mapCanvas()
    rendered: list[bool] = []
    canvas.mapCanvasRefreshed.connect(lambda: rendered.append(True))
    _zoom(CONFIG["extent"])
    canvas.refreshAllLayers()
    done = lambda: bool(rendered) and not canvas.isDrawing()  # noqa: E731
    _wait(done, lambda: QTimer.singleShot(1000, _grab), "rendering")


def _grab() -> None:
    if _save_picture(Path(CONFIG["screenshot"]["path"])):
        _next_state()


def _save_picture(path: Path) -> bool:
    window = iface.mainWindow()
    path.parent.mkdir(parents=True, exist_ok=True)
    picture = window.grab()
    if not picture.save(str(path)):
        _fail(f"could not write {path}")
        return False
    dock = _dock()
    _log(f"saved {path} ({picture.width()}x{picture.height()}); dock {dock.width()}x{dock.height()}, "
         f"status: {dock.statusLabel.text()}")
    return True


# The dock's other states, each saved beside the main picture -------------------------------
def _state_path(state: str) -> Path:
    path = Path(CONFIG["screenshot"]["path"])
    return path.with_name(f"{path.stem}-{state}{path.suffix}")


def _next_state() -> None:
    states = CONFIG["screenshot"].setdefault("states", [])
    if not states:
        _quit(0)
        return
    state = states.pop(0)
    starts = {
        "searching": _searching, "cancelled": _cancelled, "empty": _empty, "error": _error, "form": _form,
    }
    try:
        starts[state]()
    except Exception:
        _fail(traceback.format_exc())


def _shoot(state: str, delay_ms: int = 300) -> None:
    def grab() -> None:
        if _save_picture(_state_path(state)):
            _next_state()

    QTimer.singleShot(delay_ms, grab)


def _searching() -> None:
    """A search in flight, a page of one item at a time: "Searching… N items so far"."""
    dock = _dock()
    dock.settings.page_size = 1
    dock.start_search()
    _wait(lambda: dock.is_searching() and dock.model.rowCount() >= 3, lambda: _shoot("searching", 0),
          "rows of the search", timeout_s=60)


def _cancelled() -> None:
    dock = _dock()
    if dock.is_searching():
        dock.searchButton.click()
    _shoot("cancelled")


def _empty() -> None:
    dock = _dock()
    dock.settings.page_size = 50
    dock.startDate.setDate(QDate(1990, 1, 1))
    dock.endDate.setDate(QDate(1990, 1, 31))
    dock.start_search()
    _wait(lambda: not dock.is_searching(), lambda: _shoot("empty"), "the empty search")


def _form() -> None:
    """The search form open, with a start date after the end date (flagged, Search disabled)."""
    dock = _dock()
    dock.search_form.set_folded(False)
    dock.startDate.setDate(QDate(2024, 5, 1))
    dock.endDate.setDate(QDate(2024, 4, 30))
    _shoot("form")


def _error() -> None:
    dock = _dock()
    models = importlib.import_module(f"{CONFIG['plugin']}.plugin.core.models")
    dock.add_connection(models.Connection("Unreachable catalog", "http://127.0.0.1:9/stac"))
    dock.start_search()
    _wait(lambda: dock._connect_task is None and not dock.is_searching(), lambda: _shoot("error"),
          "the failed connection")


# Start -----------------------------------------------------------------------------------
def _start() -> None:
    project = QgsProject.instance()
    _background(project)
    # QGIS adopts the first layer's CRS and zooms to it after the layer is added: place the map after that.
    QTimer.singleShot(500, _place)


def _place() -> None:
    try:
        project = QgsProject.instance()
        project.setCrs(QgsCoordinateReferenceSystem(CONFIG.get("crs", "EPSG:3857")))
        project.setBackgroundColor(QColor(SEA))
        canvas = iface.mapCanvas()
        canvas.setDestinationCrs(project.crs())
        canvas.setCanvasColor(QColor(SEA))
        _zoom(CONFIG["extent"])
        project.setDirty(False)
        _open_dock()
    except Exception:
        _fail(traceback.format_exc())


def _setup_window() -> None:
    shot = CONFIG.get("screenshot")
    window = iface.mainWindow()
    if not shot:
        window.showMaximized()
        return
    window.showNormal()
    width, height = shot.get("size", [1400, 960])
    window.setMinimumSize(QSize(0, 0))
    window.resize(width, height)
    window.move(0, 0)


def _guarded_start() -> None:
    try:
        _start()
    except Exception:
        _fail(traceback.format_exc())


CONFIG: dict[str, Any] = json.loads(Path(os.environ["STAC_DEMO_CONFIG"]).read_text())
_setup_window()
QTimer.singleShot(500, _guarded_start)
