"""stac:search SORTBY and FILTER, and the URL pick list, against the pgstac test server."""

from __future__ import annotations

from typing import Any

import pytest
from qgis.core import QgsApplication, QgsProcessingException

pytestmark = pytest.mark.network

S2 = "sentinel-2-c1-l2a"
_PROVIDERS: list[Any] = []


@pytest.fixture
def run(qgis_processing: None) -> Any:
    """``run(parameters)`` of stac:search through processing.run, with the provider registered."""
    import processing

    from plugin.processing.provider import StacProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("stac") is None:
        _PROVIDERS.append(StacProvider())
        assert registry.addProvider(_PROVIDERS[-1])

    def _run(parameters: dict[str, Any]) -> dict[str, Any]:
        return processing.run("stac:search", {"OUTPUT": "memory:", **parameters})

    return _run


def _rows(result: dict[str, Any]) -> list[tuple[str, float | None]]:
    return [(f["id"], f["cloud_cover"]) for f in result["OUTPUT"].getFeatures()]


@pytest.mark.parametrize("order", ["-eo:cloud_cover", "eo:cloud_cover", "+eo:cloud_cover,datetime"])
def test_sortby_first_items_are_the_top_of_the_whole_set(run, stac_api, order):
    result = run({"URL": stac_api.url, "COLLECTIONS": S2, "SORTBY": order, "MAX_ITEMS": 3})
    whole = sorted(
        (i for i in stac_api.items if i["collection"] == S2),
        key=lambda i: i["properties"]["eo:cloud_cover"],
        reverse=order.startswith("-"),
    )
    assert _rows(result) == [(i["id"], i["properties"]["eo:cloud_cover"]) for i in whole[:3]]
    assert result["MATCHED"] == len(whole) > 3


@pytest.mark.parametrize(
    "text",
    [
        "platform = 'sentinel-2b' AND view:sun_elevation > 50",
        '{"op": "and", "args": [{"op": "=", "args": [{"property": "platform"}, "sentinel-2b"]},'
        ' {"op": ">", "args": [{"property": "view:sun_elevation"}, 50]}]}',
    ],
    ids=["cql2-text", "cql2-json"],
)
def test_filter_with_max_cloud_gives_exactly_the_matching_items(run, stac_api, text):
    def matches(item: dict[str, Any], max_cloud: float | None) -> bool:
        p = item["properties"]
        cloud = p.get("eo:cloud_cover")
        return (
            p.get("platform") == "sentinel-2b"
            and (p.get("view:sun_elevation") or -99) > 50
            and (max_cloud is None or (cloud is not None and cloud < max_cloud))
        )

    for max_cloud in (None, 30):
        parameters = {"URL": stac_api.url, "FILTER": text}
        if max_cloud is not None:
            parameters["MAX_CLOUD"] = max_cloud
        ids = sorted(i for i, _c in _rows(run(parameters)))
        assert ids == sorted(i["id"] for i in stac_api.items if matches(i, max_cloud))
    assert 0 < len(ids) < sum(1 for i in stac_api.items if matches(i, None))


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({"FILTER": "eo:cloud_cover << 5"}, "Invalid CQL2 filter at character 17"),
        ({"FILTER": '{"op": "<", "args": [1]}'}, "takes 2 argument"),
        ({"SORTBY": "-foo:bar"}, "Unknown sort field foo:bar"),
        ({"SORTBY": "-eo cloud"}, "Invalid sort field"),
    ],
)
def test_malformed_filter_or_unknown_sort_field_is_a_clean_error(run, stac_api, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        run({"URL": stac_api.url, **parameters})


def test_provider_is_registered_once_as_stac(run):
    named = [p for p in QgsApplication.processingRegistry().providers() if p.name() == "STAC"]
    assert [p.id() for p in named] == ["stac"]


@pytest.fixture
def saved_connections(stac_api) -> Any:
    """Two saved connections (the test server and another) for the duration of a test."""
    from qgis.core import QgsSettings

    from plugin.core.models import Connection
    from plugin.settings import GROUP, Settings

    before = QgsSettings().value(f"{GROUP}/connections")
    settings = Settings.load()
    settings.connections = [Connection("Local pgstac", stac_api.url), Connection("Other", "http://127.0.0.1:9/stac")]
    settings.save()
    yield settings.connections
    if before is None:
        QgsSettings().remove(f"{GROUP}/connections")
    else:
        QgsSettings().setValue(f"{GROUP}/connections", before)


def test_url_pick_list_offers_saved_connections_and_free_text(run, stac_api, saved_connections):
    from processing.gui.wrappers import WidgetWrapperFactory
    from qgis.PyQt.QtWidgets import QComboBox, QWidget

    algorithm = QgsApplication.processingRegistry().algorithmById("stac:search")
    parameter = algorithm.parameterDefinition("URL")
    dialog = QWidget()
    wrapper = WidgetWrapperFactory.create_wrapper(parameter, dialog)
    combo = wrapper.widget
    assert isinstance(combo, QComboBox) and combo.isEditable()
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == [f"Local pgstac — {stac_api.url}", "Other — http://127.0.0.1:9/stac"]
    combo.setCurrentIndex(0)
    assert wrapper.value() == stac_api.url  # the label shows the name, the value is the URL
    combo.setEditText("https://example.invalid/v1")
    assert wrapper.value() == "https://example.invalid/v1"
    wrapper.setValue("http://127.0.0.1:9/stac")
    assert combo.currentIndex() == 1 and wrapper.value() == "http://127.0.0.1:9/stac"
    wrapper.setValue(stac_api.url + "/other")
    assert wrapper.value() == stac_api.url + "/other"
