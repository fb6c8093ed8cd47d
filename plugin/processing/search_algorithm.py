"""``stac:search``: search a STAC API into a footprint layer and an ItemCollection file."""

from __future__ import annotations

import json
from typing import Any

from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsProcessingParameterString,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.errors import StacPluginError
from ..core.models import ItemSummary, SearchRequest
from .common import (
    StacAlgorithm,
    check_datetime,
    is_given,
    load_settings,
    processing_error,
    refused_hint,
    saved_connection,
    split_list,
    stac_io,
)

WGS84 = "EPSG:4326"
DEFAULT_PAGE_SIZE = 50


def output_fields() -> QgsFields:
    """The attribute fields of the footprint layer."""
    fields = QgsFields()
    fields.append(QgsField("id", QVariant.Type.String))
    fields.append(QgsField("collection", QVariant.Type.String))
    fields.append(QgsField("datetime", QVariant.Type.String))
    fields.append(QgsField("cloud_cover", QVariant.Type.Double))
    fields.append(QgsField("platform", QVariant.Type.String))
    return fields


def footprint(item: ItemSummary) -> QgsGeometry:
    """The item's polygon footprint as a multipolygon; its bbox when the geometry is missing or not areal."""
    geometry = QgsGeometry()
    if item.geometry:
        ogr_geometry = ogr.CreateGeometryFromJson(json.dumps(item.geometry))
        if ogr_geometry is not None:
            geometry = QgsGeometry.fromWkt(ogr_geometry.ExportToIsoWkt())
    if (geometry.isNull() or geometry.type() != QgsWkbTypes.GeometryType.PolygonGeometry) and item.bbox:
        west, south, east, north = item.bbox[0], item.bbox[1], item.bbox[-2], item.bbox[-1]
        geometry = QgsGeometry.fromRect(QgsRectangle(west, south, east, north))
    if geometry.isNull() or geometry.type() != QgsWkbTypes.GeometryType.PolygonGeometry:
        return QgsGeometry()
    geometry.convertToMultiType()
    return geometry


def page_size(max_items: int) -> int:
    """Items per request: the plugin's setting, never more than needed."""
    settings = load_settings()
    size = int(settings.page_size) if settings is not None else DEFAULT_PAGE_SIZE
    return max(1, min(size or DEFAULT_PAGE_SIZE, max_items))


