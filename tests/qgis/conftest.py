"""The plugin's asset logins, registered for every QGIS test as the plugin does when it loads; the
repository as a plugin folder QGIS knows, and a Processing registry without a "stac" provider, for
the tests that load and unload the plugin."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from testbed.plugin_package import plugin_module

from plugin.auth import AssetLogins
from plugin.login_services import qgis_login_services


@pytest.fixture(scope="session", autouse=True)
def asset_logins() -> Iterator[AssetLogins]:
    """The built-in logins in the core's registry with the plugin's services (no project hooks:
    tests install those).

    Both copies of the plugin get them: ``plugin`` and the repository imported as a package the
    way QGIS loads it (the dock's), each with its own registry.
    """
    logins = [
        AssetLogins(services=qgis_login_services()),
        plugin_module("plugin.auth").AssetLogins(
            services=plugin_module("plugin.login_services").qgis_login_services()
        ),
    ]
    for each in logins:
        each.install(signed_projects=False)
    yield logins[0]
    for each in logins:
        each.remove()


REPO = Path(__file__).resolve().parents[2]
_RESTORED: list[Any] = []
"""Providers put back by ``no_stac_provider`` (the registry owns them; Python keeps their wrappers)."""


def settle() -> None:
    """Run what is posted: deferred deletes, queued signals, zero-time timers."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


@pytest.fixture
def plugin_name(request: pytest.FixtureRequest, tmp_path: Path, qgis_iface, monkeypatch) -> Iterator[str]:
    """The repository as a plugin folder QGIS knows, named after the test module's ``NAME`` (so
    ``qgis.utils`` tracks and drops its modules); not imported. Unloaded and forgotten afterwards."""
    name = request.module.NAME
    monkeypatch.setattr(qgis.utils, "available_plugins", [*qgis.utils.available_plugins, name])
    plugins_dir = tmp_path / "plugins"
    plugins_dir.mkdir()
    (plugins_dir / name).symlink_to(REPO, target_is_directory=True)
    sys.path.insert(0, str(plugins_dir))
    yield name
    if name in qgis.utils.plugins:
        qgis.utils.unloadPlugin(name)
    sys.path.remove(str(plugins_dir))
    for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
        del sys.modules[module]
    settle()


@pytest.fixture
def no_stac_provider() -> Iterator[None]:
    """No "stac" Processing provider during the test (tests of Processing leave theirs registered);
    one of the same class is registered again afterwards when there was one."""
    registry = QgsApplication.processingRegistry()
    leftover = registry.providerById("stac")
    kind = type(leftover) if leftover is not None else None
    if leftover is not None:
        registry.removeProvider(leftover)  # deletes it
    yield
    if kind is not None and registry.providerById("stac") is None:
        _RESTORED.append(kind())
        registry.addProvider(_RESTORED[-1])
