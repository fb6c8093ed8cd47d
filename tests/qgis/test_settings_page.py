"""The options page: its values round-trip through QgsSettings, and the dock, tasks and layers use them."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRasterLayer,
    QgsRasterMinMaxOrigin,
    QgsRectangle,
    QgsSettings,
)
from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory
from testbed.plugin_package import plugin_module

_config = plugin_module("plugin.core.config")
_auth = plugin_module("plugin.auth")
_models = plugin_module("plugin.core.models")
_settings = plugin_module("plugin.settings")
_layers = plugin_module("plugin.layers")
_tasks = plugin_module("plugin.tasks")
_main = plugin_module("plugin.main")
_page = plugin_module("ui.settings_page")
_dock = plugin_module("ui.dock")
Defaults = _config.Defaults
DEFAULTS = _config.DEFAULTS
Settings = _settings.Settings
GROUP = _settings.GROUP
StacOptionsFactory = _page.StacOptionsFactory

WAIT_MS = 30000
DENVER = (-105.1, 40.2)
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
UTM13N = QgsCoordinateReferenceSystem("EPSG:32613")
CHANGED = Defaults(
    timeout_s=45, page_size=7, parallel_opens=3, show_thumbnails=False, thumbnail_cache_mb=16,
    stretch="min_max",
)


@pytest.fixture
def clean_defaults() -> Iterator[None]:
    """The defaults' keys removed for the test and put back afterwards, the read timeout reset."""
    qs = QgsSettings()
    keys = [f"{GROUP}/{name}" for name in _config.DEFAULT_NAMES]
    before = {key: qs.value(key) for key in keys if qs.contains(key)}
    for key in keys:
        qs.remove(key)
    yield
    for key in keys:
        qs.remove(key)
    for key, value in before.items():
        qs.setValue(key, value)


def _set_widgets(page: Any, values: Any) -> None:
    page.findChild(object, "timeoutSpin").setValue(values.timeout_s)
    page.findChild(object, "pageSizeSpin").setValue(values.page_size)
    page.findChild(object, "parallelSpin").setValue(values.parallel_opens)
    page.findChild(object, "thumbnailsCheck").setChecked(values.show_thumbnails)
    page.findChild(object, "cacheSpin").setValue(values.thumbnail_cache_mb)
    combo = page.findChild(object, "stretchCombo")
    combo.setCurrentIndex(combo.findData(values.stretch))


def _applied(values: Any, dock: Any = None) -> None:
    """``values`` set on a fresh page of the factory and applied, as OK does."""
    page = StacOptionsFactory(lambda: dock).createWidget(None)
    _set_widgets(page, values)
    page.apply()
    page.deleteLater()


# The page ----------------------------------------------------------------------------
def test_page_round_trips_its_values(clean_defaults, qtbot) -> None:
    factory = StacOptionsFactory()
    page = factory.createWidget(None)
    qtbot.addWidget(page)
    assert isinstance(page, QgsOptionsPageWidget)
    assert page.values() == DEFAULTS  # nothing stored yet: the defaults are shown

    _set_widgets(page, CHANGED)
    assert not page.findChild(object, "cacheSpin").isEnabled()  # no cache without thumbnails
    page.apply()

    qs = QgsSettings()
    assert int(qs.value(f"{GROUP}/timeout_s")) == 45
    assert int(qs.value(f"{GROUP}/page_size")) == 7
    assert qs.value(f"{GROUP}/stretch") == "min_max"
    assert _settings.load_defaults() == CHANGED
    loaded = Settings.load()
    assert (loaded.timeout_s, loaded.page_size, loaded.parallel_opens) == (45, 7, 3)
    _auth.prepare("http://127.0.0.1:1/page.tif")  # how every asset is opened: at the new timeout
    assert gdal.GetPathSpecificOption("/vsicurl/http://127.0.0.1:1/page.tif", "GDAL_HTTP_TIMEOUT") == "45"
    assert _tasks.StacTask("read").timeout_s == 45  # the reads of tasks made from now on

    again = factory.createWidget(None)
    qtbot.addWidget(again)
    assert again.values() == CHANGED
    again.findChild(object, "resetButton").click()
    assert again.values() == DEFAULTS
    assert _settings.load_defaults() == CHANGED  # only OK writes


def test_malformed_stored_values_fall_back_or_are_brought_into_range(clean_defaults) -> None:
    qs = QgsSettings()
    qs.setValue(f"{GROUP}/timeout_s", "soon")
    qs.setValue(f"{GROUP}/page_size", 100000)
    qs.setValue(f"{GROUP}/show_thumbnails", "false")
    qs.setValue(f"{GROUP}/stretch", "sepia")
    loaded = _settings.load_defaults()
    assert loaded.timeout_s == DEFAULTS.timeout_s
    assert loaded.page_size == _config.RANGES["page_size"][1]
    assert loaded.show_thumbnails is False
    assert loaded.stretch == DEFAULTS.stretch


def test_an_older_settings_copy_does_not_undo_the_page(clean_defaults) -> None:
    """The dock saves its copy of the settings on every search: what the page wrote stays."""
    older = Settings.load()
    _applied(CHANGED)
    older.max_items = 33
    older.save()
    assert _settings.load_defaults() == CHANGED
    older.timeout_s = 12  # a value the copy changed itself is written
    older.save()
    assert _settings.load_defaults().timeout_s == 12


