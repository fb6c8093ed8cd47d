"""The core's fixed English texts, listed so that Qt's extraction tool finds them.

``plugin/core/`` has no QGIS and no ``tr()``: it raises and returns plain English. The QGIS side
shows those texts through ``tr()`` (``log.notify``, Processing's errors, the dock's labels), which
finds the translation of a text listed here; a text the core formats with values (a URL, a count)
is shown in English. A core text changed without changing it here is shown in English too.
"""

from __future__ import annotations

from .i18n import QT_TR_NOOP

CORE_TEXTS = (
    # core/dates.py, core/save.py: templates with named fields, shown as
    # tr(error.template).format(**error.fields)
    QT_TR_NOOP("Use for example 2020-03-20/2020-03-30, 2020-03-20T10:00:00Z or 2020-01-01/.."),
    QT_TR_NOOP("The start date is after the end date."),
    QT_TR_NOOP("The start date is in the future: there is no imagery yet."),
    QT_TR_NOOP("{text!r} has more than two parts (start/end)."),
    QT_TR_NOOP("{part!r} is not a date."),
    QT_TR_NOOP("{part!r} is not a date: the month must be 1 to 12."),
    QT_TR_NOOP("{part!r} is not a date: that month has no day {day}."),
    QT_TR_NOOP("{part!r} is not a date: the time of day is out of range."),
    QT_TR_NOOP("{text!r} gives no date."),
    QT_TR_NOOP("{text!r} has two open ends."),
    QT_TR_NOOP(
        "Two assets would be saved as {target}: {first} and {second} (the same item id in two collections?)"
    ),
    # core/picture.py ORDERS: the mosaic orders (dock combo, stac:mosaic ORDER)
    QT_TR_NOOP("Least cloudy on top"),
    QT_TR_NOOP("Newest on top"),
    QT_TR_NOOP("Oldest on top"),
    # core/errors.py
    QT_TR_NOOP("Cancelled"),
    # core/static_catalog.py
    QT_TR_NOOP("area, dates, collections and cloud cover are filtered by the plugin"),
    QT_TR_NOOP(
        "A static catalog cannot apply a CQL2 filter: it has no search; remove the filter "
        "(area, dates and cloud cover are filtered by the plugin)"
    ),
    # core/area.py, core/geometry.py
    QT_TR_NOOP("The buffer must be more than 0 m"),
    QT_TR_NOOP("The search area is not a valid geometry"),
    QT_TR_NOOP("The search area is empty: draw a polygon or select features first."),
    QT_TR_NOOP("The map extent is empty"),
    QT_TR_NOOP("The map extent has no valid coordinate reference system"),
    # core/bands.py, core/picture.py, core/vrt.py
    QT_TR_NOOP("No band given: give an asset key, three keys (R,G,B), truecolor or falsecolor"),
    QT_TR_NOOP("No transformation from the extent's CRS to longitude/latitude"),
    QT_TR_NOOP("Cannot reproject the extent"),
    QT_TR_NOOP("Cannot reproject an extent"),
    QT_TR_NOOP("No item to mosaic"),
    QT_TR_NOOP("No source to take a CRS from"),
    QT_TR_NOOP("No transformation between the two CRS"),
    QT_TR_NOOP("No raster to build a grid from"),
    QT_TR_NOOP("The area to cover is empty"),
    QT_TR_NOOP("No band to combine"),
    QT_TR_NOOP("Every item of a mosaic needs the same number of bands"),
    # core/folders.py
    QT_TR_NOOP("No folder given: choose the folder to save the files in"),
    # core/items.py
    QT_TR_NOOP("A search result is not a STAC item"),
    QT_TR_NOOP("A search result is a STAC item without an id"),
    # core/assets.py: why an asset is not loadable, and notes on loadable ones
    QT_TR_NOOP("no href"),
    QT_TR_NOOP("not a raster format GDAL reads (no media type, no known file name)"),
    QT_TR_NOOP("not a COG, slower: a GeoTIFF not declared cloud-optimized may need far more reads"),
    QT_TR_NOOP("JPEG 2000, slower: decoding costs more than a COG"),
    QT_TR_NOOP("preview picture: probably not georeferenced"),
    QT_TR_NOOP("picture: probably not georeferenced"),
)
"""Never read: the list exists for ``pylupdate5`` (``make translations``)."""
