"""The Processing algorithms stac:search, stac:loadasset and stac:download against the local servers."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from shapely import wkt
from shapely.geometry import shape

pytestmark = pytest.mark.network

DENVER_ITEM = "S2A_T13TDE_20240412T175055_L2A"
DENVER_COLLECTION = "sentinel-2-c1-l2a"
# (west, south, east, north) in EPSG:4326 around Denver, inside the T13TDE tiles.
DENVER_BBOX = (-105.2, 39.9, -105.0, 40.1)


_PROVIDERS: list[Any] = []
"""Keeps the Python side of the registered provider alive (the registry holds only the C++ side)."""


@pytest.fixture
def run(qgis_processing: None) -> Any:
    """``run(algorithm_id, parameters)`` through processing.run, with the STAC provider registered."""
    import processing

    from plugin.processing.provider import StacProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("stac") is None:
        _PROVIDERS.append(StacProvider())
        assert registry.addProvider(_PROVIDERS[-1])

    def _run(algorithm: str, parameters: dict[str, Any]) -> dict[str, Any]:
        return processing.run(algorithm, parameters)

    return _run


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _to_wgs84(rect: QgsRectangle, crs: str) -> tuple[float, float, float, float]:
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(crs),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance().transformContext(),
    )
    out = transform.transformBoundingBox(rect)
    return (out.xMinimum(), out.yMinimum(), out.xMaximum(), out.yMaximum())


def _from_wgs84(bbox: tuple[float, float, float, float], crs: str) -> QgsRectangle:
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem(crs),
        QgsProject.instance().transformContext(),
    )
    return transform.transformBoundingBox(QgsRectangle(*bbox))


def _extent_text(rect: QgsRectangle, crs: str) -> str:
    """The text form of an extent parameter: ``xmin,xmax,ymin,ymax [CRS]``."""
    return f"{rect.xMinimum()},{rect.xMaximum()},{rect.yMinimum()},{rect.yMaximum()} [{crs}]"


def _layer(output: Any) -> QgsVectorLayer:
    layer = output if isinstance(output, QgsVectorLayer) else QgsVectorLayer(str(output), "out", "ogr")
    assert layer.isValid()
    return layer


def _ids(layer: QgsVectorLayer) -> list[str]:
    return [feature["id"] for feature in layer.getFeatures()]


def _items_file(stac_api: Any, tmp_path: Path, ids: set[str] | None = None) -> Path:
    """An ItemCollection file of the API's items (all, or those with ``ids``) in a stable order."""
    features = [item for item in stac_api.items if ids is None or item["id"] in ids]
    path = tmp_path / "items.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


# -- stac:search ------------------------------------------------------------------------------


def test_provider_has_the_algorithms(run) -> None:
    provider = QgsApplication.processingRegistry().providerById("stac")
    assert {a.id() for a in provider.algorithms()} == {
        "stac:search",
        "stac:loadasset",
        "stac:download",
        "stac:mosaic",
    }
    mosaic = QgsApplication.processingRegistry().algorithmById("stac:mosaic")
    assert [p.name() for p in mosaic.parameterDefinitions()] == [
        "ITEMS",
        "ITEM_IDS",
        "ASSET",
        "EXTENT",
        "ORDER",
        "CRS",
        "OUTPUT",
    ]
    assert {o.name() for o in mosaic.outputDefinitions()} == {"OUTPUT", "COUNT"}
    search = QgsApplication.processingRegistry().algorithmById("stac:search")
    assert [p.name() for p in search.parameterDefinitions()] == [
        "URL",
        "COLLECTIONS",
        "EXTENT",
        "POINT",
        "DATETIME",
        "MAX_CLOUD",
        "MAX_ITEMS",
        "SORTBY",
        "FILTER",
        "OUTPUT",
        "ITEMS_FILE",
    ]
    assert {o.name() for o in search.outputDefinitions()} >= {"OUTPUT", "ITEMS_FILE", "MATCHED", "COUNT"}


