"""``stac:mosaic``: the same band (or composite) of several items as one raster, warped into one CRS."""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QTimer

from ..core.errors import StacPluginError
from ..i18n import tr
from .common import (
    StacAlgorithm,
    check_output_file,
    check_raster,
    is_given,
    load_items,
    processing_error,
    read_timeout_s,
    split_list,
)
from .loadasset_algorithm import items_parameter

_POST_PROCESSORS: set[Any] = set()
"""Keeps the Python side of the output's post-processors alive until they have run (each one
then leaves, after its call has returned). Not kept on the algorithm: ``QgsProcessingAlgorithm.run``
and the dialog's task run a copy of it and delete that before the outputs are loaded; the context
keeps only the C++ object."""


class DressOutput(QgsProcessingLayerPostProcessorInterface):
    """Gives the loaded output the mosaic's name, metadata and time range."""

    def __init__(self, picture: Any) -> None:
        super().__init__()
        self.picture = picture

    def postProcessLayer(
        self, layer: Any, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> None:
        from ..layers import dress_layer

        if isinstance(layer, QgsRasterLayer):
            ids = ",".join(str(item.get("id", "")) for item in self.picture.items)
            dress_layer(
                layer,
                name=self.picture.name,
                abstract=self.picture.abstract,
                item_id=ids,
                span=self.picture.time_range,
            )
        QTimer.singleShot(0, functools.partial(_POST_PROCESSORS.discard, self))


def select_by_ids(items: list[dict[str, Any]], ids: list[str]) -> list[dict[str, Any]]:
    """The items whose id is in ``ids`` (all items when ``ids`` is empty); unknown ids are an error."""
    if not ids:
        return list(items)
    known = {str(item.get("id")) for item in items}
    missing = [i for i in ids if i not in known]
    if missing:
        listed = ", ".join(sorted(known)[:20]) + (", ..." if len(known) > 20 else "")
        raise QgsProcessingException(
            tr("No item with id {ids}; the items are: {listed}.").format(
                ids=", ".join(map(repr, missing)), listed=listed
            )
        )
    return [item for item in items if str(item.get("id")) in ids]


def write_text_file(path: str, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file renamed when complete."""
    target = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.part-", suffix=".vrt", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        Path(temp).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temp).unlink()
        raise


class MosaicAlgorithm(StacAlgorithm):
    """Mosaic one band, or a three-band composite, of several STAC items."""

    ITEMS = "ITEMS"
    ITEM_IDS = "ITEM_IDS"
    ASSET = "ASSET"
    EXTENT = "EXTENT"
    ORDER = "ORDER"
    CRS = "CRS"
    OUTPUT = "OUTPUT"
    COUNT = "COUNT"

    def name(self) -> str:
        return "mosaic"

    def displayName(self) -> str:
        return tr("Mosaic STAC items")

    def shortHelpString(self) -> str:
        return tr(
            "Combines the same band, or the same three-band composite, of several STAC items into one "
            "raster. Items in another CRS are reprojected on the fly (nearest neighbour); where items "
            "overlap, the one on top shows.<br><br>"
            "<b>Items</b>: an ItemCollection or Item GeoJSON file, or an item URL. <b>Item ids</b>: "
            "comma-separated; empty for all items. <b>Asset</b>: one asset key, three comma-separated "
            "keys (R,G,B), truecolor or falsecolor (bands found by their common names). <b>Extent</b>: "
            "only items touching it are used (the others cost no request), and it bounds the mosaic. "
            "<b>Order</b>: which item is on top. <b>CRS</b>: empty for the CRS most items share.<br><br>"
            "<b>Output</b>: a .vrt reads the remote files lazily (only the blocks a view needs); a .tif "
            "is written as a tiled GeoTIFF. COUNT is the number of items used. A .vrt names the assets' "
            "URLs without any token, so assets that need one (Planetary Computer) are best written to a .tif."
        )

    def helpString(self) -> str:
        return self.shortHelpString()

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        from ..core.picture import ORDERS

        self.addParameter(items_parameter(self.ITEMS))
        self.addParameter(
            QgsProcessingParameterString(
                self.ITEM_IDS, tr("Item ids (comma-separated; empty for all)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.ASSET,
                tr("Asset key, three keys (R,G,B), truecolor or falsecolor"),
                defaultValue="truecolor",
            )
        )
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Extent"), optional=True))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.ORDER, tr("Order"), options=[tr(o) for o in ORDERS], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterCrs(self.CRS, tr("CRS (empty for the most common)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT, tr("Mosaic (.vrt: lazy remote reads; .tif: GeoTIFF)")
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Items used")))

    def _extent(
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> tuple[tuple[float, float, float, float] | None, str]:
        if not is_given(parameters, self.EXTENT):
            return None, "EPSG:4326"
        rect = self.parameterAsExtent(parameters, self.EXTENT, context)
        if rect.isNull() or rect.isEmpty():
            raise QgsProcessingException(tr("EXTENT is empty: give a rectangle with an area, or no extent."))
        crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        crs_text = (crs.authid() or crs.toWkt()) if crs.isValid() else "EPSG:4326"
        return (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()), crs_text

    def processAlgorithm(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        from ..auth import prepare
        from ..core.bands import parse_band_spec
        from ..core.picture import ORDERS, build_mosaic
        from ..picture_tasks import timed_mapper

        try:
            spec = parse_band_spec(self.parameterAsString(parameters, self.ASSET, context))
        except StacPluginError as exc:
            raise QgsProcessingException(f"ASSET: {tr(str(exc))}.") from None
        order = self.parameterAsEnum(parameters, self.ORDER, context)
        if order not in range(len(ORDERS)):
            raise QgsProcessingException(tr("ORDER must be 0 to {n}.").format(n=len(ORDERS) - 1))
        output, suffix = self._output(parameters, context)
        crs = self._crs(parameters, context)
        extent, extent_crs = self._extent(parameters, context)
        chosen = self._chosen(parameters, context, feedback, spec, (extent, extent_crs))
        feedback.pushInfo(
            tr("Mosaic of {n} item(s), {order}").format(n=len(chosen), order=tr(ORDERS[order]).lower())
        )
        if feedback.isCanceled():
            return {self.OUTPUT: None, self.COUNT: 0}
        try:
            picture = build_mosaic(
                chosen,
                spec,
                extent=extent,
                extent_crs=extent_crs,
                order=order,
                crs=crs,
                prepare=prepare,
                mapper=timed_mapper,
            )
        except StacPluginError as exc:
            raise processing_error(exc, feedback) from exc
        if suffix == ".vrt":
            write_text_file(output, picture.plain_xml)
        elif not self._save_tif(picture, output, feedback):
            return {self.OUTPUT: None, self.COUNT: 0}
        if context.willLoadLayerOnCompletion(output):
            details = context.layerToLoadOnCompletionDetails(output)
            details.name = picture.name
            details.forceName = True
            post = DressOutput(picture)
            _POST_PROCESSORS.add(post)
            details.setPostProcessor(post)
        return {self.OUTPUT: output, self.COUNT: picture.count}

    def _output(self, parameters: dict[str, Any], context: QgsProcessingContext) -> tuple[str, str]:
        """OUTPUT and its suffix, checked to be a writable .vrt or .tif file."""
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        suffix = Path(output).suffix.lower() if output else ""
        if suffix not in (".vrt", ".tif", ".tiff"):
            raise QgsProcessingException(
                tr("OUTPUT must end in .vrt (lazy remote reads) or .tif (a GeoTIFF), not {output!r}.").format(
                    output=output
                )
            )
        check_output_file(output, self.OUTPUT)
        return output, suffix

    def _crs(self, parameters: dict[str, Any], context: QgsProcessingContext) -> str:
        """The CRS asked for (authid or WKT), "" for the one most items share."""
        if not is_given(parameters, self.CRS):
            return ""
        qcrs = self.parameterAsCrs(parameters, self.CRS, context)
        if not qcrs.isValid():
            raise QgsProcessingException(tr("CRS is not a valid coordinate reference system."))
        return qcrs.authid() or qcrs.toWkt()

    def _chosen(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
        spec: Any,
        extent: tuple[tuple[float, float, float, float] | None, str],
    ) -> list[dict[str, Any]]:
        """The items of ITEM_IDS touching the extent, each checked to have every band of ``spec``
        as a readable raster needing no missing login: all before any request for pixels."""
        from ..core.bands import resolve_bands
        from ..core.picture import touching
        from .common import asset_info

        items = load_items(self.parameterAsFile(parameters, self.ITEMS, context), feedback)
        chosen = select_by_ids(items, split_list(self.parameterAsString(parameters, self.ITEM_IDS, context)))
        if extent[0] is not None:
            try:
                chosen = touching(chosen, *extent)
            except StacPluginError as exc:
                raise processing_error(exc, feedback) from exc
            if not chosen:
                raise QgsProcessingException(tr("No item touches EXTENT; nothing to mosaic."))
        for item in chosen:
            try:
                keys = resolve_bands(item, spec)
            except StacPluginError as exc:
                raise QgsProcessingException(str(exc) + ".") from None
            for key in keys:
                check_raster(item, asset_info(item, key))
        return chosen

    def _save_tif(self, picture: Any, output: str, feedback: QgsProcessingFeedback) -> bool:
        """Write the mosaic to ``output``; False when cancelled (no file is left)."""
        from ..core.errors import Cancelled
        from ..core.models import SaveRequest
        from ..core.save import save_asset

        target = str(Path(output).absolute())
        request = SaveRequest(
            uri=picture.xml,
            folder=str(Path(target).parent),
            item_id="mosaic",
            asset_key=picture.name,
            overwrite=True,
        )
        try:
            save_asset(
                request, feedback.setProgress, feedback.isCanceled, target=target, timeout_s=read_timeout_s()
            )
        except Cancelled:
            feedback.pushInfo(tr("Cancelled; no file was written."))
            return False
        except StacPluginError as exc:
            if not feedback.isCanceled():
                raise processing_error(exc, feedback) from exc
            return False
        return True
