"""Helpers shared by the STAC Processing algorithms."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsFeedback,
    QgsField,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeedback,
)
from qgis.PyQt.QtGui import QIcon

from ..core.errors import StacPluginError

GROUP = "STAC"
GROUP_ID = "stac"

_ICON = Path(__file__).resolve().parents[2] / "icon.svg"

_DATETIME = re.compile(
    r"^(?P<year>\d{4})(-(?P<month>\d{2})(-(?P<day>\d{2})"
    r"([Tt](?P<hour>\d{2}):(?P<minute>\d{2}):(?P<second>\d{2})(\.\d+)?"
    r"([Zz]|[-+]\d{2}:\d{2})?)?)?)?$"
)


def plugin_icon() -> QIcon:
    """The plugin's icon, or an empty icon when the file is missing."""
    return QIcon(str(_ICON)) if _ICON.exists() else QIcon()


def load_settings() -> Any:
    """The plugin's settings, or None when they cannot be read."""
    try:
        from ..settings import Settings

        return Settings.load()
    except Exception:
        return None


def apply_read_timeout() -> None:
    """GDAL reads of assets end at the timeout of the plugin's settings, as in the dock (which
    may not be open)."""
    from ..core.assets import set_read_timeout

    settings = load_settings()
    if settings is not None:
        set_read_timeout(settings.timeout_s)


def saved_connection(url: str) -> Any:
    """The saved connection of the STAC API at ``url`` (or holding ``url``, e.g. an item's), or None."""
    settings = load_settings()
    return settings.connection_for_url(url) if settings is not None and url else None


def stac_io(feedback: QgsFeedback | None = None, url: str = "") -> Any:
    """A StacApiIO over QGIS's network stack, or None for pystac-client's own.

    QGIS's stack applies the user's proxy and SSL settings; the timeout comes from the plugin's
    settings. The saved connection of ``url`` (see :func:`saved_connection`) lends its login
    exactly as in the dock: its auth config and header, sent to that API's origin only.
    Once ``feedback`` is cancelled no request is sent, and one in flight is aborted when the
    algorithm runs in a background task, as the Processing dialog runs it (see
    ``QgisStacApiIO.cancel_with``).
    """
    try:
        from ..net import QgisStacApiIO
    except ImportError:
        return None
    settings = load_settings()
    timeout_s = float(settings.timeout_s or 30) if settings is not None else 30.0
    connection = settings.connection_for_url(url) if settings is not None and url else None
    try:
        return QgisStacApiIO.for_connection(connection, timeout_s=timeout_s, feedback=feedback)
    except Exception:
        return None


def refused_hint(exc: BaseException, url: str) -> str:
    """A sentence on giving ``url`` a login when ``exc`` is an HTTP 401 / 403 refusal, else ""."""
    if getattr(exc, "status", None) not in (401, 403):
        return ""
    connection = saved_connection(url)
    if connection is None:
        return (
            " Save a connection with this URL in the STAC dock and give it the authentication "
            "configuration the API needs."
        )
    return f" Check the authentication configuration of the saved connection {connection.name!r}."


def processing_error(
    exc: BaseException, feedback: QgsProcessingFeedback | None = None, hint: str = ""
) -> QgsProcessingException:
    """A QgsProcessingException carrying a core error's message (and ``hint``); its detail goes to
    the log. Secrets (signed URLs, tokens) are hidden in both."""
    from ..auth import redact

    detail = getattr(exc, "detail", "")
    if feedback is not None and detail:
        feedback.pushDebugInfo(redact(str(detail)))
    if isinstance(exc, StacPluginError):
        return QgsProcessingException(redact(str(exc)) + hint)
    return QgsProcessingException(redact(f"{type(exc).__name__}: {exc}") + hint)


def split_list(text: str | None) -> list[str]:
    """Comma-separated text as a list of stripped, non-empty, unique values in order."""
    values: list[str] = []
    for part in (text or "").split(","):
        value = part.strip()
        if value and value not in values:
            values.append(value)
    return values


def check_datetime(text: str) -> str:
    """Validate a STAC datetime or interval (``start/end``, ``..`` or empty for an open end).

    Dates may be given as a year, year-month, date or full RFC 3339 date-time.
    Returns the stripped text; raises QgsProcessingException when it is not valid.
    """
    value = text.strip()
    parts = value.split("/")
    hint = "Use for example 2020-03-20/2020-03-30, 2020-03-20T10:00:00Z or 2020-01-01/.."
    if len(parts) > 2:
        raise QgsProcessingException(f"Invalid DATETIME {text!r}: more than two parts. {hint}")
    bounds: list[datetime | None] = []
    for raw in parts:
        part = raw.strip()
        if part in ("", ".."):
            if len(parts) == 1:
                raise QgsProcessingException(f"Invalid DATETIME {text!r}. {hint}")
            bounds.append(None)
            continue
        match = _DATETIME.match(part)
        if not match:
            raise QgsProcessingException(f"Invalid DATETIME {text!r}: {part!r} is not a date. {hint}")
        try:
            bounds.append(
                datetime(
                    int(match["year"]),
                    int(match["month"] or 1),
                    int(match["day"] or 1),
                    int(match["hour"] or 0),
                    int(match["minute"] or 0),
                    int(match["second"] or 0),
                )
            )
        except ValueError as exc:
            raise QgsProcessingException(f"Invalid DATETIME {text!r}: {exc}. {hint}") from exc
    if len(bounds) == 2:
        start, end = bounds
        if start is None and end is None:
            raise QgsProcessingException(f"Invalid DATETIME {text!r}: both ends are open. {hint}")
        if start is not None and end is not None and start > end:
            raise QgsProcessingException(f"Invalid DATETIME {text!r}: the start is after the end.")
    return "/".join(part.strip() or ".." for part in parts)