def test_search_extent_in_web_mercator(run, stac_api, stac_expected_ids, tmp_path) -> None:
    rect = _from_wgs84(DENVER_BBOX, "EPSG:3857")
    expected = stac_expected_ids(bbox=_to_wgs84(rect, "EPSG:3857"))
    assert len(expected) > 5
    out = tmp_path / "footprints.gpkg"
    result = run(
        "stac:search",
        {"URL": stac_api.url, "EXTENT": _extent_text(rect, "EPSG:3857"), "OUTPUT": str(out)},
    )
    layer = _layer(result["OUTPUT"])
    assert sorted(_ids(layer)) == sorted(expected)
    assert result["COUNT"] == len(expected)
    assert result["MATCHED"] == len(expected)
    assert layer.crs().authid() == "EPSG:4326"
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    assert [f.name() for f in layer.fields() if f.name() != "fid"] == [
        "id",
        "collection",
        "datetime",
        "cloud_cover",
        "platform",
    ]
    by_id = {item["id"]: item for item in stac_api.items}
    for feature in layer.getFeatures():
        item = by_id[feature["id"]]
        assert feature["collection"] == item["collection"]
        assert feature["datetime"] == item["properties"]["datetime"]
        assert feature["platform"] == item["properties"]["platform"]
        assert feature["cloud_cover"] == pytest.approx(item["properties"]["eo:cloud_cover"])
        footprint = shape(item["geometry"])
        geometry = wkt.loads(feature.geometry().asWkt(12))
        assert geometry.symmetric_difference(footprint).area == pytest.approx(0, abs=1e-9)


def test_search_point_in_utm(run, stac_api, stac_expected_ids) -> None:
    lon, lat = -105.1, 40.0
    utm = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem("EPSG:32613"),
        QgsProject.instance().transformContext(),
    ).transform(lon, lat)
    expected = stac_expected_ids(intersects={"type": "Point", "coordinates": [lon, lat]})
    assert expected
    result = run(
        "stac:search",
        {"URL": stac_api.url, "POINT": f"{utm.x()},{utm.y()} [EPSG:32613]", "OUTPUT": "memory:"},
    )
    assert sorted(_ids(result["OUTPUT"])) == sorted(expected)
    assert result["MATCHED"] == len(expected)


def test_extent_wins_over_point(run, stac_api, stac_expected_ids) -> None:
    expected = stac_expected_ids(bbox=DENVER_BBOX)
    result = run(
        "stac:search",
        {
            "URL": stac_api.url,
            "EXTENT": _extent_text(QgsRectangle(*DENVER_BBOX), "EPSG:4326"),
            "POINT": "-39.0,-4.8 [EPSG:4326]",
            "OUTPUT": "memory:",
        },
    )
    assert sorted(_ids(result["OUTPUT"])) == sorted(expected)


def test_search_max_cloud_datetime_and_collections(run, stac_api, stac_expected_ids) -> None:
    extent = _extent_text(QgsRectangle(*DENVER_BBOX), "EPSG:4326")
    cloudy = stac_expected_ids(bbox=DENVER_BBOX, max_cloud=20, cloud_strict=True)
    clear = run("stac:search", {"URL": stac_api.url, "EXTENT": extent, "MAX_CLOUD": 20, "OUTPUT": "memory:"})
    assert sorted(_ids(clear["OUTPUT"])) == sorted(cloudy)
    assert 0 < len(cloudy) < len(stac_expected_ids(bbox=DENVER_BBOX))

    dated = stac_expected_ids(bbox=DENVER_BBOX, datetime="2024-04-01T00:00:00Z/2024-04-15T23:59:59Z")
    result = run(
        "stac:search",
        {"URL": stac_api.url, "EXTENT": extent, "DATETIME": "2024-04-01/2024-04-15", "OUTPUT": "memory:"},
    )
    assert sorted(_ids(result["OUTPUT"])) == sorted(dated)
    assert "S2A_T13TDE_20240415T180048_L2A" in dated  # the end day is included whole

    landsat = stac_expected_ids(bbox=DENVER_BBOX, collections=["landsat-c2-l2", "sentinel-2-l2a"])
    result = run(
        "stac:search",
        {
            "URL": stac_api.url,
            "EXTENT": extent,
            "COLLECTIONS": "landsat-c2-l2, sentinel-2-l2a",
            "OUTPUT": "memory:",
        },
    )
    assert sorted(_ids(result["OUTPUT"])) == sorted(landsat)
    assert landsat