class SearchAlgorithm(StacAlgorithm):
    """Search a STAC API by extent or point, dates, collections and cloud cover."""

    URL = "URL"
    COLLECTIONS = "COLLECTIONS"
    EXTENT = "EXTENT"
    POINT = "POINT"
    DATETIME = "DATETIME"
    MAX_CLOUD = "MAX_CLOUD"
    MAX_ITEMS = "MAX_ITEMS"
    SORTBY = "SORTBY"
    FILTER = "FILTER"
    OUTPUT = "OUTPUT"
    ITEMS_FILE = "ITEMS_FILE"
    MATCHED = "MATCHED"
    COUNT = "COUNT"

    def name(self) -> str:
        return "search"

    def displayName(self) -> str:
        return "Search a STAC API"

    def shortHelpString(self) -> str:
        return (
            "Searches a STAC API and writes one polygon per item (EPSG:4326) with its id, collection, "
            "datetime, cloud cover and platform.<br><br>"
            "<b>URL</b>: the API's landing page. <b>Collections</b>: comma-separated ids, empty for all. "
            "<b>Extent</b> or <b>Point</b> (any CRS) limit the area; the extent wins when both are given. "
            "<b>Date/time</b>: an interval such as 2020-03-20/2020-03-30 (.. for an open end). "
            "<b>Maximum cloud cover</b>: 0-100 %. "
            "<b>Maximum items</b>: the search stops after that many. "
            "<b>Sort by</b>: comma-separated fields, each optionally prefixed - (descending) or +, "
            "e.g. -eo:cloud_cover,datetime; sorted by the API when it supports sorting, otherwise the "
            "items fetched are sorted (and the log says so). "
            "<b>Filter</b>: CQL2-text (e.g. platform = 'sentinel-2a') or CQL2-JSON, combined by AND "
            "with the cloud cover, dates and area.<br><br>"
            "Optionally saves the items as a GeoJSON ItemCollection for <i>Load STAC asset</i> and "
            "<i>Download STAC assets</i>. Outputs MATCHED (the server's total, -1 when it does not say) "
            "and COUNT (the items written)."
        )

    def helpString(self) -> str:
        return self.shortHelpString()

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:
        url = QgsProcessingParameterString(self.URL, "STAC API URL")
        # The saved connections as a pick list (imported by the dialog only, never by qgis_process).
        url.setMetadata({"widget_wrapper": {"class": f"{__package__}.url_widget.ConnectionUrlWrapper"}})
        self.addParameter(url)
        self.addParameter(
            QgsProcessingParameterString(
                self.COLLECTIONS,
                "Collections (comma-separated, empty for all)",
                defaultValue="",
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, "Extent", optional=True))
        self.addParameter(
            QgsProcessingParameterPoint(self.POINT, "Point (ignored when an extent is given)", optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.DATETIME, "Date/time interval (e.g. 2020-03-20/2020-03-30)", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_CLOUD,
                "Maximum cloud cover (%)",
                QgsProcessingParameterNumber.Type.Double,
                optional=True,
                minValue=0,
                maxValue=100,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_ITEMS,
                "Maximum items",
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=100,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SORTBY, "Sort by (e.g. -eo:cloud_cover,datetime)", defaultValue="", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.FILTER, "CQL2 filter (text or JSON)", defaultValue="", multiLine=True, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, "Footprints", QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.ITEMS_FILE,
                "ItemCollection (GeoJSON)",
                "GeoJSON (*.geojson *.json)",
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.MATCHED, "Items matched by the server (-1: unknown)"))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, "Items written"))

    def _request(self, parameters: dict[str, Any], context: QgsProcessingContext) -> SearchRequest:
        from ..core.geometry import extent_to_wgs84_bbox, point_geometry, point_to_wgs84

        url = self.parameterAsString(parameters, self.URL, context).strip()
        if not url.lower().startswith(("http://", "https://")):
            raise QgsProcessingException(f"URL must be an http(s) address of a STAC API, not {url!r}.")
        bbox = None
        intersects = None
        if is_given(parameters, self.EXTENT):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context)
            if not rect.isNull():
                crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
                if not crs.isValid():
                    crs = QgsCoordinateReferenceSystem(WGS84)
                try:
                    bbox = extent_to_wgs84_bbox(rect, crs, context.transformContext())
                except StacPluginError as exc:
                    raise processing_error(exc) from exc
        if bbox is None and is_given(parameters, self.POINT):
            point = self.parameterAsPoint(parameters, self.POINT, context)
            crs = self.parameterAsPointCrs(parameters, self.POINT, context)
            if not crs.isValid():
                crs = QgsCoordinateReferenceSystem(WGS84)
            try:
                lon, lat = point_to_wgs84(point, crs, context.transformContext())
            except StacPluginError as exc:
                raise processing_error(exc) from exc
            intersects, bbox = point_geometry(lon, lat, 0.0)
        datetime = None
        if is_given(parameters, self.DATETIME):
            datetime = check_datetime(self.parameterAsString(parameters, self.DATETIME, context))
        max_cloud = None
        if is_given(parameters, self.MAX_CLOUD):
            max_cloud = self.parameterAsDouble(parameters, self.MAX_CLOUD, context)
            if not 0 <= max_cloud <= 100:
                raise QgsProcessingException(f"MAX_CLOUD must be between 0 and 100, not {max_cloud}.")
        max_items = self.parameterAsInt(parameters, self.MAX_ITEMS, context)
        if max_items < 1:
            raise QgsProcessingException(f"MAX_ITEMS must be at least 1, not {max_items}.")
        sortby = self.parameterAsString(parameters, self.SORTBY, context).strip() or None
        filter_text = self.parameterAsString(parameters, self.FILTER, context).strip() or None
        return SearchRequest(
            sortby=sortby,
            filter=filter_text,
            url=url,
            collections=tuple(split_list(self.parameterAsString(parameters, self.COLLECTIONS, context))),
            bbox=bbox if intersects is None else None,
            intersects=intersects,
            datetime=datetime,
            max_cloud=max_cloud,
            max_items=max_items,
            page_size=page_size(max_items),
        )

    def processAlgorithm(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        from ..core import cql2
        from ..core.items import save_item_collection
        from ..core.queryables import fetch_queryables
        from ..core.search import ItemStream, open_client
        from ..core.sortby import check_fields, sort_items
        from ..core.sortby import parse_sortby as check_sortby

        request = self._request(parameters, context)
        items_file = ""
        if is_given(parameters, self.ITEMS_FILE):
            items_file = self.parameterAsFileOutput(parameters, self.ITEMS_FILE, context)
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            output_fields(),
            QgsWkbTypes.Type.MultiPolygon,
            QgsCoordinateReferenceSystem(WGS84),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        feedback.pushInfo(f"Opening {request.url}")
        connection = saved_connection(request.url)
        if connection is not None and (connection.auth_cfg or connection.auth_header):
            feedback.pushInfo(f"Using the login of the saved connection {connection.name!r}")
        try:
            check_sortby(request.sortby)
            cql2.parse_filter(request.filter)  # a malformed filter fails before any request
            client = open_client(request.url, stac_io(feedback, request.url))
            stream = ItemStream(request, client)
            if stream.sort_mode == "server":
                queryables = fetch_queryables(client, request.collections) if request.sortby else None
                if queryables is not None:
                    check_fields(stream.sort_fields, queryables.names, queryables.url)
        except Exception as exc:
            raise processing_error(exc, feedback, refused_hint(exc, request.url)) from exc
        if request.max_cloud is not None:
            feedback.pushInfo(f"Cloud cover filter applied by: {stream.filter_mode}")
        if stream.sort_mode == "server":
            feedback.pushInfo(f"Sorted by the API: {request.sortby}")

        items: list[ItemSummary] = []
        matched: int | None = None
        try:
            for page in stream.pages(feedback.isCanceled):
                if matched is None and page.matched is not None:
                    matched = page.matched
                items.extend(page.items[: request.max_items - len(items)])
                feedback.setProgress(100.0 * len(items) / request.max_items)
                if feedback.isCanceled() or len(items) >= request.max_items:
                    break
        except Exception as exc:
            if not feedback.isCanceled():
                raise processing_error(exc, feedback, refused_hint(exc, request.url)) from exc
            # Cancelled with a request in flight: keep the items already written.
        if stream.sort_mode == "client":
            items = sort_items(items, stream.sort_fields)
            feedback.pushWarning(
                f"This API cannot sort: the {len(items)} items fetched were sorted by {request.sortby} "
                "in QGIS, not the whole matching set."
            )
        for item in items:
            feature = QgsFeature(output_fields())
            feature.setGeometry(footprint(item))
            feature.setAttributes([item.id, item.collection, item.datetime, item.cloud_cover, item.platform])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        if matched is None:
            matched = getattr(stream, "matched", None)
        said = "an unknown number" if matched is None else str(matched)
        feedback.pushInfo(f"{len(items)} items written; the server matched {said}.")

        results: dict[str, Any] = {
            self.OUTPUT: dest_id,
            self.MATCHED: -1 if matched is None else int(matched),
            self.COUNT: len(items),
        }
        if items_file:
            try:
                save_item_collection(items, items_file)
            except Exception as exc:
                raise processing_error(exc, feedback) from exc
            results[self.ITEMS_FILE] = items_file
        return results
