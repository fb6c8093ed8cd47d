"""Raster layers made from GDAL URIs, on the main thread, grouped per STAC item."""

from __future__ import annotations

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsRasterLayer

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
    source = prepare(bare)
    if options is None:
        layer = QgsRasterLayer(source, name, "gdal")
    else:
        layer = QgsRasterLayer(source, name, "gdal", options)
    if not layer.isValid():
        reason = layer.error().summary() or (
            layer.dataProvider().error().summary() if layer.dataProvider() else ""
        )
        why = redact(reason.strip()) or "GDAL cannot open it as a raster"
        raise NotRasterError(f"{bare} is not a valid raster layer: {why}", detail=why)
    layer.setCustomProperty(HREF_PROPERTY, bare)
    return layer


def _reason(exc: StacPluginError) -> str:
    """Why :func:`asset_layer` failed, without the URI (listed next to it)."""
    if isinstance(exc, NotRasterError):
        return exc.detail
    return redact(f"{exc} {exc.detail}".strip())


def add_raster_layers(
    entries: list[LayerEntry], project: QgsProject | None = None
) -> tuple[list[QgsRasterLayer], list[tuple[str, str]]]:
    """Add one raster layer per entry, named ``"<item id> <asset key>"`` in a group per item.

    Main thread only. Returns (the layers added, [(uri, why it is not valid), ...]); invalid
    layers are not added. Each layer comes from :func:`asset_layer`.
    """
    project = project or QgsProject.instance()
    layers: list[QgsRasterLayer] = []
    errors: list[tuple[str, str]] = []
    for item_id, asset_key, signed_or_not in entries:
        uri = unsign_href(signed_or_not)
        try:
            layer = asset_layer(uri, layer_name(item_id, asset_key))
        except StacPluginError as exc:
            errors.append((uri, _reason(exc)))
            continue
        project.addMapLayer(layer, False)
        item_group(project, item_id).addLayer(layer)
        layers.append(layer)
    return layers, errors
