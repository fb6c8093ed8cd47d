"""Translation of user-facing text: one ``tr()`` used by every module of the plugin.

Strings are extracted by Qt's ``pylupdate5`` (``make translations``), which files every bare
``tr("...")`` under its default context ``@default``; ``scripts/translations.sh`` renames that
context to :data:`CONTEXT` in the ``.ts`` files, the name the plugin's messages are looked up under.
Texts of ``ui/dock.ui`` keep the context of their form (``StacDockBase``), as ``uic`` loads them.
"""

from __future__ import annotations

from pathlib import Path

try:
    from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator
except ImportError:  # plain Python (deps.py under the core's tests): the English text
    QCoreApplication = None  # type: ignore[assignment,misc]

CONTEXT = "StacPlugin"
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
"""Where the compiled translations (``stac_imagery_search_<lang>.qm``) are."""
QM_PREFIX = "stac_imagery_search_"


def tr(text: str) -> str:
    """``text`` in the language of the user's QGIS, when a translation is installed."""
    if QCoreApplication is None:
        return text
    return QCoreApplication.translate(CONTEXT, text)


def QT_TR_NOOP(text: str) -> str:  # the name Qt's extraction tool looks for
    """Mark ``text`` (a constant shown later) for translation; show it through ``tr()``."""
    return text


def qgis_locale() -> str:
    """The locale QGIS shows its interface in: the user's choice in its options, else the system's."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        chosen = str(settings.value("locale/userLocale", "") or "")
        if chosen:
            return chosen
    return QLocale.system().name()


def install_translator(locale: str | None = None) -> QTranslator | None:
    """Install the plugin's translation for ``locale`` (default: QGIS's); ``None`` when there is none.

    ``fr_FR`` falls back to ``fr``. Keep the result and give it to :func:`remove_translator` on unload.
    """
    name = locale or qgis_locale()
    if not name or name.startswith(("en", "C")):
        return None
    translator = QTranslator()
    if not translator.load(QM_PREFIX + name, str(I18N_DIR), "_"):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    """Undo :func:`install_translator`."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
