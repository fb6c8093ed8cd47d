"""One place for the plugin's messages: the QGIS log panel and, when the user must act, the message bar."""

from __future__ import annotations

import html
import traceback
from typing import Any

from qgis.core import Qgis, QgsMessageLog

from .auth import redact
from .core.errors import StacPluginError

TAG = "STAC"
"""The tab of the Log Messages panel the plugin writes to."""

BAR_SECONDS = 8


LOG_CHARS = 4000
"""Longest entry written to the log; the rest is cut."""


def log(message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
    """Write ``message`` to the plugin's tab of the QGIS log (safe from any thread; secrets hidden).

    The log panel renders its entries as HTML: the text is escaped so that markup a server sent
    (an HTML error page) shows as the characters it is, not as headings and links.
    """
    text = redact(message)
    if len(text) > LOG_CHARS:
        text = text[: LOG_CHARS - 1] + "…"
    QgsMessageLog.logMessage(html.escape(text, quote=False), TAG, level, notifyUser=False)


def notify(
    iface: Any, message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info, detail: str = ""
) -> None:
    """Tell the user ``message`` in the message bar (when there is one) and log it with ``detail``.

    The bar renders rich text: ``message`` (which may quote a server) is escaped so it shows literally.
    """
    log(f"{message}\n{detail}" if detail else message, level)
    bar = iface.messageBar() if iface is not None else None
    if bar is not None:
        bar.pushMessage(TAG, html.escape(redact(message), quote=False), level=level, duration=BAR_SECONDS)


def log_error(iface: Any, exc: BaseException) -> None:
    """Report ``exc``: a plugin error's message to the bar and its detail to the log;
    anything unexpected as one generic line with the traceback in the log."""
    if isinstance(exc, StacPluginError):
        notify(iface, str(exc), Qgis.MessageLevel.Warning, exc.detail)
        return
    detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    notify(iface, f"Unexpected error: {exc}", Qgis.MessageLevel.Critical, detail)
