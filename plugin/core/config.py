"""The plugin's defaults: one typed object, the range of each value, and how stored text becomes it.

Plain Python: the QGIS side (``plugin/settings.py``) reads and writes these values in ``QgsSettings``;
core code falls back to :data:`DEFAULTS` when it is called without them (tests, scripts).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

_log = logging.getLogger("stac")

STRETCHES = ("cumulative_cut", "min_max", "std_dev", "none")
"""Stretch of new layers: cumulative count cut 2-98 %, min/max, mean ± 2 standard deviations, or
none of the plugin's (QGIS's own default for new raster layers applies)."""

RANGES: dict[str, tuple[int, int]] = {
    "timeout_s": (1, 600),
    "page_size": (1, 1000),
    "parallel_opens": (1, 16),
    "thumbnail_cache_mb": (1, 1024),
}
"""Smallest and largest value of each number (inclusive); values outside are brought inside."""


@dataclass
class Defaults:
    """What every search, layer and request starts from, unless the user changes it."""

    timeout_s: int = 30
    """How long one request (search, collections, raster read) may take, in seconds."""
    page_size: int = 50
    """Items asked for per search request (the API's ``limit``)."""
    parallel_opens: int = 8
    """Rasters (and static-catalog documents) opened at the same time."""
    show_thumbnails: bool = True
    """Whether the results table shows a thumbnail of each item."""
    thumbnail_cache_mb: int = 48
    """Memory the thumbnails and previews kept in memory may take, in MB."""
    stretch: str = STRETCHES[0]
    """Contrast stretch given to new layers, one of :data:`STRETCHES`."""

    def as_defaults(self) -> Defaults:
        """Only the defaults of this object (also of a subclass that adds more)."""
        return Defaults(**{f.name: getattr(self, f.name) for f in fields(Defaults)})


DEFAULTS = Defaults()
DEFAULT_NAMES = tuple(f.name for f in fields(Defaults))


def _to_bool(value: Any) -> bool:
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("true", "1", "yes", "on"):
            return True
        if text in ("false", "0", "no", "off", ""):
            return False
        raise ValueError(f"not a yes/no value: {value!r}")
    return bool(value)


def _to_int(name: str, value: Any) -> int:
    number = round(float(value))
    low, high = RANGES[name]
    return min(max(number, low), high)


def _to_stretch(value: Any) -> str:
    text = str(value)
    if text not in STRETCHES:
        raise ValueError(f"unknown stretch {text!r}")
    return text


def parse_value(name: str, value: Any) -> Any:
    """``value`` (as stored: text, number or bool) as the type of default ``name``, numbers brought
    into their range; raises ValueError, TypeError or OverflowError when it cannot be one."""
    if name == "show_thumbnails":
        return _to_bool(value)
    if name == "stretch":
        return _to_stretch(value)
    if name in RANGES:
        return _to_int(name, value)
    raise ValueError(f"no default called {name!r}")


def parse_defaults(stored: Mapping[str, Any]) -> dict[str, Any]:
    """The defaults found in ``stored`` (name -> stored value), typed and in range; a malformed value
    is left out (the default applies) and logged."""
    values: dict[str, Any] = {}
    for name in DEFAULT_NAMES:
        if name not in stored:
            continue
        try:
            values[name] = parse_value(name, stored[name])
        except (TypeError, ValueError, OverflowError) as exc:
            _log.warning("Setting %s ignored (%s); using %r", name, exc, getattr(DEFAULTS, name))
    return values
