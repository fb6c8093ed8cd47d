"""The plugin's asset logins, registered for every QGIS test as the plugin does when it loads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
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
