"""Run inside the QGIS desktop (``qgis --code``) by ``run_demo.py`` and ``screenshot.py``.

Reads its settings from the JSON file named by ``STAC_DEMO_CONFIG``:

``plugin``      the plugin's folder name;
``extent``      [west, south, east, north] in degrees, shown in ``crs`` (default EPSG:3857);
``screenshot``  optional: ``path``, ``size`` [w, h], ``collections``, ``start``/``end`` (yyyy-MM-dd),
                ``item`` (or ``items``), ``assets``, ``band_mode`` (a composite preset), ``mosaic``;
                when given, the dock searches, selects the item(s), adds its ``assets`` (or the
                composite, or with ``mosaic`` the mosaic of the items) to the map, saves a picture of
                the main window to ``path`` and quits QGIS.

Sets up an offline project (Natural Earth countries and states shipped with QGIS as the
background), opens the STAC dock and connects it to the selected connection.
"""

from __future__ import annotations

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
    """Room for the results and the item: list rows without thumbnails, the chosen asset in view."""
    toggle = getattr(getattr(dock, "thumbnails", None), "toggle", None)
    if toggle is not None:
        toggle.setChecked(False)
    dock.collectionsGroup.setCollapsed(True)
    splitter = dock.mainSplitter
    total = sum(splitter.sizes())
    search = splitter.widget(0).minimumSizeHint().height()
    rest = max(total - search, 0)
    splitter.setSizes([search, rest // 2, rest - rest // 2])
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
    window.resizeDocks([_dock()], [CONFIG["screenshot"].get("dock_width", 580)], Qt.Orientation.Horizontal)
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
    shot = CONFIG["screenshot"]
    window = iface.mainWindow()
    path = Path(shot["path"])
    path.parent.mkdir(parents=True, exist_ok=True)
    picture = window.grab()
    if not picture.save(str(path)):
        _fail(f"could not write {path}")
        return
    _log(f"saved {path} ({picture.width()}x{picture.height()})")
    _quit(0)


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
