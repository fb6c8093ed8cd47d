"""The plugin's settings: one typed object over one ``QgsSettings`` group.

Connections are stored as a JSON list; only an auth config id is kept, never a secret.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from urllib.parse import urlsplit

from qgis.core import QgsSettings

from .core.models import Connection

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


@dataclass
class Settings:
    """What the user can set; ``load()`` reads it, ``save()`` writes it back."""

    connections: list[Connection] = field(default_factory=lambda: list(DEFAULT_CONNECTIONS))
    current_connection: str = ""
    timeout_s: int = 30
    page_size: int = 50
    max_items: int = 100
    point_buffer_deg: float = 0.01
    point_buffer_m: float = 0.0
    """The clicked point's buffer in metres (0: the point itself)."""

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
            values = {}
            for f in fields(cls):
                if f.name == "connections" or not qs.contains(f.name):
                    continue
                default = getattr(cls, f.name)
                try:
                    values[f.name] = type(default)(qs.value(f.name))
                except (TypeError, ValueError):
                    continue
            settings = cls(**values)
            if qs.contains("connections"):
                settings.connections = _connections_from_json(qs.value("connections"))
        finally:
            qs.endGroup()
        return settings

    def save(self) -> None:
        """Write every setting into the plugin's ``QgsSettings`` group."""
        qs = QgsSettings()
        qs.beginGroup(GROUP)
        try:
            for f in fields(self):
                if f.name != "connections":
                    qs.setValue(f.name, getattr(self, f.name))
            qs.setValue("connections", json.dumps([connection_to_dict(c) for c in self.connections]))
        finally:
            qs.endGroup()
