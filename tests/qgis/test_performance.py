"""How many requests and bytes the plugin's remote reads cost, and that opens overlap.

Request counts are deterministic, so they are asserted here; wall times are measured by
``make bench`` (scripts/bench.py) only. Traffic goes through :class:`DelayProxy` in front of the
test bed's nginx, which logs every request; each test uses its own file names so GDAL's caches
start cold.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QSize
from testbed import Nginx, covering_block_bytes
from testbed.delay_proxy import DelayProxy

from plugin.core.assets import gdal_uri
from plugin.core.models import SaveRequest, SearchRequest
from plugin.core.save import save_asset
from plugin.core.search import ItemStream, open_client
from plugin.layers import add_to_project
from plugin.net import QgisStacApiIO
from plugin.tasks import OpenRasterTask

SIZE = 3072
BLOCK = 512
ORIGIN = (399960.0, 4500000.0)
PIXEL = 10.0
_names = itertools.count()

pytestmark = pytest.mark.network


def _write_cog(path: Path) -> Path:
    """A SIZE x SIZE uint16 COG in UTM 13N with 512 px blocks and overviews, noisy like a real band."""
    rng = np.random.default_rng(7)
    rows = np.arange(SIZE, dtype=np.uint32)[:, None]
    cols = np.arange(SIZE, dtype=np.uint32)[None, :]
    data = (1000 + (rows * 3 + cols * 2) % 3000 + rng.integers(0, 1024, (SIZE, SIZE))).astype(np.uint16)
    mem = gdal.GetDriverByName("MEM").Create("", SIZE, SIZE, 1, gdal.GDT_UInt16)
    mem.SetGeoTransform((ORIGIN[0], PIXEL, 0.0, ORIGIN[1], 0.0, -PIXEL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32613)
    mem.SetProjection(srs.ExportToWkt())
    mem.GetRasterBand(1).SetNoDataValue(0)
    mem.GetRasterBand(1).WriteArray(data)
    options = [f"BLOCKSIZE={BLOCK}", "COMPRESS=DEFLATE", "PREDICTOR=2", "OVERVIEWS=AUTO"]
    out = gdal.GetDriverByName("COG").CreateCopy(str(path), mem, options=options)
    assert out is not None
    out = None
    return path


@pytest.fixture(scope="module")
def cog_file(tmp_path_factory) -> Path:
    return _write_cog(tmp_path_factory.mktemp("perf") / "band.tif")


@pytest.fixture
def proxy(cog_host: Nginx) -> Iterator[DelayProxy]:
    """A proxy without delay in front of the COG host (a fresh port: no GDAL options set for it yet)."""
    with DelayProxy(cog_host.url, delay_ms=0) as running:
        yield running


def _publish(cog_host: Nginx, cog_file: Path, count: int = 1) -> list[str]:
    """Links to ``cog_file`` under new names on the COG host (cold GDAL caches); their paths."""
    folder = cog_host.root / "perf"
    folder.mkdir(exist_ok=True)
    paths = []
    for _ in range(count):
        name = f"{uuid.uuid4().hex[:8]}-{next(_names)}.tif"
        (folder / name).symlink_to(cog_file)
        paths.append(f"/perf/{name}")
    return paths


def _render(layer) -> None:
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(800, 600))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()


def _for(proxy: DelayProxy, path: str) -> list:
    return [r for r in proxy.requests() if r.target == path]


def test_cog_layer_opens_and_renders_in_at_most_4_requests(
    qgis_new_project, cog_host: Nginx, cog_file: Path, proxy: DelayProxy
) -> None:
    (path,) = _publish(cog_host, cog_file)
    uri = gdal_uri(proxy.url + path)
    task = OpenRasterTask([("item", "B04", uri)])
    assert task.run(), task.exception
    assert task.ok == [uri]
    in_task = len(proxy.requests())

    ((entry, layer),) = task.layers
    add_to_project(layer, entry[0], QgsProject.instance())
    # The task made the layer: adding it on the main thread sends nothing.
    assert len(proxy.requests()) == in_task
    _render(layer)

    requests = proxy.requests()
    assert all(r.target == path for r in requests)  # no sidecar probes, no directory listing
    assert len(requests) <= 4, [(r.method, r.range) for r in requests]
    # The options are scoped to this host: GDAL's global configuration is untouched.
    assert gdal.GetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN") is None
    assert gdal.GetConfigOption("GDAL_HTTP_MERGE_CONSECUTIVE_RANGES") is None


def test_loadasset_opens_the_asset_once(
    qgis_new_project, cog_host: Nginx, cog_file: Path, proxy: DelayProxy, tmp_path
) -> None:
    """stac:loadasset costs what one layer open costs: its validity check is the layer itself.

    The algorithm runs on its own, without the Processing framework (whose GDAL provider turns
    GDAL exceptions on for the whole process)."""
    import json

    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from plugin.layers import asset_layer
    from plugin.processing.loadasset_algorithm import LoadAssetAlgorithm

    alone, via_algorithm = _publish(cog_host, cog_file, 2)
    layer = asset_layer(gdal_uri(proxy.url + alone), "alone")
    one_open = len(_for(proxy, alone))
    del layer
    cog = "image/tiff; application=geotiff; profile=cloud-optimized"
    asset = {"href": proxy.url + via_algorithm, "type": cog, "roles": ["data"]}
    item = {
        "type": "Feature", "stac_version": "1.0.0", "id": "perf", "geometry": None, "bbox": None,
        "properties": {"datetime": "2024-01-01T00:00:00Z"}, "links": [], "assets": {"B04": asset},
    }  # fmt: skip
    items = tmp_path / "item.json"
    items.write_text(json.dumps(item))
    algorithm = LoadAssetAlgorithm()
    algorithm.initAlgorithm({})
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results, ok = algorithm.run({"ITEMS": str(items), "ASSET": "B04"}, context, QgsProcessingFeedback())
    assert ok and results["OUTPUT"].endswith(via_algorithm)
    requests = _for(proxy, via_algorithm)
    assert 1 <= len(requests) <= one_open, [(r.method, r.range) for r in requests]


def test_without_the_plugin_options_qgis_probes_sidecars(
    qgis_new_project, cog_host: Nginx, cog_file: Path
) -> None:
    """The baseline the options improve on: with GDAL's defaults QGIS looks for sidecar files."""
    (path,) = _publish(cog_host, cog_file)
    # Another loopback address: a URL prefix the plugin has set no GDAL options for.
    with DelayProxy(cog_host.url, delay_ms=0, host="127.0.0.2") as plain:
        layer = QgsRasterLayer(gdal_uri(plain.url + path), "plain", "gdal")
        assert layer.isValid()
        _render(layer)
        requests = plain.requests()
    assert len(requests) > 10
    assert any(r.target != path for r in requests)


