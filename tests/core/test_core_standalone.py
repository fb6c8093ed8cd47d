"""``plugin.core`` stands alone: every module imports with QGIS and the rest of the plugin unimportable."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import importlib
import importlib.abc
import pkgutil
import sys

BLOCKED = ("qgis", "plugin.auth", "plugin.processing", "plugin.settings", "plugin.net", "plugin.log",
           "plugin.layers", "plugin.tasks", "plugin.i18n", "plugin.main", "plugin.geometry", "ui")


class Unimportable(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == b or name.startswith(b + ".") for b in BLOCKED) or (
            name.startswith("plugin.") and not name.startswith("plugin.core")
        ):
            raise ImportError(f"{name} is unimportable in this test")
        return None


sys.meta_path.insert(0, Unimportable())
assert not any(m == "qgis" or m.startswith("qgis.") for m in sys.modules)

import plugin.core

names = sorted(m.name for m in pkgutil.iter_modules(plugin.core.__path__, "plugin.core."))
for name in names:
    importlib.import_module(name)
leaked = sorted(m for m in sys.modules if m == "qgis" or m.startswith(("qgis.", "plugin.auth", "ui")))
assert not leaked, leaked
outside = sorted(m for m in sys.modules if m.startswith("plugin.") and not m.startswith("plugin.core"))
assert not outside, outside
print(len(names))
"""


def test_every_core_module_imports_without_qgis_or_the_plugin():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) >= 20  # every module was imported, not none


def _imports_outside_core(path: Path) -> list[str]:
    """Every import in ``path`` (functions included) of QGIS or of the plugin outside its core."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names = [("." * node.level) + (node.module or "")]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found += [
            f"{path.name}:{node.lineno} {name}"
            for name in names
            if name.split(".")[0] in ("qgis", "plugin", "ui") or name.startswith("..")
        ]
    return found


def test_no_core_module_imports_qgis_or_the_plugin_even_inside_a_function():
    modules = sorted((ROOT / "plugin" / "core").glob("*.py"))
    assert len(modules) >= 20
    assert [hit for path in modules for hit in _imports_outside_core(path)] == []
