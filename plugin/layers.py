"""Raster layers made from GDAL URIs, grouped per STAC item in the layer tree.

``make_raster_layer`` works in any thread (the open task makes layers in its worker threads and
hands them to the main thread); ``add_to_project`` is for the main thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from qgis.core import Qgis, QgsLayerTreeGroup, QgsProject, QgsRasterLayer, QgsRectangle
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, QThread

from .auth import prepare, redact, unsign_href
from .core.assets import layer_name
from .core.errors import NotRasterError, StacPluginError
from .i18n import tr
from .settings import load_defaults

HREF_PROPERTY = "stac_plugin/href"
"""Layer custom property: the asset's GDAL URI without any signature."""

LayerEntry = tuple[str, str, str]
"""(item id, asset key, GDAL URI)"""


def item_group(project: QgsProject, item_id: str) -> QgsLayerTreeGroup:
    """The layer-tree group named ``item_id`` (found anywhere in the tree), created at the top if missing."""
    root = project.layerTreeRoot()
    group = root.findGroup(item_id)
    if group is None:
        group = root.insertGroup(0, item_id)
    return group


def asset_layer(uri: str, name: str, options: QgsRasterLayer.LayerOptions | None = None) -> QgsRasterLayer:
    """A valid raster layer of an asset's GDAL URI, opened as :func:`auth.prepare` says (signed when
    the plugin supplies its login); the unsigned URI is kept in its ``HREF_PROPERTY``.

    Raises the signing provider's ``StacPluginError``, or ``NotRasterError`` naming the unsigned URI
    (the reason, with every secret hidden, in its ``detail``) when the layer is not valid.
    """
    bare = unsign_href(uri)
    layer = QgsRasterLayer(prepare(bare), name, "gdal", options or QgsRasterLayer.LayerOptions())
    if not layer.isValid():
        reason = layer.error().summary() or (
            layer.dataProvider().error().summary() if layer.dataProvider() else ""
        )
        why = redact(reason.strip()) or tr("GDAL cannot open it as a raster")
        del layer  # freed now, not when a kept traceback is collected after QGIS has exited
        raise NotRasterError(
            tr("{href} is not a valid raster layer: {why}").format(href=bare, why=why), detail=why
        )
    layer.setCustomProperty(HREF_PROPERTY, bare)
    return layer


def failure_reason(exc: StacPluginError) -> str:
    """Why :func:`asset_layer` failed, without the URI (listed next to it)."""
    if isinstance(exc, NotRasterError):
        return exc.detail
    return redact(f"{exc} {exc.detail}".strip())


def make_raster_layer(entry: LayerEntry) -> QgsRasterLayer:
    """The layer of ``entry``, named ``"<item id> <asset key>"`` (see :func:`asset_layer`).

    Any thread: a layer made outside the main thread is moved to it, ready for ``add_to_project``.
    """
    item_id, asset_key, uri = entry
    app = QCoreApplication.instance()
    main = app.thread() if app is not None else None
    in_main = main is None or QThread.currentThread() == main
    options = QgsRasterLayer.LayerOptions()
    options.skipCrsValidation = not in_main  # validating a CRS may ask the user: main thread only
    layer = asset_layer(uri, layer_name(item_id, asset_key), options)
    if not in_main:
        layer.moveToThread(main)
    return layer


def add_to_project(layer: QgsRasterLayer, item_id: str, project: QgsProject | None = None) -> None:
    """Add ``layer`` to ``project`` in the group of its item (main thread)."""
    project = project or QgsProject.instance()
    project.addMapLayer(layer, False)
    item_group(project, item_id).addLayer(layer)


# Readable, dated layers; composites and mosaics -----------------------------------------------------
#
# Any thread (layers not yet in a project): ``item_layer`` (one asset of an item), ``picture_layer``
# (a composite or mosaic built by ``core.picture``), ``dress_layer`` (name, metadata, time, nodata,
# stretch of a layer made otherwise). Main thread: ``add_item_layers`` (grouped per item, by date
# when several items are added), ``add_picture_layer``.

ITEM_PROPERTY = "stac_plugin/item_id"
"""Layer custom property: the STAC item id (composites: the item's; mosaics: every id, comma-separated)."""
VRT_PROPERTY = "stac_plugin/vrt"
"""Layer custom property of composites and mosaics: the VRT without any signature."""
DATE_GROUP_PROPERTY = "stac_plugin/date_group"
"""Layer-tree group custom property marking the groups of one acquisition date."""
LOCAL_MARK = "local"
"""Appended to the name of a layer read from a saved local file."""


