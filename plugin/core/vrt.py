"""GDAL VRTs over remote COGs: three single-band assets as one RGB raster, or many items as one mosaic.

Nothing is downloaded: the VRT only names its sources, so GDAL reads the blocks (or overview
blocks) a render needs. How the faces use it (worker thread: :func:`describe_sources` opens the
sources, a few requests each; the rest is pure computation)::

    sources = describe_sources([(uri, signed_uri, stac_nodata), ...])   # parallel opens
    xml = composite_vrt(sources)                                       # R, G, B in that order
    xml = mosaic_vrt([[red_of_item1], [red_of_item2], ...], crs_wkt)   # bottom first, top last

The XML is a GDAL data source itself (``gdal.Open(xml)``, a QGIS layer's source) or can be
written to a ``.vrt`` file. It names each source's ``open_uri`` (what GDAL opens, maybe signed);
:func:`unsigned` gives the same XML with the plain URIs, for anything written or shown.
Sources in another CRS than the VRT's are warped on the fly (nested warped VRTs, nearest
neighbour unless asked otherwise); sources of different resolutions are resampled onto the
finest grid.
"""

from __future__ import annotations

import math
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from .config import DEFAULTS
from .errors import NotRasterError, StacPluginError
from .gdal_calls import coordinate_transformation, open_raster, spatial_reference, unlink

GeoTransform = tuple[float, float, float, float, float, float]
Bounds = tuple[float, float, float, float]
"""(xmin, ymin, xmax, ymax)"""
Mapper = Callable[[Callable[[Any], Any], list[Any]], Iterable[Any]]
"""``mapper(function, arguments)`` -> results in order (e.g. the plugin's pool of Qt threads)."""

RESAMPLING = ("nearest", "bilinear", "cubic", "average", "mode")


@dataclass(frozen=True)
class RasterSource:
    """One band of a raster GDAL opened, as a VRT needs it.

    ``uri`` is the plain GDAL path (written in files and shown); ``open_uri`` what GDAL opens
    (the same, or signed). ``nodata`` is the file's, else the one STAC's ``raster:bands`` gave.
    """

    uri: str
    width: int
    height: int
    geotransform: GeoTransform
    crs_wkt: str
    data_type: str
    block: tuple[int, int]
    nodata: float | None = None
    band: int = 1
    open_uri: str = ""

    @property
    def path(self) -> str:
        """What GDAL opens."""
        return self.open_uri or self.uri

    @property
    def bounds(self) -> Bounds:
        x0, dx, _, y0, _, dy = self.geotransform
        xs, ys = (x0, x0 + dx * self.width), (y0, y0 + dy * self.height)
        return (min(xs), min(ys), max(xs), max(ys))


@dataclass(frozen=True)
class Grid:
    """The pixel grid of a VRT: north-up ``geotransform``, ``width`` x ``height`` pixels in ``crs_wkt``."""

    crs_wkt: str
    geotransform: GeoTransform
    width: int
    height: int


def _gdal() -> Any:
    from osgeo import gdal

    return gdal


def spatial_ref(crs: str) -> Any:
    """An ``osr.SpatialReference`` of ``crs`` (``EPSG:n``, WKT or PROJ text), x = east / longitude."""
    from osgeo import osr

    srs = spatial_reference(crs)
    if srs is None:
        raise StacPluginError(f"Unknown CRS {crs[:60]!r}")
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def crs_wkt(crs: str) -> str:
    """The WKT of a CRS given as ``EPSG:n``, WKT or PROJ text."""
    return spatial_ref(crs).ExportToWkt()


def same_crs(a: str, b: str) -> bool:
    """Whether two CRS definitions mean the same CRS."""
    return a == b or bool(spatial_ref(a).IsSame(spatial_ref(b)))


