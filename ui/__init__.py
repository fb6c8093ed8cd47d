"""The plugin's widgets: the search dock and its helpers."""