def test_clipped_save_reads_only_the_covering_blocks(
    tmp_path: Path, cog_host: Nginx, cog_file: Path, proxy: DelayProxy
) -> None:
    (path,) = _publish(cog_host, cog_file)
    window = (700, 900, 800, 600)  # 8 x 6 km, not aligned on blocks
    col, row, cols, rows = window
    clip = (
        ORIGIN[0] + col * PIXEL,
        ORIGIN[1] - (row + rows) * PIXEL,
        ORIGIN[0] + (col + cols) * PIXEL,
        ORIGIN[1] - row * PIXEL,
    )
    request = SaveRequest(gdal_uri(proxy.url + path), str(tmp_path), "item", "B04", clip, "EPSG:32613")
    progress: list[float] = []
    cog_host.reset_log()

    saved = save_asset(request, progress.append)

    out = gdal.Open(saved)
    assert (out.RasterXSize, out.RasterYSize) == (cols, rows)
    out = None
    assert progress and progress[-1] == 100.0
    moved = sum(r.bytes for r in cog_host.requests(len(_for(proxy, path))) if r.path == path)
    needed = covering_block_bytes(cog_file, window)
    assert needed > 0
    assert moved <= 1.1 * needed, (moved, needed)


def test_next_page_costs_one_request(stac_api) -> None:
    with DelayProxy(stac_api.url, delay_ms=0) as proxy:
        client = open_client(proxy.url, QgisStacApiIO(timeout_s=30))
        stream = ItemStream(SearchRequest(url=proxy.url, max_items=2, page_size=2), client)
        pages = list(stream.pages())
        assert sum(len(p.items) for p in pages) == 2 and stream.has_more
        proxy.reset_log()

        page = stream.next_page()

        assert page is not None and len(page.items) == 2
        assert [r.method for r in proxy.requests()] in (["GET"], ["POST"])
        assert "search" in proxy.requests()[0].target


def test_first_page_arrives_before_the_rest_are_requested(stac_api) -> None:
    """Pages stream: the first one is handed over after one request, the next one only when asked."""
    with DelayProxy(stac_api.url, delay_ms=0) as proxy:
        client = open_client(proxy.url, QgisStacApiIO(timeout_s=30))
        proxy.reset_log()
        stream = ItemStream(SearchRequest(url=proxy.url, max_items=6, page_size=2), client)
        pages = stream.pages()
        first = next(pages)
        assert len(first.items) == 2
        assert len(proxy.requests()) == 1
        rest = list(pages)
        assert sum(len(p.items) for p in rest) == 4
        assert len(proxy.requests()) == 3


def test_many_layers_open_in_parallel(cog_host: Nginx, cog_file: Path) -> None:
    paths = _publish(cog_host, cog_file, 4)
    with DelayProxy(cog_host.url, delay_ms=100) as slow:
        uris = [gdal_uri(slow.url + p) for p in paths]
        task = OpenRasterTask([(f"item-{i}", "B04", uri) for i, uri in enumerate(uris)])
        assert task.run(), task.exception
        assert sorted(task.ok) == sorted(uris)

        windows = []
        for path in paths:
            requests = _for(slow, path)
            assert 1 <= len(requests) <= 3, [(r.method, r.range) for r in requests]
            windows.append((requests[0].arrived, requests[-1].sent))
    # Every open was in flight while every other one was: the time windows all overlap.
    assert max(start for start, _ in windows) < min(end for _, end in windows)
