"""What shapely raises for geometries it cannot read, in one place.

shapely reports malformed GeoJSON and WKT through several exception types that differ between
its versions (1.8 on Debian 12, 2.x later): its own ``ShapelyError`` family, and ``KeyError``,
``TypeError``, ``ValueError``, ``IndexError`` or ``AttributeError`` from the reading code.
"""

from __future__ import annotations


def geometry_errors() -> tuple[type[Exception], ...]:
    """The exceptions a bad geometry raises in ``shape()``, ``wkt.loads()`` or ``make_valid()``
    (for ``except geometry_errors():``; shapely is imported only when one is caught)."""
    from shapely.errors import ShapelyError

    return (ShapelyError, KeyError, TypeError, ValueError, IndexError, AttributeError)
