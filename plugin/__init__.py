"""The QGIS side of the plugin: network, tasks, layers, settings and the plugin object."""
