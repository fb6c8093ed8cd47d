"""No two modules of plugin/ import each other, directly or through others.

Function-level imports count (they hide such an edge, they do not remove it), and so does the
package a module is imported from: ``from .auth.api import x`` runs ``plugin/auth/__init__.py``
first. The core has its own test (tests/core/test_core_import_cycles.py); this one covers the rest.
"""

from __future__ import annotations

import ast
from pathlib import Path

from core.test_core_import_cycles import _cycle

ROOT = Path(__file__).resolve().parents[2]


def _module_name(path: Path, root: Path) -> str:
    """``plugin/auth/basic.py`` -> ``plugin.auth.basic``; ``plugin/auth/__init__.py`` -> ``plugin.auth``."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _package_of(name: str, path: Path) -> str:
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def _targets(node: ast.ImportFrom, package: str, known: set[str]) -> set[str]:
    """The modules of ``known`` that ``node`` (in a module of ``package``) imports."""
    if node.level:
        base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
        target = ".".join([*base, node.module] if node.module else base)
    else:
        target = node.module or ""
    named = {f"{target}.{alias.name}" for alias in node.names} & known
    return named or ({target} & known)


def _with_packages(targets: set[str], importer: str, known: set[str]) -> set[str]:
    """``targets`` and the packages they are in, save those ``importer`` is itself part of."""
    found = set(targets)
    for target in targets:
        parts = target.split(".")
        found |= {".".join(parts[:i]) for i in range(1, len(parts))}
    return {t for t in found & known if not importer.startswith(t + ".") and t != importer}


def _graph(folder: Path, root: Path) -> dict[str, set[str]]:
    """{module: the modules of ``folder`` it imports anywhere in its code}."""
    paths = {_module_name(p, root): p for p in folder.rglob("*.py")}
    known = set(paths)
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        package = _package_of(name, path)
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                targets |= _targets(node, package, known)
            elif isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names} & known
        graph[name] = _with_packages(targets, name, known)
    return graph


def test_plugin_modules_import_no_cycle():
    graph = _graph(ROOT / "plugin", ROOT)
    assert {"plugin.log", "plugin.net", "plugin.settings", "plugin.auth", "plugin.auth.basic"} <= graph.keys()
    assert "plugin.core.logins" in graph["plugin.log"]
    assert "plugin.auth" in graph["plugin.net"]  # through plugin.auth.api
    assert _cycle(graph) == []


def test_a_cycle_through_a_package_is_found(tmp_path: Path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "log.py").write_text("from .sub import redact\n")
    (package / "sub" / "__init__.py").write_text("def f():\n    from . import hooks\n")
    (package / "sub" / "hooks.py").write_text("from ..log import log\n")
    (package / "sub" / "plain.py").write_text("from . import hooks\n")
    graph = _graph(package, tmp_path)
    assert graph["pkg.sub.plain"] == {"pkg.sub.hooks"}
    assert _cycle(graph) == ["pkg.log", "pkg.sub", "pkg.sub.hooks", "pkg.log"]
