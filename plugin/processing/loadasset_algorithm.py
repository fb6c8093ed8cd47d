"""``stac:loadasset``: one raster asset of an item as a layer read straight from its URL."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputRasterLayer,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsRasterLayer,
)

from ..auth import redact, unsign_href
from .common import (
    StacAlgorithm,
    apply_read_timeout,
    asset_info,
    check_raster,
    load_items,
    processing_error,
    select_items,
    unknown_asset_message,
)


def items_parameter(name: str = "ITEMS") -> QgsProcessingParameterFile:
    """A file parameter that also takes an http(s) URL (its "All files (*)" filter accepts any text)."""
    return QgsProcessingParameterFile(
        name,
        "Items (ItemCollection or Item GeoJSON file, or an item URL)",
        QgsProcessingParameterFile.Behavior.File,
        fileFilter="GeoJSON (*.geojson *.json);;All files (*)",
    )


class LoadAssetAlgorithm(StacAlgorithm):
    """Load one raster asset of a STAC item as a layer streamed from its URL."""

    ITEMS = "ITEMS"
    ITEM_ID = "ITEM_ID"
    ASSET = "ASSET"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "loadasset"

    def displayName(self) -> str:
        return "Load STAC asset"

    def shortHelpString(self) -> str:
        return (
            "Loads one raster asset of a STAC item as a layer read straight from the asset's URL "
            "(/vsicurl/ for http(s), /vsis3/, /vsiaz/, /vsigs/ for cloud storage); nothing is downloaded "
            "beyond what is drawn.<br><br>"
            "<b>Items</b>: an ItemCollection or Item GeoJSON file (e.g. saved by <i>Search a STAC API</i>) "
            "or an item URL. <b>Item id</b>: which item; empty for the first. <b>Asset</b>: the asset key, "
            "such as B04 or visual.<br><br>"
            "The output is the layer's source, added to the project on completion."
        )

    def helpString(self) -> str:
        return self.shortHelpString()

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(items_parameter(self.ITEMS))
        self.addParameter(
            QgsProcessingParameterString(self.ITEM_ID, "Item id (empty for the first item)", optional=True)
        )
        self.addParameter(QgsProcessingParameterString(self.ASSET, "Asset key"))
        self.addOutput(QgsProcessingOutputRasterLayer(self.OUTPUT, "Asset layer"))

    def processAlgorithm(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        from ..core.assets import gdal_uri, http_timeouts, layer_name
        from ..core.errors import StacPluginError
        from ..layers import asset_layer

        apply_read_timeout()
        source = self.parameterAsFile(parameters, self.ITEMS, context)
        item_id = self.parameterAsString(parameters, self.ITEM_ID, context)
        key = self.parameterAsString(parameters, self.ASSET, context).strip()
        if not key:
            raise QgsProcessingException("ASSET is empty: give the key of the asset to load.")
        items = load_items(source, feedback)
        item = select_items(items, item_id, default_all=False)[0]
        info = asset_info(item, key)
        if info is None:
            raise QgsProcessingException(unknown_asset_message(item, key))
        check_raster(item, info)
        uri = unsign_href(gdal_uri(info.href))
        feedback.pushInfo(f"Opening {redact(uri)}")
        name = layer_name(str(item.get("id", "")), key)
        # QGIS 3.22 cannot load a /vsicurl/ string on completion (it wants an existing file), so the
        # layer goes into the context's temporary store: loaded on completion by its id, and found
        # when a model passes OUTPUT on to another algorithm. Its source is signed when the asset's
        # login needs it, so it is named by OUTPUT (the unsigned URI) until it is loaded.
        options = QgsRasterLayer.LayerOptions()
        options.loadDefaultStyle = False
        options.skipCrsValidation = True
        try:  # one open: the layer is the validity check; a failed login or open says why
            with http_timeouts():  # this thread's GDAL reads end at the plugin's timeout
                layer = asset_layer(uri, uri, options)
        except StacPluginError as exc:
            raise processing_error(exc, feedback) from exc
        context.temporaryLayerStore().addMapLayer(layer)
        details = QgsProcessingContext.LayerDetails(name, context.project(), self.OUTPUT)
        details.forceName = True  # "<item> <asset>", not the file name of the URL
        if hasattr(QgsProcessingUtils, "LayerHint"):
            details.layerTypeHint = QgsProcessingUtils.LayerHint.Raster
        context.addLayerToLoadOnCompletion(layer.id(), details)
        return {self.OUTPUT: uri}