def test_max_items_stops_the_search(run, stac_api, stac_expected_ids) -> None:
    expected = stac_expected_ids()
    result = run("stac:search", {"URL": stac_api.url, "MAX_ITEMS": 3, "OUTPUT": "memory:"})
    assert result["COUNT"] == 3
    assert result["OUTPUT"].featureCount() == 3
    assert set(_ids(result["OUTPUT"])) <= expected
    assert result["MATCHED"] == len(stac_api.items)


@pytest.fixture
def small_pages() -> Any:
    """Five items per page in the plugin's settings for the duration of a test."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    old = settings.value("stac_plugin/page_size")
    settings.setValue("stac_plugin/page_size", 5)
    yield 5
    if old is None:
        settings.remove("stac_plugin/page_size")
    else:
        settings.setValue("stac_plugin/page_size", old)


def test_search_pages_and_cancel(run, stac_api, stac_expected_ids, small_pages) -> None:
    import processing
    from qgis.core import QgsProcessingFeedback

    everything = run("stac:search", {"URL": stac_api.url, "OUTPUT": "memory:"})
    ids = _ids(everything["OUTPUT"])
    assert len(ids) == len(stac_api.items)  # 36 items over 8 pages (one id is in two collections)
    assert set(ids) == stac_expected_ids()

    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda _progress: feedback.cancel())
    result = processing.run("stac:search", {"URL": stac_api.url, "OUTPUT": "memory:"}, feedback=feedback)
    assert result["COUNT"] == small_pages
    assert result["OUTPUT"].featureCount() == small_pages


def test_matched_is_minus_one_when_the_api_does_not_say(run, stac_api_nomatched, stac_expected_ids) -> None:
    expected = stac_expected_ids(bbox=DENVER_BBOX)
    result = run(
        "stac:search",
        {
            "URL": stac_api_nomatched.url,
            "EXTENT": _extent_text(QgsRectangle(*DENVER_BBOX), "EPSG:4326"),
            "OUTPUT": "memory:",
        },
    )
    assert result["MATCHED"] == -1
    assert result["COUNT"] == len(expected)
    assert sorted(_ids(result["OUTPUT"])) == sorted(expected)


def test_items_file_is_written_and_readable(run, stac_api, stac_expected_ids, tmp_path) -> None:
    from plugin.core.items import load_items

    expected = stac_expected_ids(bbox=DENVER_BBOX)
    path = tmp_path / "found.geojson"
    result = run(
        "stac:search",
        {
            "URL": stac_api.url,
            "EXTENT": _extent_text(QgsRectangle(*DENVER_BBOX), "EPSG:4326"),
            "OUTPUT": "memory:",
            "ITEMS_FILE": str(path),
        },
    )
    assert result["ITEMS_FILE"] == str(path)
    data = json.loads(path.read_text())
    assert data["type"] == "FeatureCollection"
    items = load_items(str(path))
    assert sorted(item["id"] for item in items) == sorted(expected)
    assert all(item["assets"] for item in items)
    # The file feeds stac:loadasset directly.
    loaded = run("stac:loadasset", {"ITEMS": str(path), "ITEM_ID": DENVER_ITEM, "ASSET": "red"})
    assert QgsRasterLayer(loaded["OUTPUT"], "red", "gdal").isValid()


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({"DATETIME": "2020-03-20/2020-13-30"}, "DATETIME"),
        ({"DATETIME": "yesterday"}, "DATETIME"),
        ({"DATETIME": "2020-03-30/2020-03-20"}, "DATETIME"),
        ({"URL": "ftp://example.invalid/"}, "URL"),
    ],
)
def test_search_bad_parameters(run, stac_api, parameters, message) -> None:
    with pytest.raises(QgsProcessingException, match=message):
        run("stac:search", {"URL": stac_api.url, "OUTPUT": "memory:", **parameters})


def test_search_footprints_from_the_core_builder(run, tmp_path) -> None:
    """A self-intersecting polygon is written repaired, a point as its bbox, nothing as no geometry:
    the footprints of the dock's layer (``core.footprints``), no network needed (a catalog on disk)."""
    bowtie = [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]
    geometries = {
        "bowtie": ({"type": "Polygon", "coordinates": bowtie}, [0, 0, 1, 1]),
        "point": ({"type": "Point", "coordinates": [5, 5]}, [4, 4, 6, 6]),
        "none": (None, None),
    }
    links = [{"rel": "root", "href": "./catalog.json", "type": "application/json"}]
    for name, (geometry, bbox) in geometries.items():
        item = {
            "type": "Feature", "stac_version": "1.0.0", "id": name, "geometry": geometry,
            "properties": {"datetime": "2024-01-01T00:00:00Z"}, "links": [], "assets": {},
        }
        if bbox:
            item["bbox"] = bbox
        (tmp_path / f"{name}.json").write_text(json.dumps(item))
        links.append({"rel": "item", "href": f"./{name}.json", "type": "application/geo+json"})
    catalog = tmp_path / "catalog.json"
    catalog.write_text(json.dumps(
        {"type": "Catalog", "stac_version": "1.0.0", "id": "c", "description": "d", "links": links}
    ))
    layer = _layer(run("stac:search", {"URL": str(catalog), "OUTPUT": "memory:"})["OUTPUT"])
    shapes = {f["id"]: f.geometry() for f in layer.getFeatures()}
    assert sorted(shapes) == ["bowtie", "none", "point"]
    bowtie = wkt.loads(shapes["bowtie"].asWkt())
    assert bowtie.geom_type == "MultiPolygon" and bowtie.is_valid and bowtie.area == pytest.approx(0.5)
    assert wkt.loads(shapes["point"].asWkt()).bounds == (4, 4, 6, 6)
    assert shapes["none"].isNull()


