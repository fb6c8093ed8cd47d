"""Raster layers made from GDAL URIs, grouped per STAC item in the layer tree.

``make_raster_layer`` works in any thread (the open task makes layers in its worker threads and
hands them to the main thread); ``add_to_project`` and ``add_raster_layers`` are for the main thread.
"""

from __future__ import annotations

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QCoreApplication, QThread

from .auth import prepare, redact, unsign_href
from .core.assets import layer_name
from .core.errors import NotRasterError, StacPluginError

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
        why = redact(reason.strip()) or "GDAL cannot open it as a raster"
        del layer  # freed now, not when a kept traceback is collected after QGIS has exited
        raise NotRasterError(f"{bare} is not a valid raster layer: {why}", detail=why)
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


def add_raster_layers(
    entries: list[LayerEntry], project: QgsProject | None = None
) -> tuple[list[QgsRasterLayer], list[tuple[str, str]]]:
    """Make and add one raster layer per entry (main thread).

    Returns (the layers added, [(unsigned uri, why it is not valid), ...]); invalid layers are not added.
    """
    project = project or QgsProject.instance()
    layers: list[QgsRasterLayer] = []
    errors: list[tuple[str, str]] = []
    for entry in entries:
        try:
            layer = make_raster_layer(entry)
        except StacPluginError as exc:
            errors.append((unsign_href(entry[2]), failure_reason(exc)))
            continue
        add_to_project(layer, entry[0], project)
        layers.append(layer)
    return layers, errors
