"""Close everything a save opens: many runs leak no file or memory, and QGIS exits cleanly after them.

A clip used to leave the unclipped source array open until the garbage collector freed it,
after QGIS had shut GDAL down: a segmentation fault at exit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.network

REPO = Path(__file__).resolve().parents[2]
ITEM = "S2A_T13TDE_20240412T175055_L2A"
RUNS = 150
RSS_GROWTH_LIMIT_KB = 20 * 1024
"""Memory may grow this much between the warm-up and the end of the runs (caches filling up), no more."""


def _env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests")]),
        "QT_QPA_PLATFORM": "offscreen",
    }


def test_many_runs_then_exit_qgis(stac_api, cog_host, tmp_path) -> None:
    item = next(i for i in stac_api.items if i["id"] == ITEM)
    items = tmp_path / "items.geojson"
    items.write_text(json.dumps({"type": "FeatureCollection", "features": [item]}))
    completed = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("repeat_algorithms.py")),
            stac_api.url,
            str(items),
            str(tmp_path / "out"),
            str(RUNS),
        ],
        env=_env(), capture_output=True, text=True, timeout=600, check=False,
    )
    output = completed.stdout[-2000:] + completed.stderr[-3000:]
    assert completed.returncode == 0, output  # 139 was the crash at exit
    line = next(x for x in completed.stdout.splitlines() if x.startswith("RESULT "))
    result = json.loads(line[len("RESULT ") :])
    print(result)
    assert result["runs"] == RUNS
    assert result["end"]["open"] == result["warm"]["open"], result
    assert result["end"]["rss_kb"] - result["warm"]["rss_kb"] < RSS_GROWTH_LIMIT_KB, result


_PYTEST_FILE = '''
import os

import rasterio
from qgis.core import QgsApplication

from plugin.core.models import SaveRequest
from plugin.core.save import save_asset
from plugin.processing.provider import StacProvider

PROVIDERS = []


def test_clipped_saves(qgis_app, tmp_path):
    for number in range(10):
        request = SaveRequest(os.environ["STAC_TEST_COG"], str(tmp_path), f"item{number}", "red",
                              clip=(-105.0, 40.0, -104.95, 40.05), clip_crs="EPSG:4326")
        with rasterio.open(save_asset(request)) as saved:
            assert 10 < saved.width < 366 and 10 < saved.height < 366  # clipped, not whole


def test_clipped_download(qgis_processing, tmp_path):
    import processing

    PROVIDERS.append(StacProvider())
    QgsApplication.processingRegistry().addProvider(PROVIDERS[-1])
    parameters = {"ITEMS": os.environ["STAC_TEST_ITEMS"], "ASSETS": "red", "FOLDER": str(tmp_path),
                  "EXTENT": "-105.0,-104.95,40.0,40.05 [EPSG:4326]"}
    (path,) = processing.run("stac:download", parameters)["FILES"]
    with rasterio.open(path) as saved:
        assert 10 < saved.width < 366 and 10 < saved.height < 366
'''


def test_pytest_qgis_run_with_a_clipped_save_ends_cleanly(stac_api, cog_host, tmp_path) -> None:
    test_file = tmp_path / "test_clipped_save.py"
    test_file.write_text(_PYTEST_FILE)
    items = tmp_path / "items.geojson"
    item = next(i for i in stac_api.items if i["id"] == ITEM)
    items.write_text(json.dumps({"type": "FeatureCollection", "features": [item]}))
    cog = f"/vsicurl/{cog_host.url}/sentinel-2-c1-l2a/{ITEM}/red.tif"
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)],
        cwd=tmp_path, env={**_env(), "STAC_TEST_COG": cog, "STAC_TEST_ITEMS": str(items)},
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    assert "2 passed" in completed.stdout