def crs_key(crs: str) -> str:
    """``EPSG:n`` when the CRS has an EPSG code, else its WKT (to count items sharing a CRS)."""
    srs = spatial_ref(crs)
    srs.AutoIdentifyEPSG()
    code = srs.GetAuthorityCode(None)
    name = srs.GetAuthorityName(None)
    return f"{name}:{code}" if code and name else srs.ExportToWkt()


def most_common_crs(crs_list: Sequence[str]) -> str:
    """The CRS most of ``crs_list`` share (the first one seen on a tie), as ``EPSG:n`` or WKT."""
    if not crs_list:
        raise StacPluginError("No source to take a CRS from")
    keys = [crs_key(crs) for crs in crs_list]
    counts = Counter(keys)
    best = max(counts.values())
    return next(key for key in keys if counts[key] == best)


def transform_bounds(bounds: Bounds, src_crs: str, dst_crs: str) -> Bounds:
    """``bounds`` in ``src_crs`` as the bounds of their outline in ``dst_crs`` (densified edges)."""
    if same_crs(src_crs, dst_crs):
        return bounds
    transform = coordinate_transformation(spatial_ref(src_crs), spatial_ref(dst_crs))
    if transform is None:
        detail = f"{src_crs[:60]!r} -> {dst_crs[:60]!r}"
        raise StacPluginError("No transformation between the two CRS", detail=detail)
    try:
        xmin, ymin, xmax, ymax = transform.TransformBounds(*bounds, 21)
    except RuntimeError as exc:
        raise StacPluginError("Cannot reproject an extent", detail=str(exc)) from None
    if not all(math.isfinite(v) for v in (xmin, ymin, xmax, ymax)):
        raise StacPluginError("Cannot reproject an extent", detail=f"{bounds} gave {xmin, ymin, xmax, ymax}")
    return (xmin, ymin, xmax, ymax)


# Sources ----------------------------------------------------------------------------------------


def describe_source(uri: str, open_uri: str = "", nodata: float | None = None, band: int = 1) -> RasterSource:
    """Open ``open_uri`` (default ``uri``) with GDAL and describe band ``band``; the dataset is closed.

    ``nodata`` (e.g. from STAC ``raster:bands``) is used when the file declares none.
    Raises NotRasterError naming ``uri`` when GDAL cannot open it or it has no such band.
    """
    gdal = _gdal()
    dataset, reason = open_raster(open_uri or uri)
    if dataset is None:
        raise NotRasterError(f"{uri} is not a raster GDAL can open", detail=reason)
    try:
        if band < 1 or band > dataset.RasterCount:
            raise NotRasterError(f"{uri} has no band {band}", detail=f"{dataset.RasterCount} band(s)")
        geotransform = tuple(float(v) for v in dataset.GetGeoTransform())
        if geotransform[2] or geotransform[4]:
            raise NotRasterError(f"{uri} is rotated; only north-up rasters can be combined")
        wkt = dataset.GetProjection()
        if not wkt:
            raise NotRasterError(f"{uri} has no CRS; it cannot be combined with other rasters")
        raster_band = dataset.GetRasterBand(band)
        own = raster_band.GetNoDataValue()
        block = raster_band.GetBlockSize()
        return RasterSource(
            uri=uri,
            width=dataset.RasterXSize,
            height=dataset.RasterYSize,
            geotransform=geotransform,  # type: ignore[arg-type]
            crs_wkt=wkt,
            data_type=gdal.GetDataTypeName(raster_band.DataType),
            block=(int(block[0]), int(block[1])),
            nodata=float(own) if own is not None else (float(nodata) if nodata is not None else None),
            band=band,
            open_uri=open_uri if open_uri and open_uri != uri else "",
        )
    finally:
        dataset = None


