"""Composites and mosaics against the local servers: pixels, band order, warping, order, extent, time."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsApplication, QgsProcessingException, QgsRasterLayer
from testbed.cogs import CogSpec, cog_pixels, write_cog

from plugin.core.picture import item_time_range

pytestmark = pytest.mark.network

WAIT_MS = 60000
V1_ITEM = "S2A_T13TDE_20240412T175055_L2A"
V0_ITEM = "S2A_28QCH_20200714_0_L2A"
LANDSAT_ITEM = "LC08_L2SP_028030_20200114_20200824_02_T1_SR"


def _finish(qtbot: Any, task: Any) -> tuple[Any, Any]:
    """Run a PictureTask; its (layer, picture), or the test fails with the task's message."""
    failures: list[str] = []
    done: list[tuple[Any, Any]] = []
    task.failed.connect(lambda message, detail: failures.append(f"{message}\n{detail}"))
    task.done.connect(lambda layer, picture: done.append((layer, picture)))
    QgsApplication.taskManager().addTask(task)
    qtbot.waitUntil(lambda: bool(done or failures), timeout=WAIT_MS)
    assert not failures, failures[0]
    return done[0]


def _item(stac_api: Any, item_id: str) -> dict[str, Any]:
    return next(i for i in stac_api.items if i["id"] == item_id)


def _array(source: str, band: int) -> np.ndarray:
    dataset = gdal.Open(source)
    try:
        return dataset.GetRasterBand(band).ReadAsArray()
    finally:
        dataset = None


def _layer_array(layer: QgsRasterLayer, band: int) -> np.ndarray:
    block = layer.dataProvider().block(band, layer.extent(), layer.width(), layer.height())
    data = np.frombuffer(bytes(block.data()), dtype=np.uint16)
    return data.reshape(layer.height(), layer.width())


SAMPLES = [(0, 0), (17, 301), (200, 120), (365, 365), (90, 250)]


@pytest.mark.parametrize(
    ("item_id", "keys"),
    [
        (V1_ITEM, ("red", "green", "blue")),
        (V0_ITEM, ("B04", "B03", "B02")),
        (LANDSAT_ITEM, ("red", "green", "blue")),
    ],
)
def test_truecolor_composite_pixels(  # noqa: PLR0917 (fixtures)
    qtbot, qgis_new_project, stac_api, cog_pixels, item_id, keys
) -> None:
    from plugin.layers import add_picture_layer
    from plugin.picture_tasks import PictureTask

    item = _item(stac_api, item_id)
    task = PictureTask([item], "truecolor")
    layer, picture = _finish(qtbot, task)
    add_picture_layer(layer, picture, qgis_new_project)
    assert layer.isValid() and layer.bandCount() == 3
    assert picture.keys == (keys,)
    for band, key in enumerate(keys, start=1):  # R, G, B in that order
        expected = cog_pixels(item_id, key)[0]
        got = _layer_array(layer, band)
        assert got.shape == expected.shape
        for r, c in SAMPLES:
            row, col = min(r, got.shape[0] - 1), min(c, got.shape[1] - 1)
            assert got[row, col] == expected[row, col], (key, row, col)
        np.testing.assert_array_equal(got, expected)
    assert (
        layer.name()
        == f"truecolor · {item['properties']['datetime'][:10]} · {item['properties']['platform']}"
    )
    assert layer.metadata().identifier() == item_id
    assert qgis_new_project.layerTreeRoot().findGroup(item_id).findLayer(layer.id()) is not None
    _assert_time(layer, item_time_range(item))


def _assert_time(layer: QgsRasterLayer, span: Any) -> None:
    props = layer.temporalProperties()
    assert props.isActive()
    fixed = props.fixedTemporalRange()
    assert fixed.begin().toMSecsSinceEpoch() == round(span[0].timestamp() * 1000)
    assert fixed.end().toMSecsSinceEpoch() == round(span[1].timestamp() * 1000)


