"""The plugin's pure-Python dependencies, bundled under ``<plugin>._vendor`` with rewritten imports.

pystac-client and every pure-Python package it needs (pystac, requests, ...) are downloaded from
PyPI as ``py3-none-any`` wheels only (compiled packages such as shapely, numpy, GDAL, rasterio are
never bundled: they come from the platform) and unpacked into ``<plugin>/_vendor/``, without the
packages' own test folders. Their imports, and the plugin's own imports of them, are rewritten to
``<plugin>._vendor.NAME`` so they never clash with another plugin's or the system's copies;
``_vendor/__init__.py`` (scripts/vendor_init.py) prefers a suitable system copy at run time and
serves the bundled one otherwise.
"""

from __future__ import annotations

import ast
import email.message
import email.parser
import json
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
BUNDLE = ("pystac-client>=0.7",)
"""What the plugin imports; pip adds what these need."""
PYTHON_MIN = "3.10"
"""The oldest Python the bundled wheels are chosen for (QGIS 3.22 on Debian 12 has 3.11)."""
COMPILED = (".so", ".pyd", ".dll", ".dylib")
PLUGIN_CODE = ("plugin", "ui")
"""The plugin's folders whose imports of bundled packages are rewritten."""
TEST_FOLDERS = frozenset({"tests", "test"})
"""Folders of a package's own test suite (certifi ships ``certifi/tests/``): never bundled."""

# Known spots where a bundled package names a module in a string instead of an import statement.
# Each must match the source it was written for, or the build stops: a new release needs a look.
PATCHES: dict[str, list[tuple[str, str]]] = {
    # The original registers requests.packages.* aliases in sys.modules, which would be the system's
    # requests' names: the bundled copy gets the attributes only.
    "requests/packages.py": [
        (
            r"(?s)\Aimport sys\n.*\Z",
            "from {prefix} import idna, urllib3  # noqa: F401\n\nfrom .compat import chardet  # noqa: F401\n",
        )
    ],
    "requests/compat.py": [
        (r'\("chardet", "charset_normalizer"\)', '("chardet", "{prefix}.charset_normalizer")'),
    ],
    # pystac >= 1.15 finds its extensions through entry points, which a bundle has not installed.
    "pystac/extensions/hooks.py": [
        (
            r'entry_points\(group="pystac\.extensions"\)',
            '__import__("{prefix}", fromlist=["_"]).entry_points("pystac.extensions")',
        ),
    ],
}


def download(dest: Path) -> list[Path]:
    """Pure-Python wheels of :data:`BUNDLE` and its dependencies into ``dest``."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check",
         "--only-binary=:all:", "--platform", "any", "--implementation", "py", "--abi", "none",
         "--python-version", PYTHON_MIN, "-d", str(dest), *BUNDLE],
        check=True,
    )  # fmt: skip
    return sorted(dest.glob("*.whl"))


def _metadata(wheel: zipfile.ZipFile) -> tuple[email.message.Message, str]:
    info = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    meta = email.parser.Parser().parsestr(wheel.read(info).decode())
    return meta, info.split("/")[0]


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement(spec: str) -> tuple[str, str] | None:
    """``(canonical name, version specifier)`` of a requirement, None for an extra's."""
    if "extra ==" in spec.replace("extra==", "extra =="):
        return None
    match = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*\(?([^;)]*)\)?", spec)
    return (_canonical(match[1]), match[2].strip()) if match else None


def _entry_points(wheel: zipfile.ZipFile, info_dir: str) -> list[list[str]]:
    """The wheel's ``pystac.extensions`` entry points as ``[key, module, attribute]``."""
    if f"{info_dir}/entry_points.txt" not in wheel.namelist():
        return []
    found, group = [], ""
    for raw in wheel.read(f"{info_dir}/entry_points.txt").decode().splitlines():
        line = raw.strip()
        if line.startswith("["):
            group = line.strip("[]")
        elif "=" in line and group == "pystac.extensions":
            key, target = (s.strip() for s in line.split("=", 1))
            module, _, attr = target.partition(":")
            found.append([key, module, attr])
    return found


def in_test_folder(name: str) -> bool:
    """Whether the archive path ``name`` lies in a test folder (:data:`TEST_FOLDERS`) at any depth."""
    return any(part in TEST_FOLDERS for part in name.split("/")[:-1])