# Registration -----------------------------------------------------------------------
def test_factory_is_registered_in_init_gui_and_unregistered_in_unload(qgis_iface, monkeypatch) -> None:
    registered: list[Any] = []
    monkeypatch.setattr(qgis_iface, "registerOptionsWidgetFactory", registered.append, raising=False)
    monkeypatch.setattr(qgis_iface, "unregisterOptionsWidgetFactory", registered.remove, raising=False)
    plugin = _main.StacPlugin(qgis_iface)
    plugin.initGui()
    try:
        assert len(registered) == 1
        factory = registered[0]
        assert isinstance(factory, QgsOptionsWidgetFactory)
        assert factory.title() == "STAC"
        assert not factory.icon().isNull()
        page = factory.createWidget(None)
        assert page.objectName() == _page.PAGE_NAME
        page.deleteLater()
    finally:
        plugin.unload()
    assert registered == []
    assert plugin.options_factory is None


# What the dock, tasks and layers do with the values --------------------------------------
@pytest.fixture
def dock(  # noqa: PLR0917
    clean_defaults, qgis_iface, qgis_new_project, qgis_canvas, qtbot, monkeypatch, stac_api
) -> Iterator[Any]:
    """A dock connected to the local API; its connections kept out of the profile."""
    monkeypatch.setattr(Settings, "save", lambda self: None)
    qgis_canvas.setDestinationCrs(UTM13N)
    widget = _dock.StacDock(qgis_iface)
    widget.show()
    widget.add_connection(_models.Connection("local", stac_api.url))
    widget.connect_current()
    qtbot.waitUntil(lambda: widget.client is not None, timeout=WAIT_MS)
    yield widget
    widget.unload()
    qtbot.waitUntil(lambda: not widget._tasks, timeout=WAIT_MS)
    widget.close()
    widget.deleteLater()


def test_the_open_dock_searches_with_the_new_page_size_and_timeout(qtbot, dock, stac_api) -> None:
    x, y = QgsCoordinateTransform(WGS84, UTM13N, QgsProject.instance()).transform(*DENVER)
    dock.canvas.setExtent(QgsRectangle(x - 60000, y - 60000, x + 60000, y + 60000))
    dock.maxItemsSpin.setValue(100)
    assert dock.thumbnails.enabled

    _applied(Defaults(timeout_s=12, page_size=3, show_thumbnails=False, thumbnail_cache_mb=16), dock)

    assert dock.timeoutSpin.value() == 12
    _auth.prepare("http://127.0.0.1:1/dock.tif")  # its raster reads
    assert gdal.GetPathSpecificOption("/vsicurl/http://127.0.0.1:1/dock.tif", "GDAL_HTTP_TIMEOUT") == "12"
    assert not dock.thumbnails.enabled and not dock.thumbnails.toggle.isChecked()
    assert dock.thumbnails.loader.cache_bytes == 16 * 1024 * 1024
    task = dock.start_search()
    assert task is not None
    qtbot.waitUntil(lambda: not dock.is_searching(), timeout=WAIT_MS)
    sizes = [len(page.items) for page in task.pages]
    assert len(sizes) >= 2, sizes  # more than one page of 3 matched
    assert sizes[0] == 3 and max(sizes) == 3  # the server was asked for 3 per page
    connect = dock.connect_current()
    assert connect is not None and connect.stac_io.timeout_s == 12  # a new connection too
    qtbot.waitUntil(lambda: dock._connect_task is None, timeout=WAIT_MS)


def _peak_concurrency(calls: int) -> int:
    """How many calls of ``map_in_qthreads`` ran at once at most (each waits until all that may
    start have started, up to 10 s)."""
    active = [0]
    peak = [0]
    condition = threading.Condition()
    limit = _settings.load_defaults().parallel_opens

    def call(n: int) -> int:
        with condition:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            condition.notify_all()
            condition.wait_for(lambda: peak[0] >= limit, timeout=10)
        time.sleep(0.02)
        with condition:
            active[0] -= 1
        return n * n

    assert list(_tasks.map_in_qthreads(call, list(range(calls)))) == [n * n for n in range(calls)]
    return peak[0]


def test_parallel_opens_limit_the_pool(clean_defaults) -> None:
    """``map_in_qthreads`` runs as many calls at once as the page says, never more."""
    for limit in (2, 5):
        _applied(Defaults(parallel_opens=limit))
        assert _peak_concurrency(10) == limit


def _gray_tif(path: Path) -> Path:
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 64, 64, 1, gdal.GDT_UInt16)
    dataset.SetGeoTransform((500000, 10, 0, 4450000, 0, -10))
    dataset.SetProjection(UTM13N.toWkt())
    dataset.GetRasterBand(1).WriteArray(np.arange(64 * 64, dtype=np.uint16).reshape(64, 64))
    dataset = None
    return path


@pytest.mark.parametrize(
    ("stretch", "limits"),
    [
        ("min_max", QgsRasterMinMaxOrigin.MinMax),
        ("std_dev", QgsRasterMinMaxOrigin.StdDev),
        ("cumulative_cut", QgsRasterMinMaxOrigin.CumulativeCut),
    ],
)
def test_new_layers_get_the_stretch_of_the_page(clean_defaults, tmp_path, stretch, limits) -> None:
    _applied(Defaults(stretch=stretch))
    layer = QgsRasterLayer(str(_gray_tif(tmp_path / "gray.tif")), "gray")
    assert layer.isValid()
    _layers.default_stretch(layer)
    assert layer.renderer().minMaxOrigin().limits() == limits


def test_the_std_dev_label_says_the_factor_the_stretch_uses(clean_defaults, tmp_path) -> None:
    _applied(Defaults(stretch="std_dev"))
    layer = QgsRasterLayer(str(_gray_tif(tmp_path / "gray.tif")), "gray")
    _layers.default_stretch(layer)
    factor = layer.renderer().minMaxOrigin().stdDevFactor()
    assert _page.stretch_labels()["std_dev"] == f"Mean ± {factor:g} standard deviations"
    assert factor == 2