def test_falsecolor_in_processing_and_missing_band(
    run, qgis_new_project, stac_api, cog_pixels, tmp_path
) -> None:
    item = _item(stac_api, LANDSAT_ITEM)
    items_file = tmp_path / "items.json"
    items_file.write_text(json.dumps({"type": "FeatureCollection", "features": [item]}))
    result = run("stac:loadasset", {"ITEMS": str(items_file), "ASSET": "falsecolor"})
    layer = QgsRasterLayer(result["OUTPUT"], "out", "gdal")
    assert layer.isValid() and layer.bandCount() == 3
    for band, key in enumerate(("nir08", "red", "green"), start=1):
        np.testing.assert_array_equal(_layer_array(layer, band), cog_pixels(LANDSAT_ITEM, key)[0])
    # Not kept by this frame: the tracebacks of the expected errors below hold it until Python's
    # last garbage collection, after GDAL has shut down (which cannot then close a VRT's sources).
    del layer
    result = run("stac:loadasset", {"ITEMS": str(items_file), "ASSET": "blue, green ,red"})
    assert _array(result["OUTPUT"], 1)[5, 7] == cog_pixels(LANDSAT_ITEM, "blue")[0][5, 7]
    del item["assets"]["blue"]
    items_file.write_text(json.dumps({"type": "FeatureCollection", "features": [item]}))
    with pytest.raises(QgsProcessingException, match=r"no blue band; its bands are: .*green.*red"):
        run("stac:loadasset", {"ITEMS": str(items_file), "ASSET": "truecolor"})
    with pytest.raises(QgsProcessingException, match="ASSET"):
        run("stac:loadasset", {"ITEMS": str(items_file), "ASSET": "red,green"})


def test_single_band_by_common_name(run, qgis_new_project, stac_api, tmp_path) -> None:
    """Earth Search v0 has no band metadata: "nir" is found under its well-known key B08."""
    items_file = tmp_path / "items.json"
    items_file.write_text(json.dumps(_item(stac_api, V0_ITEM)))
    result = run("stac:loadasset", {"ITEMS": str(items_file), "ASSET": "nir"})
    assert result["OUTPUT"].endswith(f"/{V0_ITEM}/B08.tif")


@pytest.mark.usefixtures("layer_tree_view")
def test_single_band_layer_is_readable_and_dated(run, qgis_new_project, stac_api, tmp_path) -> None:
    item = _item(stac_api, V1_ITEM)
    items_file = tmp_path / "items.json"
    items_file.write_text(json.dumps(item))
    import processing

    processing.runAndLoadResults("stac:loadasset", {"ITEMS": str(items_file), "ASSET": "red"})
    (layer,) = qgis_new_project.mapLayers().values()
    assert layer.name() == f"red · 2024-04-12 · {item['properties']['platform']}"
    _assert_time(layer, item_time_range(item))
    assert layer.metadata().identifier() == V1_ITEM
    qgis_new_project.removeAllMapLayers()
    processing.runAndLoadResults("stac:loadasset", {"ITEMS": str(items_file), "ASSET": "truecolor"})
    (layer,) = qgis_new_project.mapLayers().values()
    assert layer.name() == f"truecolor · 2024-04-12 · {item['properties']['platform']}"
    assert layer.isValid() and layer.bandCount() == 3
    _assert_time(layer, item_time_range(item))


# Two items in two UTM zones ------------------------------------------------------------------------

ZONES = {
    # id: (EPSG, (xmin, ymin, xmax, ymax), pixel size, cloud cover, datetime)
    "ZONE12_CLEAR": (32612, (700000.0, 4400000.0, 760000.0, 4460000.0), 200.0, 5.0, "2024-05-01T18:00:00Z"),
    "ZONE13_CLOUDY": (32613, (220000.0, 4400000.0, 290000.0, 4470000.0), 250.0, 40.0, "2024-06-01T18:00:00Z"),
}


