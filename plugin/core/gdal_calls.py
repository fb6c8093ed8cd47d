"""GDAL, OGR and OSR calls that give the same result whether GDAL's Python exceptions are on or off.

QGIS 3.22 leaves them off; from QGIS 3.40 the Processing plugin turns them on for the whole
process (``gdal.UseExceptions()``), so a user who ran any Processing tool first gets them on. A
failed call then raises RuntimeError where it otherwise returns None or an error code. The plugin
never changes the mode (other code relies on it): its calls that can fail go through these
helpers, each of which gives "failed" one way in both modes.
"""

from __future__ import annotations

from typing import Any


def open_raster(path: str) -> tuple[Any, str]:
    """``path`` opened read-only as a raster: ``(dataset, "")``, or ``(None, GDAL's reason)``."""
    from osgeo import gdal

    gdal.ErrorReset()
    try:
        dataset = gdal.OpenEx(path, gdal.OF_RASTER | gdal.OF_READONLY)
    except RuntimeError as exc:
        return None, str(exc)
    if dataset is None:
        return None, gdal.GetLastErrorMsg() or f"{path}: not recognised as a raster"
    return dataset, ""


def unlink(path: str) -> bool:
    """Remove ``path`` (a file or /vsimem/ name); False when it was not there or cannot go."""
    from osgeo import gdal

    try:
        return gdal.Unlink(path) == 0
    except RuntimeError:
        return False


def spatial_reference(text: str) -> Any | None:
    """An ``osr.SpatialReference`` of ``text`` (``EPSG:n``, WKT, PROJ...), None when OSR rejects it."""
    from osgeo import osr

    srs = osr.SpatialReference()
    try:
        if srs.SetFromUserInput(text) != 0:
            return None
    except RuntimeError:
        return None
    return srs


def coordinate_transformation(source: Any, target: Any) -> Any | None:
    """An ``osr.CoordinateTransformation`` between two spatial references, None when PROJ has none
    (exceptions off, OSR returns an empty proxy that fails on first use)."""
    from osgeo import osr

    try:
        transform = osr.CoordinateTransformation(source, target)
    except RuntimeError:
        return None
    return transform if getattr(transform, "this", None) is not None else None
