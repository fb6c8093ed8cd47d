"""The progress bar and Cancel button the dock's add, save, composite and mosaic buttons share:
real tasks in QGIS's task manager, the bar and the messages the user sees."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QProgressBar, QToolButton, QWidget
from testbed.plugin_package import plugin_module

_tasks = plugin_module("plugin.tasks")
_progress = plugin_module("ui.task_progress")
_core_errors = plugin_module("plugin.core.errors")

WAIT_MS = 10000
READ = _progress.TaskKind("read", "Reading… %p%", "Cancel reading", "Reading cancelled.")
WRITE = _progress.TaskKind("write", "Writing… %p%", "Cancel writing", "Writing cancelled.", writes=True)


class Step(_tasks.StacTask):
    """A task that reports ``percent`` and then waits for ``go`` (or a cancel); fails when told to."""

    done = pyqtSignal(str)

    def __init__(self, name: str, percent: float, fail: str = "") -> None:
        super().__init__(name)
        self.name, self.percent, self.fail = name, percent, fail
        self.go = threading.Event()

    def work(self) -> None:
        self.setProgress(self.percent)
        while not self.go.wait(0.02):
            if self.isCanceled():
                raise _core_errors.Cancelled()
        if self.fail:
            raise _core_errors.StacPluginError(self.fail, "the detail")

    def succeeded(self) -> None:
        self.done.emit(self.name)


@pytest.fixture
def shown(qgis_iface, qtbot) -> Any:
    """A TaskProgress on a shown bar and button, with what it handed back and how often it changed."""
    qgis_iface.messageBar().clear_messages()
    widget = QWidget()
    bar, button = QProgressBar(widget), QToolButton(widget)
    bar.resize(300, bar.sizeHint().height())
    widget.show()
    changes: list[int] = []
    progress = _progress.TaskProgress(qgis_iface, bar, button, lambda: changes.append(1))
    progress.results = []
    progress.changes = changes
    started: list[threading.Event] = []
    ended: list[str] = []

    def run(task: Any) -> None:
        started.append(task.go)
        task.taskCompleted.connect(lambda n=task.name: ended.append(n))
        task.taskTerminated.connect(lambda n=task.name: ended.append(n))
        QgsApplication.taskManager().addTask(task)

    progress.run_task = run
    progress.ended = ended
    yield progress
    for go in started:
        go.set()
    qtbot.waitUntil(lambda: len(ended) == len(started), timeout=WAIT_MS)
    widget.close()


def _start(progress: Any, task: Any, kind: Any) -> Any:
    return progress.start(task, kind, progress.run_task, progress.results.append)


def _messages(qgis_iface: Any, level: Any) -> list[str]:
    """The texts of the messages at ``level`` (without their "STAC:" title)."""
    return [text.split(":", 1)[-1] for text in qgis_iface.messageBar().get_messages(level)]


def test_bar_shows_the_running_tasks_and_hands_over_results(qtbot, shown, qgis_iface) -> None:
    bar, button = shown.bar, shown.cancel_button
    assert not bar.isVisible() and not button.isVisible()
    first = _start(shown, Step("a", 20), READ)
    assert bar.isVisible() and button.isVisible() and bar.format() == "Reading… %p%"
    second = _start(shown, Step("b", 60), WRITE)
    assert bar.format() == "Writing… %p%" and button.toolTip() == "Cancel writing"  # the latest
    bar.resize(bar.minimumWidth(), bar.height())  # too narrow: the percentage, the label in the tooltip
    assert bar.format() == "%p%" and bar.toolTip() == "Writing…"
    bar.resize(300, bar.height())
    assert bar.format() == "Writing… %p%"
    qtbot.waitUntil(lambda: bar.value() == 40, timeout=WAIT_MS)  # the mean of 20 and 60
    assert shown.running() == [first, second] and shown.running("write") == [second]
    first.go.set()
    qtbot.waitUntil(lambda: shown.results == ["a"], timeout=WAIT_MS)
    assert shown.running() == [second] and bar.isVisible() and bar.value() == 60
    second.go.set()
    qtbot.waitUntil(lambda: shown.results == ["a", "b"], timeout=WAIT_MS)
    assert not bar.isVisible() and not button.isVisible()
    assert len(shown.changes) == 4  # two starts, two ends


def test_failure_is_told_at_the_kinds_level(qtbot, shown, qgis_iface) -> None:
    task = _start(shown, Step("a", 0, fail="No such band"), READ)
    task.go.set()
    qtbot.waitUntil(lambda: not shown.running(), timeout=WAIT_MS)
    assert any("No such band" in text for text in _messages(qgis_iface, Qgis.MessageLevel.Critical))
    assert shown.results == [] and not shown.bar.isVisible()


def test_cancel_frees_readers_at_once_and_writers_when_their_file_is_gone(qtbot, shown, qgis_iface) -> None:
    writer = _start(shown, Step("w", 10), WRITE)
    qtbot.waitUntil(lambda: writer.progress() == 10, timeout=WAIT_MS)  # running: it may have a file
    for n in range(3):  # running or queued
        _start(shown, Step(f"r{n}", 10), READ)
    shown.cancel_button.click()
    assert shown.running() == [writer] and shown.bar.isVisible()  # the writer cleans up first
    info = _messages(qgis_iface, Qgis.MessageLevel.Info)
    assert info.count("Reading cancelled.") == 1  # once for the three readers
    qtbot.waitUntil(lambda: not shown.running(), timeout=WAIT_MS)
    assert _messages(qgis_iface, Qgis.MessageLevel.Info).count("Writing cancelled.") == 1
    assert not shown.bar.isVisible() and not shown.cancel_button.isVisible()
    qtbot.waitUntil(lambda: sorted(shown.ended) == ["r0", "r1", "r2", "w"], timeout=WAIT_MS)
    assert shown.results == []  # nothing of a cancelled task is handed over


def test_cancel_of_one_kind_leaves_the_others(qtbot, shown, qgis_iface) -> None:
    reader = _start(shown, Step("r", 10), READ)
    writer = _start(shown, Step("w", 10), WRITE)
    shown.cancel(["read"])
    assert reader.isCanceled() and shown.running() == [writer]
    writer.go.set()
    qtbot.waitUntil(lambda: shown.results == ["w"], timeout=WAIT_MS)
    assert _messages(qgis_iface, Qgis.MessageLevel.Info) == ["Reading cancelled."]
