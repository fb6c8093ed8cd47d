"""The odc-stac script "Copy as Python" writes for many scenes, run in its own Python against the
local servers: it finds the dock's items and writes the pixels the dock's clipped saves hold.

odc-stac needs shapely 2 (not in Debian 12), so the script runs in ``.script-venv``: PyPI wheels,
no system packages, made by scripts/bootstrap.sh from tests/requirements-script.txt.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
from test_dock import COLLECTION, DENVER, ITEM, WAIT_MS, _only, _search, _zoom
from test_dock_search_extras import _script_ids

pytestmark = pytest.mark.network

SCRIPT_PYTHON = Path(__file__).resolve().parents[2] / ".script-venv" / "bin" / "python"
TILE = "T13TDE"  # the scenes of one tile share the clipped area, CRS and grid


def _raster(path: Path) -> tuple[np.ndarray, tuple[float, ...], str]:
    """(band 1, geotransform, EPSG code) of a GeoTIFF."""
    dataset = gdal.Open(str(path))
    assert dataset is not None, path
    out = (dataset.GetRasterBand(1).ReadAsArray(), dataset.GetGeoTransform(),
           dataset.GetSpatialRef().GetAuthorityCode(None))
    dataset = None
    return out


def _at_centres_of(
    reference: Path, other: Path, box: tuple[float, float, float, float]
) -> tuple[np.ndarray, np.ndarray]:
    """The pixels of ``reference`` whose centres lie in ``box`` and the values of ``other`` at those
    centres (both in the CRS of ``box``, on any grids)."""
    ref, (x0, dx, _, y0, _, dy), ref_epsg = _raster(reference)
    data, (ox, odx, _, oy, _, ody), epsg = _raster(other)
    assert epsg == ref_epsg
    rows, cols = np.indices(ref.shape)
    x, y = x0 + (cols + 0.5) * dx, y0 + (rows + 0.5) * dy
    wanted = (x >= box[0]) & (y >= box[1]) & (x <= box[2]) & (y <= box[3])
    assert wanted.sum() > 0.8 * ref.size  # the saved pixels are those of the box, whole
    col = np.floor((x[wanted] - ox) / odx).astype(int)
    row = np.floor((y[wanted] - oy) / ody).astype(int)
    inside = (col >= 0) & (row >= 0) & (col < data.shape[1]) & (row < data.shape[0])
    assert inside.all(), f"{other.name} does not cover the clipped area"
    return ref[wanted], data[row, col]


def _script_env() -> dict[str, str]:
    """This environment without what points Python, PROJ or GDAL at the system's copies."""
    drop = ("PYTHONPATH", "PYTHONHOME", "PROJ_DATA", "PROJ_LIB", "GDAL_DATA", "GDAL_DRIVER_PATH")
    return {k: v for k, v in os.environ.items() if k not in drop}


def test_copied_odc_script_finds_the_same_items_and_writes_the_same_pixels(
    qtbot, dock: Any, tmp_path: Path, testbed: Any
) -> None:
    assert SCRIPT_PYTHON.exists(), f"{SCRIPT_PYTHON} is missing: run scripts/bootstrap.sh"
    _zoom(dock.canvas, *DENVER, 20000)
    _only(dock, COLLECTION)
    dock.extras.set_sortby("+eo:cloud_cover")
    dock.maxItemsSpin.setValue(8)
    found = _search(qtbot, dock)
    scenes = [item_id for item_id in found if TILE in item_id][:4]
    assert ITEM in scenes and len(scenes) == 4  # from four scenes on, the script loads through odc-stac
    dock.select_items(scenes)
    dock.details.set_checked(["red"])
    spec = testbed.spec(ITEM, "red", COLLECTION)
    x0, dx, _, y0, _, dy = spec.geotransform
    dock.canvas.setDestinationCrs(QgsCoordinateReferenceSystem(spec.crs))
    cx, cy, half = x0 + 170.3 * dx, y0 + 160.7 * dy, 30 * abs(dx)
    dock.canvas.setExtent(QgsRectangle(cx - half, cy - half, cx + half, cy + half))
    dock_folder = tmp_path / "dock"
    dock_folder.mkdir()
    assert dock.save_selected(str(dock_folder), clip=True) is not None
    qtbot.waitUntil(lambda: dock.asset_actions.save_task is None, timeout=WAIT_MS)
    saved = sorted(dock_folder.iterdir())
    assert len(saved) == len(scenes)

    box, box_crs = dock.asset_actions.clip_box()
    assert box_crs == spec.crs
    script = dock.extras.script("clip")
    assert "odc.stac.load(" in script
    script_folder = tmp_path / "script"
    script = script.replace(repr(str(dock_folder)), repr(str(script_folder)))
    path = tmp_path / "search.py"
    path.write_text(script)
    run = subprocess.run(
        [str(SCRIPT_PYTHON), str(path)], capture_output=True, text=True, timeout=600, check=False,
        cwd=tmp_path, env=_script_env(),
    )
    assert run.returncode == 0, run.stderr[-4000:]
    assert _script_ids(run.stdout) == found
    assert sorted(p.name for p in script_folder.iterdir()) == [p.name for p in saved]
    for dock_file in saved:
        expected, written = _at_centres_of(dock_file, script_folder / dock_file.name, box)
        assert expected.min() > 0  # real pixels, not nodata
        np.testing.assert_array_equal(written, expected, err_msg=dock_file.name)
