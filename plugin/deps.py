"""Check that the Python packages the plugin needs are importable from QGIS's Python."""

from __future__ import annotations

import importlib.util

REQUIRED: tuple[tuple[str, str], ...] = (
    # (import name, package name to install)
    ("pystac_client", "pystac-client"),
    ("shapely", "shapely"),
    ("rioxarray", "rioxarray"),
)

NATIVE = frozenset({"shapely", "rioxarray"})
"""Packages with compiled code: take them from the system, never from pip into QGIS's Python."""


def missing_dependencies() -> list[str]:
    """Package names (as installed with pip) that cannot be imported."""
    missing = []
    for module, package in REQUIRED:
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(package)
    return missing


def install_hint(missing: list[str] | None = None) -> str:
    """One line telling the user how to install ``missing`` (default: what is missing now)."""
    names = missing if missing is not None else missing_dependencies()
    if not names:
        return ""
    native = [n for n in names if n in NATIVE]
    pure = [n for n in names if n not in NATIVE]
    steps = []
    if native:
        apt = " ".join(f"python3-{n}" for n in native)
        where = "(Debian/Ubuntu) or the OSGeo4W installer (Windows)"
        steps.append(f"{', '.join(native)}: `sudo apt install {apt}` {where}")
    if pure:
        pip = " ".join(pure)
        steps.append(f"{', '.join(pure)}: `python3 -m pip install --user {pip}` with the Python QGIS uses")
    return "Missing Python packages. Install " + "; ".join(steps) + ", then restart QGIS."
