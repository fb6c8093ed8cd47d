"""A static catalog on disk as a dock connection: chosen in the connection dialog (a path typed, a
``file://`` URL, or Browse), walked by the dock, its bands added to the map from the COG host (absolute
hrefs) or from the files its relative hrefs name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsRasterLayer, QgsRectangle
from qgis.PyQt.QtCore import QDate
from testbed import item_matches
from testbed.plugin_package import plugin_module
from testbed.static_catalog import write_static_catalog

WAIT_MS = 30000
ITEM = "S2A_T13TDE_20240412T175055_L2A"
COLLECTION = "sentinel-2-c1-l2a"
DENVER_BBOX = (-105.2, 39.9, -105.0, 40.1)
APRIL = "2024-04-10T00:00:00Z/2024-04-20T23:59:59Z"

_dialog = plugin_module("ui.connection_dialog")


@pytest.fixture(scope="module")
def catalogs(tmp_path_factory, cog_host, stac_api) -> dict[str, Path]:
    """Two catalogs of the recorded items on disk: ``remote`` (in a folder of its own, assets
    absolute on the COG host) and ``relative`` (under the COG host's root, asset hrefs relative to
    each item's file, naming the COGs on disk)."""
    folder = tmp_path_factory.mktemp("disk")
    remote = write_static_catalog(folder, "file:///elsewhere", stac_api.items, stac_api.collections)
    relative = write_static_catalog(
        Path(cog_host.root), cog_host.url, stac_api.items, stac_api.collections, name="disk"
    )
    return {"remote": remote, "relative": relative}


def _dialog_connection(url: str) -> Any:
    dialog = _dialog.ConnectionDialog(None, [])
    dialog.name_edit.setText("On disk")
    dialog.url_edit.setText(url)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled(), dialog.error_label.text()
    return dialog.connection()


def test_dialog_takes_a_catalog_file(qgis_iface, catalogs, tmp_path, monkeypatch) -> None:
    path = catalogs["remote"]
    dialog = _dialog.ConnectionDialog(None, [])
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.name_edit.setText("On disk")
    for url in (str(path), path.as_uri(), f"  {path}  "):
        dialog.url_edit.setText(url)
        assert ok.isEnabled(), url
    missing = tmp_path / "nowhere" / "catalog.json"
    for url in (str(missing), missing.as_uri()):
        dialog.url_edit.setText(url)
        assert not ok.isEnabled()
        assert dialog.error_label.text() == f"There is no file {missing}."
    dialog.url_edit.setText("example.com/stac")
    assert not ok.isEnabled() and "http://" in dialog.error_label.text()

    # Browse puts the chosen file in the URL field, starting in the folder of the file there.
    asked: list[str] = []

    def choose(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(path), "STAC catalog (*.json)"

    monkeypatch.setattr(_dialog.QFileDialog, "getOpenFileName", staticmethod(choose))
    dialog.url_edit.setText(missing.as_uri())
    dialog.browse_button.click()
    assert asked == [str(missing.parent)]
    assert dialog.url_edit.text() == str(path) and ok.isEnabled()
    assert dialog.connection().url == str(path)


@pytest.mark.parametrize(("name", "as_url"), [("remote", False), ("relative", True)])
def test_dock_searches_a_catalog_on_disk_and_adds_a_band(  # noqa: PLR0917
    qtbot, dock_factory, catalogs, stac_api, testbed, cog_host, qgis_new_project, name, as_url
) -> None:
    path = catalogs[name]
    connection = _dialog_connection(path.as_uri() if as_url else str(path))
    dock = dock_factory(connection.name, connection.url, crs="EPSG:4326")
    assert COLLECTION in dock.collections.ids()
    dock.canvas.setExtent(QgsRectangle(*DENVER_BBOX))
    bbox = dock.area.extent_bbox()
    # The walk stops at the items asked for: the status says how many so far, and "static catalog" once.
    dock.maxItemsSpin.setValue(2)
    dock.start_search()
    qtbot.waitUntil(lambda: not dock.is_searching(), timeout=WAIT_MS)
    assert dock.stream.has_more and dock.model.rowCount() == 2
    assert dock.statusLabel.text() == "2 items found so far · static catalog, filtered by the plugin"
    dock.maxItemsSpin.setValue(100)
    dock.startCheck.setChecked(True)
    dock.startDate.setDate(QDate(2024, 4, 10))
    dock.endCheck.setChecked(True)
    dock.endDate.setDate(QDate(2024, 4, 20))
    cog_host.reset_log()
    dock.start_search()
    qtbot.waitUntil(lambda: not dock.is_searching(), timeout=WAIT_MS)
    found = sorted((item.collection, item.id) for item in dock.model.items())
    expected = sorted(
        (i["collection"], i["id"]) for i in stac_api.items if item_matches(i, bbox=bbox, datetime=APRIL)
    )
    assert found == expected and (COLLECTION, ITEM) in found
    assert not [r for r in cog_host.requests() if r.path.endswith(".json")]  # read from disk
    status = f"{len(found)} of {len(found)} matched · static catalog, filtered by the plugin"
    assert dock.statusLabel.text() == status

    dock.select_items([ITEM])
    red = next(a for i in dock.selected_items() for a in i.assets if a.key == "red")
    spec = testbed.spec(ITEM, "red", COLLECTION)
    if name == "remote":
        assert red.href == f"{cog_host.url}/{spec.relpath}"
    else:  # the relative href, resolved against the item's file
        assert Path(red.href) == Path(cog_host.root) / spec.relpath
    dock.details.set_checked(["red"])
    dock.addToMapButton.click()

    def rasters() -> list[QgsRasterLayer]:
        return [lyr for lyr in qgis_new_project.mapLayers().values() if isinstance(lyr, QgsRasterLayer)]

    qtbot.waitUntil(lambda: len(rasters()) == 1 and dock.asset_actions.open_task is None, timeout=WAIT_MS)
    (layer,) = rasters()
    assert layer.isValid() and layer.crs().authid() == spec.crs
    x0, dx, _, y0, _, dy = spec.geotransform
    extent = layer.extent()
    want = (x0, y0 + dy * spec.height, x0 + dx * spec.width, y0)
    got = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    assert got == pytest.approx(want, abs=1e-6)
    assert (layer.width(), layer.height()) == (spec.width, spec.height)
    assert ("/vsicurl/" in layer.source()) == (name == "remote")
