"""The search form folded into one summary line, the date check, and the share of the dock's height.

Folded, the form is one line ("Earth Search v1 · map extent · 2024-04-01…30 · cloud < 20 %")
and its height goes to the results; a search folds it, the arrow or a click on the line opens it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from qgis.PyQt.QtCore import QDate, QEvent, QObject, QPoint, QRect, Qt, QTimer
from qgis.PyQt.QtGui import QPainter, QPalette
from qgis.PyQt.QtWidgets import QSplitter, QWidget

from ..plugin.core.dates import date_interval, interval_note, interval_problem
from ..plugin.i18n import tr

SEP = " · "
MAX_SEARCH_SHARE = 0.6
"""Largest part of the splitter's height the open form takes when it is fitted."""
_NO_MAX = 16777215
"""QWIDGETSIZE_MAX."""


def date_range_text(start: QDate | None, end: QDate | None) -> str:
    """``2024-04-01…30``, ``2024-04-28…05-03``, ``2023-12-30…2024-01-02``, ``from …``, ``until …``."""
    if start is None and end is None:
        return tr("any date")
    if end is None:
        return tr("from {date}").format(date=start.toString("yyyy-MM-dd"))
    if start is None:
        return tr("until {date}").format(date=end.toString("yyyy-MM-dd"))
    left = start.toString("yyyy-MM-dd")
    if start == end:
        return left
    if start.year() != end.year():
        right = end.toString("yyyy-MM-dd")
    elif start.month() != end.month():
        right = end.toString("MM-dd")
    else:
        right = end.toString("dd")
    return f"{left}…{right}"


def cloud_text(max_cloud: float | None) -> str:
    """``cloud < 20 %`` (or "" without a limit)."""
    return "" if max_cloud is None else tr("cloud < {value} %").format(value=f"{max_cloud:g}")


def collections_text(checked: Sequence[str]) -> str:
    """The checked collection, or how many ("" for all)."""
    if not checked:
        return ""
    return checked[0] if len(checked) == 1 else tr("{n} collections").format(n=len(checked))


def summary_text(
    connection: str,
    collections: Sequence[str],
    area: str,
    dates: tuple[QDate | None, QDate | None],
    max_cloud: float | None,
) -> str:
    """One line saying what the form searches."""
    parts = [
        connection or tr("no connection"),
        collections_text(collections),
        area,
        date_range_text(*dates),
        cloud_text(max_cloud),
    ]
    return SEP.join(p for p in parts if p)


