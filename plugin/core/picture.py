"""Composites and mosaics of STAC items, their time range and readable names (no widgets, no QGIS).

How the dock, its tasks and the Processing algorithms call it (item dicts as the API sent them;
``prepare`` is ``plugin.auth.prepare``, which sets GDAL options for the host and signs the URI;
``mapper`` is ``plugin.tasks.map_in_qthreads`` in QGIS, so the opens run in parallel)::

    spec = parse_band_spec("truecolor")          # "red", "B04,B03,B02", "falsecolor" ...
    picture = build_composite(item, spec, prepare=prepare, mapper=map_in_qthreads)   # worker thread
    picture = build_mosaic(items, spec, extent=(xmin, ymin, xmax, ymax), extent_crs="EPSG:3857",
                           order=ORDER_LEAST_CLOUDY, prepare=prepare, mapper=map_in_qthreads)
    picture.xml        # the VRT to open (a GDAL data source: the QGIS layer's source)
    picture.plain_xml  # the same without signatures: write this to a .vrt file, show it
    picture.name       # "truecolor · 2024-04-12 · sentinel-2a"; picture.abstract for metadata
    picture.time_range # (start, end) aware datetimes for the layer's fixed temporal range, or None
    picture.items      # the items used, bottom first; len(picture.items) is the mosaic's COUNT

Mosaic items whose footprint does not touch the extent are left out before anything is opened
(:func:`touching`), so they cost no request. Errors are ``StacPluginError``s written for the user
(``MissingBandError`` names the bands an item has; an asset that is not a raster, or needs a login
the plugin lacks, is reported before any open).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from .assets import asset_infos, gdal_uri
from .bands import BandSpec, parse_band_spec, resolve_bands
from .dates import parse_datetime
from .errors import NotRasterError, StacPluginError
from .gdal_calls import coordinate_transformation
from .shapes import geometry_errors
from .vrt import (
    Bounds,
    Mapper,
    RasterSource,
    composite_vrt,
    crs_wkt,
    describe_sources,
    mosaic_vrt,
    most_common_crs,
    same_crs,
    spatial_ref,
    transform_bounds,
    unsigned,
)

ORDER_LEAST_CLOUDY = 0
ORDER_NEWEST = 1
ORDER_OLDEST = 2
ORDERS = ("Least cloudy on top", "Newest on top", "Oldest on top")

Item = Mapping[str, Any]
Prepare = Callable[[str], str]

__all__ = [
    "ORDERS",
    "ORDER_LEAST_CLOUDY",
    "ORDER_NEWEST",
    "ORDER_OLDEST",
    "Picture",
    "build_composite",
    "build_mosaic",
    "item_name",
    "item_time_range",
    "order_items",
    "parse_band_spec",
    "touching",
]


@dataclass(frozen=True)
class Picture:
    """A composite or mosaic ready to open: see the module docstring."""

    xml: str
    plain_xml: str
    name: str
    abstract: str
    items: tuple[Item, ...]
    keys: tuple[tuple[str, ...], ...]
    """Asset keys used, per item (R, G, B order)."""
    time_range: tuple[datetime, datetime] | None
    sources: tuple[RasterSource, ...] = field(default=(), repr=False)

    @property
    def count(self) -> int:
        """How many items it combines."""
        return len(self.items)


# Time and names -----------------------------------------------------------------------------------


def item_time_range(item: Item) -> tuple[datetime, datetime] | None:
    """(start, end) of an item: ``start_datetime``/``end_datetime`` when given, else ``datetime`` twice."""
    props = item.get("properties") if isinstance(item, Mapping) else None
    if not isinstance(props, Mapping):
        return None
    start = parse_datetime(props.get("start_datetime"))
    end = parse_datetime(props.get("end_datetime"))
    moment = parse_datetime(props.get("datetime"))
    start = start or moment or end
    end = end or moment or start
    if start is None or end is None:
        return None
    return (start, end) if start <= end else (end, start)


def items_time_range(items: Sequence[Item]) -> tuple[datetime, datetime] | None:
    """The range from the earliest start to the latest end of ``items`` (None when none has a date)."""
    ranges = [r for r in (item_time_range(item) for item in items) if r is not None]
    if not ranges:
        return None
    return (min(r[0] for r in ranges), max(r[1] for r in ranges))


def _date(item: Item) -> str:
    span = item_time_range(item)
    return span[0].date().isoformat() if span else ""


def _platform(item: Item) -> str:
    props = item.get("properties") or {}
    return str(props.get("platform") or props.get("constellation") or item.get("collection") or "")


def item_name(label: str, item: Item) -> str:
    """A layer name readable in a narrow Layers panel: ``red · 2024-04-12 · sentinel-2a``."""
    return " · ".join(part for part in (label, _date(item), _platform(item)) if part)


def item_abstract(label: str, item: Item, keys: Sequence[str] = ()) -> str:
    """What a layer's metadata says of its item: id, collection, date, cloud cover, assets."""
    props = item.get("properties") or {}
    lines = [f"STAC item {item.get('id')}", f"Collection: {item.get('collection') or '-'}"]
    span = item_time_range(item)
    if span:
        until = f" to {span[1].isoformat()}" if span[1] != span[0] else ""
        lines.append(f"Date: {span[0].isoformat()}{until}")
    if props.get("eo:cloud_cover") is not None:
        lines.append(f"Cloud cover: {props.get('eo:cloud_cover')} %")
    assets = f" (assets {', '.join(keys)})" if keys and tuple(keys) != (label,) else ""
    lines.append(f"Bands: {label}{assets}")
    return "\n".join(lines)


