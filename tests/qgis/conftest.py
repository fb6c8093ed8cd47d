"""The plugin's asset logins, registered for every QGIS test as the plugin does when it loads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from testbed.plugin_package import plugin_module

from plugin.auth import AssetLogins


@pytest.fixture(scope="session", autouse=True)
def asset_logins() -> Iterator[AssetLogins]:
    """The built-in logins in the core's registry (no project hooks: tests install those).

    Both copies of the plugin get them: ``plugin`` and the repository imported as a package the
    way QGIS loads it (the dock's), each with its own registry.
    """
    logins = [AssetLogins(), plugin_module("plugin.auth").AssetLogins()]
    for each in logins:
        each.install(signed_projects=False)
    yield logins[0]
    for each in logins:
        each.remove()
