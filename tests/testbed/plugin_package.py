"""Import the repository as a package, the way QGIS loads a plugin, so relative imports resolve."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
PACKAGE = "stac_plugin_under_test"


def plugin_module(name: str) -> ModuleType:
    """The plugin's module ``name`` (e.g. ``"ui.dock"``), imported inside the repository package."""
    if PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            PACKAGE, REPO / "__init__.py", submodule_search_locations=[str(REPO)]
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[PACKAGE] = module
        spec.loader.exec_module(module)
    return importlib.import_module(f"{PACKAGE}.{name}")
