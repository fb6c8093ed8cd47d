"""The plugin's page under *Settings > Options*: the defaults of ``core.config.Defaults``.

``StacOptionsFactory`` is registered with ``iface.registerOptionsWidgetFactory`` by the plugin
object; QGIS asks it for a fresh :class:`StacOptionsPage` each time the dialog opens. OK writes the
values (``plugin.settings.save_defaults``) and hands them to the open dock, so they apply to the
next request, layer and thumbnail without a restart; tasks and Processing read them when they start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from qgis.core import QgsRasterMinMaxOrigin
from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..plugin.core.config import DEFAULT_NAMES, DEFAULTS, RANGES, STRETCHES, Defaults
from ..plugin.i18n import tr
from ..plugin.settings import load_defaults, save_defaults

ICON_PATH = Path(__file__).resolve().parent.parent / "icon.svg"
PAGE_NAME = "stacOptionsPage"
"""Object name of the page (``iface.showOptionsDialog(currentPage=PAGE_NAME)`` opens it)."""


_SPIN_FIELDS = {
    "timeoutSpin": "timeout_s",
    "pageSizeSpin": "page_size",
    "parallelSpin": "parallel_opens",
    "cacheSpin": "thumbnail_cache_mb",
}
"""Object name of each number's spin box -> its field of ``Defaults``."""


def stretch_labels() -> dict[str, str]:
    """What the stretch combo shows for each of ``STRETCHES`` (the standard deviations: QGIS's
    default factor, which the stretch uses)."""
    factor = QgsRasterMinMaxOrigin().stdDevFactor()
    return {
        "cumulative_cut": tr("Cumulative count cut (2-98 %)"),
        "min_max": tr("Minimum / maximum"),
        "std_dev": tr("Mean ± {factor} standard deviations").format(factor=f"{factor:g}"),
        "none": tr("None: QGIS's own default for new rasters"),
    }


