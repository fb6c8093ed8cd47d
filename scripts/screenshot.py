"""Take the README screenshot: the QGIS desktop with the STAC dock after a search of the demo catalog.

    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshot.py docs/dock.png [--size 1600x1000]
        [--dock-width PX] [--states searching cancelled empty error form] [--locale fr]
    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshot.py docs/composite.png --mode composite

Starts the local demo catalog, runs the real QGIS desktop in a throwaway profile (like
``run_demo.py``), searches the Denver scenes of April 2024, selects one, adds its true-colour
asset to the map and saves a picture of the main window, the dock at the size QGIS gives it.
``--states`` then saves the dock searching, cancelled, with no result, failing to connect and
with its search form open as ``<output stem>-<state>.png``. Needs an X display (Xvfb is fine).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run_demo import demo_catalog, run_qgis

SHOT = {
    "collections": ["sentinel-2-c1-l2a"],
    "start": "2024-04-01",
    "end": "2024-04-30",
    "item": "S2B_T13TDE_20240420T175329_L2A",
    "assets": ["red"],
    "extent": [-106.9, 39.25, -104.15, 41.05],
}
MODES: dict[str, dict] = {
    "dock": {},
    # A true-colour composite of one clear scene, added with "Add to map".
    "composite": {"item": "S2A_T13TDE_20240412T175055_L2A", "assets": [], "band_mode": "truecolor",
                  "extent": [-106.35, 39.55, -104.7, 40.75]},
    # "Mosaic selected items": five neighbouring tiles of one pass as one true-colour layer.
    "mosaic": {"collections": ["sentinel-2-c1-l2a"], "start": "2025-07-31", "end": "2025-07-31",
               "items": ["S2B_T24MUV_20250731T130245_L2A", "S2B_T24MVV_20250731T130245_L2A",
                         "S2B_T24MWV_20250731T130245_L2A", "S2B_T24MXV_20250731T130245_L2A",
                         "S2B_T24MUA_20250731T130245_L2A"],
               "assets": [], "band_mode": "truecolor", "mosaic": True,
               "extent": [-40.7, -5.5, -37.3, -3.4]},
}
"""What each ``--mode`` changes in ``SHOT``."""


STATES = ("searching", "cancelled", "empty", "error", "form")


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    return int(width), int(height)


def set_locale(profile_root: Path, locale: str) -> None:
    """QGIS, and so the plugin, in ``locale``: what the override of QGIS's General options sets."""
    from install_plugin import settings_file
    from qgis.PyQt.QtCore import QSettings

    ini = settings_file(profile_root)
    ini.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", locale)
    settings.sync()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("output", type=Path, help="the PNG to write")
    parser.add_argument("--size", type=_size, default=(1600, 1000), help="window size, WIDTHxHEIGHT")
    parser.add_argument("--dock-width", type=int, default=0, help="dock width in pixels (default: QGIS's)")
    parser.add_argument("--states", nargs="*", default=[], choices=STATES, help="further states to save")
    parser.add_argument("--mode", choices=sorted(MODES), default="dock",
                        help="dock: a band added to the map (default); composite: a true-colour "
                        "composite; mosaic: a true-colour mosaic of five tiles")
    parser.add_argument("--locale", default="", help="QGIS's language, e.g. fr (default: the system's)")
    parser.add_argument("--qgis", default="qgis", help="the QGIS desktop program")
    parser.add_argument("--timeout", type=float, default=180, help="seconds before giving up")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        parser.error("no X display: run under xvfb-run")
    os.environ.pop("QT_QPA_PLATFORM", None)
    output = args.output.resolve()
    output.unlink(missing_ok=True)
    shot = {**SHOT, **MODES[args.mode], "path": str(output), "size": list(args.size)}
    shot["states"] = list(args.states)
    if args.dock_width:
        shot["dock_width"] = args.dock_width
    with tempfile.TemporaryDirectory(prefix="stac-screenshot-") as profile_root, demo_catalog() as bed:
        if args.locale:
            set_locale(Path(profile_root), args.locale)
        code = run_qgis(Path(profile_root), bed, program=args.qgis, screenshot=shot, timeout=args.timeout)
    if code != 0 or not output.exists():
        print(f"No screenshot (QGIS exit code {code}).", file=sys.stderr)
        return code or 1
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
