"""Load the repository as a QGIS plugin under another folder name; unload leaves nothing behind."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
import qgis.utils
from qgis.core import Qgis, QgsApplication
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent

try:  # Qt 6 moved QAction to QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:
    from qgis.PyQt.QtWidgets import QAction
from qgis.PyQt.QtWidgets import QDockWidget

REPO = Path(__file__).resolve().parents[2]
NAME = "stac_plugin_loaded_for_test"


def _flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _our_actions(qgis_iface) -> list[QAction]:
    return [
        a
        for a in qgis_iface.mainWindow().findChildren(QAction)
        if not sip.isdeleted(a) and a.objectName() == "stacSearchAction"
    ]


def _our_docks(qgis_iface) -> list[QDockWidget]:
    return [
        d
        for d in qgis_iface.mainWindow().findChildren(QDockWidget)
        if not sip.isdeleted(d) and type(d).__module__.startswith(NAME)
    ]


pytestmark = pytest.mark.usefixtures("no_stac_provider")


@pytest.fixture
def plugin_name(plugin_name: str) -> str:
    """The plugin folder (see conftest.py), imported as QGIS does at start-up."""
    assert qgis.utils.loadPlugin(plugin_name)
    return plugin_name


def test_load_init_and_unload(plugin_name: str, qgis_iface) -> None:
    assert qgis.utils.startPlugin(plugin_name)
    plugin = qgis.utils.plugins[plugin_name]
    assert type(plugin).__module__ == f"{plugin_name}.plugin.main"
    assert len(_our_actions(qgis_iface)) == 1
    assert QgsApplication.processingRegistry().providerById("stac") is not None
    logins = sys.modules[f"{plugin_name}.plugin.core.logins"].registry
    assert [login.name for login in logins.providers()] == [
        "planetary-computer", "earthdata", "aws-requester-pays", "cdse"
    ]
    assert plugin.logins.projects.installed()

    if (REPO / "ui" / "dock.py").exists():
        plugin.action.trigger()
        assert plugin.dock is not None
        assert _our_docks(qgis_iface) == [plugin.dock]
        plugin.action.trigger()
        assert not plugin.dock.isVisible()

    assert qgis.utils.unloadPlugin(plugin_name)
    _flush_deletes()
    assert _our_actions(qgis_iface) == []
    assert _our_docks(qgis_iface) == []
    assert QgsApplication.processingRegistry().providerById("stac") is None
    assert logins.providers() == []
    assert plugin.logins is None


def test_missing_dependency_shows_a_message(plugin_name: str, qgis_iface, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "shapely", None)  # as if not installed
    for name in [m for m in sys.modules if m.split(".")[0] == "pystac_client"]:
        monkeypatch.setitem(sys.modules, name, None)
    qgis_iface.messageBar().clear_messages()

    assert qgis.utils.startPlugin(plugin_name)
    plugin = qgis.utils.plugins[plugin_name]
    warnings = list(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning))
    assert any("shapely" in message and "pystac-client" in message for message in warnings)
    assert QgsApplication.processingRegistry().providerById("stac") is None
    assert len(_our_actions(qgis_iface)) == 1

    plugin.action.trigger()  # tells the user again instead of opening a dock that cannot work
    assert plugin.dock is None
    assert not plugin.action.isChecked()
    assert len(qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)) == len(warnings) + 1

    assert qgis.utils.unloadPlugin(plugin_name)
    _flush_deletes()
    assert _our_actions(qgis_iface) == []


def test_settings_round_trip() -> None:
    from qgis.core import QgsSettings

    from plugin.core.models import Connection
    from plugin.settings import DEFAULT_CONNECTIONS, GROUP, Settings

    QgsSettings().remove(GROUP)
    try:
        fresh = Settings.load()
        assert fresh.connections == list(DEFAULT_CONNECTIONS)
        assert fresh.timeout_s == 30
        local = Connection("local", "http://127.0.0.1:1/", collections=("a", "b"), auth_cfg="abc1234")
        fresh.connections.append(local)
        fresh.current_connection = "local"
        fresh.timeout_s = 7
        fresh.point_buffer_m = 500.0
        fresh.save()
        again = Settings.load()
        assert again == fresh
        assert again.connection() == local
        stored = QgsSettings().value(f"{GROUP}/connections")
        assert "abc1234" in stored
        assert "password" not in stored.lower()
    finally:
        QgsSettings().remove(GROUP)



def test_without_rioxarray_everything_but_saving_works(plugin_name: str, qgis_iface, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "rioxarray", None)  # as if not installed
    deps = importlib.import_module(f"{plugin_name}.plugin.deps")
    assert deps.missing_for_search() == []
    assert deps.missing_for_save() == ["rioxarray"]
    qgis_iface.messageBar().clear_messages()

    assert qgis.utils.startPlugin(plugin_name)
    plugin = qgis.utils.plugins[plugin_name]
    assert QgsApplication.processingRegistry().providerById("stac") is not None
    assert QgsApplication.processingRegistry().algorithmById("stac:download") is not None
    plugin.action.trigger()
    assert plugin.dock is not None
    button = plugin.dock.saveButton
    assert not button.isEnabled()
    assert "rioxarray" in button.toolTip()
    plugin.dock.asset_actions.update_buttons()  # whatever is checked, it stays greyed out
    assert not button.isEnabled()
    assert qgis.utils.unloadPlugin(plugin_name)
    _flush_deletes()


def test_a_failed_provider_registration_retried_keeps_one_runtime(plugin_name: str, qgis_iface) -> None:
    from plugin.processing.provider import StacProvider

    registry = QgsApplication.processingRegistry()
    blocker = StacProvider()  # another "stac" provider: the plugin's cannot be registered
    assert registry.addProvider(blocker)
    try:
        assert qgis.utils.startPlugin(plugin_name)
        plugin = qgis.utils.plugins[plugin_name]
        assert plugin.provider is None and plugin.runtime is not None
        runtime = plugin.runtime
        plugin.initProcessing()  # registration is tried again, and fails again
        assert plugin.provider is None
        assert plugin.runtime is runtime
        assert qgis.utils.unloadPlugin(plugin_name)
        assert plugin.runtime is None
    finally:
        registry.removeProvider(blocker)
    _flush_deletes()