def _spin(name: str, suffix: str, tooltip: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(*RANGES[_SPIN_FIELDS[name]])
    spin.setSuffix(suffix)
    spin.setToolTip(tooltip)
    spin.setFixedWidth(140)
    return spin


class StacOptionsPage(QgsOptionsPageWidget):
    """The widgets of every default; ``apply()`` (OK in the dialog) writes them."""

    def __init__(
        self, parent: QWidget | None = None, on_applied: Callable[[Defaults], None] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(PAGE_NAME)
        self._on_applied = on_applied
        self.spins = {
            "timeoutSpin": _spin("timeoutSpin", tr(" s"), tr(
                "How long one request (search, collections, raster read) may take before it fails")),
            "pageSizeSpin": _spin("pageSizeSpin", tr(" items"), tr(
                "Items each search request asks the API for (its page size); the dock's Max items "
                "still caps the total, and some APIs send fewer")),
            "parallelSpin": _spin("parallelSpin", tr(" rasters"), tr(
                "Rasters opened at the same time when layers, composites or mosaics are added "
                "(and static-catalog documents read at once)")),
            "cacheSpin": _spin("cacheSpin", tr(" MB"), tr(
                "Memory the thumbnails and previews of results may take; beyond it the least "
                "recently shown are dropped (QGIS's network cache may still hold their download)")),
        }
        self.thumbnails_check = QCheckBox(tr("Show one beside each result"))
        self.thumbnails_check.setObjectName("thumbnailsCheck")
        self.thumbnails_check.setToolTip(tr("Fetched only for the rows in view; also switched in the dock"))
        self.thumbnails_check.toggled.connect(self.spins["cacheSpin"].setEnabled)
        self.stretch_combo = QComboBox()
        self.stretch_combo.setObjectName("stretchCombo")
        self.stretch_combo.setToolTip(tr(
            "Contrast stretch of new layers, estimated on an overview (no full-resolution read)"))
        for key, label in stretch_labels().items():
            self.stretch_combo.addItem(label, key)
        self.reset_button = QPushButton(tr("Restore Defaults"))
        self.reset_button.setObjectName("resetButton")
        self.reset_button.clicked.connect(lambda _checked=False: self.set_values(DEFAULTS))
        self._lay_out()
        self.set_values(load_defaults())

    def _lay_out(self) -> None:
        groups = (
            (tr("STAC requests"), (
                (tr("Timeout"), self.spins["timeoutSpin"]),
                (tr("Items per request"), self.spins["pageSizeSpin"]),
            )),
            (tr("Layers"), (
                (tr("Opened in parallel"), self.spins["parallelSpin"]),
                (tr("Stretch of new layers"), self.stretch_combo),
            )),
            (tr("Result thumbnails"), (
                (tr("Thumbnails"), self.thumbnails_check),
                (tr("Memory cache"), self.spins["cacheSpin"]),
            )),
        )
        labels = [QLabel(text) for _title, rows in groups for text, _widget in rows]
        width = max(label.sizeHint().width() for label in labels)  # one label column for all groups
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(tr(
            "Defaults of STAC Imagery Search: the dock, the Processing algorithms and new layers use "
            "them from the next request on."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        for title, rows in groups:
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
            for _text, widget in rows:
                label = labels.pop(0)
                label.setMinimumWidth(width)
                label.setBuddy(widget)
                form.addRow(label, widget)
            box = QGroupBox(title)
            box.setLayout(form)
            outer.addWidget(box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        outer.addLayout(buttons)
        outer.addStretch(1)

    # Values -------------------------------------------------------------------------
    def values(self) -> Defaults:
        """The defaults the widgets show."""
        numbers = {field: self.spins[name].value() for name, field in _SPIN_FIELDS.items()}
        stretch = self.stretch_combo.currentData()
        return Defaults(
            **numbers,
            show_thumbnails=self.thumbnails_check.isChecked(),
            stretch=stretch if stretch in STRETCHES else DEFAULTS.stretch,
        )

    def set_values(self, defaults: Defaults) -> None:
        """Show ``defaults`` in the widgets."""
        for name, field in _SPIN_FIELDS.items():
            self.spins[name].setValue(int(getattr(defaults, field)))
        self.thumbnails_check.setChecked(defaults.show_thumbnails)
        self.spins["cacheSpin"].setEnabled(defaults.show_thumbnails)
        self.stretch_combo.setCurrentIndex(max(0, self.stretch_combo.findData(defaults.stretch)))

    def apply(self) -> None:
        """Write the values (OK in the options dialog) and apply them to what is open."""
        defaults = self.values()
        save_defaults(defaults)
        if self._on_applied is not None:
            self._on_applied(defaults)


class StacOptionsFactory(QgsOptionsWidgetFactory):
    """Makes the plugin's page of the options dialog; ``dock()`` gives the open dock, if any."""

    def __init__(self, dock: Callable[[], Any] | None = None) -> None:
        super().__init__(tr("STAC"), QIcon(str(ICON_PATH)))
        self.setObjectName("stacOptionsFactory")
        self._dock = dock

    def createWidget(self, parent: QWidget | None = None) -> StacOptionsPage:
        """A page showing the current values."""
        return StacOptionsPage(parent, self._applied)

    def _applied(self, defaults: Defaults) -> None:
        dock = self._dock() if self._dock is not None else None
        if dock is not None:
            apply_to_dock(dock, defaults)


def apply_to_dock(dock: Any, defaults: Defaults) -> None:
    """Give an open dock the new ``defaults``: its settings copy, timeout box and thumbnails."""
    settings = getattr(dock, "settings", None)
    if settings is not None:
        for name in DEFAULT_NAMES:
            setattr(settings, name, getattr(defaults, name))
        settings.loaded = defaults  # already written: the dock's next save leaves them alone
    spin = getattr(dock, "timeoutSpin", None)
    if spin is not None:
        spin.setValue(defaults.timeout_s)  # the dock applies it to its connection and raster reads
    thumbnails = getattr(dock, "thumbnails", None)
    if thumbnails is not None:
        thumbnails.loader.cache_bytes = defaults.thumbnail_cache_mb * 1024 * 1024
        thumbnails.set_enabled(defaults.show_thumbnails, save=False)
