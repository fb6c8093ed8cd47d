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
from ..i18n import tr
from .common import (
    StacAlgorithm,
    asset_info,
    check_raster,
    load_items,
    processing_error,
    read_timeout_s,
    select_items,
    unknown_asset_message,
)


def items_parameter(name: str = "ITEMS") -> QgsProcessingParameterFile:
    """A file parameter that also takes an http(s) URL (its "All files (*)" filter accepts any text)."""
    return QgsProcessingParameterFile(
        name,
        tr("Items (ItemCollection or Item GeoJSON file, or an item URL)"),
        QgsProcessingParameterFile.Behavior.File,
        fileFilter=tr("GeoJSON (*.geojson *.json);;All files (*)"),
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
        return tr("Load STAC asset")

    def shortHelpString(self) -> str:
        return tr(
            "Loads one raster asset of a STAC item as a layer read straight from the asset's URL "
            "(/vsicurl/ for http(s), /vsis3/, /vsiaz/, /vsigs/ for cloud storage); nothing is downloaded "
            "beyond what is drawn.<br><br>"
            "<b>Items</b>: an ItemCollection or Item GeoJSON file (e.g. saved by <i>Search a STAC API</i>) "
            "or an item URL. <b>Item id</b>: which item; empty for the first. <b>Asset</b>: the asset key, "
            "such as B04 or visual; three comma-separated keys (R,G,B), <i>truecolor</i> or "
            "<i>falsecolor</i> for one three-band layer over the separate band files (bands found by "
            "their common names).<br><br>"
            "The output is the layer's source, added to the project on completion."
        )

    def helpString(self) -> str:
        return self.shortHelpString()

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(items_parameter(self.ITEMS))
        self.addParameter(
            QgsProcessingParameterString(
                self.ITEM_ID, tr("Item id (empty for the first item)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.ASSET, tr("Asset key, three keys (R,G,B), truecolor or falsecolor")
            )
        )
        self.addOutput(QgsProcessingOutputRasterLayer(self.OUTPUT, tr("Asset layer")))

    def processAlgorithm(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        from ..core.assets import gdal_uri, http_timeouts
        from ..core.errors import StacPluginError
        from ..core.picture import item_abstract, item_name, item_time_range, stac_nodata
        from ..layers import asset_layer, dress_layer

        timeout_s = read_timeout_s()
        source = self.parameterAsFile(parameters, self.ITEMS, context)
        item_id = self.parameterAsString(parameters, self.ITEM_ID, context)
        key = self.parameterAsString(parameters, self.ASSET, context).strip()
        if not key:
            raise QgsProcessingException(
                tr("ASSET is empty: give an asset key, three keys (R,G,B), truecolor or falsecolor.")
            )
        spec = band_spec(key)
        items = load_items(source, feedback)
        item = select_items(items, item_id, default_all=False)[0]
        if spec.is_composite:
            return self._composite(item, spec, context, feedback)
        info = asset_info(item, key) or asset_info(item, common_name_key(item, key))
        if info is None:
            raise QgsProcessingException(unknown_asset_message(item, key))
        key = info.key
        uri = unsign_href(gdal_uri(check_raster(item, info)))
        feedback.pushInfo(tr("Opening {url}").format(url=redact(uri)))
        name = item_name(key, item)
        # QGIS 3.22 cannot load a /vsicurl/ string on completion (it wants an existing file), so the
        # layer goes into the context's temporary store: loaded on completion by its id, and found
        # when a model passes OUTPUT on to another algorithm. Its source is signed when the asset's
        # login needs it, so it is named by OUTPUT (the unsigned URI) until it is loaded.
        options = QgsRasterLayer.LayerOptions()
        options.loadDefaultStyle = False
        options.skipCrsValidation = True
        try:  # one open: the layer is the validity check; a failed login or open says why
            with http_timeouts(timeout_s):  # this thread's GDAL reads end at the plugin's timeout
                layer = asset_layer(uri, uri, options)
        except StacPluginError as exc:
            raise processing_error(exc, feedback) from exc
        with http_timeouts(timeout_s):  # the stretch reads the overview the statistics used
            dress_layer(
                layer,
                name=name,
                abstract=item_abstract(key, item, (key,)),
                item_id=str(item.get("id", "")),
                span=item_time_range(item),
                nodata=stac_nodata(item, key),
            )
        layer.setName(uri)  # found under OUTPUT by a model until loaded (see above)
        context.temporaryLayerStore().addMapLayer(layer)
        details = QgsProcessingContext.LayerDetails(name, context.project(), self.OUTPUT)
        details.forceName = True  # "red · 2024-04-12 · sentinel-2a", not the file name of the URL
        if hasattr(QgsProcessingUtils, "LayerHint"):
            details.layerTypeHint = QgsProcessingUtils.LayerHint.Raster
        context.addLayerToLoadOnCompletion(layer.id(), details)
        return {self.OUTPUT: uri}

    def _composite(
        self, item: dict[str, Any], spec: Any, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        """Three bands of ``item`` as one VRT layer over the remote files; OUTPUT is the VRT (unsigned)."""
        from ..auth import prepare
        from ..core.bands import resolve_bands
        from ..core.errors import StacPluginError
        from ..core.picture import build_composite
        from ..layers import picture_layer
        from ..picture_tasks import timed_mapper

        try:
            keys = resolve_bands(item, spec)
        except StacPluginError as exc:
            raise QgsProcessingException(f"{tr(str(exc))}.") from None
        for key in keys:
            check_raster(item, asset_info(item, key))
        message = tr("Combining {keys} of {id} (R, G, B)").format(keys=", ".join(keys), id=item.get("id"))
        feedback.pushInfo(message)
        try:
            picture = build_composite(item, spec, prepare=prepare, mapper=timed_mapper)
            options = QgsRasterLayer.LayerOptions()
            options.loadDefaultStyle = False
            options.skipCrsValidation = True
            layer = picture_layer(picture, options)
        except StacPluginError as exc:
            raise processing_error(exc, feedback) from exc
        layer.setName(picture.plain_xml)  # found under OUTPUT by a model until loaded
        context.temporaryLayerStore().addMapLayer(layer)
        details = QgsProcessingContext.LayerDetails(picture.name, context.project(), self.OUTPUT)
        details.forceName = True
        if hasattr(QgsProcessingUtils, "LayerHint"):
            details.layerTypeHint = QgsProcessingUtils.LayerHint.Raster
        context.addLayerToLoadOnCompletion(layer.id(), details)
        return {self.OUTPUT: picture.plain_xml}


def band_spec(text: str) -> Any:
    """``ASSET`` parsed (see ``core.bands.parse_band_spec``); QgsProcessingException when malformed."""
    from ..core.bands import parse_band_spec
    from ..core.errors import StacPluginError

    try:
        return parse_band_spec(text)
    except StacPluginError as exc:
        raise QgsProcessingException(f"ASSET: {tr(str(exc))}.") from None


def common_name_key(item: dict[str, Any], name: str) -> str:
    """The asset key holding the band of common name ``name`` in ``item``, or ""."""
    from ..core.bands import band_table

    return band_table(item).get(name, "")
