"""Raster layers made from GDAL URIs, on the main thread, grouped per STAC item."""

from __future__ import annotations

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsRasterLayer

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


def add_raster_layers(
    entries: list[LayerEntry], project: QgsProject | None = None
) -> tuple[list[QgsRasterLayer], list[tuple[str, str]]]:
    """Add one raster layer per entry, named ``"<item id> <asset key>"`` in a group per item.

    Main thread only. Returns (the layers added, [(uri, why it is not valid), ...]); invalid
    layers are not added. An asset whose login the plugin supplies (e.g. a Planetary Computer SAS
    token) is opened signed; the unsigned URI is kept in the layer's ``HREF_PROPERTY``.
    """
    project = project or QgsProject.instance()
    layers: list[QgsRasterLayer] = []
    errors: list[tuple[str, str]] = []
    for item_id, asset_key, signed_or_not in entries:
        uri = unsign_href(signed_or_not)
        try:
            configure_gdal_for(uri)
            source = sign_href(uri)
        except StacPluginError as exc:
            errors.append((uri, redact(f"{exc} {exc.detail}".strip())))
            continue
        layer = QgsRasterLayer(source, layer_name(item_id, asset_key), "gdal")
        if not layer.isValid():
            reason = layer.error().summary() or (
                layer.dataProvider().error().summary() if layer.dataProvider() else ""
            )
            errors.append((uri, redact(reason.strip()) or "GDAL cannot open it as a raster"))
            continue
        layer.setCustomProperty(HREF_PROPERTY, uri)
        project.addMapLayer(layer, False)
        item_group(project, item_id).addLayer(layer)
        layers.append(layer)
    return layers, errors