def test_search_dates_in_the_words_of_the_dock(run, stac_api) -> None:
    """A reversed interval gets the message the dock shows for reversed date widgets."""
    from plugin.core.dates import EXAMPLES, START_AFTER_END

    with pytest.raises(QgsProcessingException) as caught:
        run("stac:search", {"URL": stac_api.url, "OUTPUT": "memory:", "DATETIME": "2020-03-30/2020-03-20"})
    assert str(caught.value) == f"DATETIME: {START_AFTER_END} {EXAMPLES}"


def test_search_closed_port_fails_clearly(run) -> None:
    port = _closed_port()
    with pytest.raises(QgsProcessingException, match=rf"127\.0\.0\.1:{port}.*refused"):
        run("stac:search", {"URL": f"http://127.0.0.1:{port}/", "OUTPUT": "memory:"})


def test_search_not_a_stac_api(run, cog_host) -> None:
    with pytest.raises(QgsProcessingException, match=r"STAC|JSON|HTTP"):
        run("stac:search", {"URL": f"{cog_host.url}/", "OUTPUT": "memory:"})


def test_cancel_aborts_a_search_request_in_flight(run, qtbot, monkeypatch) -> None:
    """Cancelling a run in a background task, as the Processing dialog runs it, aborts its request."""
    from qgis.core import QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingFeedback
    from testbed.fault_server import FaultServer

    from plugin.settings import Settings

    monkeypatch.setattr(Settings, "load", classmethod(lambda cls: cls(connections=[], timeout_s=30)))
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("stac:search")
    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()
    executed: list[bool] = []
    with FaultServer() as server:
        parameters = {"URL": server.api("search-hang"), "OUTPUT": "memory:"}
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        task.executed.connect(lambda ok, _results: executed.append(ok))
        QgsApplication.taskManager().addTask(task)
        qtbot.waitUntil(lambda: server.hung == 1, timeout=30000)  # the search request is held
        started = time.monotonic()
        feedback.cancel()
        qtbot.waitUntil(lambda: bool(executed), timeout=5000)  # not the 30 s timeout
        assert time.monotonic() - started < 3
        qtbot.waitUntil(lambda: server.dropped == 1, timeout=5000)  # the connection was closed
    assert executed == [False]  # a cancelled run


# -- stac:loadasset ---------------------------------------------------------------------------


def test_loadasset_from_items_file(run, stac_api, tmp_path) -> None:
    items = _items_file(stac_api, tmp_path)
    result = run("stac:loadasset", {"ITEMS": str(items), "ITEM_ID": DENVER_ITEM, "ASSET": "red"})
    uri = result["OUTPUT"]
    assert uri.startswith("/vsicurl/http://127.0.0.1:")
    assert uri.endswith(f"{DENVER_ITEM}/red.tif")
    layer = QgsRasterLayer(uri, "red", "gdal")
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:32613"
    assert (layer.width(), layer.height()) == (366, 366)