class SplitterGrips(QObject):
    """Draws a visible grip on each handle of a splitter (a rule across and a bar in the middle)."""

    def __init__(self, splitter: QSplitter) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        for index in range(1, splitter.count()):
            handle = splitter.handle(index)
            handle.installEventFilter(self)
            handle.setToolTip(tr("Drag to share the height between the panels"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        rect: QRect = watched.rect()
        palette = watched.palette()
        painter = QPainter(watched)
        try:
            middle = rect.center().y()
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(QPoint(rect.left(), middle), QPoint(rect.right(), middle))
            width = min(60, rect.width() // 3)
            bar = QRect(rect.center().x() - width // 2, middle - 2, width, 5)
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Dark))
        finally:
            painter.end()
        return True


class SearchForm(QObject):
    """Folds the dock's search form into its summary line and keeps that line and the date check current."""

    def __init__(self, dock: Any) -> None:
        super().__init__(dock)
        self.dock = dock
        self.summary = ""
        self.grips = SplitterGrips(dock.mainSplitter)
        dock.formToggle.toggled.connect(self._on_toggled)
        dock.summaryLabel.installEventFilter(self)
        dock.summaryLabel.setCursor(Qt.CursorShape.PointingHandCursor)
        for group in (dock.collectionsGroup, dock.areaGroup, dock.filtersGroup):
            group.collapsedStateChanged.connect(lambda _c: self.fit())
        for signal in (
            dock.connectionCombo.currentIndexChanged,
            dock.startCheck.toggled,
            dock.endCheck.toggled,
            dock.startDate.dateChanged,
            dock.endDate.dateChanged,
            dock.cloudCheck.toggled,
            dock.cloudSpin.valueChanged,
        ):
            signal.connect(lambda *_a: self.update())
        dock.collections.changed.connect(self.update)
        dock.area.changed.connect(self.update)
        self.update()

    # Folding ----------------------------------------------------------------
    def is_folded(self) -> bool:
        """Whether only the summary line shows."""
        return not self.dock.formToggle.isChecked()

    def set_folded(self, folded: bool) -> None:
        """Fold the form into its summary line (its height goes to the results) or open it."""
        self.dock.formToggle.setChecked(not folded)

    def _on_toggled(self, shown: bool) -> None:
        dock = self.dock
        dock.formToggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        dock.searchScroll.setVisible(shown)
        self.update()
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dock.summaryLabel:
            if event.type() == QEvent.Type.MouseButtonRelease:
                self.set_folded(not self.is_folded())
                return True
            if event.type() == QEvent.Type.Resize:
                self._elide()
        return False

    def needed_height(self) -> int:
        """The search panel's height with nothing scrolled: the summary line, and the form when open."""
        dock = self.dock
        layout = dock.searchPanel.layout()
        layout.activate()
        needed = dock.searchButtonLayout.sizeHint().height()
        if not self.is_folded():
            needed += layout.spacing() + dock.searchForm.sizeHint().height()
        return needed

    def fit(self) -> None:
        """Give the search panel the height it needs (the results take or give the difference)."""
        dock = self.dock
        splitter: QSplitter = dock.mainSplitter
        panel: QWidget = dock.searchPanel
        needed = self.needed_height()
        panel.setMaximumHeight(needed if self.is_folded() else _NO_MAX)
        sizes = splitter.sizes()
        total = sum(sizes)
        if total <= 0 or len(sizes) != 3:
            return
        search = min(needed, int(total * MAX_SEARCH_SHARE))
        search = max(search, panel.minimumSizeHint().height())
        results = sizes[1] + sizes[0] - search
        details = sizes[2]
        floor = dock.resultsPanel.minimumSizeHint().height()
        if results < floor:
            details = max(dock.detailsPanel.minimumSizeHint().height(), details - (floor - results))
            results = total - search - details
        splitter.setSizes([search, max(results, 0), details])

    # Summary and date check ---------------------------------------------------------
    def dates(self) -> tuple[QDate | None, QDate | None]:
        """The checked start and end dates."""
        dock = self.dock
        start = dock.startDate.date() if dock.startCheck.isChecked() else None
        end = dock.endDate.date() if dock.endCheck.isChecked() else None
        return start, end

    def py_dates(self) -> tuple[date | None, date | None]:
        """The checked start and end dates as Python dates."""
        start, end = self.dates()
        return (
            start.toPyDate() if start is not None else None,
            end.toPyDate() if end is not None else None,
        )

    def date_problem(self) -> str:
        """Why the dates cannot be searched ("" when they can; the check of ``core.dates``)."""
        problem = interval_problem(*self.py_dates())
        return tr(problem) if problem else ""

    def date_note(self) -> str:
        """A date that can be searched but finds nothing ("" when there is none)."""
        note = interval_note(self.py_dates()[0], QDate.currentDate().toPyDate())
        return tr(note) if note else ""

    def datetime_interval(self) -> str | None:
        """The search's ``datetime`` parameter (whole days in UTC; None for any date).

        Raises ``core.dates.DateError`` when the start is after the end.
        """
        return date_interval(*self.py_dates())

    def area_text(self) -> str:
        """What the search area is, in a few words."""
        area = self.dock.area
        if self.dock.extentRadio.isChecked():
            return tr("map extent")
        if area.point is None:
            return tr("no point picked")
        lon, lat = area.point
        buffer = self.dock.bufferSpin.value()
        text = tr("point {lon}, {lat}").format(lon=f"{lon:.4f}", lat=f"{lat:.4f}")
        return f"{text} ± {buffer:g}°" if buffer else text

    def text(self) -> str:
        """The summary line."""
        dock = self.dock
        cloud = float(dock.cloudSpin.value()) if dock.cloudCheck.isChecked() else None
        name = dock.connectionCombo.currentText()
        return summary_text(name, dock.collections.checked_ids(), self.area_text(), self.dates(), cloud)

    def _elide(self) -> None:
        label = self.dock.summaryLabel
        width = max(label.width(), 40)
        label.setText(label.fontMetrics().elidedText(self.summary, Qt.TextElideMode.ElideRight, width))
        if self.is_folded():
            tip = tr("{summary}\nClick to change the search")
        else:
            tip = tr("{summary}\nClick to hide the search options")
        label.setToolTip(tip.format(summary=self.summary))

    def update(self) -> None:
        """Refresh the summary line and the date check."""
        dock = self.dock
        self.summary = self.text()
        self._elide()
        problem = self.date_problem()
        warning = problem or self.date_note()
        dock.dateWarning.setText(warning)
        dock.dateWarning.setVisible(bool(warning))
        dock.dateWarning.setStyleSheet("color: #c0392b;" if warning else "")
        bad = "QDateEdit { border: 1px solid #c0392b; }" if problem else ""
        for edit in (dock.startDate, dock.endDate):
            edit.setStyleSheet(bad)
        if problem and self.is_folded():
            self.set_folded(False)
        if warning:  # scrolled into view once the layout has taken the label in
            QTimer.singleShot(0, lambda: dock.searchScroll.ensureWidgetVisible(dock.dateWarning))
        dock.searchButton.setEnabled(dock.is_searching() or not problem)
