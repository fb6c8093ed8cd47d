"""Build the plugin zip for the QGIS plugin repository, with its pure-Python dependencies inside.

    python scripts/package.py [--out dist] [--wheels DIR]

pystac-client and every pure-Python package it needs (pystac, requests, ...) are downloaded from
PyPI as ``py3-none-any`` wheels only (compiled packages such as shapely, numpy, GDAL, rasterio are
never bundled: they come from the platform) and unpacked into ``<plugin>/_vendor/``. Their imports,
and the plugin's own imports of them, are rewritten to ``<plugin>._vendor.NAME`` so they never clash
with another plugin's or the system's copies; ``_vendor/__init__.py`` (scripts/vendor_init.py)
prefers a suitable system copy at run time and serves the bundled one otherwise.
"""

from __future__ import annotations

import argparse
import ast
import email.parser
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NAME = "stac_imagery_search"
ITEMS = ("metadata.txt", "__init__.py", "icon.svg", "LICENSE", "README.md", "plugin", "ui")
BUNDLE = ("pystac-client>=0.7",)
"""What the plugin imports; pip adds what these need."""
PYTHON_MIN = "3.10"
"""The oldest Python the bundled wheels are chosen for (QGIS 3.22 on Debian 12 has 3.11)."""

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


def _metadata(wheel: zipfile.ZipFile) -> tuple[dict, str]:
    info = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    meta = email.parser.Parser().parsestr(wheel.read(info).decode())
    return meta, info.split("/")[0]


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def unpack(wheels: list[Path], vendor: Path) -> dict:
    """Unpack the wheels' modules into ``vendor``; the manifest describing them."""
    dists: dict[str, dict] = {}
    requires: dict[str, list[tuple[str, str]]] = {}
    entry_points: dict[str, list[list[str]]] = {}
    for path in wheels:
        with zipfile.ZipFile(path) as wheel:
            meta, info_dir = _metadata(wheel)
            names = [n for n in wheel.namelist() if not n.startswith(info_dir) and not n.endswith("/")]
            if any(n.endswith((".so", ".pyd", ".dll", ".dylib")) for n in names):
                raise SystemExit(f"{path.name} has compiled code: it must come from the platform")
            dist = _canonical(meta["Name"])
            modules = sorted({n.split("/")[0].removesuffix(".py") for n in names if ".data/" not in n})
            for name in names:
                target = vendor / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(wheel.read(name))
            for name in wheel.namelist():
                licence = re.search(r"/(licenses/.*|LICEN[CS]E.*|COPYING.*)$", name)
                if name.startswith(f"{info_dir}/") and licence:
                    target = vendor / "licenses" / dist / Path(name).name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(wheel.read(name))
            if f"{info_dir}/entry_points.txt" in wheel.namelist():
                group = ""
                for raw in wheel.read(f"{info_dir}/entry_points.txt").decode().splitlines():
                    line = raw.strip()
                    if line.startswith("["):
                        group = line.strip("[]")
                    elif "=" in line and group == "pystac.extensions":
                        key, target_name = (s.strip() for s in line.split("=", 1))
                        module, _, attr = target_name.partition(":")
                        entry_points.setdefault(group, []).append([key, module, attr])
        dists[dist] = {"name": meta["Name"], "version": meta["Version"], "modules": modules,
                       "requires_python": meta.get("Requires-Python", "")}  # fmt: skip
        for req in meta.get_all("Requires-Dist") or []:
            if "extra ==" in req.replace('extra==', "extra =="):
                continue
            match = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*\(?([^;)]*)\)?", req)
            if match:
                requires.setdefault(dist, []).append((_canonical(match[1]), match[2].strip()))
    for spec in BUNDLE:
        match = re.match(r"([A-Za-z0-9_.\-]+)(.*)", spec)
        assert match is not None
        requires.setdefault("", []).append((_canonical(match[1]), match[2].strip()))
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
    # A package split over several distributions (pystac 1.15: pystac-core and pystac-ext-*) is
    # judged on the system by the distribution named like the package; the others are its parts.
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
        needs = {part_of.get(d, d) for d in info["needs"]} - {dist}
        info["needs"] = sorted(needs)
    return {"python_min": PYTHON_MIN, "dists": dists, "parts": parts, "entry_points": entry_points}


def _line_offsets(data: bytes) -> list[int]:
    offsets = [0]
    for line in data.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    return offsets


