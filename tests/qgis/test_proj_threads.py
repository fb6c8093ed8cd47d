"""pyproj in QGIS task threads: a pooled thread running several tasks must not crash."""

from __future__ import annotations

import threading

import pytest
from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from plugin.core.proj_threads import keep_proj_context

pyproj = pytest.importorskip("pyproj")


class _CrsTask(QgsTask):
    done = pyqtSignal(str, int)

    def __init__(self) -> None:
        super().__init__("pyproj in a task")
        self.name = ""
        self.thread_id = 0

    def run(self) -> bool:
        self.name = pyproj.CRS.from_user_input("EPSG:32633").name
        self.thread_id = threading.get_native_id()
        keep_proj_context()
        return True

    def finished(self, result: bool) -> None:
        self.done.emit(self.name, self.thread_id)


def test_pyproj_in_successive_tasks(qtbot) -> None:
    threads = set()
    for _ in range(6):
        task = _CrsTask()
        with qtbot.waitSignal(task.done, timeout=10000) as blocker:
            QgsApplication.taskManager().addTask(task)
        name, thread_id = blocker.args
        assert name == "WGS 84 / UTM zone 33N"
        threads.add(thread_id)
    assert len(threads) < 6  # some pooled thread ran more than one task


def test_keep_proj_context_on_the_main_thread_is_harmless() -> None:
    keep_proj_context()
    assert pyproj.CRS.from_epsg(4326).name == "WGS 84"
