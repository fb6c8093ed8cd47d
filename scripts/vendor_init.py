"""The plugin's private copies of pure-Python packages (made by scripts/package.py).

Each bundled package is reachable only as ``<plugin>._vendor.NAME``: ``import NAME`` anywhere else
still gets the system's copy or an ImportError. When the system has a copy of a suitable version
(and so do the packages it needs), ``<plugin>._vendor.NAME`` is that system module, so a package is
never loaded twice; otherwise it is the bundled copy in this folder.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.metadata
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

PREFIX = __name__
_HERE = Path(__file__).resolve().parent
_MANIFEST_FILE = _HERE / "manifest.json"
BUNDLE = _MANIFEST_FILE.exists()


MANIFEST: dict[str, Any] = (
    json.loads(_MANIFEST_FILE.read_text(encoding="utf-8")) if BUNDLE else {"dists": {}}
)


def _release(version: str) -> tuple[int, ...]:
    parts = []
    for piece in version.split("."):
        match = re.match(r"\d+", piece)
        if match is None:
            break
        parts.append(int(match[0]))
        if match.end() != len(piece):
            break
    return tuple(parts)


def _compare(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    width = max(len(a), len(b))
    a, b = a + (0,) * (width - len(a)), b + (0,) * (width - len(b))
    return (a > b) - (a < b)


def satisfies(version: str, specifiers: str) -> bool:
    """Whether ``version`` meets every clause of ``specifiers`` (``">=2.28.2,<3"``); release numbers only."""
    have = _release(version)
    for clause in filter(None, (c.strip() for c in specifiers.split(","))):
        match = re.match(r"(~=|==|!=|<=|>=|<|>)\s*(.+)", clause)
        if match is None:
            continue
        op, text = match[1], match[2].strip()
        if text.endswith(".*"):
            want = _release(text[:-2])
            same = have[: len(want)] == want
            if (op == "==" and not same) or (op == "!=" and same):
                return False
            continue
        want = _release(text)
        cmp = _compare(have, want)
        ok = {
            "==": cmp == 0, "!=": cmp != 0, "<": cmp < 0, "<=": cmp <= 0, ">": cmp > 0, ">=": cmp >= 0,
            "~=": cmp >= 0 and have[: max(len(want) - 1, 1)] == want[: max(len(want) - 1, 1)],
        }[op]  # fmt: skip
        if not ok:
            return False
    return True


def _system_version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except Exception:  # a broken installation counts as none
        return None


def _on_system(module: str) -> bool:
    try:
        spec = importlib.machinery.PathFinder.find_spec(module, [p for p in sys.path if p])
    except (ImportError, ValueError):
        return False
    origin = getattr(spec, "origin", None) or ""
    return spec is not None and not origin.startswith(str(_HERE))


def _choose() -> dict[str, str]:
    """``{distribution: "system" | "bundled"}``: the system's copy wherever it is suitable."""
    dists = MANIFEST["dists"]
    chosen: dict[str, str] = {}

    def pick(dist: str, seen: tuple[str, ...] = ()) -> str:
        if dist in chosen:
            return chosen[dist]
        info = dists[dist]
        version = _system_version(dist)
        ok = (
            version is not None
            and all(satisfies(version, spec) for spec in info["specifiers"])
            and all(_on_system(m) for m in info["modules"])
            # a system copy imports the system's copies of what it needs: so must we, where present
            and all(
                pick(dep, (*seen, dist)) == "system"
                for dep in info["needs"]
                if dep not in seen and _system_version(dep) is not None
            )
        )
        chosen[dist] = "system" if ok else "bundled"
        return chosen[dist]

    for dist in dists:
        pick(dist)
    return chosen


CHOSEN = _choose()
SYSTEM_MODULES = frozenset(
    m for d, info in MANIFEST["dists"].items() if CHOSEN[d] == "system" for m in info["modules"]
)


def _python_ok() -> bool:
    return sys.version_info[:2] >= _release(MANIFEST.get("python_min", "3"))[:2]


def available(module: str) -> bool:
    """Whether ``<plugin>._vendor.<module>`` can be used with this Python."""
    known = any(module in info["modules"] for info in MANIFEST["dists"].values())
    return known and (module in SYSTEM_MODULES or _python_ok())


def source(module: str) -> str:
    """Where ``<plugin>._vendor.<module>`` comes from: ``"system"`` or ``"bundled"``."""
    return "system" if module in SYSTEM_MODULES else "bundled"


class _Alias(importlib.abc.Loader):
    """Loads ``<plugin>._vendor.X.y`` as the already-importable system module ``X.y``."""

    def __init__(self, real: str) -> None:
        self.real = real
        self.spec: Any = None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        module = importlib.import_module(self.real)
        self.spec = module.__spec__
        return module

    def exec_module(self, module: ModuleType) -> None:
        module.__spec__ = self.spec  # the import system set ours; the module keeps its own


class _AliasFinder(importlib.abc.MetaPathFinder):
    prefix = PREFIX + "."

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if not fullname.startswith(self.prefix):
            return None
        real = fullname[len(self.prefix) :]
        if real.split(".")[0] not in SYSTEM_MODULES:
            return None
        return importlib.util.spec_from_loader(fullname, _Alias(real))


if BUNDLE:  # as scripts/vendor_init.py (its tests) it only offers its functions
    sys.meta_path[:] = [f for f in sys.meta_path if getattr(f, "prefix", None) != _AliasFinder.prefix]
    sys.meta_path.insert(0, _AliasFinder())


class _EntryPoint:
    def __init__(self, name: str, module: str, attr: str) -> None:
        self.name, self.module, self.attr = name, module, attr

    def load(self) -> Any:
        module = importlib.import_module(f"{PREFIX}.{self.module}")
        return getattr(module, self.attr) if self.attr else module


def entry_points(group: str) -> list[_EntryPoint]:
    """The bundled distributions' entry points of ``group`` (they have no metadata on sys.path)."""
    group = group.removeprefix(PREFIX + ".")
    return [_EntryPoint(*e) for e in MANIFEST.get("entry_points", {}).get(group, [])]
