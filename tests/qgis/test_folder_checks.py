"""The folder check shared by the dock's save dialog, stac:download and the core save.

Full and read-only disks are real: small tmpfs mounts in a private mount namespace (``unshare``),
where a PyQGIS script runs the core check, the dialog's check and stac:download.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.PyQt.QtWidgets import QDialog, QMessageBox
from testbed.plugin_package import plugin_module

REPO = Path(__file__).resolve().parents[2]
_folders = plugin_module("plugin.core.folders")
SaveDialog = plugin_module("ui.save_dialog").SaveDialog
check_folder = _folders.check_folder
FolderError = _folders.FolderError


def _bad_folders(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """name -> (folder, the whole message the user reads)."""
    a_file = tmp_path / "a-file"
    a_file.write_text("mine")
    return {
        "cannot be created": (
            "/proc/stac-test/out",
            "The folder /proc/stac-test/out cannot be created: the system does not allow folders there",
        ),
        "a file": (str(a_file), f"The folder {a_file} is a file, not a folder"),
        "under a file": (
            str(a_file / "sub"),
            f"The folder {a_file}/sub cannot be created: {a_file} is a file, not a folder",
        ),
        "not writable": (
            "/proc/self",
            "The folder /proc/self is not writable: the system does not allow files there",
        ),
    }


def test_core_check_says_what_is_wrong(tmp_path) -> None:
    for folder, message in _bad_folders(tmp_path).values():
        for create in (False, True):
            with pytest.raises(FolderError) as caught:
                check_folder(folder, create=create)
            assert str(caught.value) == message
    assert (tmp_path / "a-file").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]  # no probe file left


def test_core_check_creates_only_when_asked(tmp_path) -> None:
    wanted = tmp_path / "new" / "deeper"
    assert check_folder(str(wanted)) == []
    assert not (tmp_path / "new").exists()
    created = check_folder(str(wanted), create=True)
    assert created == [str(tmp_path / "new"), str(wanted)]
    assert wanted.is_dir() and list(wanted.iterdir()) == []
    _folders.remove_created(created)
    assert list(tmp_path.iterdir()) == []


def test_save_dialog_stays_open_and_says_why(qgis_iface, qtbot, tmp_path, monkeypatch) -> None:
    for folder, message in _bad_folders(tmp_path).values():
        dialog = SaveDialog(2, folder)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.accept()
        assert dialog.isVisible()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.folder_note.isVisible()
        assert dialog.folder_note.text() == message + "."
    good = tmp_path / "to-be-made"
    dialog = SaveDialog(2, str(good))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not good.exists()  # checked as typed, not made
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert good.is_dir()  # made once the user agreed


_SCRIPT = """
import json, sys
from qgis.core import QgsApplication
app = QgsApplication([], True)
app.initQgis()
sys.path.append("/usr/share/qgis/python/plugins")
from processing.core.Processing import Processing
Processing.initialize()
import processing
from testbed.plugin_package import plugin_module
provider = plugin_module("plugin.processing.provider").StacProvider()
QgsApplication.processingRegistry().addProvider(provider)
folders = plugin_module("plugin.core.folders")
SaveDialog = plugin_module("ui.save_dialog").SaveDialog
found = {}
for folder in sys.argv[1:]:
    said = {}
    try:
        folders.check_folder(folder)
        said["core"] = ""
    except folders.FolderError as exc:
        said["core"] = str(exc)
    said["dialog"] = SaveDialog(1, folder).folder_problem()
    try:
        processing.run("stac:download", {"ITEMS": "/nowhere/items.json", "ASSETS": "red", "FOLDER": folder})
        said["download"] = ""
    except Exception as exc:
        said["download"] = type(exc).__name__ + ": " + str(exc)
    found[folder] = said
print("RESULT " + json.dumps(found))
app.exitQgis()
"""


def test_full_and_read_only_disks(tmp_path) -> None:
    if shutil.which("unshare") is None:
        pytest.fail("unshare (util-linux) is needed to mount the small test disks")
    full, read_only = tmp_path / "full", tmp_path / "read-only"
    full.mkdir()
    read_only.mkdir()
    script = tmp_path / "check.py"
    script.write_text(_SCRIPT)
    shell = (
        f"mount -t tmpfs -o size=1m tmpfs {full} && "
        f"(dd if=/dev/zero of={full}/filler bs=4k 2>/dev/null; true) && "
        f"mount -t tmpfs -o ro,size=1m tmpfs {read_only} && "
        f'exec "$0" "$@"'
    )
    namespace = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-Urm"]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests")]),
        "QT_QPA_PLATFORM": "offscreen",
    }
    folders = [str(full), str(full / "new"), str(read_only)]
    completed = subprocess.run(
        [*namespace, "sh", "-c", shell, sys.executable, str(script), *folders],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-3000:]
    line = next(x for x in completed.stdout.splitlines() if x.startswith("RESULT "))
    found = json.loads(line[len("RESULT ") :])
    is_full = r" is full: [\d.]+ (bytes|KB) free$"
    read_only_disk = r" is not writable: it is on a read-only disk$"
    expected = {
        str(full): rf"^The disk of the folder {re.escape(str(full))}{is_full}",
        str(full / "new"): rf"^The disk of the folder {re.escape(str(full / 'new'))}{is_full}",
        str(read_only): rf"^The folder {re.escape(str(read_only))}{read_only_disk}",
    }
    for folder, pattern in expected.items():
        said = found[folder]
        assert re.match(pattern, said["core"]), said
        assert said["dialog"] == said["core"] + "."
        assert said["download"] == "QgsProcessingException: " + said["core"]
    assert not (full / "new").exists()
