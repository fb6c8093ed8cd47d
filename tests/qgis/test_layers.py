"""Layers from real COGs served over HTTP: CRS, extent, pixels, groups."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from qgis.core import Qgis, QgsApplication, QgsLayerTreeGroup, QgsRasterLayer
from testbed import is_raster_asset

from plugin.core.assets import asset_infos, gdal_uri
from plugin.core.errors import NotRasterError
from plugin.layers import add_item_layers, add_to_project, item_layer
from plugin.tasks import OpenRasterTask

WAIT_MS = 30000


def _proj(item: dict[str, Any], key: str, name: str) -> Any:
    asset = item["assets"][key]
    return asset.get(name) if asset.get(name) is not None else item["properties"].get(name)


def _footprint(item: dict[str, Any], key: str) -> tuple[int, tuple[float, float, float, float]] | None:
    """(EPSG code, (xmin, ymin, xmax, ymax)) from the asset's (or item's) proj: fields, None without them."""
    epsg = _proj(item, key, "proj:epsg")
    code = _proj(item, key, "proj:code")
    if epsg is None and isinstance(code, str) and code.upper().startswith("EPSG:"):
        epsg = int(code.split(":")[1])
    shape = _proj(item, key, "proj:shape")
    transform = _proj(item, key, "proj:transform")
    if not (epsg and shape and transform) or transform[1] != 0 or transform[3] != 0:
        return None
    rows, cols = shape[0], shape[1]
    a, _, c, _, e, f = transform[:6]
    return int(epsg), (c, f + e * rows, c + a * cols, f)


def _has_cog(item: dict[str, Any], key: str) -> bool:
    """Whether the test bed serves a COG for the asset (GeoTIFF assets only, not JPEG 2000 or pictures)."""
    return is_raster_asset(item["assets"][key])


def _raster_assets(items: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, int, tuple]]:
    found = []
    for item in items:
        for asset in asset_infos(item):
            footprint = _footprint(item, asset.key) if _has_cog(item, asset.key) else None
            if footprint:
                found.append((item, asset.key, *footprint))
    return found


def _block(layer: QgsRasterLayer, band: int = 1) -> np.ndarray:
    provider = layer.dataProvider()
    width, height = layer.width(), layer.height()
    block = provider.block(band, layer.extent(), width, height)
    dtypes = {
        Qgis.DataType.Byte: np.uint8,
        Qgis.DataType.UInt16: np.uint16,
        Qgis.DataType.Int16: np.int16,
        Qgis.DataType.UInt32: np.uint32,
        Qgis.DataType.Int32: np.int32,
        Qgis.DataType.Float32: np.float32,
        Qgis.DataType.Float64: np.float64,
    }
    data = np.frombuffer(bytes(block.data()), dtype=dtypes[block.dataType()])
    return data.reshape(height, width)


@pytest.fixture
def assets(stac_api) -> list[tuple[dict[str, Any], str, int, tuple]]:
    found = _raster_assets(stac_api.items)
    assert found, "the test data needs raster assets with proj:epsg, proj:shape and proj:transform"
    return found


def test_layer_matches_the_cog(qtbot, qgis_new_project, assets, cog_pixels) -> None:
    # One asset per distinct CRS (at most 3) keeps it quick but covers several UTM zones.
    chosen = list({epsg: (item, key, epsg, bounds) for item, key, epsg, bounds in assets}.values())[:3]
    entries = [(item["id"], key, gdal_uri(item["assets"][key]["href"])) for item, key, _, _ in chosen]

    task = OpenRasterTask(entries)
    with qtbot.waitSignal(task.done, timeout=WAIT_MS) as blocker:
        QgsApplication.taskManager().addTask(task)
    made, errors = blocker.args
    assert not errors
    assert [entry for entry, _layer in made] == entries
    for entry, layer in made:
        add_to_project(layer, entry[0], qgis_new_project)
    layers = [layer for _entry, layer in made]
    for layer, (item, key, epsg, bounds) in zip(layers, chosen):
        assert layer.isValid()
        assert layer.name() == f"{item['id']} {key}"
        assert layer.crs().authid() == f"EPSG:{epsg}"
        extent = layer.extent()
        got = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        assert got == pytest.approx(bounds, abs=1e-6 * max(abs(v) for v in bounds))
        expected = np.asarray(cog_pixels(item["id"], key))
        first_band = expected if expected.ndim == 2 else expected[0]
        np.testing.assert_array_equal(_block(layer), first_band)
        group = qgis_new_project.layerTreeRoot().findGroup(item["id"])
        assert isinstance(group, QgsLayerTreeGroup)
        assert group.findLayer(layer.id()) is not None


def test_group_per_item_is_reused(qgis_new_project, stac_api) -> None:
    item = next(i for i in stac_api.items if sum(_has_cog(i, a.key) for a in asset_infos(i)) >= 2)
    first, second = [a for a in asset_infos(item) if _has_cog(item, a.key)][:2]
    layers = [item_layer(item, asset.key, gdal_uri(asset.href)) for asset in (first, second)]
    for layer in layers:  # added one after the other, as the dock does
        add_item_layers([(layer, item)], qgis_new_project)
    root = qgis_new_project.layerTreeRoot()
    groups = [g for g in root.findGroups() if g.name() == item["id"]]
    assert len(groups) == 1
    assert sorted(node.name() for node in groups[0].findLayers()) == sorted(layer.name() for layer in layers)
    assert first.key in layers[0].name() and second.key in layers[1].name()


def test_invalid_uri_is_reported_not_added(qgis_new_project, cog_host) -> None:
    uri = gdal_uri(f"{cog_host.url}/no/such/asset.tif")
    with pytest.raises(NotRasterError) as failed:
        item_layer({"id": "item-x"}, "B01", uri)
    assert uri in str(failed.value)
    assert failed.value.detail  # why, shown next to the URI
    assert qgis_new_project.mapLayers() == {}
    assert qgis_new_project.layerTreeRoot().findGroup("item-x") is None


def test_layers_made_in_the_task_draw_in_a_reprojected_map(qtbot, qgis_new_project, assets) -> None:
    """The task's threads leave QGIS's CRS cache usable: the layer reprojects once they are done."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsMapRendererParallelJob,
        QgsMapSettings,
    )
    from qgis.PyQt.QtCore import QSize

    item, key, _epsg, _bounds = assets[0]
    QgsCoordinateReferenceSystem.invalidateCache()  # the task's threads are the first to meet this CRS
    task = OpenRasterTask([(item["id"], key, gdal_uri(item["assets"][key]["href"]))])
    with qtbot.waitSignal(task.done, timeout=WAIT_MS) as blocker:
        QgsApplication.taskManager().addTask(task)
    ((entry, layer),) = blocker.args[0]
    add_to_project(layer, entry[0], qgis_new_project)

    web = QgsCoordinateReferenceSystem("EPSG:3857")
    transform = QgsCoordinateTransform(layer.crs(), web, qgis_new_project)
    assert transform.isValid()
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(web)
    settings.setExtent(transform.transformBoundingBox(layer.extent()))
    settings.setOutputSize(QSize(64, 64))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    colours = {image.pixel(x, y) for x in range(0, 64, 4) for y in range(0, 64, 4)}
    assert len(colours) > 8  # the band drawn, not an empty map
