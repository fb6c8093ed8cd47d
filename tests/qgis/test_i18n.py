"""Translations: complete .ts files whose placeholders match, and a French QGIS showing French texts."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import Qt, QUrl
from testbed.plugin_package import plugin_module

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "de", "es")
TOKENS = re.compile(r"\{[^{}]*\}|%p%|%n|%\d+|</?\w+>|<br>|&\w+;|\n")
"""What a translation must keep from its source: placeholders, Qt's %-arguments, HTML, newlines."""


def _messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(REPO / "i18n" / f"stac_imagery_search_{lang}.ts").getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_is_translated_with_its_placeholders(lang: str) -> None:
    """No unfinished, obsolete or empty entry; placeholders, HTML and edge spaces as in the source."""
    messages = _messages(lang)
    assert len(messages) > 300
    contexts = {context for context, _s, _t in messages}
    assert contexts == {"StacPlugin", "StacDockBase"}  # tr()'s context and dock.ui's form
    problems = []
    for _context, source, translation in messages:
        assert translation is not None
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not text.strip():
            problems.append(f"untranslated: {source!r}")
        elif sorted(TOKENS.findall(source)) != sorted(TOKENS.findall(text)):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
        elif (source[:1] == " ", source[-1:] == " ") != (text[:1] == " ", text[-1:] == " "):
            problems.append(f"edge spaces differ: {source!r} -> {text!r}")
        elif source.count("&") != text.count("&"):
            problems.append(f"accelerators differ: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_the_help_opens_the_readmes_usage_section(tmp_path: Path) -> None:
    """Help: the homepage's #using-it (README's "Using it"), or the local README without a homepage."""
    helper = plugin_module("plugin.help")
    assert helper.help_url().toString() == "https://github.com/stac-qgis/stac-imagery-search#using-it"
    assert "\n## Using it\n" in (REPO / "README.md").read_text(encoding="utf-8")
    (tmp_path / "metadata.txt").write_text("[general]\nname=x\n", encoding="utf-8")
    local = helper.help_url(tmp_path)
    assert local.isLocalFile() and local.toLocalFile() == str(tmp_path / "README.md")
    assert local.fragment() == "using-it"
    readme = QUrl.fromLocalFile(str(tmp_path / "README.md"))
    assert local.matches(readme, QUrl.UrlFormattingOption.RemoveFragment)


@pytest.fixture
def french(qgis_app: Any) -> Iterator[Any]:
    """The French translation, compiled from the .ts and installed as QGIS's locale asks, then removed."""
    subprocess.run(["bash", str(REPO / "scripts" / "translations.sh"), "--compile"], check=True)
    i18n = plugin_module("plugin.i18n")
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    translator = None
    try:
        assert i18n.qgis_locale() == "fr_FR"
        translator = i18n.install_translator()  # fr_FR falls back to the fr file
        assert translator is not None
        yield i18n
    finally:
        i18n.remove_translator(translator)
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


def test_a_french_qgis_shows_the_dock_in_french(french, qgis_iface, qgis_new_project, monkeypatch) -> None:
    """Texts of dock.ui and of the Python code, status lines included, in French; none in English."""
    settings_module = plugin_module("plugin.settings")
    settings_class = settings_module.Settings
    monkeypatch.setattr(settings_class, "load", classmethod(lambda cls: cls(connections=[])))
    monkeypatch.setattr(settings_class, "save", lambda self: None)
    dock_module = plugin_module("ui.dock")
    dock = dock_module.StacDock(qgis_iface)
    try:
        assert dock.windowTitle() == "Recherche STAC"  # dock.ui
        assert dock.searchButton.text() == "Rechercher"
        assert dock.loadMoreButton.text() == "Charger plus"
        assert dock.statusLabel.text() == "Non connecté"  # Python status text
        assert dock.status_text() == "Non connecté"
        assert dock.empty_hint() == "dézoomez"
        assert dock.area.polygon_radio.text() == "Polygone dessiné"
        model = dock.model
        headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
        assert headers[:3] == ["ID", "Date-heure", "Nuages %"]
        dock._set_searching(True)
        assert dock.searchButton.text() == "Annuler"
        assert dock_module._searching_text(5) == "Recherche… 5 éléments jusqu'ici"
        dock._cancelled = True
        assert dock.status_text() == "Annulé"
    finally:
        dock._set_searching(False)
        dock.unload()
        dock.deleteLater()


def test_a_french_qgis_shows_processing_in_french(french) -> None:
    """Display names, help and parameter descriptions in French; ids and parameter names are not."""
    search = plugin_module("plugin.processing.search_algorithm").SearchAlgorithm()
    search.initAlgorithm()
    assert search.displayName() == "Rechercher dans une API STAC"
    assert search.name() == "search"
    assert search.parameterDefinition("URL").description() == "URL de l'API STAC"
    assert search.parameterDefinition("EXTENT").description() == "Emprise"
    assert search.shortHelpString().startswith("Recherche dans une API STAC")
    names = {
        "plugin.processing.loadasset_algorithm": ("LoadAssetAlgorithm", "Charger un asset STAC"),
        "plugin.processing.download_algorithm": ("DownloadAlgorithm", "Télécharger des assets STAC"),
        "plugin.processing.mosaic_algorithm": ("MosaicAlgorithm", "Mosaïquer des éléments STAC"),
    }
    for module, (cls, french_name) in names.items():
        assert getattr(plugin_module(module), cls)().displayName() == french_name
    common = plugin_module("plugin.processing.common")
    with pytest.raises(Exception, match="DATETIME '2020-13' non valide"):
        common.check_datetime("2020-13")


def test_without_a_translation_the_texts_stay_english(qgis_app) -> None:
    """English, or a language without a file, installs nothing: texts are the source's."""
    i18n = plugin_module("plugin.i18n")
    assert i18n.install_translator("en_US") is None
    assert i18n.install_translator("xx_XX") is None
    search = plugin_module("plugin.processing.search_algorithm").SearchAlgorithm()
    assert search.displayName() == "Search a STAC API"

