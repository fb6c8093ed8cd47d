"""Translations: complete .ts files whose placeholders match, and a French QGIS showing French texts."""

from __future__ import annotations

import ast
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


EXTRACTED_CALLS = {"tr", "QT_TR_NOOP"}
"""The calls whose literal argument Qt's extraction tool files under the plugin's context."""


def _python_texts(path: Path) -> Iterator[tuple[str, str]]:
    """(context, text) of the literals ``path`` gives to tr(), QT_TR_NOOP() or translate()."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name == "translate" and len(node.args) > 1:
            context, text = node.args[0], node.args[1]
        elif name in EXTRACTED_CALLS:
            context, text = ast.Constant("StacPlugin"), node.args[0]
        else:
            continue
        literal = isinstance(context, ast.Constant) and isinstance(text, ast.Constant)
        if literal and isinstance(text.value, str):
            yield context.value, text.value


def _code_texts() -> set[tuple[str, str]]:
    """(context, text) of every literal the code translates, as ``make translations`` extracts them:
    ``tr("...")``/``QT_TR_NOOP("...")`` in plugin/ and ui/ (the core has none), dock.ui's strings."""
    core = REPO / "plugin" / "core"
    found = {
        entry
        for path in [*(REPO / "plugin").rglob("*.py"), *(REPO / "ui").rglob("*.py")]
        if core not in path.parents
        for entry in _python_texts(path)
    }
    form = ET.parse(REPO / "ui" / "dock.ui").getroot()
    for string in form.iter("string"):
        if string.get("notr") != "true" and string.text:
            found.add((form.findtext("class") or "", string.text))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_translations_are_in_step_with_the_code(lang: str) -> None:
    """Every text the code marks has a finished translation, and no translated text is gone from the code.

    Fails when a tr("...") is added or reworded without ``make translations`` and translating it.
    """
    code = _code_texts()
    assert len(code) > 300
    translated = {
        (context, source)
        for context, source, translation in _messages(lang)
        if translation is not None and not translation.get("type") and (translation.text or "").strip()
    }
    in_file = {(context, source) for context, source, _t in _messages(lang)}
    missing = sorted(code - translated)
    stale = sorted(in_file - code)
    assert not missing, f"not translated in {lang} (run make translations, then translate):\n" + "\n".join(
        f"{context}: {source!r}" for context, source in missing
    )
    assert not stale, f"in the {lang} file but no longer in the code:\n" + "\n".join(
        f"{context}: {source!r}" for context, source in stale
    )


def test_texts_shown_through_tr_at_run_time_are_marked() -> None:
    """What the code passes to tr() as a value (login texts, the core's fixed English) is extracted too."""
    code = {text for context, text in _code_texts() if context == "StacPlugin"}
    shown = []
    for login in plugin_module("plugin.auth").builtin_providers():
        shown += [login.title, login.label, login.sent_to, *(field.label for field in login.fields)]
    dates = plugin_module("plugin.core.dates")
    shown += [value for name, value in vars(dates).items() if name.isupper() and isinstance(value, str)]
    shown += [
        plugin_module("plugin.core.save").SAME_TARGET,
        plugin_module("plugin.core.static_catalog").FILTERED_HERE,
        str(plugin_module("plugin.core.errors").Cancelled()),
        *plugin_module("plugin.core.picture").ORDERS,
    ]
    assert len(shown) > 30
    assert not [text for text in shown if text not in code]
    cdse = plugin_module("plugin.auth.cdse")
    assert cdse.CdseProvider.sent_to.endswith(cdse.ENDPOINT)  # spelled out for the extraction


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
    french_error = (
        r"^DATETIME: '2020-13' n'est pas une date : le mois doit être compris entre 1 et 12\. "
        r"Utilisez par exemple "
    )
    with pytest.raises(Exception, match=french_error):
        common.check_datetime("2020-13")


def test_a_french_qgis_shows_logins_and_settings_in_french(french, monkeypatch) -> None:
    """A login's note in the connection dialog, the login an asset needs, the settings page: French."""
    dialog = plugin_module("ui.connection_dialog")
    logins = {login.name: login for login in plugin_module("plugin.auth").builtin_providers()}
    note = dialog.login_note(logins["earthdata"])
    assert note.startswith(
        "Les assets sur *.earthdata.nasa.gov, *.earthdatacloud.nasa.gov "
        "nécessitent un identifiant NASA Earthdata."
    )
    assert (
        "Créez une configuration d'authentification Basic : "
        "Nom d'utilisateur = votre nom d'utilisateur Earthdata, Mot de passe = votre mot de passe Earthdata."
    ) in note
    assert note.endswith("Envoyé uniquement à l'hôte de connexion Earthdata, urs.earthdata.nasa.gov.")
    optional = dialog.login_note(logins["planetary-computer"])
    assert "Laissez « Identifiants des assets » vide pour un accès anonyme" in optional
    assert "(Nom d'utilisateur n'est pas utilisé)" in optional
    common = plugin_module("plugin.processing.common")
    info = plugin_module("plugin.core.assets").asset_info(
        "B04", {"href": "https://data.lpdaac.earthdatacloud.nasa.gov/x/B04.tif", "type": "image/tiff"}
    )
    registry = plugin_module("plugin.core.logins").registry
    monkeypatch.setattr(registry, "provider_for", lambda _href: None)  # no Earthdata login configured
    with pytest.raises(Exception, match="nécessite un identifiant NASA Earthdata, et aucun"):
        common.check_raster({"id": "HLS"}, info)
    page = plugin_module("ui.settings_page")
    assert page.stretch_labels()["cumulative_cut"] == "Bornes d'exclusion des valeurs extrêmes (2-98 %)"


def test_without_a_translation_the_texts_stay_english(qgis_app) -> None:
    """English, or a language without a file, installs nothing: texts are the source's."""
    i18n = plugin_module("plugin.i18n")
    assert i18n.install_translator("en_US") is None
    assert i18n.install_translator("xx_XX") is None
    search = plugin_module("plugin.processing.search_algorithm").SearchAlgorithm()
    assert search.displayName() == "Search a STAC API"

