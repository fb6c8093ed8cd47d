"""The core's GDAL, OGR and OSR calls give the same results with GDAL's Python exceptions on and off.

QGIS 3.22 leaves them off; QGIS 3.40+ Processing turns them on for the whole process. Each test
runs in both modes (set for gdal, ogr and osr alike, then put back as they were).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

from plugin.core.errors import NotRasterError, StacPluginError
from plugin.core.gdal_calls import open_raster, spatial_reference, unlink
from plugin.core.picture import extent_polygon_wgs84
from plugin.core.prefetch import warm_sources
from plugin.core.vrt import describe_source, mosaic_vrt, spatial_ref, transform_bounds

MODULES = (gdal, ogr, osr)
MARS = "IAU_2015:49900"  # PROJ transforms nothing between Mars and Earth


def _set_exceptions(on: bool) -> None:
    # GDAL < 3.7 keeps one stack of error handlers for the three modules: undo in reverse order
    for module in MODULES if on else reversed(MODULES):
        if bool(module.GetUseExceptions()) != on:
            (module.UseExceptions if on else module.DontUseExceptions)()


@pytest.fixture(params=[True, False], ids=["exceptions-on", "exceptions-off"])
def exceptions(request: pytest.FixtureRequest) -> Iterator[bool]:
    before = [bool(module.GetUseExceptions()) for module in MODULES]
    _set_exceptions(request.param)
    assert [bool(module.GetUseExceptions()) for module in MODULES] == [request.param] * 3
    try:
        yield request.param
    finally:
        _set_exceptions(False)
        for module, was_on in zip(MODULES, before):
            if was_on and not module.GetUseExceptions():
                module.UseExceptions()


def _tif(path: Path, epsg: int, origin: tuple[float, float], pixel: float) -> str:
    out = gdal.GetDriverByName("GTiff").Create(str(path), 8, 6, 1, gdal.GDT_Byte)
    out.SetGeoTransform((origin[0], pixel, 0.0, origin[1], 0.0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    out.SetProjection(srs.ExportToWkt())
    out.GetRasterBand(1).WriteArray(np.arange(48, dtype=np.uint8).reshape(6, 8) + 1)
    out = None
    return str(path)


def test_a_file_that_is_no_raster_is_said_so(exceptions: bool, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a raster")
    for path in (str(text), str(tmp_path / "missing.tif")):
        dataset, reason = open_raster(path)
        assert dataset is None and reason
        with pytest.raises(NotRasterError, match="is not a raster GDAL can open") as caught:
            describe_source(path)
        assert caught.value.detail


def test_a_raster_opens_and_warps(exceptions: bool, tmp_path: Path) -> None:
    utm = describe_source(_tif(tmp_path / "utm.tif", 32613, (500000.0, 4400000.0), 30.0))
    assert (utm.width, utm.height, utm.data_type) == (8, 6, "Byte")
    xml = mosaic_vrt([[utm]], "EPSG:4326")  # a warped source: gdal.Warp, then its /vsimem/ file removed
    dataset, reason = open_raster(xml)
    assert reason == "" and dataset.GetRasterBand(1).ReadAsArray().max() > 0
    assert not gdal.ReadDir("/vsimem/") or not [n for n in gdal.ReadDir("/vsimem/") if "stac-warp" in n]


def test_bad_and_unknown_crs(exceptions: bool) -> None:
    assert spatial_reference("not a CRS") is None
    assert spatial_reference("EPSG:32613") is not None
    with pytest.raises(StacPluginError, match="Unknown CRS"):
        spatial_ref("not a CRS")
    with pytest.raises(StacPluginError, match="No transformation"):
        transform_bounds((0.0, 0.0, 1.0, 1.0), MARS, "EPSG:4326")
    with pytest.raises(StacPluginError, match="No transformation"):
        extent_polygon_wgs84((0.0, 0.0, 1.0, 1.0), MARS)
    west, south, east, north = transform_bounds(
        (500000.0, 4400000.0, 501000.0, 4401000.0), "EPSG:32613", "EPSG:4326"
    )
    assert -106 < west < east < -104 and 39 < south < north < 40


def test_vsimem_calls(exceptions: bool) -> None:
    assert unlink("/vsimem/stac-never-written.vrt") is False
    gdal.FileFromMemBuffer("/vsimem/stac-written.txt", b"x")
    assert unlink("/vsimem/stac-written.txt") is True


def test_warming_a_broken_vrt_is_quiet(exceptions: bool, tmp_path: Path) -> None:
    assert warm_sources("<VRTDataset", []) is None
    source = describe_source(_tif(tmp_path / "a.tif", 32613, (500000.0, 4400000.0), 30.0))
    xml = mosaic_vrt([[source]])
    Path(source.path).unlink()  # the source went away: nothing to read ahead, nothing raised
    assert warm_sources(xml, [source]) is None