def mosaic_name(label: str, items: Sequence[Item]) -> str:
    """``red mosaic · 2024-04-02 to 2024-04-22 · 3 items``."""
    span = items_time_range(items)
    dates = ""
    if span:
        first, last = span[0].date().isoformat(), span[1].date().isoformat()
        dates = first if first == last else f"{first} to {last}"
    count = f"{len(items)} item" + ("s" if len(items) != 1 else "")
    return " · ".join(part for part in (f"{label} mosaic", dates, count) if part)


# Items --------------------------------------------------------------------------------------------


def _cloud(item: Item) -> float:
    value = (item.get("properties") or {}).get("eo:cloud_cover")
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("inf")  # unknown: below every item that says


def _start(item: Item) -> datetime:
    span = item_time_range(item)
    return span[0] if span else datetime.min.replace(tzinfo=timezone.utc)


def order_items(items: Sequence[Item], order: int = ORDER_LEAST_CLOUDY) -> list[Item]:
    """``items`` bottom first, top last: least cloudy on top (unknown cover at the bottom), newest
    on top or oldest on top. Ties keep the given order."""
    if order == ORDER_LEAST_CLOUDY:
        return sorted(items, key=_cloud, reverse=True)
    if order == ORDER_NEWEST:
        return sorted(items, key=_start)
    if order == ORDER_OLDEST:
        return sorted(items, key=_start, reverse=True)
    raise StacPluginError(
        f"Unknown mosaic order {order!r}: use 0 (least cloudy), 1 (newest) or 2 (oldest) on top"
    )


def _footprint(item: Item) -> Any:
    from shapely.geometry import box, shape

    geometry = item.get("geometry")
    if isinstance(geometry, Mapping):
        try:
            return shape(geometry)
        except geometry_errors():  # a broken geometry: fall back to the bbox
            pass
    bbox = item.get("bbox")
    if isinstance(bbox, (list, tuple)) and len(bbox) in (4, 6):
        west, south = bbox[0], bbox[1]
        east, north = (bbox[3], bbox[4]) if len(bbox) == 6 else (bbox[2], bbox[3])
        return box(west, south, east, north)
    return None


def extent_polygon_wgs84(extent: Bounds, extent_crs: str) -> Any:
    """The outline of ``extent`` (in ``extent_crs``) in EPSG:4326 longitude/latitude, edges densified."""
    from shapely.geometry import Polygon

    xmin, ymin, xmax, ymax = extent
    steps = 20
    ring = (
        [(xmin + (xmax - xmin) * i / steps, ymin) for i in range(steps)]
        + [(xmax, ymin + (ymax - ymin) * i / steps) for i in range(steps)]
        + [(xmax - (xmax - xmin) * i / steps, ymax) for i in range(steps)]
        + [(xmin, ymax - (ymax - ymin) * i / steps) for i in range(steps)]
    )
    if not same_crs(extent_crs, "EPSG:4326"):
        transform = coordinate_transformation(spatial_ref(extent_crs), spatial_ref("EPSG:4326"))
        if transform is None:
            raise StacPluginError("No transformation from the extent's CRS to longitude/latitude")
        try:
            ring = [tuple(transform.TransformPoint(x, y)[:2]) for x, y in ring]
        except RuntimeError as exc:
            raise StacPluginError("Cannot reproject the extent", detail=str(exc)) from None
        if not all(math.isfinite(v) for point in ring for v in point):
            raise StacPluginError("Cannot reproject the extent", detail=f"{extent} in {extent_crs[:60]}")
    return Polygon(ring)


def touching(items: Sequence[Item], extent: Bounds, extent_crs: str = "EPSG:4326") -> list[Item]:
    """The items whose footprint (geometry, else bbox) touches ``extent``; items with neither are kept."""
    area = extent_polygon_wgs84(extent, extent_crs)
    kept = []
    for item in items:
        footprint = _footprint(item)
        if footprint is None or footprint.intersects(area):
            kept.append(item)
    return kept