def _enum(owner: Any, *paths: str) -> Any:
    """The first of ``paths`` (dotted attribute names under ``owner``) that exists."""
    for path in paths:
        value: Any = owner
        try:
            for part in path.split("."):
                value = getattr(value, part)
        except AttributeError:
            continue
        return value
    raise AttributeError(paths[0])


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000)).toUTC()


def set_time_range(layer: QgsRasterLayer, span: tuple[datetime, datetime] | None) -> None:
    """Give ``layer`` the fixed temporal range ``span`` (aware datetimes), so QGIS's temporal
    controller shows it only then; nothing when ``span`` is None."""
    if span is None:
        return
    from qgis.core import Qgis, QgsDateTimeRange, QgsRasterLayerTemporalProperties

    props = layer.temporalProperties()
    props.setMode(
        _enum(Qgis, "RasterTemporalMode.FixedTemporalRange")
        if hasattr(Qgis, "RasterTemporalMode")
        else _enum(QgsRasterLayerTemporalProperties, "TemporalMode.ModeFixedTemporalRange")
    )
    props.setFixedTemporalRange(QgsDateTimeRange(_qdatetime(span[0]), _qdatetime(span[1])))
    props.setIsActive(True)


def honour_stac_nodata(layer: QgsRasterLayer, nodata: float | None) -> None:
    """Use STAC's ``raster:bands`` ``nodata`` for the bands whose file declares none."""
    from qgis.core import QgsRasterRange

    provider = layer.dataProvider()
    if nodata is None or provider is None:
        return
    for band in range(1, layer.bandCount() + 1):
        if not provider.sourceHasNoDataValue(band):
            provider.setUserNoDataValue(band, [QgsRasterRange(nodata, nodata)])


_RANGE_LIMITS = {
    "cumulative_cut": ("CumulativeCut", "CumulativeCut"),
    "min_max": ("MinimumMaximum", "MinMax"),
    "std_dev": ("StdDev", "StdDev"),
}
"""Stretch name of the settings -> (``Qgis.RasterRangeLimit`` member, older ``QgsRasterMinMaxOrigin`` one)."""


def default_stretch(layer: QgsRasterLayer, stretch: str | None = None) -> None:
    """The stretch of the settings (default: the user's, read now; cumulative count cut 2-98 %,
    min/max or mean ± QGIS's default number of standard deviations, 2 unless changed in QGIS) of
    every band drawn, estimated at QGIS's default sample size: the same overview the layer read
    for its first statistics, so no further full-resolution read. ``"none"`` leaves the layer as
    QGIS made it."""
    from qgis.core import QgsContrastEnhancement, QgsRasterMinMaxOrigin

    names = _RANGE_LIMITS.get(stretch or load_defaults().stretch)
    if names is None or layer.renderer() is None or layer.dataProvider() is None:
        return
    algorithm = _enum(QgsContrastEnhancement, "ContrastEnhancementAlgorithm.StretchToMinimumMaximum")
    try:
        limits = _enum(Qgis, f"RasterRangeLimit.{names[0]}")
    except AttributeError:
        limits = _enum(QgsRasterMinMaxOrigin, f"Limits.{names[1]}", names[1])
    layer.setContrastEnhancement(algorithm, limits, QgsRectangle(), int(QgsRasterLayer.SAMPLE_SIZE))


def dress_layer(
    layer: QgsRasterLayer,
    *,
    name: str,
    abstract: str = "",
    item_id: str = "",
    span: tuple[datetime, datetime] | None = None,
    nodata: float | None = None,
    local: bool = False,
) -> QgsRasterLayer:
    """Name, metadata (identifier = item id, abstract), temporal range, STAC nodata and default
    stretch of ``layer`` (any thread, before it is added). Returns ``layer``."""
    honour_stac_nodata(layer, nodata)
    layer.setName(f"{name} · {LOCAL_MARK}" if local else name)
    metadata = layer.metadata()
    if item_id:
        metadata.setIdentifier(item_id)
        layer.setCustomProperty(ITEM_PROPERTY, item_id)
    metadata.setTitle(layer.name())
    if abstract:
        local_note = "\n" + tr("Read from a local file: {path}").format(path=layer.source()) if local else ""
        metadata.setAbstract(abstract + local_note)
    layer.setMetadata(metadata)
    set_time_range(layer, span)
    default_stretch(layer)
    return layer


