"""Dependency checks and the background warm-up of slow imports."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def test_slow_imports_are_warmed_in_the_background_once() -> None:
    """A fresh Python: the dock's first show imports rioxarray off the GUI thread, only once."""
    code = (
        "import sys, threading\n"
        "from plugin import deps\n"
        "assert 'rioxarray' not in sys.modules\n"
        "thread = deps.warm_imports()\n"
        "assert thread is not None and thread is not threading.current_thread()\n"
        "thread.join(120)\n"
        "assert 'rioxarray' in sys.modules\n"
        "assert deps.warm_imports() is None\n"
        "print('ok')\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=180, check=False
    )
    assert done.stdout.strip() == "ok", done.stderr


def test_install_message_names_the_command_of_each_platform() -> None:
    from plugin import deps

    debian = deps.install_hint(["rioxarray", "shapely"], platform="debian")
    assert "`sudo apt install python3-rioxarray python3-shapely`" in debian
    windows = deps.install_hint(["rioxarray"], platform="windows")
    assert "OSGeo4W Shell" in windows and "-P python3-rasterio" in windows
    mac = deps.install_hint(["rioxarray"], platform="macos")
    assert "/Contents/MacOS/bin/python3" in mac and "-m pip install rioxarray" in mac
    for text in (debian, windows, mac, deps.install_hint(["pystac-client"], platform="debian")):
        assert "--user" not in text  # PEP 668 refuses pip into a system Python
    assert "apt" not in deps.install_hint(["pystac-client"], platform="debian")
    assert deps.install_hint([], platform="debian") == ""


def test_platform_detection() -> None:
    from plugin import deps

    assert deps.detect_platform("linux", {"ID": "ubuntu", "ID_LIKE": "debian"}) == "debian"
    assert deps.detect_platform("linux", {"ID": "debian"}) == "debian"
    assert deps.detect_platform("linux", {"ID": "fedora"}) == "linux"
    assert deps.detect_platform("win32", {}) == "windows"
    assert deps.detect_platform("darwin", {}) == "macos"
    app = "/Applications/QGIS-LTR.app/Contents/MacOS/QGIS"
    assert deps.macos_python(app) == "/Applications/QGIS-LTR.app/Contents/MacOS/bin/python3"


@pytest.mark.skipif(shutil.which("apt-cache") is None, reason="not a Debian-family system")
def test_the_apt_packages_named_exist_here() -> None:
    """The packages the message names exist in this machine's release (Debian 12, 13, testing in CI)."""
    for package in ("python3-rioxarray", "python3-shapely"):
        shown = subprocess.run(["apt-cache", "show", package], capture_output=True, text=True, check=False)
        assert shown.returncode == 0 and f"Package: {package}" in shown.stdout, package


def test_a_python_too_old_for_the_bundle_is_named(monkeypatch) -> None:
    import types

    from plugin import deps

    monkeypatch.setattr(deps, "vendor", lambda: types.SimpleNamespace(MANIFEST={"python_min": "3.99"}))
    text = deps.install_hint(["pystac-client"], platform="windows")
    assert "needs Python 3.99" in text and "newer QGIS" in text
