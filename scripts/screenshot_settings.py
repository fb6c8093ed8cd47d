"""Take the picture of the plugin's page in QGIS's *Settings > Options* dialog.

    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshot_settings.py docs/settings.png
        [--locale fr] [--dialog connection --login earthdata]

Runs the real QGIS desktop in a throwaway profile with the plugin enabled, opens the options
dialog on the plugin's page, saves a picture of the dialog and quits. ``--dialog connection``
pictures the connection dialog instead (at its own size unless ``--size`` is given), with the
login ``--login`` chosen for the assets. Needs an X display.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run_demo import (
    DEFAULT_NAME,
    OFFLINE_SETTINGS,
    install,
    qgis_command,
    qgis_environment,
    settings_file,
    stop_qgis,
)
from screenshot import set_locale

STARTUP = '''
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialog
from qgis.utils import iface

OUTPUT = {output!r}
SIZE = {size!r}
DIALOG = {dialog!r}
LOGIN = {login!r}
PACKAGE = {package!r}


def grab():
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    for dialog in dialogs:
        if SIZE:
            dialog.resize(*SIZE)
        QApplication.processEvents()
        dialog.grab().save(OUTPUT)
        dialog.reject()
    QTimer.singleShot(500, iface.actionExit().trigger)


def open_options():
    QTimer.singleShot(3000, grab)  # fires inside the dialog's own event loop
    iface.showOptionsDialog(iface.mainWindow(), "stacOptionsPage")


def open_connection():
    import importlib

    dialogs = importlib.import_module(PACKAGE + ".ui.connection_dialog")
    models = importlib.import_module(PACKAGE + ".plugin.core.models")
    connection = models.Connection("Earthdata", "https://cmr.earthdata.nasa.gov/stac/LPCLOUD",
                                   asset_login=LOGIN)
    dialog = dialogs.ConnectionDialog(connection, [], iface.mainWindow())
    dialog.show()
    QTimer.singleShot(1500, grab)


QTimer.singleShot(3000, open_connection if DIALOG == "connection" else open_options)
'''


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--size", default="", help="dialog size, WxH (options page: 1100x720)")
    parser.add_argument("--dialog", choices=("options", "connection"), default="options")
    parser.add_argument("--login", default="earthdata", help="the assets' login of --dialog connection")
    parser.add_argument("--locale", default="", help="QGIS's language, e.g. fr (default: the system's)")
    parser.add_argument("--qgis", default="qgis")
    parser.add_argument("--timeout", type=float, default=180.0)
    args = parser.parse_args(argv)
    size_text = args.size or ("1100x720" if args.dialog == "options" else "")
    width, _, height = size_text.partition("x")
    size = (int(width), int(height)) if size_text else None
    output = args.output.resolve()
    output.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="stac-settings-shot-") as tmp:
        root = Path(tmp)
        install(root / "profiles", DEFAULT_NAME)
        from qgis.PyQt.QtCore import QSettings

        profile = QSettings(str(settings_file(root / "profiles")), QSettings.Format.IniFormat)
        for key, value in OFFLINE_SETTINGS.items():
            profile.setValue(key, value)
        profile.sync()
        if args.locale:
            set_locale(root / "profiles", args.locale)
        startup = root / "startup.py"
        startup.write_text(STARTUP.format(
            output=str(output), size=size, dialog=args.dialog, login=args.login, package=DEFAULT_NAME
        ))
        config = root / "demo.json"
        config.write_text("{}")
        command = qgis_command(args.qgis, root / "profiles", startup)
        proc = subprocess.Popen(command, env=qgis_environment(config), start_new_session=True)
        try:
            proc.wait(args.timeout)
        except subprocess.TimeoutExpired:
            print("QGIS did not quit in time.", file=sys.stderr)
        finally:
            stop_qgis(proc)
    if not output.exists():
        print("No screenshot.", file=sys.stderr)
        return 1
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