def _layer_options() -> tuple[QgsRasterLayer.LayerOptions, Any]:
    app = QCoreApplication.instance()
    main = app.thread() if app is not None else None
    in_main = main is None or QThread.currentThread() == main
    options = QgsRasterLayer.LayerOptions()
    options.skipCrsValidation = not in_main  # validating a CRS may ask the user: main thread only
    return options, (None if in_main else main)


def item_layer(item: Mapping[str, Any], key: str, uri: str, *, local: bool = False) -> QgsRasterLayer:
    """The layer of asset ``key`` of ``item`` read from ``uri`` (its GDAL URI, or a saved file),
    named ``red · 2024-04-12 · sentinel-2a`` and dated (see :func:`dress_layer`). Any thread."""
    from .core.picture import item_abstract, item_name, item_time_range, stac_nodata

    options, main = _layer_options()
    layer = asset_layer(uri, item_name(key, item), options)
    dress_layer(
        layer,
        name=item_name(key, item),
        abstract=item_abstract(key, item, (key,)),
        item_id=str(item.get("id", "")),
        span=item_time_range(item),
        nodata=stac_nodata(item, key),
        local=local,
    )
    if main is not None:
        layer.moveToThread(main)
    return layer


def picture_layer(picture: Any, options: QgsRasterLayer.LayerOptions | None = None) -> QgsRasterLayer:
    """The layer of a composite or mosaic (a ``core.picture.Picture``), its VRT as the source.
    Any thread. Raises NotRasterError when GDAL cannot open the VRT."""
    default, main = _layer_options()
    layer = QgsRasterLayer(picture.xml, picture.name, "gdal", options or default)
    if not layer.isValid():
        why = redact(layer.error().summary().strip()) or tr("GDAL cannot open the VRT")
        raise NotRasterError(
            tr("{name} could not be opened: {why}").format(name=picture.name, why=why), detail=why
        )
    layer.setCustomProperty(VRT_PROPERTY, picture.plain_xml)
    ids = ",".join(str(item.get("id", "")) for item in picture.items)
    dress_layer(layer, name=picture.name, abstract=picture.abstract, item_id=ids, span=picture.time_range)
    if main is not None:
        layer.moveToThread(main)
    return layer


def _date_of(item: Mapping[str, Any]) -> str:
    from .core.picture import item_time_range

    span = item_time_range(item)
    return span[0].date().isoformat() if span else "undated"


def _date_group(project: QgsProject, date: str) -> QgsLayerTreeGroup:
    """The top-level group of ``date``, kept among the other date groups newest first."""
    root = project.layerTreeRoot()
    for child in root.children():
        if isinstance(child, QgsLayerTreeGroup) and child.name() == date:
            return child
    position = 0
    for index, child in enumerate(root.children()):
        dated = isinstance(child, QgsLayerTreeGroup) and child.customProperty(DATE_GROUP_PROPERTY)
        if dated and child.name() > date:
            position = index + 1
    group = root.insertGroup(position, date)
    group.setCustomProperty(DATE_GROUP_PROPERTY, True)
    return group


def add_item_layers(
    pairs: list[tuple[QgsRasterLayer, Mapping[str, Any]]],
    project: QgsProject | None = None,
    *,
    by_date: bool | None = None,
) -> None:
    """Add layers made by :func:`item_layer` (main thread), each in the group of its item (named by
    its id). When the same asset of several items is added, item groups go into one group per date
    (``2024-04-12``), newest first, so the scenes read in time order."""
    project = project or QgsProject.instance()
    ids = {str(item.get("id", "")) for _layer, item in pairs}
    by_date = len(ids) > 1 if by_date is None else by_date  # given when adding in several calls
    for layer, item in pairs:
        item_id = str(item.get("id", ""))
        project.addMapLayer(layer, False)
        group = project.layerTreeRoot().findGroup(item_id)
        if group is None:
            parent = _date_group(project, _date_of(item)) if by_date else project.layerTreeRoot()
            group = parent.insertGroup(0, item_id)
        group.addLayer(layer)


def add_picture_layer(layer: QgsRasterLayer, picture: Any, project: QgsProject | None = None) -> None:
    """Add a composite (in its item's group) or a mosaic (at the top) to ``project`` (main thread)."""
    project = project or QgsProject.instance()
    if picture.count == 1:
        add_to_project(layer, str(picture.items[0].get("id", "")), project)
    else:
        project.addMapLayer(layer, False)
        project.layerTreeRoot().insertLayer(0, layer)