def thread_mapper(
    function: Callable[[Any], Any], arguments: list[Any], limit: int = DEFAULTS.parallel_opens
) -> Iterator[Any]:
    """Default :data:`Mapper` (without QGIS): up to ``limit`` Python threads; results in order.

    The QGIS side passes its own mapper, which opens as many at once as the user's parallel opens.
    """
    if len(arguments) <= 1:
        return iter([function(a) for a in arguments])
    with ThreadPoolExecutor(max_workers=max(1, min(limit, len(arguments)))) as pool:
        return iter(list(pool.map(function, arguments)))


def describe_sources(
    specs: Sequence[tuple[str, str, float | None]], mapper: Mapper | None = None
) -> list[RasterSource]:
    """:func:`describe_source` of each ``(uri, open_uri, stac_nodata)``, all at once (see :data:`Mapper`).

    Raises the first source's error (NotRasterError) after every open has ended.
    """
    outcomes = list((mapper or thread_mapper)(_describe_or_error, list(specs)))
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome
    return outcomes


def _describe_or_error(spec: tuple[str, str, float | None]) -> Any:
    try:
        return describe_source(spec[0], spec[1], spec[2])
    except StacPluginError as exc:
        return exc


# Grids --------------------------------------------------------------------------------------------


def _resolution_in(source: RasterSource, crs: str) -> tuple[float, float]:
    """A source's pixel size (x, y) once in ``crs``: its own, or its warped bounds over its size."""
    if same_crs(source.crs_wkt, crs):
        return abs(source.geotransform[1]), abs(source.geotransform[5])
    xmin, ymin, xmax, ymax = transform_bounds(source.bounds, source.crs_wkt, crs)
    return (xmax - xmin) / source.width, (ymax - ymin) / source.height


def finest_grid(sources: Sequence[RasterSource], crs: str = "", bounds: Bounds | None = None) -> Grid:
    """The grid covering ``bounds`` (default: every source) in ``crs`` (default: the first source's)
    at the finest resolution of the sources, aligned on the pixels of the finest source in that CRS.
    """
    if not sources:
        raise StacPluginError("No raster to build a grid from")
    crs = crs or sources[0].crs_wkt
    wkt = crs_wkt(crs)
    resolutions = [_resolution_in(s, wkt) for s in sources]
    res_x = min(r[0] for r in resolutions)
    res_y = min(r[1] for r in resolutions)
    if bounds is None:
        outlines = [transform_bounds(s.bounds, s.crs_wkt, wkt) for s in sources]
        bounds = (
            min(b[0] for b in outlines),
            min(b[1] for b in outlines),
            max(b[2] for b in outlines),
            max(b[3] for b in outlines),
        )
    xmin, ymin, xmax, ymax = bounds
    if not (xmax > xmin and ymax > ymin):
        raise StacPluginError("The area to cover is empty")
    anchor = next(
        (s for s, r in zip(sources, resolutions) if r == (res_x, res_y) and same_crs(s.crs_wkt, wkt)), None
    )
    if anchor is not None:  # snap outwards onto the finest source's pixel edges
        ax, ay = anchor.geotransform[0], anchor.geotransform[3]
        xmin = ax + math.floor((xmin - ax) / res_x + 1e-9) * res_x
        xmax = ax + math.ceil((xmax - ax) / res_x - 1e-9) * res_x
        ymax = ay - math.floor((ay - ymax) / res_y + 1e-9) * res_y
        ymin = ay - math.ceil((ay - ymin) / res_y - 1e-9) * res_y
    width = max(1, round((xmax - xmin) / res_x))
    height = max(1, round((ymax - ymin) / res_y))
    return Grid(wkt, (xmin, res_x, 0.0, ymax, 0.0, -res_y), width, height)


# XML ------------------------------------------------------------------------------------------


def _num(value: float) -> str:
    return repr(float(value)) if not float(value).is_integer() else str(int(value))


def _data_type(sources: Sequence[RasterSource]) -> str:
    gdal = _gdal()
    names = [s.data_type for s in sources]
    if len(set(names)) == 1 or not hasattr(gdal, "DataTypeUnion"):
        return names[0]
    code = gdal.GetDataTypeByName(names[0])
    for name in names[1:]:
        code = gdal.DataTypeUnion(code, gdal.GetDataTypeByName(name))
    return gdal.GetDataTypeName(code)