def _extract(wheel: zipfile.ZipFile, info_dir: str, dist: str, vendor: Path) -> list[str]:
    """Write the wheel's modules and licence files under ``vendor``, test folders left out; its
    top-level module names."""
    names = [
        n for n in wheel.namelist()
        if not n.startswith(info_dir) and not n.endswith("/") and not in_test_folder(n)
    ]  # fmt: skip
    if any(n.endswith(COMPILED) for n in names):
        raise SystemExit(f"{wheel.filename} has compiled code: it must come from the platform")
    for name in names:
        target = vendor / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(wheel.read(name))
    for name in wheel.namelist():
        if name.startswith(f"{info_dir}/") and re.search(r"/(licenses/.*|LICEN[CS]E.*|COPYING.*)$", name):
            target = vendor / "licenses" / dist / Path(name).name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(wheel.read(name))
    return sorted({n.split("/")[0].removesuffix(".py") for n in names if ".data/" not in n})


def _link(dists: dict[str, dict], requires: dict[str, list[tuple[str, str]]]) -> None:
    """Fill each bundled distribution's ``needs`` and the ``specifiers`` asked of it."""
    for dist in dists.values():
        dist["needs"], dist["specifiers"] = [], []
    for owner, reqs in requires.items():
        for dep, spec in reqs:
            if dep not in dists:
                continue
            if owner and dep not in dists[owner]["needs"]:
                dists[owner]["needs"].append(dep)
            if spec:
                dists[dep]["specifiers"].append(spec)


def _fold_parts(dists: dict[str, dict]) -> dict[str, dict]:
    """Remove from ``dists`` the distributions that are parts of another; those parts.

    A package split over several distributions (pystac 1.15: pystac-core and pystac-ext-*) is
    judged on the system by the distribution named like the package; the others are its parts.
    """
    owner_of = {m: d for d, info in dists.items() for m in info["modules"] if _canonical(m) == d}
    part_of = {}
    for dist, info in dists.items():
        owners = {owner_of.get(m) for m in info["modules"]}
        if len(owners) == 1 and None not in owners and dist not in owners:
            part_of[dist] = owners.pop()
    parts = {d: {"version": dists[d]["version"], "part_of": o} for d, o in part_of.items()}
    for dist in part_of:
        del dists[dist]
    for dist, info in dists.items():
        info["needs"] = sorted({part_of.get(d, d) for d in info["needs"]} - {dist})
    return parts


def unpack(wheels: list[Path], vendor: Path) -> dict:
    """Unpack the wheels' modules into ``vendor``; the manifest describing them."""
    dists: dict[str, dict] = {}
    requires: dict[str, list[tuple[str, str]]] = {"": [r for r in map(_requirement, BUNDLE) if r]}
    entry_points: dict[str, list[list[str]]] = {}
    for path in wheels:
        with zipfile.ZipFile(path) as wheel:
            meta, info_dir = _metadata(wheel)
            dist = _canonical(meta["Name"])
            modules = _extract(wheel, info_dir, dist, vendor)
            if found := _entry_points(wheel, info_dir):
                entry_points.setdefault("pystac.extensions", []).extend(found)
        dists[dist] = {"name": meta["Name"], "version": meta["Version"], "modules": modules,
                       "requires_python": meta.get("Requires-Python", "")}  # fmt: skip
        requires[dist] = [r for r in map(_requirement, meta.get_all("Requires-Dist") or []) if r]
    _link(dists, requires)
    parts = _fold_parts(dists)
    return {"python_min": PYTHON_MIN, "dists": dists, "parts": parts, "entry_points": entry_points}


def _line_offsets(data: bytes) -> list[int]:
    offsets = [0]
    for line in data.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    return offsets


def _span(node: ast.AST, starts: list[int]) -> tuple[int, int]:
    """Byte offsets of ``node`` in the source whose line offsets are ``starts``."""
    begin = starts[node.lineno - 1] + node.col_offset  # type: ignore[attr-defined]
    end = starts[node.end_lineno - 1] + node.end_col_offset  # type: ignore[attr-defined]
    return begin, end


def _moved_from(text: str, module: str, prefix: str) -> str:
    """``from MODULE import ...`` (``text``, as written) as ``from PREFIX.MODULE import ...``."""
    dotted = re.escape(module).replace(r"\.", r"\s*\.\s*")
    match = re.match(r"from(\s+)" + dotted + r"(?=\s)", text)
    if match is None:
        raise SystemExit(f"cannot rewrite {text!r}")
    return f"from{match[1]}{prefix}.{module}" + text[match.end() :]


