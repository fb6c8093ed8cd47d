"""Helpers shared by the STAC Processing algorithms."""

from __future__ import annotations

import functools
import math
import re
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeedback,
    QgsField,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProperty,
)
from qgis.PyQt.QtGui import QIcon

from ..core.config import DEFAULTS
from ..core.errors import StacPluginError
from ..i18n import tr
from ..log import log

GROUP = "STAC"
GROUP_ID = "stac"

_ICON = Path(__file__).resolve().parents[2] / "icon.svg"

def plugin_icon() -> QIcon:
    """The plugin's icon, or an empty icon when the file is missing."""
    return QIcon(str(_ICON)) if _ICON.exists() else QIcon()


def load_settings() -> Any:
    """The plugin's settings, or None when they cannot be read."""
    from ..settings import Settings

    try:
        return Settings.load()
    except (TypeError, ValueError, KeyError, AttributeError) as exc:  # the defaults serve
        log(f"The plugin's settings could not be read; defaults are used: {exc!r}", Qgis.MessageLevel.Warning)
        return None


def read_timeout_s() -> float:
    """The timeout of the plugin's settings, read now: GDAL reads of assets end at it, as in the
    dock (which may not be open). Passed to each read, so runs and the dock never change it for
    one another."""
    settings = load_settings()
    return float(settings.timeout_s) if settings is not None else float(DEFAULTS.timeout_s)


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
    timeout_s = float(settings.timeout_s if settings is not None else DEFAULTS.timeout_s)
    connection = settings.connection_for_url(url) if settings is not None and url else None
    try:
        return QgisStacApiIO.for_connection(connection, timeout_s=timeout_s, feedback=feedback)
    except (TypeError, ValueError) as exc:  # e.g. a saved connection's malformed URL
        log(f"QGIS's network stack cannot serve {url}: {exc!r}", Qgis.MessageLevel.Warning)
        return None


def refused_hint(exc: BaseException, url: str) -> str:
    """A sentence on giving ``url`` a login when ``exc`` is an HTTP 401 / 403 refusal, else ""."""
    if getattr(exc, "status", None) not in (401, 403):
        return ""
    connection = saved_connection(url)
    if connection is None:
        return (
            tr(" Save a connection with this URL in the STAC dock and give it the authentication "
               "configuration the API needs.")
        )
    return tr(" Check the authentication configuration of the saved connection {name!r}.").format(
        name=connection.name
    )


def processing_error(
    exc: BaseException, feedback: QgsProcessingFeedback | None = None, hint: str = "", where: str = ""
) -> QgsProcessingException:
    """A QgsProcessingException for the user, in words; the detail goes to the log panel.

    A core error gives its message (and ``hint``) and logs its detail under the plugin's tag;
    anything else is unexpected: its traceback is logged there and the user reads one line
    saying so (``where`` names the algorithm). Secrets (signed URLs, tokens) are hidden in both.
    """
    from ..auth import redact

    if isinstance(exc, StacPluginError):
        message = re.sub(r"\[Errno \d+\]\s*", "", tr(str(exc))) + hint
        detail = getattr(exc, "detail", "")
        if detail:
            log(f"{message}\n{detail}", Qgis.MessageLevel.Warning)
        return QgsProcessingException(redact(message))
    detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log(f"Unexpected error in {where or 'a STAC algorithm'}:\n{detail}", Qgis.MessageLevel.Critical)
    return QgsProcessingException(
        tr("{where} stopped on an unexpected error; the details are in the "
           "STAC tab of the log panel.").format(where=where or tr("The algorithm"))
    )


