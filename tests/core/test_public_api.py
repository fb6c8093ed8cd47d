"""The plugin uses no library's private members (pystac-client: see plugin/core/stac_api.py).

A source scan of plugin/ and ui/, no QGIS needed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(
    p for folder in ("plugin", "ui") for p in (ROOT / folder).rglob("*.py") if "_vendor" not in p.parts
)

PYSTAC_CLIENT_PRIVATE = frozenset(
    {"_stac_io", "_collections_href", "_get_search_links", "_search_href", "_get_href", "_conformance"}
)
"""pystac-client's (and pystac's) insides the plugin once used or might reach for again."""

NAMEDTUPLE_API = frozenset({"_replace", "_asdict", "_fields", "_make"})
"""Public methods of named tuples (``urlsplit(...)._replace``), named with _ not to clash with fields."""

OWNED_ELSEWHERE = frozenset({Path("plugin/core/proj_threads.py")})
"""Works around pyproj's thread handling and says why in the module itself."""


def _tree(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _private_name(node: ast.AST) -> tuple[str, ast.AST | None] | None:
    """(name, owner) of ``owner._name`` or ``getattr(owner, "_name")``; owner None for a string."""
    if isinstance(node, ast.Attribute):
        name, owner = node.attr, node.value
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("getattr", "hasattr", "setattr", "delattr")
        and len(node.args) > 1
        and isinstance(node.args[1], ast.Constant)
        and isinstance(node.args[1].value, str)
    ):
        name, owner = node.args[1].value, node.args[0]
    else:
        return None
    if not name.startswith("_") or name.startswith("__"):
        return None
    return name, owner


def _is_self(owner: ast.AST | None) -> bool:
    return isinstance(owner, ast.Name) and owner.id in ("self", "cls")


def _own_private_names() -> frozenset[str]:
    """Private names the plugin defines itself: functions, classes, attributes assigned, imports."""
    names: set[str] = set()
    for path in SOURCES:
        for node in ast.walk(_tree(path)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                names.add(node.attr)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                names.add(node.id)
            elif isinstance(node, ast.alias):
                names.add(node.asname or node.name.split(".")[-1])
    return frozenset(n for n in names if n.startswith("_"))


OWN = _own_private_names()


def _private_import(node: ast.AST) -> bool:
    """Whether ``node`` imports a library's private module or name (``from pyproj._context ...``)."""
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module != "__future__":
        parts = (node.module or "").split(".") + [alias.name for alias in node.names]
    elif isinstance(node, ast.Import):
        parts = [part for alias in node.names for part in alias.name.split(".")]
    else:
        return False
    return any(part.startswith("_") and not part.startswith("__") for part in parts)


def foreign_private_uses(path: Path, own: frozenset[str] = OWN) -> list[tuple[int, str]]:
    """(line, expression) of private members used on objects not the plugin's own, and of
    imports of a library's private modules or names."""
    found = []
    for node in ast.walk(_tree(path)):
        if _private_import(node):
            found.append((node.lineno, ast.unparse(node)))
            continue
        hit = _private_name(node)
        if hit is None or _is_self(hit[1]) or hit[0] in NAMEDTUPLE_API:
            continue
        if hit[0] in PYSTAC_CLIENT_PRIVATE or hit[0] not in own:
            found.append((node.lineno, ast.unparse(node)))
    return found


def pystac_client_private_uses(path: Path) -> list[tuple[int, str]]:
    """(line, expression) of pystac-client's private members, on any object, and ``x._cache`` (a
    cache is private to the object that keeps it)."""
    found = []
    for node in ast.walk(_tree(path)):
        hit = _private_name(node)
        if hit is None:
            continue
        if hit[0] in PYSTAC_CLIENT_PRIVATE or (hit[0] == "_cache" and not _is_self(hit[1])):
            found.append((node.lineno, ast.unparse(node)))
    return found


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_sources_found():
    assert len(SOURCES) > 30
    assert ROOT / "plugin" / "core" / "stac_api.py" in SOURCES
    assert {"_io", "_cache", "_run"} <= OWN


@pytest.mark.parametrize("path", SOURCES, ids=_rel)
def test_no_private_pystac_client_member(path: Path):
    assert pystac_client_private_uses(path) == []


@pytest.mark.parametrize("path", [p for p in SOURCES if p.relative_to(ROOT) not in OWNED_ELSEWHERE], ids=_rel)
def test_no_private_member_of_a_library(path: Path):
    assert foreign_private_uses(path) == []


def test_the_scan_sees_private_members(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from pyproj._context import get_context_manager\n"
        "def f(client, parts, self, sock):\n"
        "    io = client._stac_io\n"
        "    getattr(client, '_get_search_links')\n"
        "    self._mine = parts._replace(query='')\n"
        "    sock._sslobj\n"
        "    self._run(client._mine)\n"
        "    return self.client._cache\n"
    )
    own = OWN | {"_mine"}
    assert sorted(line for line, _ in foreign_private_uses(sample, own)) == [1, 3, 4, 6]
    assert sorted(line for line, _ in pystac_client_private_uses(sample)) == [3, 4, 8]


PYSTAC_CLIENT_IMPORTERS = frozenset({Path("plugin/core/stac_api.py")})
"""The modules that import pystac-client; everything else goes through plugin/core/stac_api.py."""


def imports_of(path: Path, package: str) -> list[int]:
    """Lines of ``path`` that import ``package`` or one of its modules (at any depth)."""
    lines = []
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        if any(name == package or name.startswith(package + ".") for name in names):
            lines.append(node.lineno)
    return lines


def test_pystac_client_imported_only_by_the_adapter():
    importers = {p.relative_to(ROOT) for p in SOURCES if imports_of(p, "pystac_client")}
    assert importers == PYSTAC_CLIENT_IMPORTERS


def test_the_import_scan_sees_nested_imports(tmp_path: Path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import pystac_client\n"
        "def f():\n"
        "    from pystac_client.exceptions import APIError\n"
        "    import pystac_client_extra\n"
        "    from .pystac_client import x\n"
    )
    assert imports_of(sample, "pystac_client") == [1, 3]
