"""The plugin's settings: one typed object over one ``QgsSettings`` group.

The defaults (``core.config.Defaults``: timeout, page size, parallel opens, thumbnails, stretch) are
read with :func:`load_defaults` where they are used, and written by the options page
(``ui/settings_page.py``). Connections are stored as a JSON list; only an auth config id is kept,
never a secret.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from typing import Any
from urllib.parse import urlsplit

from qgis.core import Qgis, QgsSettings

from .core.config import DEFAULT_NAMES, Defaults, parse_defaults
from .core.models import Connection
from .i18n import tr
from .log import log

GROUP = "stac_plugin"

DEFAULT_CONNECTIONS: tuple[Connection, ...] = (
    Connection("Earth Search v1", "https://earth-search.aws.element84.com/v1"),
    Connection(
        "Earth Search v0",
        "https://earth-search.aws.element84.com/v0",
        collections=("sentinel-s2-l2a-cogs",),
    ),
    Connection(
        "Microsoft Planetary Computer",
        "https://planetarycomputer.microsoft.com/api/stac/v1",
        asset_login="planetary-computer",
    ),
    Connection(
        "NASA CMR-STAC LPCLOUD",
        "https://cmr.earthdata.nasa.gov/stac/LPCLOUD",
        asset_login="earthdata",
    ),
    Connection(
        "Copernicus Data Space",
        "https://stac.dataspace.copernicus.eu/v1",
        asset_login="cdse",
    ),
)


def connection_to_dict(connection: Connection) -> dict:
    """A JSON-ready dict of ``connection``."""
    data = asdict(connection)
    data["collections"] = list(connection.collections)
    return data


def connection_from_dict(data: dict) -> Connection | None:
    """The connection stored in ``data``, or None when it is unusable."""
    if not isinstance(data, dict) or not data.get("name") or not data.get("url"):
        return None
    collections = data.get("collections") or ()
    return Connection(
        name=str(data["name"]),
        url=str(data["url"]),
        collections=tuple(str(c) for c in collections if c),
        auth_cfg=str(data.get("auth_cfg") or ""),
        asset_login=str(data.get("asset_login") or ""),
        auth_header=str(data.get("auth_header") or ""),
        asset_auth_cfg=str(data.get("asset_auth_cfg") or ""),
    )


def _connections_from_json(text: str) -> list[Connection]:
    try:
        raw = json.loads(text)
    except (TypeError, ValueError):
        return list(DEFAULT_CONNECTIONS)
    if not isinstance(raw, list):
        return list(DEFAULT_CONNECTIONS)
    return [c for c in (connection_from_dict(d) for d in raw) if c is not None]


def _comparable(url: str) -> str:
    """``url`` without its query, fragment and final "/", scheme and host in lower case."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    path = parts.path.rstrip("/")
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}"


def _stored(qs: QgsSettings, names: Iterable[str]) -> dict[str, Any]:
    """The values of ``names`` present in ``qs``'s current group, as stored."""
    return {name: qs.value(name) for name in names if qs.contains(name)}


def load_defaults() -> Defaults:
    """The user's defaults (timeout, page size, parallel opens, thumbnails, stretch), read now.

    Cheap (no connection list is parsed): tasks and layers call it when they start, so a value
    changed on the options page applies to the next request without a restart.
    """
    qs = QgsSettings()
    qs.beginGroup(GROUP)
    try:
        return Defaults(**parse_defaults(_stored(qs, DEFAULT_NAMES)))
    finally:
        qs.endGroup()


def save_defaults(defaults: Defaults, names: Iterable[str] = DEFAULT_NAMES) -> None:
    """Write ``names`` (default: all) of ``defaults`` into the plugin's ``QgsSettings`` group."""
    qs = QgsSettings()
    qs.beginGroup(GROUP)
    try:
        for name in names:
            qs.setValue(name, getattr(defaults, name))
    finally:
        qs.endGroup()


@dataclass
class Settings(Defaults):
    """What the user can set: the :class:`Defaults` and the dock's connections and last values.

    ``load()`` reads it, ``save()`` writes it back: of the defaults only those this object changed
    since it was loaded, so a dock holding an older copy never undoes the options page.
    """

    connections: list[Connection] = field(default_factory=lambda: list(DEFAULT_CONNECTIONS))
    current_connection: str = ""
    max_items: int = 100
    point_buffer_m: float = 0.0
    """The clicked point's buffer in metres (0: the point itself)."""
    loaded: Defaults | None = field(default=None, init=False, repr=False, compare=False)
    """The defaults as read by ``load()`` (None: not loaded, ``save()`` writes them all)."""

    def connection(self, name: str | None = None) -> Connection | None:
        """The connection called ``name`` (default: the current one), or None."""
        wanted = self.current_connection if name is None else name
        return next((c for c in self.connections if c.name == wanted), None)

    def connection_for_url(self, url: str) -> Connection | None:
        """The saved connection of the STAC API at ``url``, or None.

        ``url`` is an API's landing page (the same connection URL, give or take a final "/") or an
        address under one (an item's URL); the connection with the longest matching URL wins.
        """
        wanted = _comparable(url)
        if not wanted:
            return None
        best: Connection | None = None
        for connection in self.connections:
            base = _comparable(connection.url)
            under = base and (wanted == base or wanted.startswith(base + "/"))
            if under and (best is None or len(base) > len(_comparable(best.url))):
                best = connection
        return best

    @classmethod
    def load(cls) -> Settings:
        """Read the settings, falling back to the defaults for anything missing or malformed."""
        qs = QgsSettings()
        qs.beginGroup(GROUP)
        try:
            stored = _stored(qs, (f.name for f in fields(cls) if f.name not in _NOT_PLAIN))
            settings = cls(**parse_defaults(stored), **_own_values(stored))
            if qs.contains("connections"):
                settings.connections = _connections_from_json(qs.value("connections"))
        finally:
            qs.endGroup()
        settings.loaded = settings.as_defaults()
        return settings

    def save(self) -> None:
        """Write the dock's values, the connections, and the defaults changed since ``load()``."""
        mine = self.as_defaults()
        before = self.loaded
        changed = [n for n in DEFAULT_NAMES if before is None or getattr(before, n) != getattr(mine, n)]
        save_defaults(mine, changed)
        self.loaded = mine
        qs = QgsSettings()
        qs.beginGroup(GROUP)
        try:
            for name in _OWN_DEFAULTS:
                qs.setValue(name, getattr(self, name))
            qs.setValue("connections", json.dumps([connection_to_dict(c) for c in self.connections]))
        finally:
            qs.endGroup()


_NOT_PLAIN = ("connections", "loaded")
_OWN_DEFAULTS = {f.name: f.default for f in fields(Settings) if f.name not in (*DEFAULT_NAMES, *_NOT_PLAIN)}
"""The dock's own plain values (not :class:`Defaults`) and their defaults, which give their types."""


def _own_values(stored: dict[str, Any]) -> dict[str, Any]:
    """The dock's own values found in ``stored``, typed like their defaults; malformed ones are logged."""
    values: dict[str, Any] = {}
    for name, default in _OWN_DEFAULTS.items():
        if name not in stored:
            continue
        try:
            values[name] = type(default)(stored[name])
        except (TypeError, ValueError):
            message = tr("Setting {name} ignored: {value!r}").format(name=name, value=stored[name])
            log(message, Qgis.MessageLevel.Warning)
    return values