def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _footprint(epsg: int, bounds: tuple[float, float, float, float]) -> list[list[float]]:
    to_wgs84 = osr.CoordinateTransformation(_srs(epsg), _srs(4326))
    xmin, ymin, xmax, ymax = bounds
    ring = [(xmin + (xmax - xmin) * i / 10, ymin) for i in range(10)]
    ring += [(xmax, ymin + (ymax - ymin) * i / 10) for i in range(10)]
    ring += [(xmax - (xmax - xmin) * i / 10, ymax) for i in range(10)]
    ring += [(xmin, ymax - (ymax - ymin) * i / 10) for i in range(10)]
    points = [list(to_wgs84.TransformPoint(x, y)[:2]) for x, y in ring]
    return [*points, points[0]]


@pytest.fixture(scope="module")
def zone_items(cog_host: Any) -> dict[str, tuple[dict[str, Any], CogSpec]]:
    """Two items whose red bands overlap across the UTM 12 / 13 boundary, COGs at their own CRS."""
    out = {}
    for item_id, (epsg, bounds, res, cloud, when) in ZONES.items():
        width = round((bounds[2] - bounds[0]) / res)
        height = round((bounds[3] - bounds[1]) / res)
        spec = CogSpec(
            "zones",
            item_id,
            "red",
            f"EPSG:{epsg}",
            (bounds[0], res, 0.0, bounds[3], 0.0, -res),
            width,
            height,
            1,
            "uint16",
            0.0,
        )
        write_cog(spec, Path(cog_host.root) / spec.relpath)
        ring = _footprint(epsg, bounds)
        lons, lats = [p[0] for p in ring], [p[1] for p in ring]
        item = {
            "type": "Feature",
            "stac_version": "1.0.0",
            "id": item_id,
            "collection": "zones",
            "geometry": {"type": "Polygon", "coordinates": [ring]},
            "bbox": [min(lons), min(lats), max(lons), max(lats)],
            "properties": {"datetime": when, "eo:cloud_cover": cloud, "proj:epsg": epsg, "platform": "test"},
            "assets": {
                "red": {
                    "href": f"{cog_host.url}/{spec.relpath}",
                    "type": "image/tiff; application=geotiff",
                    "eo:bands": [{"name": "B04", "common_name": "red"}],
                    "raster:bands": [{"nodata": 0}],
                }
            },
            "links": [],
        }
        out[item_id] = (item, spec)
    return out


def _source_pixel(spec: CogSpec, x: float, y: float, crs: str) -> tuple[int, bool]:
    """The source pixel value of ``spec`` at (x, y) in ``crs``, and whether the point is safely
    inside one pixel (not within 0.2 px of a pixel edge); (0, True) well outside the raster."""
    epsg = int(spec.crs.split(":")[1])
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    sx, sy = osr.CoordinateTransformation(srs, _srs(epsg)).TransformPoint(x, y)[:2]
    x0, dx, _, y0, _, dy = spec.geotransform
    fc, fr = (sx - x0) / dx, (sy - y0) / dy
    col, row = int(np.floor(fc)), int(np.floor(fr))
    safe = min(fc - col, col + 1 - fc, fr - row, row + 1 - fr) > 0.2
    if not (0 <= col < spec.width and 0 <= row < spec.height):
        return 0, safe
    return int(cog_pixels(spec.item_id, "red", (spec.height, spec.width), "uint16")[row, col]), safe


def _check_mosaic(path: str, top_first: list[CogSpec]) -> int:
    """Compare every 7th pixel of the mosaic with the top-most item covering it; returns how many
    pixels showed each item (as a check that the test saw both)."""
    dataset = gdal.Open(path)
    wkt = dataset.GetProjection()
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    data = dataset.GetRasterBand(1).ReadAsArray()
    dataset = None
    seen = {spec.item_id: 0 for spec in top_first}
    checked = 0
    for row in range(0, data.shape[0], 7):
        for col in range(0, data.shape[1], 7):
            x, y = x0 + (col + 0.5) * dx, y0 + (row + 0.5) * dy
            for spec in top_first:
                value, safe = _source_pixel(spec, x, y, wkt)
                if not safe:
                    break
                if value:
                    assert data[row, col] == value, (spec.item_id, row, col)
                    seen[spec.item_id] += 1
                    checked += 1
                    break
            else:
                assert data[row, col] == 0
    assert all(seen.values()), seen
    return checked