def test_loadasset_defaults_to_the_first_item(run, stac_api, tmp_path) -> None:
    first = stac_api.items[0]
    key = next(k for k, a in first["assets"].items() if "tiff" in (a.get("type") or ""))
    result = run("stac:loadasset", {"ITEMS": str(_items_file(stac_api, tmp_path)), "ASSET": key})
    assert f"/{first['id']}/" in result["OUTPUT"]
    assert QgsRasterLayer(result["OUTPUT"], key, "gdal").isValid()


def test_loadasset_from_an_item_url(run, stac_api) -> None:
    url = f"{stac_api.url}/collections/{DENVER_COLLECTION}/items/{DENVER_ITEM}"
    result = run("stac:loadasset", {"ITEMS": url, "ASSET": "visual"})
    layer = QgsRasterLayer(result["OUTPUT"], "visual", "gdal")
    assert layer.isValid()
    assert layer.bandCount() == 3


@pytest.mark.usefixtures("layer_tree_view")
def test_loadasset_adds_the_layer_on_completion(qgis_new_project, run, stac_api, tmp_path) -> None:
    import processing

    items = _items_file(stac_api, tmp_path)
    processing.runAndLoadResults(
        "stac:loadasset", {"ITEMS": str(items), "ITEM_ID": DENVER_ITEM, "ASSET": "nir"}
    )
    layers = [lyr for lyr in QgsProject.instance().mapLayers().values() if isinstance(lyr, QgsRasterLayer)]
    assert [layer.name() for layer in layers] == ["nir · 2024-04-12 · sentinel-2a"]
    assert layers[0].isValid()
    assert layers[0].crs().authid() == "EPSG:32613"


