"""Raster layers that read a file the plugin is about to replace, and their reload once it is replaced.

A GDAL layer keeps the size and extent of the file it opened; once that file is replaced by one of
another size, its next read (a render opens the file anew) asks for a window out of range. Loading
the layer's source again makes it describe the new file.
"""

from __future__ import annotations

import os

from qgis.core import QgsDataProvider, QgsProject, QgsRasterLayer


def _real(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def layers_reading(path: str, project: QgsProject | None = None) -> list[QgsRasterLayer]:
    """The GDAL raster layers of ``project`` whose source is the file ``path``."""
    project = project or QgsProject.instance()
    wanted = _real(path)
    found = []
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsRasterLayer) or layer.providerType() != "gdal":
            continue
        if _real(layer.source().split("|", 1)[0]) == wanted:
            found.append(layer)
    return found


def reload_layers(path: str, project: QgsProject | None = None) -> list[str]:
    """Load the layers reading ``path`` again from the new file; returns the names of those left invalid."""
    project = project or QgsProject.instance()
    broken = []
    for layer in layers_reading(path, project):
        options = QgsDataProvider.ProviderOptions()
        options.transformContext = project.transformContext()
        layer.setDataSource(layer.source(), layer.name(), "gdal", options)
        if layer.isValid():
            layer.triggerRepaint()
        else:
            broken.append(layer.name())
    return broken
