"""``stac:download``: save raster assets of items to GeoTIFF files, optionally clipped."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..core.errors import StacPluginError
from ..core.folders import FolderError, check_folder, remove_created
from ..core.models import SaveRequest
from ..core.save import SameTargetError, existing_targets, plan_saves
from ..i18n import tr
from .common import (
    StacAlgorithm,
    asset_info,
    check_boolean,
    check_raster,
    given_crs,
    is_given,
    load_items,
    processing_error,
    read_timeout_s,
    select_items,
    split_list,
    unknown_asset_message,
)
from .loadasset_algorithm import items_parameter


class DownloadAlgorithm(StacAlgorithm):
    """Save raster assets of STAC items as GeoTIFF files, optionally clipped to an extent."""

    ITEMS = "ITEMS"
    ITEM_ID = "ITEM_ID"
    ASSETS = "ASSETS"
    EXTENT = "EXTENT"
    FOLDER = "FOLDER"
    OVERWRITE = "OVERWRITE"
    FILES = "FILES"

    def name(self) -> str:
        return "download"

    def displayName(self) -> str:
        return tr("Download STAC assets")

    def shortHelpString(self) -> str:
        return tr(
            "Saves raster assets of STAC items as tiled, compressed GeoTIFF files named "
            "&lt;item id&gt;_&lt;asset key&gt;.tif, reading only the blocks needed.<br><br>"
            "<b>Items</b>: an ItemCollection or Item GeoJSON file, or an item URL. <b>Item id</b>: one item; "
            "empty for all items. <b>Assets</b>: comma-separated asset keys. <b>Extent</b>: clip to it "
            "(any CRS); empty for whole files. <b>Overwrite</b>: replace existing files; "
            "when off an existing file is an error and nothing is downloaded.<br><br>"
            "Output FILES lists the files written."
        )

    def helpString(self) -> str:
        return self.shortHelpString()

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        self.addParameter(items_parameter(self.ITEMS))
        self.addParameter(
            QgsProcessingParameterString(self.ITEM_ID, tr("Item id (empty for all items)"), optional=True)
        )
        self.addParameter(QgsProcessingParameterString(self.ASSETS, tr("Asset keys (comma-separated)")))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Clip to extent"), optional=True))
        self.addParameter(QgsProcessingParameterFolderDestination(self.FOLDER, tr("Output folder")))
        self.addParameter(
            QgsProcessingParameterBoolean(self.OVERWRITE, tr("Overwrite existing files"), defaultValue=False)
        )
        self.addOutput(QgsProcessingOutputMultipleLayers(self.FILES, tr("Files written")))

    def _clip(
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> tuple[tuple[float, float, float, float] | None, str]:
        if not is_given(parameters, self.EXTENT):
            return None, "EPSG:4326"
        rect = self.parameterAsExtent(parameters, self.EXTENT, context)
        if rect.isNull() or rect.isEmpty():
            raise QgsProcessingException(tr("EXTENT is empty: give a rectangle with an area, or no extent."))
        crs = given_crs(parameters, self.EXTENT)
        if crs is None:
            crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        crs_text = (crs.authid() or crs.toWkt()) if crs.isValid() else "EPSG:4326"
        return (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()), crs_text

    def processAlgorithm(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        from .. import deps

        reason = deps.save_unavailable_reason()
        if reason:
            raise QgsProcessingException(reason)
        keys = split_list(self.parameterAsString(parameters, self.ASSETS, context))
        if not keys:
            raise QgsProcessingException(
                tr("ASSETS is empty: give one or more asset keys, separated by commas.")
            )
        clip, clip_crs = self._clip(parameters, context)
        folder = self.parameterAsFileOutput(parameters, self.FOLDER, context)
        if not folder:
            raise QgsProcessingException(tr("FOLDER is empty: give the folder to save the files in."))
        check_boolean(parameters, self.OVERWRITE)
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        try:  # before anything is read; a folder made here is removed again when nothing is saved
            created = check_folder(folder, create=True)
        except FolderError as exc:
            raise processing_error(exc, feedback) from None
        try:
            files = self._download(
                parameters, context, feedback,
                folder=folder, keys=keys, clip=(clip, clip_crs), overwrite=overwrite,
            )
        except BaseException:
            remove_created(created)
            raise
        if not files:
            remove_created(created)
        return {self.FILES: files, self.FOLDER: folder}

    def _download(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
        *,
        folder: str,
        keys: list[str],
        clip: tuple[tuple[float, float, float, float] | None, str],
        overwrite: bool,
    ) -> list[str]:
        """Save the assets of ``keys`` into ``folder`` (which exists); returns the files written."""
        items = load_items(self.parameterAsFile(parameters, self.ITEMS, context), feedback)
        item_id = self.parameterAsString(parameters, self.ITEM_ID, context)
        chosen = select_items(items, item_id, default_all=True)
        requests = plan_batch(asset_entries(chosen, keys, feedback), folder, clip, overwrite)
        return save_batch(requests, feedback)


def asset_entries(
    chosen: list[dict[str, Any]], keys: list[str], feedback: QgsProcessingFeedback
) -> list[tuple[str, str, str]]:
    """(item id, asset key, GDAL URI without a token) of each asset of ``keys`` in ``chosen``.

    A key no item has is an error; an item lacking a key some others have is skipped, with a
    warning. An asset that is no raster, or needs a login that is not set, is an error.
    """
    from ..auth import unsign_href
    from ..core.assets import gdal_uri

    for key in keys:
        having = [item for item in chosen if asset_info(item, key) is not None]
        if not having:
            raise QgsProcessingException(unknown_asset_message(chosen[0], key))
        for item in chosen:
            if item not in having:
                skipped = unknown_asset_message(item, key) + tr(" Skipped.")
                feedback.reportError(skipped, fatalError=False)
    entries = []
    for item in chosen:
        for key in keys:
            info = asset_info(item, key)
            if info is not None:
                href = check_raster(item, info)
                entries.append((str(item.get("id", "")), key, unsign_href(gdal_uri(href))))
    return entries


def plan_batch(
    entries: list[tuple[str, str, str]],
    folder: str,
    clip: tuple[tuple[float, float, float, float] | None, str],
    overwrite: bool,
) -> list[SaveRequest]:
    """The core's batch for ``entries`` (see ``core.save.plan_saves``); two assets to one file,
    or a file that exists without OVERWRITE, are errors before anything is read."""
    try:
        requests = plan_saves(entries, folder, clip=clip[0], clip_crs=clip[1], overwrite=overwrite)
    except SameTargetError as exc:
        raise QgsProcessingException(tr(exc.template).format(**exc.fields) + ".") from None
    existing = [] if overwrite else existing_targets(requests)
    if existing:
        raise QgsProcessingException(
            tr("{target} already exists; set OVERWRITE to replace it or choose another folder.").format(
                target=existing[0]
            )
        )
    return requests


def save_batch(requests: list[SaveRequest], feedback: QgsProcessingFeedback) -> list[str]:
    """Save ``requests`` one after the other, each signed just before (as in the dock, so a token
    is fresh for each file); returns the files written, up to a cancel."""
    from ..auth import prepare, redact
    from ..core.errors import Cancelled
    from ..core.save import save_asset

    files: list[str] = []
    total = len(requests)
    timeout_s = read_timeout_s()
    for index, request in enumerate(requests):
        if feedback.isCanceled():
            break
        feedback.pushInfo(
            tr("Saving {id} {key} from {url}").format(
                id=request.item_id, key=request.asset_key, url=redact(request.uri)
            )
        )

        def progress(percent: float, index: int = index) -> None:
            feedback.setProgress((index + percent / 100.0) * 100.0 / total)

        try:
            path = save_asset(
                replace(request, uri=prepare(request.uri)), progress, feedback.isCanceled, timeout_s=timeout_s
            )
        except Cancelled:
            break
        except StacPluginError as exc:
            if feedback.isCanceled():
                break
            raise processing_error(exc, feedback) from exc
        files.append(path)
        feedback.pushInfo(tr("Saved {path}").format(path=path))
        feedback.setProgress((index + 1) * 100.0 / total)
    return files