def guard_process(process: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    """``process`` (a ``processAlgorithm``) raising only QgsProcessingExceptions in words.

    Core errors become their message; anything unexpected is logged with its traceback
    (see :func:`processing_error`) instead of reaching the user as a Python traceback.
    """

    @functools.wraps(process)
    def guarded(
        self: QgsProcessingAlgorithm,
        parameters: dict[str, Any],
        context: Any,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        try:
            check_raw_values(self, parameters)
            return process(self, parameters, context, feedback)
        except QgsProcessingException:
            raise
        except Exception as exc:  # the Processing guard: a bug is logged with its traceback, said in a line
            raise processing_error(exc, feedback, where=self.displayName()) from None

    guarded.stac_guarded = True  # type: ignore[attr-defined]
    return guarded


def check_url(text: str, name: str) -> str:
    """``text`` stripped when it is an http(s) URL with a host; else a QgsProcessingException."""
    url = (text or "").strip()
    if not url:
        raise QgsProcessingException(tr("{name} is empty: give an http(s) address.").format(name=name))
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises for a port that is not a number or out of range)
    except ValueError as exc:
        why = str(exc) or "malformed"
        raise QgsProcessingException(
            tr("{name} {url!r} is not a valid URL: {why}.").format(
                name=name, url=url, why=why[:1].lower() + why[1:]
            )
        ) from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise QgsProcessingException(
            tr("{name} must be an http(s) address, not {url!r}.").format(name=name, url=url)
        )
    return url


def given_crs(parameters: dict[str, Any], name: str) -> QgsCoordinateReferenceSystem | None:
    """The CRS written after an extent or point as text (``... [EPSG:3857]``); None when none is.

    Raises QgsProcessingException when that CRS is unknown (QGIS would silently use another).
    """
    raw = parameters.get(name)
    if not isinstance(raw, str):
        return None
    match = re.search(r"\[(?P<crs>[^\]]*)\]\s*$", raw)
    if match is None:
        return None
    text = match["crs"].strip()
    crs = QgsCoordinateReferenceSystem(text) if text else QgsCoordinateReferenceSystem()
    if not crs.isValid():
        raise QgsProcessingException(
            tr("{name}: the coordinate reference system {crs!r} is unknown; give e.g. EPSG:4326.").format(
                name=name, crs=text
            )
        )
    return crs


def number_value(
    parameters: dict[str, Any],
    name: str,
    low: float,
    high: float,
    integer: bool = False,
) -> float | None:
    """The number given for ``name`` (None when not given), checked to be in ``low``..``high``.

    Processing takes text it cannot read as a number for zero; this says it is not a number.
    """
    raw = parameters.get(name)
    if raw is None or isinstance(raw, QgsProperty) or (isinstance(raw, str) and not raw.strip()):
        return None
    kind = tr("a whole number") if integer else tr("a number")
    span = tr("{kind} from {low} to {high}").format(kind=kind, low=_number_text(low), high=_number_text(high))
    try:
        if isinstance(raw, bool):
            raise TypeError
        value = float(raw.strip() if isinstance(raw, str) else raw)
    except (TypeError, ValueError, OverflowError):
        raise QgsProcessingException(
            tr("{name} must be {span}, not {raw!r}.").format(name=name, span=span, raw=raw)
        ) from None
    if not math.isfinite(value) or not low <= value <= high or (integer and value != int(value)):
        raise QgsProcessingException(
            tr("{name} must be {span}, not {raw!r}.").format(name=name, span=span, raw=raw)
        )
    return value


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else f"{value:g}"


_BOOLEAN_TEXT = {"true", "false", "yes", "no", "1", "0", "on", "off", ""}


def check_boolean(parameters: dict[str, Any], name: str) -> None:
    """Raise QgsProcessingException when ``name`` is given a value that is not a yes or no."""
    raw = parameters.get(name)
    if raw is None or isinstance(raw, (bool, QgsProperty)):
        return
    if isinstance(raw, str) and raw.strip().lower() in _BOOLEAN_TEXT:
        return
    if isinstance(raw, (int, float)) and raw in (0, 1):
        return
    raise QgsProcessingException(tr("{name} must be true or false, not {raw!r}.").format(name=name, raw=raw))


def check_raw_values(algorithm: QgsProcessingAlgorithm, parameters: dict[str, Any]) -> None:
    """Check what Processing lets through for every parameter of ``algorithm`` but reads as
    something else: a list or mapping for text (read as ""), text that is no number (read as 0),
    a number out of its parameter's range, a yes/no that is neither, a CRS that does not exist."""
    from qgis.core import QgsProcessingParameterNumber

    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        raw = parameters.get(name)
        kind = definition.type()
        if kind == "string" and isinstance(raw, (dict, list, tuple, set)):
            raise QgsProcessingException(tr("{name} must be text, not {raw!r}.").format(name=name, raw=raw))
        if kind == "number" and isinstance(definition, QgsProcessingParameterNumber):
            integer = definition.dataType() == QgsProcessingParameterNumber.Type.Integer
            number_value(parameters, name, definition.minimum(), definition.maximum(), integer)
        elif kind == "boolean":
            check_boolean(parameters, name)
        elif kind in ("extent", "point"):
            given_crs(parameters, name)


def check_plain_ids(values: Sequence[str], name: str) -> None:
    """Raise QgsProcessingException when an id holds a path separator or a control character."""
    for value in values:
        if re.search(r"[/\\\x00-\x1f]", value):
            raise QgsProcessingException(
                tr("{name}: {value!r} is not an id (ids hold no '/', '\\' or control characters).").format(
                    name=name, value=value
                )
            )


def split_list(text: str | None) -> list[str]:
    """Comma-separated text as a list of stripped, non-empty, unique values in order."""
    values: list[str] = []
    for part in (text or "").split(","):
        value = part.strip()
        if value and value not in values:
            values.append(value)
    return values


def check_datetime(text: str) -> str:
    """``text`` checked as a STAC datetime or interval (see ``core.dates.check_interval``), tidied;
    a QgsProcessingException in the dock's words when it is not valid."""
    from ..core.dates import EXAMPLES, DateError, check_interval

    try:
        return check_interval(text)
    except DateError as exc:
        message = tr(exc.template).format(**exc.fields)
        raise QgsProcessingException(f"DATETIME: {message} {tr(EXAMPLES)}") from None


def is_given(parameters: dict[str, Any], name: str) -> bool:
    """Whether an optional parameter has a value (not missing, None or empty text)."""
    value = parameters.get(name)
    return value is not None and not (isinstance(value, str) and not value.strip())


def destination_text(parameters: dict[str, Any], name: str) -> str:
    """The text given for a layer destination (a path or URI; "" when it is not text)."""
    from qgis.core import QgsProcessingOutputLayerDefinition

    raw = parameters.get(name)
    if isinstance(raw, QgsProcessingOutputLayerDefinition):
        raw = raw.sink.staticValue()
    return raw.strip() if isinstance(raw, str) else ""


_NOT_A_PATH = re.compile(r"^(memory:|TEMPORARY_OUTPUT$|[A-Za-z][\w+.-]*:(?![\\/]))", re.IGNORECASE)


def check_output_file(path: str, name: str) -> None:
    """Raise QgsProcessingException when the file ``path`` of output ``name`` cannot be written:
    a folder, or in a folder that is missing, a file, not writable or on a full disk.
    Layer URIs (``memory:``, ``ogr:...``, ``postgres://...``) are left to QGIS."""
    from ..core.folders import FolderError, check_folder

    if not path or _NOT_A_PATH.match(path) or "://" in path:
        return
    target = Path(path).expanduser()
    if target.is_dir():
        raise QgsProcessingException(
            tr("{name}: {path} is a folder; give a file name.").format(name=name, path=path)
        )
    folder = target.absolute().parent
    if not folder.is_dir():
        if folder.exists():
            message = tr("{name}: cannot write {path}: the folder {folder} is a file, not a folder.")
        else:
            message = tr("{name}: cannot write {path}: the folder {folder} does not exist.")
        raise QgsProcessingException(message.format(name=name, path=path, folder=folder))
    try:
        check_folder(str(folder))
    except FolderError as exc:
        why = tr(str(exc))
        message = tr("{name}: cannot write {path}: {why}.").format(
            name=name, path=path, why=why[:1].lower() + why[1:]
        )
        raise QgsProcessingException(message) from None


def check_items_source(source: str) -> None:
    """Raise QgsProcessingException when ``source`` (ITEMS) is neither a readable file nor a URL."""
    if "://" in source and not source.lower().startswith("file://"):
        check_url(source, "ITEMS")
        return
    path = Path(unquote(urlsplit(source).path) if source.lower().startswith("file://") else source)
    if not path.exists():
        raise QgsProcessingException(tr("ITEMS: the file {source} does not exist.").format(source=source))
    if path.is_dir():
        raise QgsProcessingException(
            tr("ITEMS: {source} is a folder; give an ItemCollection or Item GeoJSON file.").format(
                source=source
            )
        )


def load_items(source: str, feedback: QgsProcessingFeedback) -> list[dict[str, Any]]:
    """The items of an ItemCollection / Item file or URL; errors as QgsProcessingException."""
    from ..core.items import load_items as core_load_items

    source = source.strip()
    if not source:
        raise QgsProcessingException(
            tr("ITEMS is empty: give an ItemCollection or Item GeoJSON file, or an item URL.")
        )
    check_items_source(source)
    remote = source.lower().startswith(("http://", "https://"))
    try:
        items = core_load_items(source, stac_io=stac_io(feedback, source) if remote else None)
    except StacPluginError as exc:
        raise processing_error(exc, feedback, refused_hint(exc, source) if remote else "") from None
    if not items:
        raise QgsProcessingException(tr("No STAC items in {source}.").format(source=source))
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
        raise QgsProcessingException(
            tr("No item with id {id!r}; the items are: {ids}.").format(id=item_id, ids=ids + more)
        )
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
    keys = ", ".join(sorted((item.get("assets") or {}).keys())) or tr("none")
    return tr("Item {id!r} has no asset {key!r}; its assets are: {keys}.").format(
        id=item.get("id"), key=key, keys=keys
    )


def check_raster(item: dict[str, Any], info: Any) -> str:
    """The href to read the asset from (an ``alternate`` one when only it needs no missing login);
    raise QgsProcessingException when the asset cannot be read as a raster."""
    from ..core.assets import usable_href

    if not info.is_raster:
        reason = tr(info.reason) if info.reason else tr("not a raster format GDAL reads")
        raise QgsProcessingException(
            tr("Asset {key!r} of item {id!r} is not a raster: {reason}.").format(
                key=info.key, id=item.get("id"), reason=reason
            )
        )
    href, login = usable_href(info)
    if login:
        raise QgsProcessingException(
            tr("Asset {key!r} of item {id!r} needs {login}, and none is set: in the "
               "STAC dock, edit a connection and choose its 'Asset access' and 'Asset credentials'.").format(
                key=info.key, id=item.get("id"), login=tr(login)
            )
        )
    return href


class StacAlgorithm(QgsProcessingAlgorithm):
    """Common group and icon of the STAC algorithms.

    Every subclass's ``processAlgorithm`` is wrapped by :func:`guard_process`, so no Python
    exception reaches the user raw, whatever algorithm is added.
    """

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None and not getattr(process, "stac_guarded", False):
            cls.processAlgorithm = guard_process(process)  # type: ignore[method-assign]

    def group(self) -> str:
        return tr(GROUP)

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
