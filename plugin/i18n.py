"""Translation of user-facing text: one ``tr()`` used by every module of the plugin."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "StacPlugin"


def tr(text: str) -> str:
    """``text`` in the language of the user's QGIS, when a translation is installed."""
    return QCoreApplication.translate(CONTEXT, text)
