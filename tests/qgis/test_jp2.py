"""A JPEG 2000 asset (``image/jp2``, as every raster of the Copernicus Data Space) served by nginx:
listed as loadable, loaded as a layer and saved whole and clipped with the source's exact pixels.

The JPEG 2000 file is made from a test COG with GDAL's JP2OpenJPEG driver, losslessly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import Qgis, QgsApplication

from plugin.core.assets import asset_infos
from plugin.layers import asset_layer

ITEM = "S2A_T13TDE_20240412T175055_L2A"
COLLECTION = "sentinel-2-c1-l2a"
CLIP = (-105.0, 40.0, -104.9, 40.1)

_PROVIDERS: list[Any] = []


@pytest.fixture(scope="module")
def jp2_item(cog_host, testbed, tmp_path_factory) -> Any:
    """(ItemCollection path, JPEG 2000 URL, source pixels) of the Denver item with a JPEG 2000 red band."""
    if gdal.GetDriverByName("JP2OpenJPEG") is None:
        pytest.skip("this GDAL has no JP2OpenJPEG driver: no JPEG 2000 file can be made for the test")
    spec = testbed.spec(ITEM, "red", COLLECTION)
    root = Path(cog_host.root)
    target = root / "jp2" / f"{ITEM}_red.jp2"
    target.parent.mkdir(exist_ok=True)
    options = gdal.TranslateOptions(format="JP2OpenJPEG", creationOptions=["REVERSIBLE=YES", "QUALITY=100"])
    made = gdal.Translate(str(target), str(root / spec.relpath), options=options)
    assert made is not None
    made = None
    url = f"{cog_host.url}/jp2/{target.name}"
    item = next(i for i in testbed.stac_api.items if i["id"] == ITEM and i["collection"] == COLLECTION)
    item = {**item, "assets": {"red": {"href": url, "type": "image/jp2", "roles": ["data"]}}}
    path = tmp_path_factory.mktemp("jp2") / "items.json"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [item]}))
    return path, url, spec


@pytest.fixture
def run(qgis_processing: None) -> Iterator[Any]:
    """``processing.run`` with the STAC provider registered for the test only (later tests check
    that loading the plugin registers it)."""
    import processing

    from plugin.processing.provider import StacProvider

    registry = QgsApplication.processingRegistry()
    added = None
    if registry.providerById("stac") is None:
        added = StacProvider()
        _PROVIDERS.append(added)
        assert registry.addProvider(added)
    yield processing.run
    if added is not None:
        registry.removeProvider(added)


def _pixels(path: str) -> tuple[np.ndarray, tuple[float, ...]]:
    dataset = gdal.Open(path)
    assert dataset is not None
    out = dataset.GetRasterBand(1).ReadAsArray(), dataset.GetGeoTransform()
    dataset = None
    return out


def test_jp2_is_lossless_copy_of_the_cog(jp2_item, cog_pixels) -> None:
    _path, url, spec = jp2_item
    data, geotransform = _pixels(f"/vsicurl/{url}")
    assert geotransform == pytest.approx(spec.geotransform)
    np.testing.assert_array_equal(data, cog_pixels(ITEM, "red", COLLECTION)[0])


def test_jp2_asset_is_listed_as_loadable(jp2_item) -> None:
    path, _url, _spec = jp2_item
    (info,) = asset_infos(json.loads(path.read_text())["features"][0])
    assert info.is_raster and info.reason == ""
    assert info.note.startswith("JPEG 2000")


def test_jp2_loads_as_a_layer_with_the_source_pixels(run, jp2_item, cog_pixels) -> None:
    path, url, spec = jp2_item
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


def test_jp2_saves_whole_and_clipped_with_the_source_pixels(run, jp2_item, cog_pixels, tmp_path) -> None:
    path, _url, spec = jp2_item
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
