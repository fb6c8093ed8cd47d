"""One progress bar and Cancel button for the tasks a row of dock buttons starts.

``AssetActions`` (add to map, save) and ``PictureActions`` (composites, mosaic) run their work
through a :class:`TaskProgress`, so both show it, cancel it and report its end the same way:

- the bar shows while any task runs, labelled for the latest one (only the percentage when the
  label does not fit, the label then in its tooltip), at the mean progress of all;
- the task's ``done`` signal reaches the caller only while the task is still shown (not cancelled);
  ``failed(message, detail)`` is told in the message bar and the log, ``cancelled`` says the
  kind's cancel message;
- Cancel cancels every task shown: a task that reads only is dropped at once (its kind's cancel
  message said once), a task that writes a file stays shown until it has removed its partial file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from qgis.core import Qgis, QgsTask
from qgis.PyQt.QtCore import QEvent, QObject
from qgis.PyQt.QtWidgets import QAbstractButton, QProgressBar

from ..plugin.i18n import tr
from ..plugin.log import notify


@dataclass(frozen=True)
class TaskKind:
    """What the bar says about one kind of task (``label`` holds Qt's ``%p%``); texts untranslated."""

    name: str
    label: str
    tooltip: str
    cancelled: str
    """Said (as information) when a task of this kind is cancelled."""
    writes: bool = False
    """A cancelled task stays shown until its ``cancelled`` signal: it is removing a partial file."""
    failure_level: Qgis.MessageLevel = Qgis.MessageLevel.Critical


class TaskProgress(QObject):
    """The tasks started through :meth:`start`, shown on ``bar`` with ``cancel_button``.

    ``changed`` is called whenever a task starts or ends (to enable the buttons that start them).
    """

    def __init__(
        self,
        iface: Any,
        bar: QProgressBar,
        cancel_button: QAbstractButton,
        changed: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.iface = iface
        self.bar = bar
        self.cancel_button = cancel_button
        self._changed = changed
        self._tasks: dict[QgsTask, TaskKind] = {}
        self._label = "%p%"
        metrics = bar.fontMetrics()
        bar.setMinimumWidth(metrics.horizontalAdvance("100%") + 2 * metrics.height())
        bar.installEventFilter(self)
        cancel_button.clicked.connect(lambda _c=False: self.cancel())
        self.refresh()

    def start(
        self,
        task: QgsTask,
        kind: TaskKind,
        run: Callable[[QgsTask], None],
        done: Callable[..., None],
        failed: Callable[[str, str], None] | None = None,
    ) -> QgsTask:
        """Show ``task`` and ``run`` it; ``done`` gets the arguments of its ``done`` signal, and
        ``failed`` (else the message bar) its failure."""
        if not self._tasks:
            self.bar.setValue(0)
        self._tasks[task] = kind
        task.progressChanged.connect(lambda _p: self.refresh())
        task.done.connect(lambda *args, t=task: self.finish(t) and done(*args))
        task.failed.connect(lambda message, detail, t=task: self._on_failed(t, message, detail, failed))
        task.cancelled.connect(lambda t=task: self._on_cancelled(t))
        self._update()
        run(task)
        return task

    def running(self, kind: str | None = None) -> list[QgsTask]:
        """The tasks shown (of the kind named ``kind``), oldest first."""
        return [task for task, k in self._tasks.items() if kind is None or k.name == kind]

    def finish(self, task: QgsTask) -> bool:
        """Stop showing ``task``; False when it was not shown (cancelled or ended already)."""
        if self._tasks.pop(task, None) is None:
            return False
        self._update()
        return True

    def cancel(self, kinds: Iterable[str] | None = None) -> None:
        """Cancel the tasks shown (of the kinds named); see the module's docstring."""
        names = None if kinds is None else set(kinds)
        told: list[str] = []
        for task, kind in list(self._tasks.items()):
            if names is not None and kind.name not in names:
                continue
            if not kind.writes:  # dropped before a queued task's cancelled signal, sent at once
                del self._tasks[task]
                if kind.cancelled not in told:
                    told.append(kind.cancelled)
            task.cancel()  # a writer's cancelled signal reports, once the partial file is gone
        for message in told:
            notify(self.iface, message, Qgis.MessageLevel.Info)
        self._update()

    def refresh(self) -> None:
        """Show the bar and the Cancel button while tasks run, at their mean progress."""
        busy = bool(self._tasks)
        if busy:
            latest = list(self._tasks.values())[-1]
            self._label = tr(latest.label)
            self.bar.setToolTip(self._label.replace("%p%", "").strip())
            self._fit_label()
            self.cancel_button.setToolTip(tr(latest.tooltip))
            self.bar.setValue(int(sum(t.progress() for t in self._tasks) / len(self._tasks)))
        self.bar.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A resized bar shows its label, or only the percentage when the label does not fit."""
        if watched is self.bar and event.type() == QEvent.Type.Resize:
            self._fit_label()
        return False

    def _fit_label(self) -> None:
        metrics = self.bar.fontMetrics()
        needed = metrics.horizontalAdvance(self._label.replace("%p", "100")) + 2 * metrics.averageCharWidth()
        self.bar.setFormat(self._label if needed <= self.bar.width() else "%p%")

    def _update(self) -> None:
        self.refresh()
        self._changed()

    def _on_failed(
        self, task: QgsTask, message: str, detail: str, failed: Callable[[str, str], None] | None
    ) -> None:
        kind = self._tasks.get(task)
        if kind is None or not self.finish(task):
            return
        if failed is not None:
            failed(message, detail)
        elif message:
            notify(self.iface, message, kind.failure_level, detail)

    def _on_cancelled(self, task: QgsTask) -> None:
        kind = self._tasks.get(task)
        if kind is not None and self.finish(task):
            notify(self.iface, kind.cancelled, Qgis.MessageLevel.Info)
