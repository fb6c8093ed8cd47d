"""Plain-Python core of the plugin: no widgets, no ``iface``; used by the dock and Processing alike."""
