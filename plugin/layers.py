"""Raster layers made from GDAL URIs, on the main thread, grouped per STAC item."""

from __future__ import annotations

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsRasterLayer

from .core.assets import configure_gdal_for, layer_name

LayerEntry = tuple[str, str, str]
"""(item id, asset key, GDAL URI)"""


def item_group(project: QgsProject, item_id: str) -> QgsLayerTreeGroup:
    """The layer-tree group named ``item_id`` (found anywhere in the tree), created at the top if missing."""
    root = project.layerTreeRoot()
    group = root.findGroup(item_id)
    if group is None:
        group = root.insertGroup(0, item_id)
    return group


def add_raster_layers(
    entries: list[LayerEntry], project: QgsProject | None = None
) -> tuple[list[QgsRasterLayer], list[tuple[str, str]]]:
    """Add one raster layer per entry, named ``"<item id> <asset key>"`` in a group per item.

    Main thread only. Returns (the layers added, [(uri, why it is not valid), ...]); invalid
    layers are not added.
    """
    project = project or QgsProject.instance()
    layers: list[QgsRasterLayer] = []
    errors: list[tuple[str, str]] = []
    for item_id, asset_key, uri in entries:
        configure_gdal_for(uri)
        layer = QgsRasterLayer(uri, layer_name(item_id, asset_key), "gdal")
        if not layer.isValid():
            reason = layer.error().summary() or (
                layer.dataProvider().error().summary() if layer.dataProvider() else ""
            )
            errors.append((uri, reason.strip() or "GDAL cannot open it as a raster"))
            continue
        project.addMapLayer(layer, False)
        item_group(project, item_id).addLayer(layer)
        layers.append(layer)
    return layers, errors