def is_given(parameters: dict[str, Any], name: str) -> bool:
    """Whether an optional parameter has a value (not missing, None or empty text)."""
    value = parameters.get(name)
    return value is not None and not (isinstance(value, str) and not value.strip())


def load_items(source: str, feedback: QgsProcessingFeedback) -> list[dict[str, Any]]:
    """The items of an ItemCollection / Item file or URL; errors as QgsProcessingException."""
    from ..core.items import load_items as core_load_items

    source = source.strip()
    if not source:
        raise QgsProcessingException(
            "ITEMS is empty: give an ItemCollection or Item GeoJSON file, or an item URL."
        )
    remote = source.lower().startswith(("http://", "https://"))
    try:
        items = core_load_items(source, stac_io=stac_io(feedback, source) if remote else None)
    except Exception as exc:
        raise processing_error(exc, feedback, refused_hint(exc, source) if remote else "") from exc
    if not items:
        raise QgsProcessingException(f"No STAC items in {source}.")
    return items


def select_items(items: Sequence[dict[str, Any]], item_id: str, default_all: bool) -> list[dict[str, Any]]:
    """The item with id ``item_id``; without one, all items or only the first."""
    item_id = item_id.strip()
    if not item_id:
        return list(items) if default_all else [items[0]]
    chosen = [item for item in items if item.get("id") == item_id]
    if not chosen:
        ids = ", ".join(str(item.get("id")) for item in items[:20])
        more = ", ..." if len(items) > 20 else ""
        raise QgsProcessingException(f"No item with id {item_id!r}; the items are: {ids}{more}.")
    return chosen


def asset_info(item: dict[str, Any], key: str) -> Any:
    """The AssetInfo of ``key`` in ``item`` or None."""
    from ..core.assets import asset_infos

    for info in asset_infos(item):
        if info.key == key:
            return info
    return None


def unknown_asset_message(item: dict[str, Any], key: str) -> str:
    """Say that ``item`` has no asset ``key`` and list the keys it has."""
    keys = ", ".join(sorted((item.get("assets") or {}).keys())) or "none"
    return f"Item {item.get('id')!r} has no asset {key!r}; its assets are: {keys}."


def check_raster(item: dict[str, Any], info: Any) -> None:
    """Raise QgsProcessingException when the asset cannot be read as a raster."""
    from ..core.assets import required_login

    if not info.is_raster:
        reason = info.reason or "not a GeoTIFF"
        raise QgsProcessingException(
            f"Asset {info.key!r} of item {item.get('id')!r} is not a raster: {reason}."
        )
    login = required_login(info.href)
    if login:
        raise QgsProcessingException(
            f"Asset {info.key!r} of item {item.get('id')!r} needs {login}, and none is set: in the "
            "STAC dock, edit a connection and choose its 'Assets need' and 'Assets login'."
        )


def prepare_asset(uri: str, feedback: QgsProcessingFeedback | None = None) -> str:
    """What GDAL opens for an asset's ``uri``, as in the dock: GDAL options set for its host and
    signed when the plugin supplies its login (see ``auth.prepare``); keep ``uri`` for anything shown.

    Raises QgsProcessingException when the login fails (a token refused, a wrong password).
    """
    from ..auth import prepare

    try:
        return prepare(uri)
    except StacPluginError as exc:
        raise processing_error(exc, feedback) from exc


def cancel_check(feedback: QgsProcessingFeedback | None) -> Callable[[], bool]:
    """A no-argument callable telling whether the run was cancelled."""
    if feedback is None:
        return lambda: False
    return feedback.isCanceled


class StacAlgorithm(QgsProcessingAlgorithm):
    """Common group and icon of the STAC algorithms."""

    def group(self) -> str:
        return GROUP

    def groupId(self) -> str:
        return GROUP_ID

    def icon(self) -> QIcon:
        return plugin_icon()

    def createInstance(self) -> QgsProcessingAlgorithm:
        return type(self)()


def make_field(name: str, kind: str) -> QgsField:
    """A ``QgsField`` of ``kind`` ("string", "double", "int"): typed by ``QMetaType`` from QGIS 3.38
    on (its ``QVariant.Type`` constructor is deprecated there and gone in QGIS 4), else ``QVariant``."""
    if Qgis.versionInt() >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        meta = {"string": QMetaType.Type.QString, "double": QMetaType.Type.Double, "int": QMetaType.Type.Int}
        return QgsField(name, meta[kind])
    from qgis.PyQt.QtCore import QVariant

    old = {"string": QVariant.Type.String, "double": QVariant.Type.Double, "int": QVariant.Type.Int}
    return QgsField(name, old[kind])