@pytest.mark.parametrize("crs", ["", "EPSG:32612"])
def test_mosaic_across_utm_zones(run, qgis_new_project, zone_items, tmp_path, crs) -> None:
    items_file = tmp_path / "items.json"
    items = [item for item, _spec in zone_items.values()]
    items_file.write_text(json.dumps({"type": "FeatureCollection", "features": items}))
    clear, cloudy = zone_items["ZONE12_CLEAR"][1], zone_items["ZONE13_CLOUDY"][1]
    params = {"ITEMS": str(items_file), "ASSET": "red", "OUTPUT": str(tmp_path / "m.vrt")}
    if crs:
        params["CRS"] = crs
    result = run("stac:mosaic", params)
    assert result["COUNT"] == 2
    dataset = gdal.Open(result["OUTPUT"])
    srs = osr.SpatialReference(wkt=dataset.GetProjection())
    dataset = None
    assert srs.GetAuthorityCode(None) == (crs.split(":")[1] if crs else "32612")  # a tie: the top item's
    assert _check_mosaic(result["OUTPUT"], [clear, cloudy]) > 100  # least cloudy on top
    newest = run("stac:mosaic", {**params, "ORDER": 1, "OUTPUT": str(tmp_path / "n.vrt")})
    _check_mosaic(newest["OUTPUT"], [cloudy, clear])
    tif = run("stac:mosaic", {**params, "OUTPUT": str(tmp_path / "m.tif")})
    np.testing.assert_array_equal(_array(tif["OUTPUT"], 1), _array(result["OUTPUT"], 1))
    assert not [p.name for p in tmp_path.iterdir() if ".part-" in p.name]


def test_mosaic_extent_keeps_touching_items(run, qgis_new_project, zone_items, cog_host, tmp_path) -> None:
    items_file = tmp_path / "items.json"
    items = [item for item, _spec in zone_items.values()]
    items_file.write_text(json.dumps({"type": "FeatureCollection", "features": items}))
    east = "-107.7,-107.5,39.8,39.9 [EPSG:4326]"  # only the zone 13 item reaches east of -107.9
    cog_host.reset_log()
    result = run(
        "stac:mosaic",
        {"ITEMS": str(items_file), "ASSET": "red", "EXTENT": east, "OUTPUT": str(tmp_path / "e.vrt")},
    )
    assert result["COUNT"] == 1
    paths = {r.path for r in cog_host.requests()}
    assert not any("ZONE12" in p for p in paths), paths
    dataset = gdal.Open(result["OUTPUT"])
    assert "ZONE12" not in Path(result["OUTPUT"]).read_text()
    # The mosaic covers the extent: about 17 km x 11 km at 250 m.
    assert 60 <= dataset.RasterXSize <= 75 and 40 <= dataset.RasterYSize <= 50
    dataset = None
    with pytest.raises(QgsProcessingException, match="No item touches EXTENT"):
        run(
            "stac:mosaic",
            {
                "ITEMS": str(items_file),
                "ASSET": "red",
                "EXTENT": "10,11,10,11 [EPSG:4326]",
                "OUTPUT": str(tmp_path / "x.vrt"),
            },
        )
    with pytest.raises(QgsProcessingException, match="OUTPUT must end in"):
        run("stac:mosaic", {"ITEMS": str(items_file), "ASSET": "red", "OUTPUT": str(tmp_path / "x.png")})
    with pytest.raises(QgsProcessingException, match="No item with id 'nope'"):
        run(
            "stac:mosaic",
            {"ITEMS": str(items_file), "ITEM_IDS": "nope", "ASSET": "red", "OUTPUT": str(tmp_path / "x.vrt")},
        )


def test_mosaic_layer_from_the_task_is_dated(qtbot, qgis_new_project, zone_items) -> None:
    from plugin.core.picture import items_time_range
    from plugin.layers import add_picture_layer
    from plugin.picture_tasks import PictureTask

    items = [item for item, _spec in zone_items.values()]
    task = PictureTask(items, "red", mosaic=True)
    layer, picture = _finish(qtbot, task)
    add_picture_layer(layer, picture, qgis_new_project)
    assert layer.isValid() and picture.count == 2
    assert layer.name() == "red mosaic · 2024-05-01 to 2024-06-01 · 2 items"
    _assert_time(layer, items_time_range(items))


