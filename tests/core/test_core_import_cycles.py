"""No two modules of plugin/core import each other, directly or through others (function-level
imports included: they hide such edges, they do not remove them)."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "plugin" / "core"


def _graph(folder: Path) -> dict[str, set[str]]:
    """{module: the sibling modules it imports anywhere in its code}."""
    names = {p.stem for p in folder.glob("*.py")}
    graph: dict[str, set[str]] = {}
    for path in folder.glob("*.py"):
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                deps |= {node.module.split(".")[0]} if node.module else {a.name for a in node.names}
        graph[path.stem] = deps & names - {path.stem}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle (a list of modules, the first repeated at the end), or []."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(node: str, path: list[str]) -> list[str]:
        state[node] = 1
        for dep in sorted(graph.get(node, ())):
            if state.get(dep) == 1:
                return [*path[path.index(dep) :], dep]
            if dep not in state:
                found = visit(dep, [*path, dep])
                if found:
                    return found
        state[node] = 2
        return []

    for start in sorted(graph):
        if start not in state:
            found = visit(start, [start])
            if found:
                return found
    return []


def test_core_modules_import_no_cycle():
    graph = _graph(CORE)
    assert {"search", "items", "stac_api"} <= graph.keys()
    assert "search" not in graph["items"]
    assert _cycle(graph) == []


def test_a_cycle_is_found(tmp_path: Path):
    (tmp_path / "a.py").write_text("from .b import x\n")
    (tmp_path / "b.py").write_text("def f():\n    from .c import y\n")
    (tmp_path / "c.py").write_text("from . import a\n")
    (tmp_path / "d.py").write_text("from .a import z\n")
    assert _cycle(_graph(tmp_path)) == ["a", "b", "c", "a"]