def rewrite_imports(source: str, top_names: set[str], prefix: str) -> str:
    """``source`` with every absolute import of a module in ``top_names`` moved under ``prefix``."""
    tree = ast.parse(source)
    data = source.encode()
    starts = _line_offsets(data)
    edits: list[tuple[int, int, bytes]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] not in top_names:
                continue
            begin = starts[node.lineno - 1] + node.col_offset
            end = starts[node.end_lineno - 1] + node.end_col_offset  # type: ignore[operator]
            text = data[begin:end].decode()
            dotted = re.escape(node.module).replace(r"\.", r"\s*\.\s*")
            match = re.match(r"from(\s+)" + dotted + r"(?=\s)", text)
            if match is None:
                raise SystemExit(f"cannot rewrite {text!r}")
            new = f"from{match[1]}{prefix}.{node.module}" + text[match.end() :]
            edits.append((begin, end, new.encode()))
        elif isinstance(node, ast.Import) and any(a.name.split(".")[0] in top_names for a in node.names):
            parts = []
            for alias in node.names:
                top = alias.name.split(".")[0]
                if top not in top_names:
                    parts.append(f"import {alias.name}" + (f" as {alias.asname}" if alias.asname else ""))
                elif alias.asname:
                    if "." in alias.name:
                        parts.append(f"import {prefix}.{alias.name} as {alias.asname}")
                    else:
                        parts.append(f"from {prefix} import {alias.name} as {alias.asname}")
                elif "." in alias.name:
                    parts.append(f"import {prefix}.{alias.name}; from {prefix} import {top}")
                else:
                    parts.append(f"from {prefix} import {top}")
            begin = starts[node.lineno - 1] + node.col_offset
            end = starts[node.end_lineno - 1] + node.end_col_offset  # type: ignore[operator]
            edits.append((begin, end, "; ".join(parts).encode()))
    for begin, end, new in sorted(edits, reverse=True):
        data = data[:begin] + new + data[end:]
    return data.decode()


def rewrite_module_strings(source: str, modules: set[str], prefix: str) -> str:
    """String literals that name a bundled dotted module (``"pystac.static"``) moved under ``prefix``."""
    tree = ast.parse(source)
    data = source.encode()
    starts = _line_offsets(data)
    edits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in modules:
            begin = starts[node.lineno - 1] + node.col_offset
            end = starts[node.end_lineno - 1] + node.end_col_offset  # type: ignore[operator]
            edits.append((begin, end, repr(f"{prefix}.{node.value}").encode()))
    for begin, end, new in sorted(edits, reverse=True):
        data = data[:begin] + new + data[end:]
    return data.decode()


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


def build(out: Path, wheels_dir: Path | None = None, name: str = NAME) -> Path:
    """Assemble ``build/<name>`` and zip it into ``out``; the zip's path."""
    version = re.search(r"^version=(.*)$", (REPO / "metadata.txt").read_text(), re.M)
    assert version is not None
    stage = Path(tempfile.mkdtemp(prefix="stac-package-"))
    try:
        root = stage / name
        root.mkdir()
        for item in ITEMS:
            src = REPO / item
            if src.is_dir():
                shutil.copytree(src, root / item, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            else:
                shutil.copy2(src, root / item)
        vendor = root / "_vendor"
        vendor.mkdir()
        if wheels_dir is None:
            wheels_dir = stage / "wheels"
            wheels = download(wheels_dir)
        else:
            wheels = sorted(wheels_dir.glob("*.whl"))
        manifest = unpack(wheels, vendor)
        prefix = f"{name}._vendor"
        tops = {m for d in manifest["dists"].values() for m in d["modules"]}
        dotted = _dotted_modules(vendor, tops)
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
        for path in vendor.rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            new = rewrite_module_strings(rewrite_imports(text, tops, prefix), dotted, prefix)
            if new != text:
                path.write_text(new, encoding="utf-8")
        for item in ("plugin", "ui"):
            for path in (root / item).rglob("*.py"):
                text = path.read_text(encoding="utf-8")
                new = rewrite_imports(text, tops, prefix)
                if new != text:
                    path.write_text(new, encoding="utf-8")
        (vendor / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True))
        shutil.copy2(REPO / "scripts" / "vendor_init.py", vendor / "__init__.py")
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"{name}-{version[1].strip()}.zip"
        target.unlink(missing_ok=True)
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(stage).as_posix())
        return target
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "dist")
    parser.add_argument("--wheels", type=Path, help="use the wheels in this folder instead of PyPI")
    args = parser.parse_args()
    print(build(args.out, args.wheels))


if __name__ == "__main__":
    main()
