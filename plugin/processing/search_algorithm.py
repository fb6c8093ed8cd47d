"""``stac:search``: search a STAC API into a footprint layer and an ItemCollection file."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
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

from .. import geometry as map_geometry
from ..core.config import DEFAULTS
from ..core.errors import StacPluginError
from ..core.models import ItemSummary, SearchRequest
from ..i18n import tr
from .common import (
    StacAlgorithm,
    check_datetime,
    check_output_file,
    check_plain_ids,
    check_url,
    destination_text,
    given_crs,
    is_given,
    load_settings,
    make_field,
    number_value,
    processing_error,
    refused_hint,
    saved_connection,
    split_list,
    stac_io,
)

WGS84 = "EPSG:4326"
MAX_ITEMS_LIMIT = 2**31 - 1


def output_fields() -> QgsFields:
    """The attribute fields of the footprint layer."""
    fields = QgsFields()
    for name, kind in (
        ("id", "string"), ("collection", "string"), ("datetime", "string"), ("cloud_cover", "double"),
        ("platform", "string"),
    ):  # fmt: skip
        fields.append(make_field(name, kind))
    return fields


def footprint(item: ItemSummary) -> QgsGeometry:
    """The item's footprint from the core's builder (its polygons, else its bbox; valid
    MultiPolygon), or a null geometry when it has neither."""
    from ..core.footprints import valid_footprint_wkt

    wkt = valid_footprint_wkt(item)
    return QgsGeometry.fromWkt(wkt) if wkt else QgsGeometry()


def unknown_collections(client: Any, collections: tuple[str, ...]) -> None:
    """Raise QgsProcessingException when the API lists its collections and some asked for are not
    among them (said only after a search found nothing, so it costs no request otherwise)."""
    from ..core.static_catalog import collections_of

    try:
        known = [cid for cid, _title in collections_of(client)]
    except StacPluginError:  # the search itself worked: the list is only a hint
        return
    unknown = [cid for cid in collections if cid not in known]
    if known and unknown:
        names = ", ".join(repr(cid) for cid in unknown)
        listed = ", ".join(sorted(known)[:20]) + (", ..." if len(known) > 20 else "")
        raise QgsProcessingException(
            tr("The API has no collection {names}; its collections are: {listed}.").format(
                names=names, listed=listed
            )
        )


def page_size(max_items: int) -> int:
    """Items per request: the plugin's setting, never more than needed."""
    settings = load_settings()
    size = int(settings.page_size) if settings is not None else DEFAULTS.page_size
    return max(1, min(size or DEFAULTS.page_size, max_items))


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
        return tr("Search a STAC API")

    def shortHelpString(self) -> str:
        return tr(
            "Searches a STAC API and writes one polygon per item (EPSG:4326) with its id, collection, "
            "datetime, cloud cover and platform.<br><br>"
            "<b>URL</b>: the API's landing page, or a static catalog's <i>catalog.json</i> or "
            "<i>collection.json</i> (its links are followed and the area, dates, collections and "
            "cloud cover filtered here). <b>Collections</b>: comma-separated ids, empty for all. "
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
        self._add_source_and_area()
        self._add_criteria()
        self._add_outputs()

    def _add_source_and_area(self) -> None:
        """URL, COLLECTIONS, EXTENT, POINT."""
        url = QgsProcessingParameterString(self.URL, tr("STAC API URL"))
        # The saved connections as a pick list (imported by the dialog only, never by qgis_process).
        url.setMetadata({"widget_wrapper": {"class": f"{__package__}.url_widget.ConnectionUrlWrapper"}})
        self.addParameter(url)
        self.addParameter(
            QgsProcessingParameterString(
                self.COLLECTIONS,
                tr("Collections (comma-separated, empty for all)"),
                defaultValue="",
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Extent"), optional=True))
        self.addParameter(
            QgsProcessingParameterPoint(
                self.POINT, tr("Point (ignored when an extent is given)"), optional=True
            )
        )

    def _add_criteria(self) -> None:
        """DATETIME, MAX_CLOUD, MAX_ITEMS, SORTBY, FILTER."""
        self.addParameter(
            QgsProcessingParameterString(
                self.DATETIME, tr("Date/time interval (e.g. 2020-03-20/2020-03-30)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_CLOUD,
                tr("Maximum cloud cover (%)"),
                QgsProcessingParameterNumber.Type.Double,
                optional=True,
                minValue=0,
                maxValue=100,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_ITEMS,
                tr("Maximum items"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=100,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SORTBY, tr("Sort by (e.g. -eo:cloud_cover,datetime)"), defaultValue="", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.FILTER, tr("CQL2 filter (text or JSON)"), defaultValue="", multiLine=True, optional=True
            )
        )

    def _add_outputs(self) -> None:
        """OUTPUT, ITEMS_FILE (destinations); MATCHED, COUNT (outputs)."""
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Footprints"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.ITEMS_FILE,
                tr("ItemCollection (GeoJSON)"),
                tr("GeoJSON (*.geojson *.json)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber(self.MATCHED, tr("Items matched by the server (-1: unknown)"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, tr("Items written")))

    def _request(self, parameters: dict[str, Any], context: QgsProcessingContext) -> SearchRequest:
        url = self.parameterAsString(parameters, self.URL, context).strip()
        if not Path(url).is_file():  # a static catalog on disk, or else an API's or catalog's URL
            url = check_url(url, self.URL)
        bbox, intersects = self._area(parameters, context)
        datetime = None
        if is_given(parameters, self.DATETIME):
            datetime = check_datetime(self.parameterAsString(parameters, self.DATETIME, context))
        max_cloud = number_value(parameters, self.MAX_CLOUD, 0, 100)
        max_items = self._max_items(parameters, context)
        collections = split_list(self.parameterAsString(parameters, self.COLLECTIONS, context))
        check_plain_ids(collections, self.COLLECTIONS)
        sortby = self.parameterAsString(parameters, self.SORTBY, context).strip() or None
        filter_text = self.parameterAsString(parameters, self.FILTER, context).strip() or None
        return SearchRequest(
            sortby=sortby,
            filter=filter_text,
            url=url,
            collections=tuple(collections),
            bbox=bbox,
            intersects=intersects,
            datetime=datetime,
            max_cloud=max_cloud,
            max_items=max_items,
            page_size=page_size(max_items),
        )

    def _area(
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> tuple[tuple[float, float, float, float] | None, dict[str, Any] | None]:
        """(bbox, intersects) in EPSG:4326: the EXTENT's box, else the POINT, else neither."""
        from ..core.geometry import point_geometry

        bbox = None
        if is_given(parameters, self.EXTENT):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context)
            if rect.isNull() or rect.isEmpty():
                raise QgsProcessingException(
                    tr("EXTENT has no area: give a rectangle with an area, or none.")
                )
            crs = given_crs(parameters, self.EXTENT)
            if crs is None:
                crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
            if not crs.isValid():
                crs = QgsCoordinateReferenceSystem(WGS84)
            bbox = self._wgs84_bbox(rect, crs, context)
        if is_given(parameters, self.POINT):  # checked even when the extent wins
            lon, lat = self._wgs84_point(parameters, context)
            if bbox is None:
                intersects, _point_bbox = point_geometry(lon, lat, 0.0)
                return None, intersects
        return bbox, None

    def _max_items(self, parameters: dict[str, Any], context: QgsProcessingContext) -> int:
        """MAX_ITEMS, checked to be a whole number from 1 to :data:`MAX_ITEMS_LIMIT`."""
        max_items = int(number_value(parameters, self.MAX_ITEMS, 1, MAX_ITEMS_LIMIT, integer=True) or 0)
        if not max_items:
            max_items = self.parameterAsInt(parameters, self.MAX_ITEMS, context)
        if not 1 <= max_items <= MAX_ITEMS_LIMIT:
            raise QgsProcessingException(
                tr("MAX_ITEMS must be a whole number from 1 to {n}.").format(n=MAX_ITEMS_LIMIT)
            )
        return max_items

    @staticmethod
    def _wgs84_bbox(
        rect: QgsRectangle, crs: QgsCoordinateReferenceSystem, context: QgsProcessingContext
    ) -> tuple[float, float, float, float]:
        """The EPSG:4326 bbox of EXTENT; an extent wholly outside the world is an error."""
        try:
            bbox = map_geometry.extent_to_wgs84_bbox(rect, crs, context.transformContext())
        except StacPluginError as exc:
            raise processing_error(exc) from exc
        west, south, east, north = bbox
        if west >= east or south >= north:
            raise QgsProcessingException(
                tr("EXTENT lies outside the world: {extent} in {crs}.").format(
                    extent=rect.toString(6), crs=crs.authid() or crs.description()
                )
            )
        return west, south, east, north

    def _wgs84_point(self, parameters: dict[str, Any], context: QgsProcessingContext) -> tuple[float, float]:
        """(lon, lat) of POINT; a point outside the world is an error."""
        point = self.parameterAsPoint(parameters, self.POINT, context)
        crs = given_crs(parameters, self.POINT)
        if crs is None:
            crs = self.parameterAsPointCrs(parameters, self.POINT, context)
        if not crs.isValid():
            crs = QgsCoordinateReferenceSystem(WGS84)
        try:
            lon, lat = map_geometry.point_to_wgs84(point, crs, context.transformContext())
        except StacPluginError as exc:
            raise processing_error(exc) from exc
        if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
            raise QgsProcessingException(
                tr("POINT lies outside the world (longitude {lon}, latitude {lat} in {crs}).").format(
                    lon=f"{lon:g}", lat=f"{lat:g}", crs=WGS84
                )
            )
        return lon, lat

    def processAlgorithm(
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        request = self._request(parameters, context)
        items_file = ""
        if is_given(parameters, self.ITEMS_FILE):
            items_file = self.parameterAsFileOutput(parameters, self.ITEMS_FILE, context)
            check_output_file(items_file, self.ITEMS_FILE)
        check_output_file(destination_text(parameters, self.OUTPUT), self.OUTPUT)

        # Every request is made before an output is created, so a failed search leaves no file.
        client, stream = open_search(request, feedback)
        items, matched = collect_items(request, client, stream, feedback)
        results: dict[str, Any] = {
            self.MATCHED: -1 if matched is None else int(matched),
            self.COUNT: len(items),
        }
        if items_file:
            from ..core.items import save_item_collection

            try:
                save_item_collection(items, items_file)
            except StacPluginError as exc:
                raise processing_error(exc, feedback) from None
            results[self.ITEMS_FILE] = items_file
        try:
            results[self.OUTPUT] = self._write_footprints(parameters, context, items)
        except QgsProcessingException:
            if items_file:
                Path(items_file).unlink(missing_ok=True)
            raise
        said = tr("an unknown number") if matched is None else str(matched)
        feedback.pushInfo(tr("{n} items written; the server matched {said}.").format(n=len(items), said=said))
        return results

    def _write_footprints(
        self, parameters: dict[str, Any], context: QgsProcessingContext, items: list[ItemSummary]
    ) -> str:
        """Write one footprint per item into OUTPUT; returns its destination id."""
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
        for item in items:
            feature = QgsFeature(output_fields())
            feature.setGeometry(footprint(item))
            feature.setAttributes([item.id, item.collection, item.datetime, item.cloud_cover, item.platform])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id


def open_search(request: SearchRequest, feedback: QgsProcessingFeedback) -> tuple[Any, Any]:
    """(client, item stream) of ``request``: the sort and the filter are checked first, the sort
    fields against the API's queryables; errors as QgsProcessingException."""
    from ..core import cql2
    from ..core.queryables import fetch_queryables
    from ..core.sortby import check_fields
    from ..core.sortby import parse_sortby as check_sortby
    from ..core.static_catalog import FILTERED_HERE, is_static, item_stream, open_catalog

    feedback.pushInfo(tr("Opening {url}").format(url=request.url))
    connection = saved_connection(request.url)
    if connection is not None and (connection.auth_cfg or connection.auth_header):
        feedback.pushInfo(tr("Using the login of the saved connection {name!r}").format(name=connection.name))
    try:
        check_sortby(request.sortby)
        cql2.parse_filter(request.filter)  # a malformed filter fails before any request
        client = open_catalog(request.url, stac_io(feedback, request.url))  # API or static catalog
        stream = item_stream(request, client)
        if stream.sort_mode == "server":
            queryables = fetch_queryables(client, request.collections)
            if queryables is not None:
                check_fields(stream.sort_fields, queryables.names, queryables.url)
    except StacPluginError as exc:
        raise processing_error(exc, feedback, refused_hint(exc, request.url)) from None
    if is_static(client):
        feedback.pushInfo(
            tr("{url} is a static catalog without search: {how}.").format(
                url=request.url, how=tr(FILTERED_HERE)
            )
        )
    if request.max_cloud is not None:
        feedback.pushInfo(tr("Cloud cover filter applied by: {mode}").format(mode=stream.filter_mode))
    if stream.sort_mode == "server":
        feedback.pushInfo(tr("Sorted by the API: {sortby}").format(sortby=request.sortby))
    return client, stream


def collect_items(
    request: SearchRequest, client: Any, stream: Any, feedback: QgsProcessingFeedback
) -> tuple[list[ItemSummary], int | None]:
    """Up to ``max_items`` items of ``stream`` (sorted here when the API cannot) and the server's
    count; a cancel keeps the items found so far."""
    from ..core.sortby import sort_items
    from ..core.static_catalog import is_static

    items: list[ItemSummary] = []
    matched: int | None = None
    try:
        for page in stream.pages(feedback.isCanceled):
            if matched is None and page.matched is not None:
                matched = page.matched
            items.extend(page.items[: request.max_items - len(items)])
            walked = stream.progress() if is_static(client) else 0.0
            feedback.setProgress(max(walked, 100.0 * len(items) / request.max_items))
            if feedback.isCanceled() or len(items) >= request.max_items:
                break
    except StacPluginError as exc:
        if not feedback.isCanceled():
            raise processing_error(exc, feedback, refused_hint(exc, request.url)) from None
        # Cancelled with a request in flight: keep the items already found.
    if stream.sort_mode == "client":
        items = sort_items(items, stream.sort_fields)
        feedback.pushWarning(
            (tr("This catalog cannot sort: the {n} items fetched were sorted by {sortby} in QGIS, "
                "not the whole matching set.") if is_static(client) else
             tr("This API cannot sort: the {n} items fetched were sorted by {sortby} in QGIS, "
                "not the whole matching set.")).format(n=len(items), sortby=request.sortby)
        )
    if not items and request.collections and not feedback.isCanceled():
        unknown_collections(client, request.collections)
    if matched is None:
        matched = getattr(stream, "matched", None)
    return items, matched