def _source_xml(source: RasterSource, grid: Grid, resampling: str, path: str = "", **props: Any) -> str:
    """A Simple/ComplexSource element placing ``source`` (already in ``grid``'s CRS) on ``grid``."""
    gx0, gdx, _, gy0, _, gdy = grid.geotransform
    sx0, sdx, _, sy0, _, sdy = source.geotransform
    x_off = (sx0 - gx0) / gdx
    y_off = (sy0 - gy0) / gdy
    x_size = source.width * sdx / gdx
    y_size = source.height * sdy / gdy
    width = props.get("width", source.width)
    height = props.get("height", source.height)
    block = props.get("block", source.block)
    band = props.get("band", source.band)
    tag = "ComplexSource" if source.nodata is not None else "SimpleSource"
    nodata = f"<NODATA>{_num(source.nodata)}</NODATA>" if source.nodata is not None else ""
    return (
        f'<{tag} resampling="{resampling}">'
        f'<SourceFilename relativeToVRT="0">{escape(path or source.path)}</SourceFilename>'
        f"<SourceBand>{band}</SourceBand>"
        f'<SourceProperties RasterXSize="{width}" RasterYSize="{height}" DataType="{source.data_type}" '
        f'BlockXSize="{block[0]}" BlockYSize="{block[1]}"/>'
        f'<SrcRect xOff="0" yOff="0" xSize="{source.width}" ySize="{source.height}"/>'
        f'<DstRect xOff="{_num(x_off)}" yOff="{_num(y_off)}" xSize="{_num(x_size)}" ySize="{_num(y_size)}"/>'
        f"{nodata}</{tag}>"
    )


def _warped(source: RasterSource, grid: Grid, resampling: str) -> RasterSource | None:
    """``source`` warped into ``grid``'s CRS and pixel grid, as a source whose path is the warped
    VRT's XML; None when it does not reach the grid."""
    gdal = _gdal()
    if source.band != 1:
        raise StacPluginError(f"Only the first band of {source.uri} can be reprojected")
    gx0, gdx, _, gy0, _, gdy = grid.geotransform
    xmin, ymin, xmax, ymax = transform_bounds(source.bounds, source.crs_wkt, grid.crs_wkt)
    col0 = max(0, math.floor((xmin - gx0) / gdx))
    col1 = min(grid.width, math.ceil((xmax - gx0) / gdx))
    row0 = max(0, math.floor((ymax - gy0) / gdy))
    row1 = min(grid.height, math.ceil((ymin - gy0) / gdy))
    if col1 <= col0 or row1 <= row0:
        return None
    bounds = (gx0 + col0 * gdx, gy0 + row1 * gdy, gx0 + col1 * gdx, gy0 + row0 * gdy)
    nodata = source.nodata if source.nodata is not None else 0.0
    name = f"/vsimem/stac-warp-{uuid.uuid4().hex}.vrt"
    options = gdal.WarpOptions(
        format="VRT",
        dstSRS=grid.crs_wkt,
        outputBounds=bounds,
        width=col1 - col0,
        height=row1 - row0,
        resampleAlg="near" if resampling == "nearest" else resampling,
        srcNodata=source.nodata,
        dstNodata=nodata,
    )
    dataset, reason = open_raster(source.path)
    if dataset is None:
        raise NotRasterError(f"{source.uri} is not a raster GDAL can open", detail=reason)
    try:
        try:
            warped = gdal.Warp(name, dataset, options=options)
        except RuntimeError as exc:
            raise NotRasterError(f"Could not reproject {source.uri}", detail=str(exc)) from None
        if warped is None:
            raise NotRasterError(f"Could not reproject {source.uri}", detail=gdal.GetLastErrorMsg())
        block = warped.GetRasterBand(1).GetBlockSize()
        warped = None
        handle = gdal.VSIFOpenL(name, "rb")
        try:
            text = gdal.VSIFReadL(1, 1 << 26, handle).decode("utf-8")
        finally:
            gdal.VSIFCloseL(handle)
    finally:
        dataset = None
        unlink(name)  # not there when the warp failed
    return RasterSource(
        uri=source.uri,
        width=col1 - col0,
        height=row1 - row0,
        geotransform=(bounds[0], gdx, 0.0, bounds[3], 0.0, gdy),
        crs_wkt=grid.crs_wkt,
        data_type=source.data_type,
        block=(int(block[0]), int(block[1])),
        nodata=nodata,
        band=1,
        open_uri=text,
    )


