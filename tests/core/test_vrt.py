"""VRTs over local GeoTIFFs: band order, resampling onto the finest grid, warping, mosaic overviews."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr

from plugin.core.errors import StacPluginError
from plugin.core.vrt import composite_vrt, describe_source, describe_sources, mosaic_vrt, unsigned


def _tif(  # noqa: PLR0917 (a test helper)
    path: Path,
    data: np.ndarray,
    origin: tuple[float, float],
    pixel: float,
    epsg: int = 32613,
    nodata: float | None = None,
) -> str:
    rows, cols = data.shape
    out = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_UInt16)
    out.SetGeoTransform((origin[0], pixel, 0.0, origin[1], 0.0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    out.SetProjection(srs.ExportToWkt())
    if nodata is not None:
        out.GetRasterBand(1).SetNoDataValue(nodata)
    out.GetRasterBand(1).WriteArray(data)
    out = None
    return str(path)


def _read(xml: str) -> np.ndarray:
    dataset = gdal.Open(xml)
    try:
        return dataset.ReadAsArray()
    finally:
        dataset = None


def test_composite_resamples_onto_the_finest_grid_in_order(tmp_path: Path) -> None:
    fine = np.arange(1, 101, dtype=np.uint16).reshape(10, 10)
    coarse = np.arange(201, 226, dtype=np.uint16).reshape(5, 5)
    paths = [
        _tif(tmp_path / "nir.tif", coarse, (500000, 4000100), 20.0),
        _tif(tmp_path / "red.tif", fine, (500000, 4000100), 10.0),
        _tif(tmp_path / "green.tif", fine + 1000, (500000, 4000100), 10.0),
    ]
    sources = describe_sources([(p, "", None) for p in paths])
    rgb = _read(composite_vrt(sources))
    assert rgb.shape == (3, 10, 10)
    np.testing.assert_array_equal(rgb[0], np.repeat(np.repeat(coarse, 2, axis=0), 2, axis=1))
    np.testing.assert_array_equal(rgb[1], fine)
    np.testing.assert_array_equal(rgb[2], fine + 1000)


def test_composite_warps_a_band_in_another_crs(tmp_path: Path) -> None:
    data = np.full((50, 50), 7, dtype=np.uint16)
    utm13 = _tif(tmp_path / "a.tif", data, (700000, 4400500), 10.0, 32613, nodata=0)
    # The same place in UTM 12: a second band that has to be reprojected into UTM 13.
    to12 = osr.CoordinateTransformation(*(_srs(e) for e in (32613, 32612)))
    x, y = to12.TransformPoint(700000.0, 4400500.0)[:2]
    utm12 = _tif(tmp_path / "b.tif", np.full((60, 60), 9, dtype=np.uint16), (x - 50, y + 50), 10.0, 32612, 0)
    sources = describe_sources([(utm13, "", None), (utm12, "", None), (utm13, "", None)])
    bands = _read(composite_vrt(sources))
    assert bands.shape[1] >= 50 and bands.shape[2] >= 50  # the union of the bands' outlines
    assert (bands[0] == 7).sum() == 50 * 50 and (bands[2] == 7).sum() == 50 * 50
    assert (bands[1] == 9).sum() >= 55 * 55  # reprojected: about 60 x 60 pixels of 10 m
    assert ((bands[0] == 7) & (bands[1] == 9)).sum() == 50 * 50  # over the same ground


def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def test_mosaic_top_item_wins_and_nodata_shows_the_one_below(tmp_path: Path) -> None:
    bottom = np.full((200, 200), 5, dtype=np.uint16)
    top = np.full((200, 200), 8, dtype=np.uint16)
    top[:, :20] = 0  # a nodata strip of the top item
    low = _tif(tmp_path / "low.tif", bottom, (500000, 4002000), 10.0, nodata=0)
    high = _tif(tmp_path / "high.tif", top, (501000, 4002000), 10.0, nodata=0)
    stacks = [[describe_source(low)], [describe_source(high)]]
    xml = mosaic_vrt(stacks)
    out = _read(xml)
    assert out.shape == (200, 300)
    assert (out[:, :100] == 5).all()  # only the bottom item
    assert (out[:, 100:120] == 5).all()  # the top item's nodata lets the bottom one show
    assert (out[:, 120:200] == 8).all()  # overlap: the top item
    assert (out[:, 200:] == 8).all()
    dataset = gdal.Open(xml)
    band = dataset.GetRasterBand(1)
    assert band.GetOverviewCount() == 1  # 150 x 100, the coarsest of at least 64 px: for the statistics
    assert (band.GetOverview(0).ReadAsArray()[:, 70:] == 8).all()
    dataset = None


def test_unsigned_and_errors(tmp_path: Path) -> None:
    path = _tif(tmp_path / "a.tif", np.ones((4, 4), dtype=np.uint16), (0, 4), 1.0)
    signed = describe_source("/vsicurl/https://h/a.tif", open_uri=path)
    xml = composite_vrt([signed])
    assert path in xml and "https://h/a.tif" not in xml
    assert "/vsicurl/https://h/a.tif" in unsigned(xml, [signed]) and path not in unsigned(xml, [signed])
    with pytest.raises(StacPluginError, match="not a raster"):
        describe_source(str(tmp_path / "missing.tif"))
    with pytest.raises(StacPluginError):
        mosaic_vrt([])
