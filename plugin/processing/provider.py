"""The STAC Processing provider (id ``stac``)."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from .common import plugin_icon
from .download_algorithm import DownloadAlgorithm
from .loadasset_algorithm import LoadAssetAlgorithm
from .mosaic_algorithm import MosaicAlgorithm
from .search_algorithm import SearchAlgorithm


class StacProvider(QgsProcessingProvider):
    """Search STAC APIs, load and download their assets from Processing."""

    def id(self) -> str:
        return "stac"

    def name(self) -> str:
        return tr("STAC")

    def longName(self) -> str:
        return tr("STAC (SpatioTemporal Asset Catalogs)")

    def icon(self) -> QIcon:
        return plugin_icon()

    def loadAlgorithms(self) -> None:
        for algorithm in (SearchAlgorithm(), LoadAssetAlgorithm(), DownloadAlgorithm(), MosaicAlgorithm()):
            self.addAlgorithm(algorithm)
