"""QGIS entry point: builds nothing until QGIS asks for the plugin object."""


def classFactory(iface):
    """Return the plugin object for QGIS; imports stay lazy so loading QGIS stays fast."""
    from .plugin.main import StacPlugin

    return StacPlugin(iface)
