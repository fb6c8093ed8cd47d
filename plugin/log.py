"""One place for the plugin's messages: the QGIS log panel and, when the user must act, the message bar."""

from __future__ import annotations

import functools
import html
import traceback
from typing import Any

from qgis.core import Qgis, QgsMessageLog

from .core.errors import StacPluginError
from .core.logins import registry
from .i18n import tr

redact = registry.redact
"""``text`` with every secret the registered logins know hidden."""

TAG = "STAC"
"""The tab of the Log Messages panel the plugin writes to."""

BAR_SECONDS = 8


LOG_CHARS = 4000
"""Longest entry written to the log; the rest is cut."""


def panel_renders_html() -> bool:
    """Whether the Log Messages panel renders entries as HTML (QGIS 3.22 to 3.40.6) rather than
    showing them as plain text (the QGIS 3.44 and 3.40 LTR fix).

    Asked in the GUI thread of a private viewer (see :func:`_probe_panel`); without a GUI
    (qgis_process) nothing renders HTML; from another thread the QGIS version decides.
    """
    from qgis.PyQt.QtCore import QThread
    from qgis.PyQt.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    if QThread.currentThread() != app.thread():  # no widget here: guess
        return Qgis.QGIS_VERSION_INT < 34300
    return _probe_panel()


@functools.cache
def _probe_panel() -> bool:
    """Feed a probe entry to a private viewer (nothing is logged); asked once, a fact of this QGIS."""
    from qgis.gui import QgsMessageLogViewer
    from qgis.PyQt.QtWidgets import QPlainTextEdit

    viewer = QgsMessageLogViewer()
    try:
        viewer.logMessage("<b>probe</b>", TAG, Qgis.MessageLevel.Info)
        shown = "".join(edit.toPlainText() for edit in viewer.findChildren(QPlainTextEdit))
        return "<b>" not in shown
    finally:
        viewer.deleteLater()


def log(message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
    """Write ``message`` to the plugin's tab of the QGIS log (safe from any thread; secrets hidden).

    Where the log panel renders its entries as HTML the text is escaped, so that markup a server
    sent (an HTML error page) shows as the characters it is, not as headings and links.
    """
    text = redact(message)
    if len(text) > LOG_CHARS:
        text = text[: LOG_CHARS - 1] + "…"
    if panel_renders_html():
        text = html.escape(text, quote=False)
    QgsMessageLog.logMessage(text, TAG, level, notifyUser=False)


def notify(
    iface: Any, message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info, detail: str = ""
) -> None:
    """Tell the user ``message`` in the message bar (when there is one) and log it with ``detail``.

    The bar renders rich text: ``message`` (which may quote a server) is escaped so it shows literally.
    A message the plugin has a translation for (a fixed text of the core, a constant) is shown translated.
    """
    message = tr(message)
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
    notify(iface, tr("Unexpected error: {error}").format(error=exc), Qgis.MessageLevel.Critical, detail)
