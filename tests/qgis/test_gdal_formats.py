"""Rasters that are not COGs, served by nginx: a JPEG 2000 asset (``image/jp2``, as every raster of
the Copernicus Data Space) and a plain striped GeoTIFF. Each is listed as loadable (with its remark),
loaded as a layer and saved whole and clipped with the source's exact pixels.

The files are made from a test COG with GDAL (JP2OpenJPEG losslessly; GTiff without tiles).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import Qgis

from plugin.core.assets import asset_infos
from plugin.layers import asset_layer

ITEM = "S2A_T13TDE_20240412T175055_L2A"
COLLECTION = "sentinel-2-c1-l2a"
CLIP = (-105.0, 40.0, -104.9, 40.1)


FORMATS = {
    "jp2": ("JP2OpenJPEG", "image/jp2", ["REVERSIBLE=YES", "QUALITY=100"], "JPEG 2000, slower:"),
    "tif": ("GTiff", "image/tiff; application=geotiff", ["TILED=NO", "COMPRESS=NONE"], "not a COG, slower:"),
}


@pytest.fixture(scope="module", params=sorted(FORMATS))
def raster_item(request, cog_host, testbed, tmp_path_factory) -> Any:
    """(ItemCollection path, file URL, COG spec, remark) of the Denver item whose red band is a
    JPEG 2000 or a plain GeoTIFF copy of its COG."""
    driver, media_type, creation, remark = FORMATS[request.param]
    if gdal.GetDriverByName(driver) is None:
        pytest.skip(f"this GDAL has no {driver} driver: no {request.param} file can be made for the test")
    spec = testbed.spec(ITEM, "red", COLLECTION)
    root = Path(cog_host.root)
    target = root / "formats" / f"{ITEM}_red.{request.param}"
    target.parent.mkdir(exist_ok=True)
    options = gdal.TranslateOptions(format=driver, creationOptions=creation)
    made = gdal.Translate(str(target), str(root / spec.relpath), options=options)
    assert made is not None
    made = None
    url = f"{cog_host.url}/formats/{target.name}"
    item = next(i for i in testbed.stac_api.items if i["id"] == ITEM and i["collection"] == COLLECTION)
    item = {**item, "assets": {"red": {"href": url, "type": media_type, "roles": ["data"]}}}
    path = tmp_path_factory.mktemp(request.param) / "items.json"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [item]}))
    return path, url, spec, remark


def _pixels(path: str) -> tuple[np.ndarray, tuple[float, ...]]:
    dataset = gdal.Open(path)
    assert dataset is not None
    out = dataset.GetRasterBand(1).ReadAsArray(), dataset.GetGeoTransform()
    dataset = None
    return out


def test_file_is_lossless_copy_of_the_cog(raster_item, cog_pixels) -> None:
    _path, url, spec, _remark = raster_item
    data, geotransform = _pixels(f"/vsicurl/{url}")
    assert geotransform == pytest.approx(spec.geotransform)
    np.testing.assert_array_equal(data, cog_pixels(ITEM, "red", COLLECTION)[0])


def test_asset_is_listed_as_loadable_with_its_remark(raster_item) -> None:
    path, _url, _spec, remark = raster_item
    (info,) = asset_infos(json.loads(path.read_text())["features"][0])
    assert info.is_raster and info.reason == ""
    assert info.note.startswith(remark)


def test_loads_as_a_layer_with_the_source_pixels(run, raster_item, cog_pixels) -> None:
    path, url, spec, _remark = raster_item
    uri = run("stac:loadasset", {"ITEMS": str(path), "ASSET": "red"})["OUTPUT"]
    assert uri == f"/vsicurl/{url}"
    layer = asset_layer(uri, "red")
    assert layer.isValid()
    assert layer.crs().authid() == spec.crs
    assert (layer.width(), layer.height()) == (spec.width, spec.height)
    block = layer.dataProvider().block(1, layer.extent(), layer.width(), layer.height())
    assert block.dataType() == Qgis.DataType.UInt16
    data = np.frombuffer(bytes(block.data()), dtype=np.uint16).reshape(spec.height, spec.width)
    np.testing.assert_array_equal(data, cog_pixels(ITEM, "red", COLLECTION)[0])


def test_saves_whole_and_clipped_with_the_source_pixels(run, raster_item, cog_pixels, tmp_path) -> None:
    path, _url, spec, _remark = raster_item
    source = cog_pixels(ITEM, "red", COLLECTION)[0]
    whole = run("stac:download", {"ITEMS": str(path), "ASSETS": "red", "FOLDER": str(tmp_path / "w")})
    data, geotransform = _pixels(whole["FILES"][0])
    assert whole["FILES"][0].endswith(".tif")
    assert geotransform == pytest.approx(spec.geotransform)
    np.testing.assert_array_equal(data, source)

    extent = f"{CLIP[0]},{CLIP[2]},{CLIP[1]},{CLIP[3]} [EPSG:4326]"
    clipped = run("stac:download", {
        "ITEMS": str(path), "ASSETS": "red", "EXTENT": extent, "FOLDER": str(tmp_path / "c"),
    })
    data, (x0, dx, _, y0, _, dy) = _pixels(clipped["FILES"][0])
    sx0, sdx, _, sy0, _, sdy = spec.geotransform
    assert (dx, dy) == (sdx, sdy)
    rows, cols = data.shape
    assert 10 < rows < spec.height and 10 < cols < spec.width
    col0, row0 = round((x0 - sx0) / dx), round((y0 - sy0) / dy)
    np.testing.assert_array_equal(data, source[row0 : row0 + rows, col0 : col0 + cols])
