"""The catalog filter: a form built from the API's queryables plus a raw CQL2 editor.

The form offers number ranges, enumerations as pick lists and text (exact, or a LIKE pattern with
``%``); the editor takes CQL2-text or CQL2-JSON. Both are combined by AND and checked as they are
typed; the dock combines the result with the dates, cloud limit and area.
"""

from __future__ import annotations

import json
from typing import Any

from qgis.core import QgsTask
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..plugin.core import cql2
from ..plugin.core.queryables import Queryable, Queryables
from ..plugin.i18n import QT_TR_NOOP, tr
from ..plugin.tasks import StacTask

ANY = QT_TR_NOOP("(any)")
_SKIP = {"eo:cloud_cover", "datetime", "start_datetime", "end_datetime", "collection"}
"""Queryables the dock's own widgets already cover (the cloud limit, dates and collections)."""


class QueryablesTask(StacTask):
    """Read the queryables of the API (or of the one collection searched)."""

    loaded = pyqtSignal(object)
    """:class:`Queryables`, or None when the API offers none."""

    def __init__(self, client: Any, collections: tuple[str, ...]) -> None:
        super().__init__(tr("STAC queryables"))
        self.client = client
        self.collections = collections
        self.result: Queryables | None = None

    def work(self) -> None:
        from ..plugin.core.queryables import fetch_queryables

        with self._cancel_requests_of(self.client):
            self.result = fetch_queryables(self.client, self.collections)

    def succeeded(self) -> None:
        self.loaded.emit(self.result)


class _Field:
    """One queryable's widgets and the condition they describe."""

    def __init__(self, queryable: Queryable, on_change: Any) -> None:
        self.queryable = queryable
        self.widget = QWidget()
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.low = self.high = None
        self.low_check = self.high_check = None
        self.combo: QComboBox | None = None
        self.line: QLineEdit | None = None
        prop = {"property": queryable.name}
        self._prop = prop
        if queryable.kind in ("number", "integer"):
            low = queryable.minimum if queryable.minimum is not None else -1e12
            high = queryable.maximum if queryable.maximum is not None else 1e12
            for which in ("≥", "≤"):
                check = QCheckBox(which)
                spin = QDoubleSpinBox()
                spin.setRange(low, high)
                spin.setDecimals(0 if queryable.kind == "integer" else 3)
                spin.setValue(low if which == "≥" and queryable.minimum is not None else 0)
                if which == "≤" and queryable.maximum is not None:
                    spin.setValue(high)
                spin.setEnabled(False)
                check.toggled.connect(spin.setEnabled)
                check.toggled.connect(lambda _c: on_change())
                spin.valueChanged.connect(lambda _v: on_change())
                row.addWidget(check)
                row.addWidget(spin, 1)
                if which == "≥":
                    self.low_check, self.low = check, spin
                else:
                    self.high_check, self.high = check, spin
        elif queryable.kind in ("enum", "boolean"):
            self.combo = QComboBox()
            self.combo.addItem(tr(ANY), None)
            values = queryable.enum if queryable.kind == "enum" else (True, False)
            for value in values:
                self.combo.addItem(str(value), value)
            self.combo.currentIndexChanged.connect(lambda _i: on_change())
            row.addWidget(self.combo, 1)
        else:
            self.line = QLineEdit()
            self.line.setPlaceholderText(tr("exact text, or a pattern with %"))
            self.line.textChanged.connect(lambda _t: on_change())
            row.addWidget(self.line, 1)

    def condition(self) -> dict[str, Any] | None:
        """The CQL2-JSON condition of this field, or None when it is left open."""
        prop = self._prop
        if self.low is not None and self.high is not None:
            parts = []
            if self.low_check is not None and self.low_check.isChecked():
                parts.append({"op": ">=", "args": [prop, self._number(self.low.value())]})
            if self.high_check is not None and self.high_check.isChecked():
                parts.append({"op": "<=", "args": [prop, self._number(self.high.value())]})
            return cql2.and_all(*parts)
        if self.combo is not None:
            value = self.combo.currentData()
            return None if self.combo.currentIndex() <= 0 else {"op": "=", "args": [prop, value]}
        text = self.line.text().strip() if self.line is not None else ""
        if not text:
            return None
        return {"op": "like" if "%" in text or "_" in text else "=", "args": [prop, text]}

    def state(self) -> Any:
        """What the user set, to carry over when the form is rebuilt."""
        if self.combo is not None:
            return self.combo.currentData() if self.combo.currentIndex() > 0 else None
        if self.line is not None:
            return self.line.text()
        return tuple(
            spin.value() if check.isChecked() else None
            for check, spin in ((self.low_check, self.low), (self.high_check, self.high))
        )

    def restore(self, state: Any) -> None:
        """Set what :meth:`state` returned (values the new queryable no longer offers are dropped)."""
        if self.combo is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(state)) if state is not None else 0)
        elif self.line is not None:
            self.line.setText(str(state or ""))
        elif isinstance(state, tuple):
            for check, spin, number in zip((self.low_check, self.high_check), (self.low, self.high), state):
                check.setChecked(number is not None)
                if number is not None:
                    spin.setValue(number)

    def _number(self, value: float) -> float | int:
        return round(value) if self.queryable.kind == "integer" else value