def _in_grid_crs(source: RasterSource, grid: Grid, resampling: str) -> RasterSource | None:
    """``source`` itself when in ``grid``'s CRS, else warped onto ``grid`` (None when off the grid)."""
    if same_crs(source.crs_wkt, grid.crs_wkt):
        return source
    return _warped(source, grid, resampling)


def _placed(source: RasterSource, grid: Grid, resampling: str) -> str:
    """The source element of ``source`` on ``grid``, warping it when its CRS differs; "" when off the grid."""
    ready = _in_grid_crs(source, grid, resampling)
    if ready is None:
        return ""
    return _source_xml(ready, grid, resampling if ready is source else "nearest")


MIN_OVERVIEW_PX = 64
"""The smallest side of the coarsest overview a mosaic VRT declares."""


def overview_grids(grid: Grid) -> list[Grid]:
    """``grid`` coarsened 2, 4, 8... times, down to :data:`MIN_OVERVIEW_PX` pixels on its shorter side."""
    grids = []
    factor = 2
    while min(grid.width, grid.height) / factor >= MIN_OVERVIEW_PX:
        x0, dx, _, y0, _, dy = grid.geotransform
        width, height = math.ceil(grid.width / factor), math.ceil(grid.height / factor)
        transform = (x0, dx * grid.width / width, 0.0, y0, 0.0, dy * grid.height / height)
        grids.append(Grid(grid.crs_wkt, transform, width, height))
        factor *= 2
    return grids


def _dataset_xml(grid: Grid, bands: list[tuple[str, str, float | None, str, str]]) -> str:
    """``bands``: (data type, sources XML, nodata, colour interpretation, description)."""
    parts = [
        f'<VRTDataset rasterXSize="{grid.width}" rasterYSize="{grid.height}">',
        f"<SRS>{escape(grid.crs_wkt)}</SRS>",
        "<GeoTransform>" + ", ".join(repr(float(v)) for v in grid.geotransform) + "</GeoTransform>",
    ]
    for index, (data_type, sources, nodata, colour, description) in enumerate(bands, start=1):
        parts.append(f'<VRTRasterBand dataType="{data_type}" band="{index}">')
        if description:
            parts.append(f"<Description>{escape(description)}</Description>")
        if nodata is not None:
            parts.append(f"<NoDataValue>{_num(nodata)}</NoDataValue>")
        if colour:
            parts.append(f"<ColorInterp>{colour}</ColorInterp>")
        parts.append(sources)
        parts.append("</VRTRasterBand>")
    parts.append("</VRTDataset>")
    return "".join(parts)


def _check_resampling(resampling: str) -> str:
    if resampling not in RESAMPLING:
        raise StacPluginError(f"Unknown resampling {resampling!r}; use one of {', '.join(RESAMPLING)}")
    return resampling


_COLOURS = ("Red", "Green", "Blue")


