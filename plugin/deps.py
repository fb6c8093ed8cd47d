"""The Python packages the plugin needs, where they come from, and how a user installs them.

Searching and loading layers need pystac-client (bundled in the release zip, see
scripts/package.py) and shapely; saving also needs rioxarray. shapely and rioxarray have compiled
dependencies (GEOS, GDAL through rasterio), so they come from the platform QGIS runs on: the message
names the command that installs them there, never a ``pip install`` that the system Python refuses.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import os
import sys
import threading
import traceback
from pathlib import Path
from types import ModuleType

from .i18n import tr

REQUIRED: tuple[tuple[str, str], ...] = (
    # (import name, package name)
    ("pystac_client", "pystac-client"),
    ("shapely", "shapely"),
    ("rioxarray", "rioxarray"),
)
SEARCH = ("pystac_client", "shapely")
"""Needed for the dock, search, layers and the Processing provider."""
SAVE = ("rioxarray",)
"""Needed only to save assets (dock "Save…", ``stac:download``)."""
BUNDLED = frozenset({"pystac_client"})
"""Shipped inside the release zip (``<plugin>._vendor``)."""

_ROOT = __name__.rsplit(".", 2)[0] if __name__.count(".") >= 2 else ""


def vendor() -> ModuleType | None:
    """The release zip's ``_vendor`` package, or None when running from a source checkout."""
    if not _ROOT:
        return None
    try:
        return importlib.import_module(f"{_ROOT}._vendor")
    except ImportError:
        return None


def importable(module: str) -> bool:
    """Whether ``module`` can be imported (through the bundle for :data:`BUNDLED` ones)."""
    bundle = vendor() if module in BUNDLED else None
    if bundle is not None:
        return bool(bundle.available(module))
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def missing_dependencies(modules: tuple[str, ...] | None = None) -> list[str]:
    """Package names among ``modules`` (default: all of :data:`REQUIRED`) that cannot be imported."""
    wanted = modules if modules is not None else tuple(m for m, _ in REQUIRED)
    return [package for module, package in REQUIRED if module in wanted and not importable(module)]


def missing_for_search() -> list[str]:
    """What search, layers and the Processing provider lack (empty when they work)."""
    return missing_dependencies(SEARCH)


def missing_for_save() -> list[str]:
    """What saving lacks (empty when it works)."""
    return missing_dependencies(SAVE)


def _os_release() -> dict[str, str]:
    values: dict[str, str] = {}
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        with contextlib.suppress(OSError):
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                key, sep, value = line.partition("=")
                if sep:
                    values[key.strip()] = value.strip().strip('"')
            break
    return values


def detect_platform(sys_platform: str | None = None, os_release: dict[str, str] | None = None) -> str:
    """``"debian"`` (Debian, Ubuntu and their derivatives), ``"windows"``, ``"macos"`` or ``"linux"``."""
    name = sys_platform if sys_platform is not None else sys.platform
    if name.startswith("win"):
        return "windows"
    if name == "darwin":
        return "macos"
    release = os_release if os_release is not None else _os_release()
    family = {release.get("ID", "")} | set(release.get("ID_LIKE", "").split())
    return "debian" if family & {"debian", "ubuntu"} else "linux"


def macos_python(executable: str | None = None) -> str:
    """The Python inside the QGIS application bundle QGIS runs from."""
    path = Path(executable or sys.executable)
    for parent in (path, *path.parents):
        if parent.suffix == ".app":
            return str(parent / "Contents" / "MacOS" / "bin" / "python3")
    return "/Applications/QGIS.app/Contents/MacOS/bin/python3"


def install_hint(missing: list[str] | None = None, platform: str | None = None) -> str:
    """What to do so that ``missing`` (default: what is missing now) can be imported, on this platform."""
    names = missing if missing is not None else missing_dependencies()
    if not names:
        return ""
    where = platform or detect_platform()
    native = [n for n in names if n != "pystac-client"]
    steps = []
    bundle = vendor()
    if "pystac-client" in names and bundle is not None:  # bundled, but this Python is too old for it
        steps.append(
            tr("the pystac-client that comes with the plugin needs Python {min} "
               "or later and this QGIS runs Python {python}: use a newer QGIS").format(
                min=bundle.MANIFEST.get("python_min"), python=sys.version.split()[0]
            )
        )
    elif "pystac-client" in names:
        steps.append(
            tr("pystac-client comes with the plugin's release zip: install the plugin from "
               "Plugins > Manage and Install Plugins (or Install from ZIP with the release zip)")
        )
    if native:
        listed = ", ".join(native)
        if where == "debian":
            apt = " ".join(f"python3-{n}" for n in native)
            steps.append(tr("{listed}: run `sudo apt install {apt}` in a terminal").format(
                listed=listed, apt=apt
            ))
        elif where == "windows":
            o4w = " ".join(f"-P python3-{'rasterio' if n == 'rioxarray' else n}" for n in native)
            step = (
                tr("{listed}: in the OSGeo4W Shell that comes with QGIS run "
                   "`setup -q -A -k -s https://download.osgeo.org/osgeo4w/v2 {o4w}`").format(
                       listed=listed, o4w=o4w
                   )
            )
            if "rioxarray" in native:
                step += tr(" then `python -m pip install rioxarray`")
            steps.append(step)
        elif where == "macos":
            steps.append(tr('{listed}: run `"{python}" -m pip install {packages}` in Terminal').format(
                listed=listed, python=macos_python(), packages=" ".join(native)
            ))
        else:
            pkgs = " ".join(f"python3-{n}" for n in native)
            steps.append(tr("{listed}: install your distribution's packages ({pkgs} on most)").format(
                listed=listed, pkgs=pkgs
            ))
    return tr("To use all of the STAC plugin: {steps}. Then restart QGIS.").format(steps="; ".join(steps))


def save_unavailable_reason() -> str:
    """Empty when saving works, else the sentence telling what to install."""
    missing = missing_for_save()
    if not missing:
        return ""
    return tr("Saving needs {missing}. {hint}").format(missing=", ".join(missing), hint=install_hint(missing))


SLOW_IMPORTS = ("rioxarray",)
"""Imported ahead of first use: their import (xarray, pandas) holds the GIL long enough to stall
the GUI thread for tens of milliseconds, which would otherwise happen during the first save."""

def warm_imports() -> threading.Thread | None:
    """Import :data:`SLOW_IMPORTS` in a background thread (None when they are imported already).

    The caller keeps the thread and joins it before it goes away (the dock does when it unloads).
    """
    if all(name in sys.modules for name in SLOW_IMPORTS):
        return None

    def run() -> None:
        for name in SLOW_IMPORTS:
            try:
                importlib.import_module(name)
            except ImportError:  # a missing package is reported where it is needed
                continue
            except Exception:  # a broken install raises anything; the save reports it, the log keeps why
                from qgis.core import Qgis

                from .log import log

                log(f"Importing {name} failed:\n{traceback.format_exc()}", Qgis.MessageLevel.Warning)

    thread = threading.Thread(target=run, name="stac-warm-imports", daemon=True)
    thread.start()
    return thread


def describe() -> str:
    """One line for the log: where each package comes from."""
    bundle = vendor()
    parts = []
    for module, package in REQUIRED:
        if not importable(module):
            parts.append(f"{package}: missing")
        elif bundle is not None and module in BUNDLED:
            parts.append(f"{package}: {bundle.source(module)}")
        else:
            parts.append(f"{package}: system")
    return f"STAC plugin Python packages ({sys.version.split()[0]}, {os.name}): " + ", ".join(parts)
