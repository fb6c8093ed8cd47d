"""The plugin's *Help*: the README's usage section, on the project's homepage or in the local README."""

from __future__ import annotations

import configparser
from pathlib import Path

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices

ROOT = Path(__file__).resolve().parent.parent
"""The plugin's folder: metadata.txt and README.md."""
USAGE_ANCHOR = "using-it"
"""The anchor of README.md's heading "Using it" on the project's page."""


def homepage(root: Path = ROOT) -> str:
    """The ``homepage`` of metadata.txt ("" when there is none)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(root / "metadata.txt", encoding="utf-8")
    except (OSError, configparser.Error):
        return ""
    return parser.get("general", "homepage", fallback="").strip()


def help_url(root: Path = ROOT) -> QUrl:
    """The README's usage section: on the homepage, or the local README.md without one."""
    page = homepage(root)
    if page.startswith(("http://", "https://")):
        url = QUrl(page.split("#")[0].rstrip("/"))
    else:
        url = QUrl.fromLocalFile(str(root / "README.md"))
    url.setFragment(USAGE_ANCHOR)
    return url


def open_help() -> bool:
    """Open :func:`help_url` in the user's browser (or the program that shows Markdown files)."""
    return QDesktopServices.openUrl(help_url())
