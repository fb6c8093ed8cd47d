"""Signed asset layers in projects: unsigned on disk, signed again on reading, refreshed in time.

``install()`` adds a QGIS path writer that strips signatures from every path written to a project
(layer sources, layer tree), a path pre-processor that signs them again (and sets the asset's GDAL
options) when a project is read, and a timer that signs again layers whose signature is about to
expire. ``remove()`` undoes it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from xml.sax.saxutils import escape

from qgis.core import Qgis, QgsDataProvider, QgsPathResolver, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QTimer

from . import provider_for, sign_href, to_href, unsign_href

REFRESH_INTERVAL_MS = 60_000

_state: dict[str, object] = {}


def _remote(path: str) -> bool:
    return path.startswith(("/vsicurl/", "http://", "https://", "/vsis3/", "/vsiaz/", "/vsigs/"))


_VRT_SOURCE = re.compile(r"(<(SourceFilename|SourceDataset)\b[^>]*>)(.*?)(</\2>)", re.S)
"""A source element of a VRT's XML (a composite or mosaic layer's source); nested VRTs are escaped."""


def _in_vrt(xml: str, change: Callable[[str], str]) -> str:
    """``xml`` with ``change`` applied to every source path in it, nested VRTs included."""

    def one(match: re.Match[str]) -> str:
        inner = html.unescape(match.group(3))
        inner = _in_vrt(inner, change) if _is_vrt(inner) else change(inner)
        return match.group(1) + escape(inner) + match.group(4)

    return _VRT_SOURCE.sub(one, xml)


def _is_vrt(path: str) -> bool:
    return path.lstrip().startswith("<VRTDataset")


def write_path(path: str) -> str:
    """A path as written to a project: without any signature."""
    if _is_vrt(path):
        return _in_vrt(path, write_path)
    if "?" not in path or not _remote(path):
        return path
    try:
        return unsign_href(path)
    except Exception:  # never break saving a project
        return path


def read_path(path: str) -> str:
    """A path as read from a project: signed, its GDAL options set (unchanged when nothing applies)."""
    if _is_vrt(path):
        return _in_vrt(path, read_path)
    if not _remote(path) or provider_for(path) is None:
        return path
    from ..core.assets import configure_gdal_for
    from ..log import log

    try:
        configure_gdal_for(path)
        return sign_href(path)
    except Exception as exc:  # the layer will report itself as unavailable
        log(f"Could not sign {unsign_href(path)}: {exc}", Qgis.MessageLevel.Warning)
        return path


def refresh_signed_layers(project: QgsProject | None = None) -> list[QgsRasterLayer]:
    """Sign again the raster layers whose signature expires soon; returns the layers changed."""
    from ..log import log

    project = project or QgsProject.instance()
    changed: list[QgsRasterLayer] = []
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsRasterLayer):
            continue
        source = layer.source()
        found = provider_for(source) if _remote(source) else None
        if found is None or not found.needs_refresh(to_href(source)):
            continue
        try:
            signed = sign_href(unsign_href(source))
        except Exception as exc:  # keep the old source; it still works until it expires
            log(f"Could not sign {unsign_href(source)} again: {exc}", Qgis.MessageLevel.Warning)
            continue
        if signed != source:
            layer.setDataSource(signed, layer.name(), layer.providerType(), QgsDataProvider.ProviderOptions())
            changed.append(layer)
    return changed


def install() -> None:
    """Add the path writer, the path pre-processor and the refresh timer (once)."""
    if _state:
        return
    _state["writer"] = QgsPathResolver.setPathWriter(write_path)
    _state["reader"] = QgsPathResolver.setPathPreprocessor(read_path)
    timer = QTimer()
    timer.setInterval(REFRESH_INTERVAL_MS)
    timer.timeout.connect(refresh_signed_layers)
    timer.start()
    _state["timer"] = timer


def remove() -> None:
    """Undo :func:`install`."""
    if not _state:
        return
    QgsPathResolver.removePathWriter(str(_state.pop("writer")))
    QgsPathResolver.removePathPreprocessor(str(_state.pop("reader")))
    timer = _state.pop("timer")
    if isinstance(timer, QTimer):
        timer.stop()
        timer.deleteLater()
    _state.clear()


def installed() -> bool:
    """Whether :func:`install` is in effect."""
    return bool(_state)