def stac_nodata(item: Item, key: str) -> float | None:
    """The ``nodata`` STAC's ``raster:bands`` (or STAC 1.1 ``bands``) gives for asset ``key``, or None."""
    asset = (item.get("assets") or {}).get(key) or {}
    for entry in asset.get("raster:bands") or asset.get("bands") or []:
        if isinstance(entry, Mapping) and isinstance(entry.get("nodata"), (int, float)):
            return float(entry["nodata"])
    return None


def _asset_uris(item: Item, keys: Sequence[str]) -> list[str]:
    infos = {info.key: info for info in asset_infos(item)}
    uris = []
    for key in keys:
        info = infos[key]
        if not info.is_raster:
            raise NotRasterError(f"Asset {key!r} of item {item.get('id')!r} is not a raster: {info.reason}")
        uris.append(gdal_uri(info.href))
    return uris


def _describe(
    items: Sequence[Item], keys: Sequence[Sequence[str]], prepare: Prepare | None, mapper: Mapper | None
) -> list[list[RasterSource]]:
    specs: list[tuple[str, str, float | None]] = []
    for item, item_keys in zip(items, keys):
        for key, uri in zip(item_keys, _asset_uris(item, item_keys)):
            specs.append((uri, prepare(uri) if prepare else uri, stac_nodata(item, key)))
    flat = describe_sources(specs, mapper)
    width = len(keys[0]) if keys else 0
    return [flat[i * width : (i + 1) * width] for i in range(len(items))]


def _descriptions(spec: BandSpec, keys: Sequence[str]) -> list[str]:
    return [name if name == key else f"{name} ({key})" for name, key in zip(spec.names, keys)]


def build_composite(
    item: Item,
    spec: BandSpec | str,
    *,
    prepare: Prepare | None = None,
    mapper: Mapper | None = None,
    resampling: str = "nearest",
) -> Picture:
    """One item's bands of ``spec`` as one VRT (three bands R, G, B, or one), opened in parallel."""
    spec = parse_band_spec(spec) if isinstance(spec, str) else spec
    keys = resolve_bands(item, spec)
    (sources,) = _describe([item], [keys], prepare, mapper)
    xml = composite_vrt(sources, _descriptions(spec, keys), resampling=resampling, mapper=mapper)
    return Picture(
        xml=xml,
        plain_xml=unsigned(xml, sources),
        name=item_name(spec.label, item),
        abstract=item_abstract(spec.label, item, keys),
        items=(item,),
        keys=(keys,),
        time_range=item_time_range(item),
        sources=tuple(sources),
    )


def build_mosaic(
    items: Sequence[Item],
    spec: BandSpec | str,
    *,
    extent: Bounds | None = None,
    extent_crs: str = "EPSG:4326",
    order: int = ORDER_LEAST_CLOUDY,
    crs: str = "",
    prepare: Prepare | None = None,
    mapper: Mapper | None = None,
    resampling: str = "nearest",
) -> Picture:
    """The same band(s) of ``items`` as one VRT in ``crs`` (default: the CRS most items share; on a
    tie, that of the item on top).

    With ``extent`` (in ``extent_crs``) only the items touching it are used and it bounds the
    mosaic. Raises StacPluginError when no item is left or an item lacks a band.
    """
    spec = parse_band_spec(spec) if isinstance(spec, str) else spec
    chosen = list(items)
    if extent is not None:
        chosen = touching(chosen, extent, extent_crs)
        if not chosen:
            raise StacPluginError(f"None of the {len(items)} item(s) touches the extent")
    if not chosen:
        raise StacPluginError("No item to mosaic")
    chosen = order_items(chosen, order)
    keys = [resolve_bands(item, spec) for item in chosen]
    stacks = _describe(chosen, keys, prepare, mapper)
    upper_first = [stack[0].crs_wkt for stack in reversed(stacks)]
    target = crs_wkt(crs) if crs else crs_wkt(most_common_crs(upper_first))
    bounds = transform_bounds(extent, crs_wkt(extent_crs), target) if extent is not None else None
    names = _descriptions(spec, keys[0])
    xml = mosaic_vrt(stacks, target, bounds, resampling=resampling, descriptions=names, mapper=mapper)
    flat = [source for stack in stacks for source in stack]
    abstract = "\n".join(
        [f"Mosaic of {len(chosen)} STAC item(s), bottom first:"]
        + [f"{item.get('id')} ({', '.join(k)})" for item, k in zip(chosen, keys)]
    )
    return Picture(
        xml=xml,
        plain_xml=unsigned(xml, flat),
        name=mosaic_name(spec.label, chosen),
        abstract=abstract,
        items=tuple(chosen),
        keys=tuple(keys),
        time_range=items_time_range(chosen),
        sources=tuple(flat),
    )
