"""Signed asset layers in projects: unsigned on disk, signed again on reading, refreshed in time.

:meth:`SignedProjects.install` adds a QGIS path writer that strips signatures from every path
written to a project (layer sources, layer tree), a path pre-processor that signs them again (and
sets the asset's GDAL options) when a project is read, and a timer that signs again layers whose
signature is about to expire. :meth:`SignedProjects.remove` undoes it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from xml.sax.saxutils import escape

from qgis.core import Qgis, QgsDataProvider, QgsPathResolver, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QTimer

from ..core.assets import configure_gdal_for
from ..core.errors import StacPluginError
from ..core.logins import registry, to_href
from ..log import log
from .services import current as current_services

provider_for = registry.provider_for
sign_href = registry.sign_href
unsign_href = registry.unsign_href
REFRESH_INTERVAL_MS = 60_000


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
    except Exception as exc:  # a QGIS callback: a faulty login must never break saving a project
        log(f"Could not remove the signature of a layer path: {exc!r}", Qgis.MessageLevel.Warning)
        return path


def read_path(path: str) -> str:
    """A path as read from a project: signed, its GDAL options set (unchanged when nothing applies)."""
    if _is_vrt(path):
        return _in_vrt(path, read_path)
    if not _remote(path) or provider_for(path) is None:
        return path
    try:
        configure_gdal_for(path, current_services().timeout_s())
        return sign_href(path)
    except (StacPluginError, OSError) as exc:  # the layer will report itself as unavailable
        log(f"Could not sign {unsign_href(path)}: {exc}", Qgis.MessageLevel.Warning)
        return path


def _paths_in(source: str) -> list[str]:
    """The remote paths a layer source names: itself, or every source of its VRT (nested ones too)."""
    found: list[str] = []

    def keep(path: str) -> str:
        found.append(path)
        return path

    if _is_vrt(source):
        _in_vrt(source, keep)
    else:
        keep(source)
    return [path for path in found if _remote(path)]


def _expires_soon(path: str) -> bool:
    found = provider_for(path)
    return found is not None and found.needs_refresh(to_href(path))


def _sign_again(path: str) -> str:
    """``path`` with a fresh signature; unchanged when no login signs it (raises the login's errors)."""
    if not _remote(path) or provider_for(path) is None:
        return path
    return sign_href(unsign_href(path))


def signed_again(source: str) -> str:
    """A layer source (a path, or a composite's or mosaic's VRT) with every signature renewed."""
    return _in_vrt(source, _sign_again) if _is_vrt(source) else _sign_again(source)


def refresh_signed_layers(project: QgsProject | None = None) -> list[QgsRasterLayer]:
    """Sign again the raster layers (single assets, composites and mosaics) whose signature
    expires soon; returns the layers changed."""
    project = project or QgsProject.instance()
    changed: list[QgsRasterLayer] = []
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsRasterLayer):
            continue
        source = layer.source()
        if not any(_expires_soon(path) for path in _paths_in(source)):
            continue
        try:
            signed = signed_again(source)
        except (StacPluginError, OSError) as exc:  # keep the old source; it still works until it expires
            log(f"Could not sign {layer.name()} again: {exc}", Qgis.MessageLevel.Warning)
            continue
        if signed != source:
            layer.setDataSource(signed, layer.name(), layer.providerType(), QgsDataProvider.ProviderOptions())
            changed.append(layer)
    return changed


class SignedProjects:
    """The path writer, the path pre-processor and the refresh timer, while installed."""

    def __init__(self) -> None:
        self._writer = ""
        self._reader = ""
        self._timer: QTimer | None = None

    def install(self) -> None:
        """Add the path writer, the path pre-processor and the refresh timer (once)."""
        if self.installed():
            return
        self._writer = QgsPathResolver.setPathWriter(write_path)
        self._reader = QgsPathResolver.setPathPreprocessor(read_path)
        self._timer = QTimer()
        self._timer.setInterval(REFRESH_INTERVAL_MS)
        self._timer.timeout.connect(refresh_signed_layers)
        self._timer.start()

    def remove(self) -> None:
        """Undo :meth:`install`."""
        if not self.installed():
            return
        QgsPathResolver.removePathWriter(self._writer)
        QgsPathResolver.removePathPreprocessor(self._reader)
        self._writer = self._reader = ""
        timer, self._timer = self._timer, None
        if timer is not None:
            timer.stop()
            timer.timeout.disconnect(refresh_signed_layers)
            timer.deleteLater()

    def installed(self) -> bool:
        """Whether :meth:`install` is in effect."""
        return self._timer is not None