def test_item_layers_grouped_by_date(qgis_new_project, stac_api, tmp_path) -> None:
    from plugin.core.assets import gdal_uri
    from plugin.core.picture import item_time_range
    from plugin.layers import DATE_GROUP_PROPERTY, add_item_layers, item_layer

    items = [_item(stac_api, i) for i in ("S2A_T13TDE_20240412T175055_L2A", "S2B_T13TDE_20240417T174407_L2A")]
    pairs = [(item_layer(item, "red", gdal_uri(item["assets"]["red"]["href"])), item) for item in items]
    add_item_layers(pairs, qgis_new_project)
    root = qgis_new_project.layerTreeRoot()
    dates = [g.name() for g in root.children() if g.customProperty(DATE_GROUP_PROPERTY)]
    assert dates == ["2024-04-17", "2024-04-12"]  # newest first
    for layer, item in pairs:
        group = root.findGroup(item["id"])
        assert group.parent().name() == item["properties"]["datetime"][:10]
        assert group.findLayer(layer.id()) is not None
        assert (
            layer.name() == f"red · {item['properties']['datetime'][:10]} · {item['properties']['platform']}"
        )
        _assert_time(layer, item_time_range(item))
        # raster:bands nodata 0 honoured; a cumulative-cut stretch, not the 1-65534 of the data type.
        enhancement = layer.renderer().contrastEnhancement()
        assert enhancement.maximumValue() < 65000
    saved = tmp_path / "red.tif"
    gdal.Translate(str(saved), gdal_uri(items[0]["assets"]["red"]["href"]), noData="none")
    local = item_layer(items[0], "red", str(saved), local=True)
    assert local.name().endswith("· local")
    assert local.dataProvider().userNoDataValues(1)[0].min() == 0
    assert "local file" in local.metadata().abstract()


@pytest.mark.usefixtures("layer_tree_view")
def test_mosaic_output_loads_named_and_dated(run, qgis_new_project, zone_items, tmp_path) -> None:
    import processing

    from plugin.core.picture import items_time_range

    items = [item for item, _spec in zone_items.values()]
    items_file = tmp_path / "items.json"
    items_file.write_text(json.dumps({"type": "FeatureCollection", "features": items}))
    processing.runAndLoadResults(
        "stac:mosaic", {"ITEMS": str(items_file), "ASSET": "red", "OUTPUT": str(tmp_path / "m.tif")}
    )
    (layer,) = qgis_new_project.mapLayers().values()
    assert layer.isValid() and layer.source() == str(tmp_path / "m.tif")
    assert layer.name() == "red mosaic · 2024-05-01 to 2024-06-01 · 2 items"
    _assert_time(layer, items_time_range(items))


