"""Start QGIS with the plugin in a throwaway profile, connected to a local demo STAC catalog.

    python scripts/run_demo.py --profile-root DIR [--name NAME] [--qgis PROGRAM] [--no-dock]

Starts the local test bed (two stac-fastapi-pgstac APIs over recorded Sentinel-2 / Landsat items
and nginx serving generated COGs, all on 127.0.0.1), installs the plugin into the profile
``DIR/profiles/default`` with the connections "Local demo catalog" (selected),
"Local demo catalog (no numberMatched)" and "Local static catalog" (the same items as a static
``catalog.json`` with relative links and hrefs), then runs the QGIS desktop on that profile. QGIS opens
on the Denver scenes with the STAC dock connected; no network access is needed. When QGIS
exits (or on Ctrl+C) every server is stopped.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SCRIPTS = REPO / "scripts"
for path in (REPO, SCRIPTS):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from install_plugin import DEFAULT_NAME, install, settings_file  # noqa: E402

DEMO_CONNECTION = "Local demo catalog"
DEMO_CONNECTION_NOMATCHED = "Local demo catalog (no numberMatched)"
DEMO_CONNECTION_STATIC = "Local static catalog"
DENVER = (-107.4, 38.9, -103.6, 41.3)
"""Extent (degrees) shown at start: Sentinel-2 tile 13TDE and a Landsat scene around Denver, Colorado."""
STARTUP = SCRIPTS / "demo_startup.py"
# QGIS settings that keep a fresh profile quiet and offline.
OFFLINE_SETTINGS = {
    "qgis/checkVersion": False,
    "core/NewsFeed/httpsfeedqgisorg/disabled": True,
    "app/plugin_installer/checkOnStart": False,
    "qgis/showTips": False,
}


def _ignore_interrupts() -> None:
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)


def _interrupt(*_args: Any) -> None:
    raise KeyboardInterrupt


@contextmanager
def demo_catalog() -> Iterator[Any]:
    """The running test bed (``tests/testbed``); stopped on exit, even on Ctrl+C or SIGTERM."""
    from tests.testbed import Testbed

    previous = signal.signal(signal.SIGTERM, _interrupt)
    bed = Testbed()
    try:
        print("Starting the local demo catalog…", flush=True)
        bed.start()
        print(f"  STAC API:                    {bed.stac_api.url}", flush=True)
        print(f"  STAC API (no numberMatched): {bed.stac_api_nomatched.url}", flush=True)
        print(f"  COG host:                    {bed.cog_host.url}", flush=True)
        print(f"  started in {bed.timings}", flush=True)
        yield bed
    finally:
        _ignore_interrupts()  # a second Ctrl+C must not cut the clean-up short
        print("Stopping the local demo catalog…", flush=True)
        bed.stop()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, previous)


def prepare_profile(profile_root: Path, name: str, bed: Any) -> Path:
    """Install and enable the plugin with the demo connections and offline settings; returns its folder."""
    from tests.testbed.static_catalog import write_static_catalog

    write_static_catalog(bed.root, bed.cog_host.url, bed.stac_api.items, bed.stac_api.collections)
    target = install(
        profile_root,
        name,
        connections=[
            (DEMO_CONNECTION, bed.stac_api.url),
            (DEMO_CONNECTION_NOMATCHED, bed.stac_api_nomatched.url),
            (DEMO_CONNECTION_STATIC, f"{bed.cog_host.url}/static/catalog.json"),
        ],
        current=DEMO_CONNECTION,
    )
    from qgis.PyQt.QtCore import QSettings

    settings = QSettings(str(settings_file(profile_root)), QSettings.Format.IniFormat)
    for key, value in OFFLINE_SETTINGS.items():
        settings.setValue(key, value)
    settings.sync()
    return target


def _proj_data() -> str:
    """A PROJ data folder to export when pyproj has no proj.db of its own ("" when not needed)."""
    if os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB"):
        return ""
    try:
        from pyproj.datadir import get_data_dir

        if Path(get_data_dir(), "proj.db").exists():
            return ""
    except Exception:  # any failure means "not found"
        pass
    return "/usr/share/proj" if Path("/usr/share/proj/proj.db").exists() else ""


def qgis_environment(config: Path) -> dict[str, str]:
    """QGIS's environment: this Python's packages importable, loopback never proxied, a visible display."""
    env = dict(os.environ)
    purelib = sysconfig.get_paths()["purelib"]
    env["PYTHONPATH"] = os.pathsep.join(p for p in (purelib, env.get("PYTHONPATH", "")) if p)
    proj = _proj_data()
    if proj:
        env["PROJ_DATA"] = proj
    for key in ("no_proxy", "NO_PROXY"):
        env[key] = ",".join(p for p in (env.get(key, ""), "127.0.0.1", "localhost") if p)
    if env.get("QT_QPA_PLATFORM") == "offscreen" and (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        del env["QT_QPA_PLATFORM"]  # set for the tests; the desktop must be visible
    env["STAC_DEMO_CONFIG"] = str(config)
    return env


def qgis_command(program: str, profile_root: Path, startup: Path | None) -> list[str]:
    """The QGIS desktop on ``profile_root``'s default profile, optionally running ``startup``."""
    command = [
        program,
        "--profiles-path",
        str(profile_root),
        "--profile",
        "default",
        "--nologo",
        "--noversioncheck",
    ]
    if startup is not None:
        command += ["--code", str(startup)]
    return command


def stop_qgis(proc: subprocess.Popen, timeout: float = 15.0) -> None:
    """Ask QGIS (its own process group) to quit, then kill it if it does not."""
    if proc.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue


def run_qgis(
    profile_root: Path,
    bed: Any,
    *,
    name: str = DEFAULT_NAME,
    program: str = "qgis",
    open_dock: bool = True,
    screenshot: dict[str, Any] | None = None,
    timeout: float | None = None,
) -> int:
    """Run the QGIS desktop against the running ``bed`` until it exits; returns its exit code."""
    prepare_profile(profile_root, name, bed)
    with tempfile.TemporaryDirectory(prefix="stac-demo-") as tmp:
        config = Path(tmp) / "demo.json"
        extent = (screenshot or {}).get("extent", DENVER)
        config.write_text(json.dumps({"plugin": name, "extent": extent, "screenshot": screenshot}))
        command = qgis_command(program, profile_root, STARTUP if open_dock else None)
        print("Starting QGIS:", " ".join(command), flush=True)
        proc = subprocess.Popen(command, env=qgis_environment(config), start_new_session=True)
        try:
            code = proc.wait(timeout)
            return 128 - code if code < 0 else code  # killed by a signal: the shell's convention
        except subprocess.TimeoutExpired:
            print(f"QGIS still running after {timeout:.0f} s; stopping it.", flush=True)
            return 124
        finally:
            stop_qgis(proc)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--profile-root", required=True, type=Path, help="the throwaway profiles root")
    parser.add_argument("--name", default=DEFAULT_NAME, help="the plugin's folder name")
    parser.add_argument("--qgis", default="qgis", help="the QGIS desktop program")
    parser.add_argument("--no-dock", action="store_true", help="do not set up the map and open the dock")
    args = parser.parse_args(argv)
    profile_root = args.profile_root.resolve()
    try:
        with demo_catalog() as bed:
            code = run_qgis(profile_root, bed, name=args.name, program=args.qgis, open_dock=not args.no_dock)
    except KeyboardInterrupt:
        print("Interrupted.", flush=True)
        return 130
    print("Done.", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
