"""Session fixtures: a local STAC API (stac-fastapi-pgstac) and a COG host (nginx) on 127.0.0.1.

The servers start on first use, once per session; a server that fails to start makes the test
error with that server's log (nothing is skipped). Helpers importable in tests:
``from testbed import expected_ids, cog_pixels, big_cog``.

The QGIS-side fixtures (``stac_provider``, ``run``, ``dock_factory``, ``dock``) import QGIS when a
test uses them, never at import: ``make test-core`` loads this file with QGIS unimportable.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _pyproj_finds_proj_db() -> bool:
    try:
        from pyproj.datadir import get_data_dir
        from pyproj.exceptions import DataDirError
    except ImportError:
        return False
    try:
        return Path(get_data_dir(), "proj.db").exists()
    except DataDirError:  # no data folder at all
        return False


def _ensure_proj_data() -> None:
    """Point PROJ at the system data when pyproj cannot find a proj.db of its own."""
    if os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB") or _pyproj_finds_proj_db():
        return
    if Path("/usr/share/proj/proj.db").exists():
        os.environ["PROJ_DATA"] = "/usr/share/proj"


_ensure_proj_data()

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from testbed import Nginx, StacApi, Testbed, expected_ids  # noqa: E402


@pytest.fixture(scope="session")
def testbed() -> Iterator[Testbed]:
    """Every local server, started once for the session and stopped at its end."""
    bed = Testbed()
    bed.start()  # raises ServerError with the failing server's log
    try:
        yield bed
    finally:
        bed.stop()


@pytest.fixture(scope="session")
def stac_api(testbed: Testbed) -> StacApi:
    """stac-fastapi-pgstac with ``numberMatched``: ``.url``, ``.items``, ``.collections``."""
    assert testbed.stac_api is not None
    return testbed.stac_api


@pytest.fixture(scope="session")
def stac_api_nomatched(testbed: Testbed) -> StacApi:
    """The same data behind an API whose pgstac ``context`` is off (no ``numberMatched``)."""
    assert testbed.stac_api_nomatched is not None
    return testbed.stac_api_nomatched


@pytest.fixture(scope="session")
def cog_host(testbed: Testbed) -> Nginx:
    """nginx serving the COGs: ``.url``, ``.root`` (writable), ``.requests()``, ``.reset_log()``."""
    assert testbed.cog_host is not None
    return testbed.cog_host


@pytest.fixture(scope="session")
def cog_pixels(testbed: Testbed) -> Callable[..., np.ndarray]:
    """``cog_pixels(item_id, asset_key, collection=None)`` -> the (bands, rows, cols) array in that COG."""
    return testbed.pixels


@pytest.fixture(scope="session")
def stac_expected_ids(stac_api: StacApi) -> Callable[..., set[str]]:
    """``stac_expected_ids(bbox=, intersects=, datetime=, max_cloud=, collections=)`` over loaded items."""
    fn: Callable[..., set[str]] = partial(expected_ids, stac_api.items)
    return fn


OUR_MODULES = r"(stac_plugin_under_test\.|stac_imagery_search\.)?(plugin|ui)(\.|$)"
"""The plugin's modules as tests import them: ``plugin.*``, ``ui.*``, or the same inside a package."""


def pytest_configure(config: Any) -> None:
    """With ``STAC_DEPRECATIONS=error`` (the QGIS 3.44 run of ``make test-matrix``), a
    DeprecationWarning raised from the plugin's own code fails the test that caused it."""
    if os.environ.get("STAC_DEPRECATIONS") == "error":
        config.addinivalue_line("filterwarnings", f"error::DeprecationWarning:{OUR_MODULES}")


def pytest_report_header(config: Any) -> list[str]:
    """Mention where generated COGs are cached."""
    from testbed.cogs import cache_root

    return [f"testbed COG cache: {cache_root()}"]


@pytest.fixture
def layer_tree_view(qgis_iface: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A real layer tree view behind ``iface.layerTreeView()`` (QGIS 3.44 loads Processing results
    through it; the test iface has none)."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    monkeypatch.setattr(qgis_iface, "layerTreeView", lambda: view, raising=False)
    yield view
    view.deleteLater()


# QGIS-side fixtures: qgis and the plugin are imported inside them, so tests/core runs without QGIS.
DOCK_WAIT_MS = 30000
_PROVIDERS: list[Any] = []
"""Keeps the Python side of providers the fixtures registered alive: the registry holds only the C++
side, and QGIS 3.40+ keeps a removed provider's algorithms referenced."""


@pytest.fixture
def stac_provider(qgis_processing: None) -> Iterator[Any]:
    """The STAC Processing provider, registered for this test and removed after it when this fixture
    added it (tests of the plugin object check that loading the plugin registers it)."""
    from qgis.core import QgsApplication

    from plugin.processing.provider import StacProvider

    registry = QgsApplication.processingRegistry()
    added = None
    if registry.providerById("stac") is None:
        added = StacProvider()
        _PROVIDERS.append(added)
        assert registry.addProvider(added)
    yield registry.providerById("stac")
    if added is not None:
        registry.removeProvider(added)


@pytest.fixture
def run(stac_provider: Any) -> Callable[..., dict[str, Any]]:
    """``processing.run`` with the STAC provider registered for this test (see :func:`stac_provider`)."""
    import processing

    return processing.run


@pytest.fixture
def dock_factory(
    qgis_iface: Any, qgis_new_project: None, qgis_canvas: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Any]]:
    """``dock_factory(name, url, crs="EPSG:32613", prepare=None)``: a shown StacDock connected to
    ``url`` as the connection ``name``, the canvas in ``crs`` (None: left as it is), ``prepare(dock)``
    called before it is shown, its settings kept out of the user's profile. After the test it is
    unloaded, waited for until every task ended (cancelled ones too) and closed."""
    from qgis.core import QgsCoordinateReferenceSystem
    from testbed.plugin_package import plugin_module

    settings = plugin_module("plugin.settings").Settings
    models = plugin_module("plugin.core.models")
    dock_class = plugin_module("ui.dock").StacDock
    monkeypatch.setattr(settings, "load", classmethod(lambda cls: cls(connections=[])))
    monkeypatch.setattr(settings, "save", lambda self: None)
    qgis_iface.messageBar().clear_messages()
    docks: list[Any] = []

    def make(
        name: str, url: str, crs: str | None = "EPSG:32613", prepare: Callable[[Any], None] | None = None
    ) -> Any:
        if crs is not None:
            qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem(crs))
        widget = dock_class(qgis_iface)
        docks.append(widget)
        if prepare is not None:
            prepare(widget)
        widget.show()
        widget.add_connection(models.Connection(name, url))
        widget.connect_current()
        qtbot.waitUntil(lambda: widget.client is not None, timeout=DOCK_WAIT_MS)
        return widget

    yield make
    for widget in docks:
        widget.unload()
        qtbot.waitUntil(lambda w=widget: not w._tasks, timeout=DOCK_WAIT_MS)
        widget.close()
        widget.deleteLater()


@pytest.fixture
def dock(dock_factory: Callable[..., Any], stac_api: StacApi) -> Any:
    """A dock connected to the local API as "local", the canvas in UTM 13N (EPSG:32613)."""
    return dock_factory("local", stac_api.url)