def test_loadasset_output_feeds_the_next_algorithm(run, stac_api, cog_pixels, tmp_path) -> None:
    """In a model the URI is passed on within one context; QGIS 3.22 must resolve it to the layer."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    items = str(_items_file(stac_api, tmp_path))
    parameters = {"ITEMS": items, "ITEM_ID": DENVER_ITEM, "ASSET": "red"}
    uri = processing.run("stac:loadasset", parameters, context=context, feedback=feedback)["OUTPUT"]
    stats = processing.run(
        "native:rasterlayerstatistics", {"INPUT": uri, "BAND": 1}, context=context, feedback=feedback
    )
    pixels = cog_pixels(DENVER_ITEM, "red")
    assert (stats["MIN"], stats["MAX"]) == (pixels.min(), pixels.max())


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({"ASSET": "no-such-band"}, "no asset 'no-such-band'.*red"),
        ({"ITEM_ID": "no-such-item"}, "No item with id 'no-such-item'"),
        ({"ASSET": "granule_metadata"}, "not a raster"),
    ],
)
def test_loadasset_errors(run, stac_api, tmp_path, parameters, message) -> None:
    items = _items_file(stac_api, tmp_path)
    with pytest.raises(QgsProcessingException, match=message):
        run("stac:loadasset", {"ITEMS": str(items), "ITEM_ID": DENVER_ITEM, "ASSET": "red", **parameters})


def test_loadasset_unreachable_items(run, tmp_path) -> None:
    port = _closed_port()
    with pytest.raises(QgsProcessingException, match="refused"):
        run("stac:loadasset", {"ITEMS": f"http://127.0.0.1:{port}/item.json", "ASSET": "red"})
    with pytest.raises(QgsProcessingException, match=r"missing\.geojson does not exist"):
        run("stac:loadasset", {"ITEMS": str(tmp_path / "missing.geojson"), "ASSET": "red"})


def test_loadasset_missing_cog_fails(run, stac_api, tmp_path) -> None:
    item = json.loads(json.dumps(next(i for i in stac_api.items if i["id"] == DENVER_ITEM)))
    item["assets"]["red"]["href"] = item["assets"]["red"]["href"].replace("red.tif", "gone.tif")
    path = tmp_path / "item.json"
    path.write_text(json.dumps(item))
    with pytest.raises(QgsProcessingException, match=r"gone\.tif"):
        run("stac:loadasset", {"ITEMS": str(path), "ASSET": "red"})


# -- stac:download ----------------------------------------------------------------------------


def _read(path: str) -> tuple[np.ndarray, tuple[float, ...], str]:
    from osgeo import gdal

    dataset = gdal.Open(path)
    assert dataset is not None
    array = dataset.ReadAsArray()
    if array.ndim == 2:
        array = array[np.newaxis]
    srs = dataset.GetSpatialRef()
    crs = f"{srs.GetAuthorityName(None)}:{srs.GetAuthorityCode(None)}"
    return array, dataset.GetGeoTransform(), crs


def test_download_whole_assets(run, stac_api, cog_pixels, tmp_path) -> None:
    items = _items_file(stac_api, tmp_path)
    folder = tmp_path / "out"
    result = run(
        "stac:download",
        {"ITEMS": str(items), "ITEM_ID": DENVER_ITEM, "ASSETS": "red, visual", "FOLDER": str(folder)},
    )
    files = result["FILES"]
    assert sorted(Path(f).name for f in files) == [f"{DENVER_ITEM}_red.tif", f"{DENVER_ITEM}_visual.tif"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(Path(f).name for f in files)
    for path in files:
        key = Path(path).stem.rsplit("_", 1)[1]
        array, geotransform, crs = _read(path)
        assert crs == "EPSG:32613"
        assert geotransform == pytest.approx((399960.0, 300.0, 0.0, 4500000.0, 0.0, -300.0))
        np.testing.assert_array_equal(array, cog_pixels(DENVER_ITEM, key))


def test_download_all_items_by_default(run, stac_api, tmp_path) -> None:
    ids = {DENVER_ITEM, "S2A_T13TDE_20240402T174230_L2A"}
    items = _items_file(stac_api, tmp_path, ids)
    result = run("stac:download", {"ITEMS": str(items), "ASSETS": "scl", "FOLDER": str(tmp_path / "all")})
    assert sorted(Path(f).name for f in result["FILES"]) == sorted(f"{i}_scl.tif" for i in ids)


def test_download_clipped_to_an_extent(run, stac_api, cog_pixels, tmp_path) -> None:
    items = _items_file(stac_api, tmp_path)
    # A box in EPSG:4326 inside the tile; the output is in the asset's CRS (UTM 13N).
    clip = (-105.0, 40.0, -104.9, 40.1)
    result = run(
        "stac:download",
        {
            "ITEMS": str(items),
            "ITEM_ID": DENVER_ITEM,
            "ASSETS": "red",
            "EXTENT": _extent_text(QgsRectangle(*clip), "EPSG:4326"),
            "FOLDER": str(tmp_path / "clip"),
        },
    )
    (path,) = result["FILES"]
    array, (x0, dx, _, y0, _, dy), crs = _read(path)
    assert crs == "EPSG:32613"
    assert (dx, dy) == (300.0, -300.0)
    rows, cols = array.shape[1:]
    assert 20 < rows < 60 and 20 < cols < 60  # about 11 km x 9 km at 300 m, not the whole 366 x 366
    wanted = _from_wgs84(clip, "EPSG:32613")
    # The output covers the clip box to within one pixel.
    assert x0 <= wanted.xMinimum() + dx and x0 + cols * dx >= wanted.xMaximum() - dx
    assert y0 >= wanted.yMaximum() + dy and y0 + rows * dy <= wanted.yMinimum() - dy
    col0 = round((x0 - 399960.0) / dx)
    row0 = round((y0 - 4500000.0) / dy)
    source = cog_pixels(DENVER_ITEM, "red")
    np.testing.assert_array_equal(array, source[:, row0 : row0 + rows, col0 : col0 + cols])


def test_download_never_replaces_silently(run, stac_api, tmp_path) -> None:
    items = _items_file(stac_api, tmp_path)
    folder = tmp_path / "twice"
    parameters = {"ITEMS": str(items), "ITEM_ID": DENVER_ITEM, "ASSETS": "scl", "FOLDER": str(folder)}
    (path,) = run("stac:download", parameters)["FILES"]
    Path(path).write_bytes(b"mine")
    with pytest.raises(QgsProcessingException, match="already exists"):
        run("stac:download", parameters)
    assert Path(path).read_bytes() == b"mine"
    (again,) = run("stac:download", {**parameters, "OVERWRITE": True})["FILES"]
    assert again == path
    assert _read(path)[0].shape == (1, 366, 366)
    assert sorted(p.name for p in folder.iterdir()) == [Path(path).name]


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({"ASSETS": "red,no-such-band"}, "no asset 'no-such-band'"),
        ({"ITEM_ID": "no-such-item"}, "No item with id 'no-such-item'"),
        ({"ASSETS": " , "}, "ASSETS is empty"),
    ],
)
def test_download_errors(run, stac_api, tmp_path, parameters, message) -> None:
    items = _items_file(stac_api, tmp_path)
    folder = tmp_path / "errors"
    with pytest.raises(QgsProcessingException, match=message):
        run(
            "stac:download",
            {
                "ITEMS": str(items),
                "ITEM_ID": DENVER_ITEM,
                "ASSETS": "red",
                "FOLDER": str(folder),
                **parameters,
            },
        )
    assert not folder.exists() or not any(folder.iterdir())


def test_download_refuses_two_assets_to_one_file(run, stac_api, tmp_path) -> None:
    """The same item id in two collections: the batch of the core refuses it before any read."""
    (item,) = [i for i in stac_api.items if i["id"] == DENVER_ITEM]
    twin = json.loads(json.dumps(item))
    twin["collection"] = "another-collection"
    red = twin["assets"]["red"]
    red["href"] = red["href"].replace(DENVER_COLLECTION, "another-collection")
    items = tmp_path / "twins.geojson"
    items.write_text(json.dumps({"type": "FeatureCollection", "features": [item, twin]}))
    folder = tmp_path / "twins"
    with pytest.raises(QgsProcessingException) as caught:
        run("stac:download", {"ITEMS": str(items), "ASSETS": "red", "FOLDER": str(folder)})
    target = folder / f"{DENVER_ITEM}_red.tif"
    assert str(caught.value) == (
        f"Two assets would be saved as {target}: {DENVER_ITEM} red and {DENVER_ITEM} red "
        "(the same item id in two collections?)."
    )
    assert not folder.exists()  # made for the run, removed again as nothing was saved


def test_download_extent_outside_the_raster(run, stac_api, tmp_path) -> None:
    items = _items_file(stac_api, tmp_path)
    folder = tmp_path / "outside"
    with pytest.raises(QgsProcessingException, match="overlap"):
        run(
            "stac:download",
            {
                "ITEMS": str(items),
                "ITEM_ID": DENVER_ITEM,
                "ASSETS": "red",
                "EXTENT": "10,11,50,51 [EPSG:4326]",
                "FOLDER": str(folder),
            },
        )
    assert not folder.exists()  # made for the run, removed again as nothing was saved


def test_download_from_a_hung_host_ends_at_the_plugin_timeout(run, tmp_path, monkeypatch) -> None:
    """Processing reads assets with the timeout of the plugin's settings, dock open or not."""
    from testbed.fault_server import FaultServer

    from plugin.settings import Settings

    monkeypatch.setattr(Settings, "load", classmethod(lambda cls: cls(connections=[], timeout_s=2)))
    folder = tmp_path / "out"
    folder.mkdir()
    with FaultServer() as server:
        item = {
            "type": "Feature", "stac_version": "1.0.0", "id": "slow-item",
            "geometry": {"type": "Point", "coordinates": [0.0, 0.0]}, "bbox": [0.0, 0.0, 0.0, 0.0],
            "properties": {"datetime": "2024-01-01T00:00:00Z"}, "links": [],
            "assets": {"hang": {"href": server.asset("hang"), "type": "image/tiff; application=geotiff"}},
        }
        items = tmp_path / "items.geojson"
        items.write_text(json.dumps({"type": "FeatureCollection", "features": [item]}))
        started = time.monotonic()
        with pytest.raises(QgsProcessingException, match="slow-item"):
            run("stac:download", {"ITEMS": str(items), "ASSETS": "hang", "FOLDER": str(folder)})
        elapsed = time.monotonic() - started
        assert server.hung >= 1  # the read really hung
    assert elapsed < 20  # a few 2 s timeouts, not the 30 s default
    assert list(folder.iterdir()) == []  # no file, no temporary