def composite_vrt(
    sources: Sequence[RasterSource],
    descriptions: Sequence[str] = (),
    *,
    resampling: str = "nearest",
    mapper: Mapper | None = None,
) -> str:
    """One VRT band per source, in order (R, G, B for three), on the finest grid of the sources in
    the first source's CRS (others warped into it). ``descriptions`` name the bands."""
    if not sources:
        raise StacPluginError("No band to combine")
    _check_resampling(resampling)
    grid = finest_grid(sources)
    placed = list((mapper or thread_mapper)(lambda s: _placed(s, grid, resampling), list(sources)))
    colours = _COLOURS if len(sources) == 3 else ("Gray",) * len(sources)
    bands = [
        (
            source.data_type,
            xml,
            source.nodata,
            colours[i] if i < len(colours) else "Undefined",
            descriptions[i] if i < len(descriptions) else "",
        )
        for i, (source, xml) in enumerate(zip(sources, placed))
    ]
    return _dataset_xml(grid, bands)


def mosaic_vrt(
    stacks: Sequence[Sequence[RasterSource]],
    crs: str = "",
    bounds: Bounds | None = None,
    *,
    resampling: str = "nearest",
    descriptions: Sequence[str] = (),
    mapper: Mapper | None = None,
) -> str:
    """A mosaic of items: ``stacks[i]`` are the bands of item ``i`` (all items the same number),
    bottom item first, top item last (a later item's valid pixels cover an earlier one's).

    ``crs`` (default: the CRS most items share, on a tie the upper item's) and ``bounds`` (in
    ``crs``; default: all items) set the grid, at the finest resolution of the items. Sources in
    another CRS are warped on the fly. Pixels equal to a source's nodata let the items below show
    through.
    """
    if not stacks:
        raise StacPluginError("No item to mosaic")
    count = len(stacks[0])
    if count == 0 or any(len(stack) != count for stack in stacks):
        raise StacPluginError("Every item of a mosaic needs the same number of bands")
    _check_resampling(resampling)
    crs = crs or most_common_crs([stack[0].crs_wkt for stack in reversed(stacks)])
    grid = finest_grid([stack[0] for stack in stacks], crs, bounds)
    flat = [stack[b] for b in range(count) for stack in stacks]
    ready = list((mapper or thread_mapper)(lambda s: _in_grid_crs(s, grid, resampling), flat))
    colours = _COLOURS if count == 3 else ("Gray",) * count

    def dataset(on: Grid, overviews: list[str]) -> str:
        bands = []
        for b in range(count):
            column = [stack[b] for stack in stacks]
            xml = "".join(
                _source_xml(r, on, resampling if r is s else "nearest")
                for r, s in zip(ready[b * len(stacks) : (b + 1) * len(stacks)], column)
                if r is not None
            )
            xml += "".join(
                f'<Overview><SourceFilename relativeToVRT="0">{escape(o)}</SourceFilename>'
                f"<SourceBand>{b + 1}</SourceBand></Overview>"
                for o in overviews
            )
            nodata = next((s.nodata for s in column if s.nodata is not None), 0.0)
            description = descriptions[b] if b < len(descriptions) else ""
            bands.append((_data_type(column), xml, nodata, colours[b], description))
        return _dataset_xml(on, bands)

    # GDAL 3.6 derives a VRT's overviews only from a single source per band. Without any, its
    # approximate statistics (QGIS's first stretch) sample full-resolution blocks: a mosaic declares
    # one, the same sources on its coarsest grid, read through the sources' own overviews. Other
    # downsampled reads need none: GDAL hands them to each source, which picks its overview.
    return dataset(grid, [dataset(g, []) for g in overview_grids(grid)[-1:]])


def unsigned(xml: str, sources: Iterable[RasterSource]) -> str:
    """``xml`` with every source's ``open_uri`` replaced by its plain ``uri`` (for files and logs)."""
    for source in sources:
        if source.open_uri and source.open_uri != source.uri:
            signed, plain = source.open_uri, source.uri
            for _depth in range(4):  # sources in warped VRTs and overviews are escaped again
                signed, plain = escape(signed), escape(plain)
                xml = xml.replace(signed, plain)
    return xml
