"""Install the plugin into a throwaway QGIS profile and enable it.

    python scripts/install_plugin.py --profile-root DIR [--name NAME] [--copy]
        [--connection NAME=URL ...] [--current NAME]

The profile is ``DIR/profiles/<profile>``; QGIS and ``qgis_process`` use it when started with
``QGIS_CUSTOM_CONFIG_PATH=DIR`` (``qgis --profiles-path DIR`` for the desktop). The plugin folder
``<profile>/python/plugins/<name>`` is a symlink to this repository (or a copy with ``--copy``)
and ``[PythonPlugins] <name>=true`` is written into ``<profile>/QGIS/QGIS3.ini``.
``--connection`` preconfigures STAC connections in the plugin's settings group.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from qgis.PyQt.QtCore import QSettings

REPO = Path(__file__).resolve().parent.parent
DEFAULT_NAME = "stac_imagery_search"
PACKAGE_ITEMS = ("metadata.txt", "__init__.py", "icon.svg", "LICENSE", "README.md", "plugin", "ui", "i18n")


def profile_dir(profile_root: Path, profile: str = "default") -> Path:
    """The folder of one profile under a profiles root."""
    return Path(profile_root) / "profiles" / profile


def settings_file(profile_root: Path, profile: str = "default") -> Path:
    """The profile's QGIS3.ini."""
    return profile_dir(profile_root, profile) / "QGIS" / "QGIS3.ini"


def _stored_connections(connections: Sequence[tuple[str, str]]) -> tuple[str, list[dict]]:
    """The plugin's settings group and its JSON form of ``connections`` (from plugin/settings.py)."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from plugin.core.models import Connection
    from plugin.settings import GROUP, connection_to_dict

    return GROUP, [connection_to_dict(Connection(name, url)) for name, url in connections]


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


def install(
    profile_root: Path,
    name: str = DEFAULT_NAME,
    *,
    profile: str = "default",
    copy: bool = False,
    source: Path = REPO,
    connections: Sequence[tuple[str, str]] = (),
    current: str = "",
) -> Path:
    """Put the plugin into the profile, enable it and optionally add connections; returns its folder."""
    plugins = profile_dir(profile_root, profile) / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    target = plugins / name
    if target.exists() or target.is_symlink():
        _remove(target)
    if copy:
        target.mkdir()
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        for item in PACKAGE_ITEMS:
            src = Path(source) / item
            if src.is_dir():
                shutil.copytree(src, target / item, ignore=ignore)
            elif src.is_file():
                shutil.copy2(src, target / item)
    else:
        target.symlink_to(Path(source).resolve(), target_is_directory=True)

    ini = settings_file(profile_root, profile)
    ini.parent.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue(f"PythonPlugins/{name}", True)
    if connections:
        group, stored = _stored_connections(connections)
        settings.setValue(f"{group}/connections", json.dumps(stored))
        settings.setValue(f"{group}/current_connection", current or connections[0][0])
    settings.sync()
    if settings.status() != QSettings.Status.NoError:
        raise OSError(f"Could not write {ini}")
    return target


def _connection(text: str) -> tuple[str, str]:
    name, sep, url = text.partition("=")
    if not sep or not name.strip() or not url.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=URL, got {text!r}")
    return name.strip(), url.strip()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--profile-root", required=True, type=Path, help="the profiles root (QGIS_CUSTOM_CONFIG_PATH)"
    )
    parser.add_argument("--name", default=DEFAULT_NAME, help="the plugin's folder name")
    parser.add_argument("--profile", default="default", help="the profile name")
    parser.add_argument(
        "--copy", action="store_true", help="copy the plugin instead of symlinking the repository"
    )
    parser.add_argument(
        "--connection", action="append", type=_connection, default=[], help="a STAC connection NAME=URL"
    )
    parser.add_argument("--current", default="", help="the connection selected at start")
    args = parser.parse_args(argv)
    target = install(
        args.profile_root,
        args.name,
        profile=args.profile,
        copy=args.copy,
        connections=args.connection,
        current=args.current,
    )
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
