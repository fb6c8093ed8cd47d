"""Check that the Python packages the plugin needs are importable from QGIS's Python."""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import threading

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


SLOW_IMPORTS = ("rioxarray",)
"""Imported ahead of first use: their import (xarray, pandas) holds the GIL long enough to stall
the GUI thread for tens of milliseconds, which would otherwise happen during the first save."""

_warmed: list[threading.Thread] = []


def warm_imports() -> threading.Thread | None:
    """Import :data:`SLOW_IMPORTS` in a background thread, once per session (None if done already)."""
    if _warmed:
        return None

    def run() -> None:
        for name in SLOW_IMPORTS:
            with contextlib.suppress(Exception):  # a missing package is reported elsewhere
                importlib.import_module(name)

    thread = threading.Thread(target=run, name="stac-warm-imports", daemon=True)
    _warmed.append(thread)
    thread.start()
    return thread
