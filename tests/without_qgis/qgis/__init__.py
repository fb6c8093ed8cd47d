"""Stands in for QGIS in ``make test-core``: on ``PYTHONPATH`` first, it makes ``import qgis`` fail.

The fast tier proves the core and its tests need no QGIS: any ``qgis`` import raises here.
"""

raise ModuleNotFoundError("QGIS is made unimportable for the core tests (make test-core)", name="qgis")
