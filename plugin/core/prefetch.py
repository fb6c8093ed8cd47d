"""Prefetch, all sources at once, what a new layer over a VRT will read source after source.

GDAL reads a VRT's sources one after the other, so a composite's statistics and first render would
wait for each remote file in turn. Read here first, in parallel, their blocks are in GDAL's cache of
remote files (shared by every dataset of the process) when the layer asks::

    warm_sources(picture.xml, picture.sources, view=(extent, crs, width_px, height_px), mapper=...)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from .vrt import Bounds, Mapper, RasterSource, same_crs, thread_mapper, transform_bounds

View = tuple[Bounds, str, int, int]
"""A map view: (bounds, their CRS, width px, height px), e.g. the canvas's."""
STATS_SAMPLES = 2500
"""GDAL's approximate statistics read the coarsest overview with more pixels than this."""


def _sample_factor(band: Any) -> float:
    """How much coarser than ``band`` the level GDAL's approximate statistics read is."""
    best, samples = band, band.XSize * float(band.YSize)
    for index in range(band.GetOverviewCount()):
        overview = band.GetOverview(index)
        pixels = overview.XSize * float(overview.YSize)
        if STATS_SAMPLES < pixels < samples:
            best, samples = overview, pixels
    return band.XSize / best.XSize


def _window_read(task: tuple[RasterSource, Bounds, float]) -> None:
    """Read the part of a source inside ``bounds`` at ``units`` map units per pixel (GDAL picks the
    overview a VRT read at that scale would use), so its blocks are in GDAL's cache of remote files."""
    source, bounds, units = task
    from osgeo import gdal

    x0, dx, _, y0, _, dy = source.geotransform
    left = max(0, math.floor((bounds[0] - x0) / dx))
    right = min(source.width, math.ceil((bounds[2] - x0) / dx))
    top = max(0, math.floor((bounds[3] - y0) / dy))
    bottom = min(source.height, math.ceil((bounds[1] - y0) / dy))
    if right <= left or bottom <= top:
        return
    width = max(1, round((right - left) * abs(dx) / units))
    height = max(1, round((bottom - top) * abs(dy) / units))
    try:
        dataset = gdal.OpenEx(source.path, gdal.OF_RASTER | gdal.OF_READONLY)
    except RuntimeError:
        return
    if dataset is None:
        return
    try:
        dataset.GetRasterBand(source.band).ReadRaster(
            left, top, right - left, bottom - top, min(width, right - left), min(height, bottom - top)
        )
    except RuntimeError:  # a failed warm-up only costs the layer its head start
        pass
    finally:
        dataset = None


def warm_sources(
    xml: str, sources: Sequence[RasterSource], view: View | None = None, mapper: Mapper | None = None
) -> None:
    """Fetch, all sources at once, what a new layer of the VRT ``xml`` reads source after source:
    the overview its statistics sample and, with ``view``, the blocks of its first render there.

    GDAL reads a VRT's sources one after the other; read here in parallel first, their blocks are
    in GDAL's cache of remote files when the layer asks. A source in another CRS is read over the
    same ground at the same scale, which is what the VRT's reprojection of it reads.
    """
    from osgeo import gdal

    try:
        dataset = gdal.Open(xml)
    except RuntimeError:  # the layer will say why it cannot open
        return
    if dataset is None:
        return
    try:
        x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
        grid_bounds = (x0, y0 + dy * dataset.RasterYSize, x0 + dx * dataset.RasterXSize, y0)
        wkt = dataset.GetProjection()
        reads = [(grid_bounds, abs(dx) * _sample_factor(dataset.GetRasterBand(1)))]
    finally:
        dataset = None
    if view is not None:
        bounds, crs, width, height = view
        xmin, ymin, xmax, ymax = transform_bounds(bounds, crs, wkt)
        units = max((xmax - xmin) / max(width, 1), (ymax - ymin) / max(height, 1))  # as QGIS fits a view
        xmin, ymin = max(xmin, grid_bounds[0]), max(ymin, grid_bounds[1])
        xmax, ymax = min(xmax, grid_bounds[2]), min(ymax, grid_bounds[3])
        if xmax > xmin and ymax > ymin and units > 0:
            reads.append(((xmin, ymin, xmax, ymax), units))
    tasks = [(s, *_in_source_crs(s, b, u, wkt)) for s in sources for b, u in reads]
    list((mapper or thread_mapper)(_window_read, tasks))


def _in_source_crs(source: RasterSource, bounds: Bounds, units: float, crs: str) -> tuple[Bounds, float]:
    """A read of ``bounds`` at ``units`` per pixel (in ``crs``) as the same read in the source's CRS:
    what the source is read for when the VRT reprojects it."""
    if same_crs(source.crs_wkt, crs):
        return bounds, units
    there = transform_bounds(bounds, crs, source.crs_wkt)
    scale = (there[2] - there[0]) / max(bounds[2] - bounds[0], 1e-12)
    return there, units * scale