def test_truecolor_mosaic_shows_the_least_cloudy_item(
    run, qgis_new_project, stac_api, cog_pixels, tmp_path
) -> None:
    tiles = [i for i in stac_api.items if i["collection"] == "sentinel-2-c1-l2a" and "_T13TDE_" in i["id"]]
    items_file = tmp_path / "items.json"
    items_file.write_text(json.dumps({"type": "FeatureCollection", "features": tiles}))
    clearest = min(tiles, key=lambda i: i["properties"]["eo:cloud_cover"])["id"]
    result = run(
        "stac:mosaic",
        {
            "ITEMS": str(items_file),
            "ASSET": "truecolor",
            "EXTENT": "-105.2,-105.0,39.9,40.1 [EPSG:4326]",
            "OUTPUT": str(tmp_path / "rgb.vrt"),
        },
    )
    assert result["COUNT"] == len(tiles)
    dataset = gdal.Open(result["OUTPUT"])
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    spec_x0, spec_dx, _, spec_y0, _, spec_dy = (399960.0, 300.0, 0.0, 4500000.0, 0.0, -300.0)
    assert dataset.RasterCount == 3 and abs(dx) == spec_dx
    for band, key in enumerate(("red", "green", "blue"), start=1):
        data = dataset.GetRasterBand(band).ReadAsArray()
        source = cog_pixels(clearest, key)[0]
        for row in range(0, data.shape[0], 5):
            for col in range(0, data.shape[1], 5):
                src_col = int((x0 + (col + 0.5) * dx - spec_x0) // spec_dx)
                src_row = int((y0 + (row + 0.5) * dy - spec_y0) // spec_dy)
                assert data[row, col] == source[src_row, src_col], (key, row, col)
    dataset = None


# Requests (deterministic; timings are for make bench) -------------------------------------------


def test_item_layer_stretch_costs_no_request(qgis_new_project, cog_host, tmp_path) -> None:
    """A dated, stretched item layer opens and renders in the 4 requests of a plain layer."""
    from test_performance import _publish, _render, _write_cog
    from testbed.delay_proxy import DelayProxy

    from plugin.core.assets import gdal_uri
    from plugin.layers import item_layer

    cog = _write_cog(tmp_path / "band.tif")
    (path,) = _publish(cog_host, cog)
    with DelayProxy(cog_host.url, delay_ms=0) as proxy:
        item = {"id": "x", "properties": {"datetime": "2024-04-12T10:00:00Z"}, "assets": {}}
        layer = item_layer(item, "red", gdal_uri(proxy.url + path))
        _render(layer)
        requests = proxy.requests()
    assert all(r.target == path for r in requests)
    assert len(requests) <= 4, [(r.method, r.range) for r in requests]
    low, high = (
        layer.renderer().contrastEnhancement().minimumValue(),
        layer.renderer().contrastEnhancement().maximumValue(),
    )
    assert 1000 < low < high < 5024  # a 2-98 % cut of the data, not the full uint16 range


@pytest.mark.parametrize("with_view", [True, False])
def test_composite_first_render_reads_what_the_task_fetched(
    qtbot, qgis_new_project, cog_host, tmp_path, with_view
) -> None:
    """With the map view, the three files' blocks of the first render come in the task, all at
    once; the render itself then sends nothing (GDAL would read the three one after the other)."""
    from test_performance import ORIGIN, PIXEL, SIZE, _publish, _render, _write_cog
    from testbed.delay_proxy import DelayProxy

    from plugin.layers import add_picture_layer
    from plugin.picture_tasks import PictureTask

    cog = _write_cog(tmp_path / "band.tif")
    paths = _publish(cog_host, cog, 3)
    with DelayProxy(cog_host.url, delay_ms=0) as proxy:
        tif = {"type": "image/tiff; application=geotiff"}
        assets = {key: {**tif, "href": proxy.url + p} for key, p in zip(("red", "green", "blue"), paths)}
        item = {"id": "x", "properties": {"datetime": "2024-04-12T10:00:00Z"}, "assets": assets}
        side = SIZE * PIXEL
        view = ((ORIGIN[0], ORIGIN[1] - side, ORIGIN[0] + side, ORIGIN[1]), "EPSG:32613", 800, 600)
        layer, picture = _finish(qtbot, PictureTask([item], "truecolor", view=view if with_view else None))
        add_picture_layer(layer, picture, qgis_new_project)
        in_task = len(proxy.requests())
        _render(layer)
        requests = proxy.requests()
    assert {r.target for r in requests} == set(paths)
    assert len(requests) <= 4 * 3
    if with_view:
        assert len(requests) == in_task
    else:
        assert len(requests) > in_task  # the test would see a render that is not prefetched


def test_cancelled_mosaic_save_leaves_no_file(run, qgis_new_project, zone_items, tmp_path) -> None:
    from qgis.core import QgsProcessingFeedback

    class CancelAtFirstWindow(QgsProcessingFeedback):
        def __init__(self) -> None:
            super().__init__()
            self.progressChanged.connect(lambda percent: self.cancel() if percent > 0 else None)

    items = [item for item, _spec in zone_items.values()]
    items_file = tmp_path / "items.json"
    items_file.write_text(json.dumps({"type": "FeatureCollection", "features": items}))
    out = tmp_path / "out"
    out.mkdir()
    feedback = CancelAtFirstWindow()
    result = run(
        "stac:mosaic",
        {"ITEMS": str(items_file), "ASSET": "red", "OUTPUT": str(out / "m.tif")},
        feedback=feedback,
    )
    assert feedback.isCanceled()
    assert result["COUNT"] == 0 and not result["OUTPUT"]
    assert list(out.iterdir()) == []


def test_task_prefetches_the_canvas_view_by_default(qgis_iface, qgis_canvas) -> None:
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

    from plugin.picture_tasks import PictureTask

    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32613"))
    qgis_canvas.setExtent(QgsRectangle(400000, 4400000, 410000, 4410000))
    rect = qgis_canvas.extent()
    task = PictureTask([{"id": "x", "assets": {}}], "truecolor")
    box, crs, width, height = task.view
    assert box == pytest.approx((rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()))
    assert crs == "EPSG:32613" and (width, height) == (qgis_canvas.width(), qgis_canvas.height())
    assert PictureTask([{"id": "x", "assets": {}}], "truecolor", view=None).view is None


@pytest.mark.parametrize("with_view", [True, False])
def test_mosaic_across_crs_first_render_reads_what_the_task_fetched(
    qtbot, qgis_new_project, cog_host, tmp_path, with_view
) -> None:
    """Also a source the mosaic reprojects is prefetched over the view's ground at its scale."""
    from test_performance import _publish, _render, _write_cog
    from testbed.delay_proxy import DelayProxy

    from plugin.core.vrt import transform_bounds
    from plugin.layers import add_picture_layer
    from plugin.picture_tasks import PictureTask

    utm13 = _write_cog(tmp_path / "utm13.tif")
    utm12 = tmp_path / "utm12.tif"
    options = gdal.WarpOptions(format="COG", dstSRS="EPSG:32612", creationOptions=["BLOCKSIZE=512"])
    gdal.Warp(str(utm12), str(utm13), options=options)
    info = gdal.Info(str(utm12), format="json")["cornerCoordinates"]
    bounds12 = (info["lowerLeft"][0], info["lowerLeft"][1], info["upperRight"][0], info["upperRight"][1])
    paths = _publish(cog_host, utm13) + _publish(cog_host, utm12)
    with DelayProxy(cog_host.url, delay_ms=0) as proxy:
        tif = {"type": "image/tiff; application=geotiff"}
        items = [
            {
                "id": f"i{k}",
                "properties": {"datetime": "2024-04-12T10:00:00Z", "eo:cloud_cover": cloud},
                "assets": {"red": {**tif, "href": proxy.url + path}},
            }
            for k, (path, cloud) in enumerate(zip(paths, (50.0, 5.0)))
        ]
        b13 = transform_bounds(_bounds_of(utm13), "EPSG:32613", "EPSG:32612")
        union = (
            min(b13[0], bounds12[0]),
            min(b13[1], bounds12[1]),
            max(b13[2], bounds12[2]),
            max(b13[3], bounds12[3]),
        )
        view = (union, "EPSG:32612", 800, 600)
        task = PictureTask(items, "red", mosaic=True, view=view if with_view else None)
        layer, picture = _finish(qtbot, task)
        add_picture_layer(layer, picture, qgis_new_project)
        assert layer.crs().authid() == "EPSG:32612"  # the clearer item's CRS: the other is reprojected
        in_task = len(proxy.requests())
        _render(layer)
        requests = proxy.requests()
    assert {r.target for r in requests} == set(paths)
    if with_view:
        assert len(requests) == in_task, [(r.target, r.range) for r in requests[in_task:]]
    else:
        assert len(requests) > in_task


def _bounds_of(path: Path) -> tuple[float, float, float, float]:
    dataset = gdal.Open(str(path))
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    bounds = (x0, y0 + dy * dataset.RasterYSize, x0 + dx * dataset.RasterXSize, y0)
    dataset = None
    return bounds
