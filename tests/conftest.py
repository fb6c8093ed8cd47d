"""Session fixtures: a local STAC API (stac-fastapi-pgstac) and a COG host (nginx) on 127.0.0.1.

The servers start on first use, once per session; a server that fails to start makes the test
error with that server's log (nothing is skipped). Helpers importable in tests:
``from testbed import expected_ids, cog_pixels, big_cog``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _ensure_proj_data() -> None:
    """Point PROJ at the system data when pyproj cannot find a proj.db of its own."""
    if os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB"):
        return
    try:
        from pyproj.datadir import get_data_dir

        if Path(get_data_dir(), "proj.db").exists():
            return
    except Exception:  # any failure means "not found"
        pass
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
