"""The algorithms run by ``qgis_process`` with the plugin installed in a throwaway profile."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsVectorLayer

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
from install_plugin import install  # noqa: E402

pytestmark = pytest.mark.network

NAME = "stac_imagery_search"
DENVER_3857 = (-11713826.0, -11691562.0, 4851936.0, 4880957.0)  # xmin, xmax, ymin, ymax


def _qgis_process() -> str:
    """The qgis_process executable.

    Debian's ``qgis_process`` is a shell wrapper adding the desktop's ``QGIS_OPTS``
    (``--noversioncheck``), which the 3.22 binary rejects: call ``qgis_process.bin`` when present.
    """
    found = shutil.which("qgis_process")
    if found is None:
        pytest.fail("qgis_process is not installed")
    binary = Path(found).with_name("qgis_process.bin")
    return str(binary) if binary.exists() else found


@pytest.fixture(scope="module")
def qgis_process(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """``qgis_process(*args) -> CompletedProcess`` in a profile where only this plugin is installed."""
    root = tmp_path_factory.mktemp("qgis-profiles")
    install(root, NAME)
    paths = [sysconfig.get_paths()["purelib"], os.environ.get("PYTHONPATH", "")]
    env = {
        **os.environ,
        "QGIS_CUSTOM_CONFIG_PATH": str(root),
        "PYTHONPATH": os.pathsep.join(p for p in paths if p),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(root),
    }
    executable = _qgis_process()

    def _run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [executable, *args], env=env, capture_output=True, text=True, timeout=240, check=False
        )

    return _run


def _json(completed: subprocess.CompletedProcess) -> dict[str, Any]:
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    return json.loads(completed.stdout[completed.stdout.index("{") :])


def test_plugin_is_enabled_and_lists_the_algorithms(qgis_process) -> None:
    plugins = qgis_process("plugins")
    assert NAME in plugins.stdout, plugins.stdout + plugins.stderr
    listed = qgis_process("list")
    for algorithm in ("stac:search", "stac:loadasset", "stac:download"):
        assert algorithm in listed.stdout, listed.stdout[-3000:] + listed.stderr[-3000:]


def test_search_from_the_command_line(qgis_process, stac_api, stac_expected_ids, tmp_path) -> None:
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsRectangle,
    )

    xmin, xmax, ymin, ymax = DENVER_3857
    wgs84 = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:3857"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance().transformContext(),
    ).transformBoundingBox(QgsRectangle(xmin, ymin, xmax, ymax))
    expected = stac_expected_ids(
        bbox=(wgs84.xMinimum(), wgs84.yMinimum(), wgs84.xMaximum(), wgs84.yMaximum())
    )
    assert expected
    out = tmp_path / "x.gpkg"
    items = tmp_path / "items.geojson"
    result = _json(
        qgis_process(
            "--json",
            "run",
            "stac:search",
            "--",
            f"URL={stac_api.url}",
            f"EXTENT={xmin},{xmax},{ymin},{ymax} [EPSG:3857]",
            f"OUTPUT={out}",
            f"ITEMS_FILE={items}",
        )
    )
    assert result["results"]["MATCHED"] == len(expected)
    assert result["results"]["COUNT"] == len(expected)
    layer = QgsVectorLayer(str(out), "x", "ogr")
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:4326"
    assert sorted(f["id"] for f in layer.getFeatures()) == sorted(expected)
    written = json.loads(items.read_text())
    assert sorted(f["id"] for f in written["features"]) == sorted(expected)

    loaded = _json(
        qgis_process(
            "--json",
            "run",
            "stac:loadasset",
            "--",
            f"ITEMS={items}",
            "ITEM_ID=S2A_T13TDE_20240412T175055_L2A",
            "ASSET=red",
        )
    )
    assert loaded["results"]["OUTPUT"].startswith("/vsicurl/http://127.0.0.1:")


def test_errors_from_the_command_line(qgis_process, tmp_path) -> None:
    completed = qgis_process(
        "run",
        "stac:search",
        "--",
        "URL=http://127.0.0.1:9/",
        "DATETIME=2020-02-30",
        f"OUTPUT={tmp_path}/x.gpkg",
    )
    assert completed.returncode != 0
    assert "DATETIME" in completed.stdout + completed.stderr