def _moved_alias(alias: ast.alias, top_names: set[str], prefix: str) -> str:
    """One name of an ``import`` statement as a statement that imports it under ``prefix``."""
    top = alias.name.split(".")[0]
    dotted = "." in alias.name
    if top not in top_names:
        return f"import {alias.name}" + (f" as {alias.asname}" if alias.asname else "")
    if alias.asname:
        if dotted:
            return f"import {prefix}.{alias.name} as {alias.asname}"
        return f"from {prefix} import {alias.name} as {alias.asname}"
    if dotted:
        return f"import {prefix}.{alias.name}; from {prefix} import {top}"
    return f"from {prefix} import {top}"


def _apply(data: bytes, edits: list[tuple[int, int, bytes]]) -> str:
    for begin, end, new in sorted(edits, reverse=True):
        data = data[:begin] + new + data[end:]
    return data.decode()


def rewrite_imports(source: str, top_names: set[str], prefix: str) -> str:
    """``source`` with every absolute import of a module in ``top_names`` moved under ``prefix``."""
    data = source.encode()
    starts = _line_offsets(data)
    edits: list[tuple[int, int, bytes]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] in top_names:
                begin, end = _span(node, starts)
                new = _moved_from(data[begin:end].decode(), node.module, prefix)
                edits.append((begin, end, new.encode()))
        elif isinstance(node, ast.Import) and any(a.name.split(".")[0] in top_names for a in node.names):
            new = "; ".join(_moved_alias(alias, top_names, prefix) for alias in node.names)
            edits.append((*_span(node, starts), new.encode()))
    return _apply(data, edits)


def rewrite_module_strings(source: str, modules: set[str], prefix: str) -> str:
    """String literals that name a bundled dotted module (``"pystac.static"``) moved under ``prefix``."""
    data = source.encode()
    starts = _line_offsets(data)
    edits = [
        (*_span(node, starts), repr(f"{prefix}.{node.value}").encode())
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in modules
    ]
    return _apply(data, edits)


def _dotted_modules(vendor: Path, top_names: set[str]) -> set[str]:
    found = set()
    for top in top_names:
        for path in (vendor / top).rglob("*"):
            rel = path.relative_to(vendor)
            if path.is_dir() or path.name == "__init__.py":
                parts = rel.parts if path.is_dir() else rel.parts[:-1]
            elif path.suffix == ".py":
                parts = (*rel.parts[:-1], path.stem)
            else:
                continue
            if len(parts) > 1:
                found.add(".".join(parts))
    return found


def _patch(vendor: Path, prefix: str) -> None:
    """Apply :data:`PATCHES` to the bundled sources."""
    for rel, patches in PATCHES.items():
        path = vendor / rel
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        for pattern, replacement in patches:
            text, count = re.subn(pattern, replacement.replace("{prefix}", prefix), text)
            if count == 0:
                raise SystemExit(f"{rel}: the source changed, {pattern!r} not found: review PATCHES")
        path.write_text(text, encoding="utf-8")


def _rewrite_tree(folder: Path, rewrite: Callable[[str], str]) -> None:
    """Every ``.py`` file under ``folder`` passed through ``rewrite(text) -> text``."""
    for path in folder.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        new = rewrite(text)
        if new != text:
            path.write_text(new, encoding="utf-8")


def bundle(root: Path, name: str, wheels: list[Path]) -> dict:
    """Unpack ``wheels`` into ``root/_vendor`` and move every import of them under it; the manifest.

    ``root`` is a copy of the plugin folder, installed as package ``name``: its ``plugin`` and
    ``ui`` code is rewritten in place.
    """
    vendor = root / "_vendor"
    vendor.mkdir()
    manifest = unpack(wheels, vendor)
    prefix = f"{name}._vendor"
    tops = {m for d in manifest["dists"].values() for m in d["modules"]}
    dotted = _dotted_modules(vendor, tops)
    _patch(vendor, prefix)
    _rewrite_tree(vendor, lambda t: rewrite_module_strings(rewrite_imports(t, tops, prefix), dotted, prefix))
    for item in PLUGIN_CODE:
        if (root / item).is_dir():
            _rewrite_tree(root / item, lambda t: rewrite_imports(t, tops, prefix))
    (vendor / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True))
    shutil.copy2(SCRIPTS / "vendor_init.py", vendor / "__init__.py")
    return manifest
