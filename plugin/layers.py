"""Raster layers made from GDAL URIs, grouped per STAC item in the layer tree.

``make_raster_layer`` works in any thread (the open task makes layers in its worker threads and
hands them to the main thread); ``add_to_project`` and ``add_raster_layers`` are for the main thread.
"""

from __future__ import annotations

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QCoreApplication, QThread

from .auth import redact, sign_href, unsign_href
from .core.assets import configure_gdal_for, layer_name
from .core.errors import StacPluginError

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


def make_raster_layer(entry: LayerEntry) -> QgsRasterLayer:
    """A valid raster layer for ``entry``, named ``"<item id> <asset key>"``; raises ``StacPluginError``.

    Any thread: a layer made outside the main thread is moved to it, ready for ``add_to_project``.
    An asset whose login the plugin supplies (e.g. a Planetary Computer SAS token) is opened signed;
    the unsigned URI is kept in the layer's ``HREF_PROPERTY``.
    """
    item_id, asset_key, signed_or_not = entry
    uri = unsign_href(signed_or_not)
    configure_gdal_for(uri)
    source = sign_href(uri)
    main = QCoreApplication.instance().thread() if QCoreApplication.instance() else None
    in_main = main is None or QThread.currentThread() == main
    options = QgsRasterLayer.LayerOptions()
    # Validating a CRS may ask the user, which only the main thread can do.
    options.skipCrsValidation = not in_main
    layer = QgsRasterLayer(source, layer_name(item_id, asset_key), "gdal", options)
    if not layer.isValid():
        provider = layer.dataProvider()
        reason = layer.error().summary() or (provider.error().summary() if provider else "")
        raise StacPluginError(redact(reason.strip()) or "GDAL cannot open it as a raster")
    layer.setCustomProperty(HREF_PROPERTY, uri)
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
            errors.append((unsign_href(entry[2]), redact(f"{exc} {exc.detail}".strip())))
            continue
        add_to_project(layer, entry[0], project)
        layers.append(layer)
    return layers, errors