class FilterBuilder(QObject):
    """The "Catalog filter" group: queryables form, raw CQL2 editor, and a live check."""

    changed = pyqtSignal()

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.group = QgsCollapsibleGroupBox(tr("Catalog filter (CQL2)"))
        self.group.setObjectName("catalogFilterGroup")
        self.group.setCollapsed(True)
        self.group.setToolTip(tr("Filters on the properties the API lists as queryable, combined by AND with "
                                 "the dates, cloud limit and area"))
        outer = QVBoxLayout(self.group)
        self.status = QLabel(tr("Connect to list what this API can filter on."))
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        self.form.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.form_widget)
        outer.addWidget(QLabel(tr("More (CQL2-text or CQL2-JSON):")))
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("cql2Editor")
        self.editor.setPlaceholderText(tr("e.g. platform = 'sentinel-2a' AND view:sun_elevation > 30"))
        self.editor.setMaximumHeight(70)
        outer.addWidget(self.editor)
        self.check_label = QLabel("")
        self.check_label.setWordWrap(True)
        outer.addWidget(self.check_label)
        self.fields: dict[str, _Field] = {}
        self.queryables: Queryables | None = None
        self.task: QueryablesTask | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._check)
        self.editor.textChanged.connect(self._timer.start)

    # Queryables -----------------------------------------------------------------
    def set_queryables(self, queryables: Queryables | None) -> None:
        """Rebuild the form from ``queryables`` (None: the API offers none), keeping the values set."""
        self.queryables = queryables
        kept = {name: (field.queryable.kind, field.state()) for name, field in self.fields.items()}
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        if queryables is None:
            self.status.setText(
                tr("This API lists no queryables; the CQL2 editor still works if it filters.")
            )
            return
        shown = [q for q in queryables.properties if q.name not in _SKIP and q.kind != "datetime"]
        for queryable in shown:
            if queryable.kind == "other":
                continue
            field = _Field(queryable, self._on_field_changed)
            label = QLabel(queryable.title if queryable.title != queryable.name else queryable.name)
            label.setToolTip(queryable.name)
            self.form.addRow(label, field.widget)
            self.fields[queryable.name] = field
            if kept.get(queryable.name, ("", None))[0] == queryable.kind:
                field.restore(kept[queryable.name][1])
        self.status.setText(
            tr("{n} queryable(s) from {url}").format(n=len(self.fields), url=queryables.url) if self.fields
            else tr("{url} lists nothing beyond dates, cloud cover and area.").format(url=queryables.url)
        )

    def cancel(self) -> None:
        """Stop reading queryables (the dock closes)."""
        self._timer.stop()
        if self.task is not None:
            self.task.cancel()
            self.task = None

    def set_unavailable(self, message: str) -> None:
        """The queryables could not be read: say so; the editor stays usable."""
        self.set_queryables(None)
        self.status.setText(tr("Queryables not available: {message}").format(message=tr(message)))

    def _on_field_changed(self) -> None:
        self._check()

    # Result ---------------------------------------------------------------------
    def condition(self) -> dict[str, Any] | None:
        """The AND of the form and the editor as CQL2-JSON; raises FilterError for a malformed editor."""
        parts = [field.condition() for field in self.fields.values()]
        return cql2.and_all(*parts, cql2.parse_filter(self.editor.toPlainText()))

    def filter_text(self) -> str | None:
        """:meth:`condition` as CQL2-JSON text for the request, or None when nothing is set."""
        condition = self.condition()
        return None if condition is None else json.dumps(condition)

    def _check(self) -> None:
        try:
            condition = self.condition()
        except cql2.FilterError as exc:
            self.check_label.setText(f"⚠ {tr(str(exc))}")
            self.check_label.setStyleSheet("color: #b00020;")
        else:
            self.check_label.setStyleSheet("")
            text = "" if condition is None else tr("Filter: {cql2}").format(cql2=cql2.to_text(condition))
            self.check_label.setText(text)
        self.changed.emit()

    def set_field(self, name: str, value: Any) -> None:
        """Set a form field (for keyboard-free use and tests): a value, or (low, high) for numbers."""
        self.fields[name].restore(tuple(value) if isinstance(value, list) else value)
        self._check()


def start_queryables_task(builder: FilterBuilder, client: Any, collections: tuple[str, ...],
                          run: Any) -> QgsTask | None:
    """Fetch the queryables in a task (cancelling the previous one) and fill ``builder``.

    Nothing is fetched when the form already shows the queryables of that address.
    """
    from ..plugin.core.queryables import queryables_url

    url = queryables_url(client, collections)
    if url is None:
        if builder.task is not None:
            builder.task.cancel()
            builder.task = None
        builder.set_queryables(None)
        return None
    if builder.task is None and builder.queryables is not None and builder.queryables.url == url:
        return None
    if builder.task is not None:
        builder.task.cancel()
    task = QueryablesTask(client, collections)
    builder.task = task

    def loaded(result: Any, t: QueryablesTask = task) -> None:
        if builder.task is t and not sip.isdeleted(builder.group):
            builder.task = None
            builder.set_queryables(result)

    def failed(message: str, _detail: str, t: QueryablesTask = task) -> None:
        if builder.task is t and not sip.isdeleted(builder.group):
            builder.task = None
            builder.set_unavailable(message)

    task.loaded.connect(loaded)
    task.failed.connect(failed)
    run(task)
    return task
