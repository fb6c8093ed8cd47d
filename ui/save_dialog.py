"""Options for saving assets: folder (checked here, created on request), whole or clipped, add to map.

The choices are remembered for the next save.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsSettings
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..plugin.core.folders import FolderError, check_folder
from ..plugin.i18n import tr

FOLDER_KEY = "stac_plugin/save_folder"
CLIP_KEY = "stac_plugin/save_clipped"
ADD_KEY = "stac_plugin/save_add_to_map"


class SaveDialog(QDialog):
    """Asks where and how to save ``count`` assets; Save checks the folder before anything is read
    (missing but creatable, not a file, writable, disk not full), says what is wrong and offers to
    create a missing one."""

    def __init__(self, count: int, folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Save Assets"))
        settings = QgsSettings()
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder_widget.setFilePath(folder or str(settings.value(FOLDER_KEY, "", type=str)))
        self.folder_note = QLabel()
        self.folder_note.setWordWrap(True)
        self.folder_note.setTextFormat(Qt.TextFormat.PlainText)
        self.whole_radio = QRadioButton(tr("Whole assets"))
        self.clip_radio = QRadioButton(tr("Clipped to the map extent (named <item>_<asset>_clipped.tif)"))
        clipped = bool(settings.value(CLIP_KEY, False, type=bool))
        (self.clip_radio if clipped else self.whole_radio).setChecked(True)
        self.add_check = QCheckBox(tr("Add to the map when done"))
        self.add_check.setChecked(bool(settings.value(ADD_KEY, True, type=bool)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Save)
        form = QFormLayout()
        form.addRow(tr("Folder"), self.folder_widget)
        form.addRow("", self.folder_note)
        layout = QVBoxLayout(self)
        intro = tr("Save {n} asset(s) as GeoTIFF files (named <item>_<asset>.tif).").format(n=count)
        layout.addWidget(QLabel(intro))
        layout.addLayout(form)
        layout.addWidget(self.whole_radio)
        layout.addWidget(self.clip_radio)
        layout.addWidget(self.add_check)
        layout.addWidget(buttons)
        self.folder_widget.fileChanged.connect(lambda _p: self.check_folder())
        self.check_folder()

    def folder(self) -> str:
        """The chosen folder."""
        return self.folder_widget.filePath().strip()

    def clip(self) -> bool:
        """Whether to clip to the map extent."""
        return self.clip_radio.isChecked()

    def add_to_map(self) -> bool:
        """Whether to add the saved files to the map."""
        return self.add_check.isChecked()

    def folder_problem(self) -> str:
        """Why files cannot be saved into the chosen folder ("" when they can, or it can be made)."""
        try:
            check_folder(self.folder())
        except FolderError as exc:
            return f"{tr(str(exc))}."
        return ""

    def check_folder(self) -> str:
        """Say what is wrong with the folder (or that it will be created); Save only when it can work."""
        folder = self.folder()
        problem = self.folder_problem()
        if problem:
            note = problem if folder else ""
        elif not Path(folder).is_dir():
            note = tr("This folder does not exist yet; you will be asked to create it.")
        else:
            note = ""
        self.folder_note.setText(note)
        self.folder_note.setVisible(bool(note))
        self.folder_note.setStyleSheet("color: #c0392b;" if problem else "")
        self._ok.setEnabled(not problem)
        return problem

    def accept(self) -> None:
        """Accept only a usable folder, creating it when the user agrees; remember the choices."""
        if self.check_folder():
            return
        folder = self.folder()
        if not Path(folder).is_dir():
            answer = QMessageBox.question(
                self, tr("Create Folder"),
                tr("The folder {folder} does not exist. Create it?").format(folder=folder),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            try:
                check_folder(folder, create=True)
            except FolderError as exc:
                self.folder_note.setText(f"{tr(str(exc))}.")
                self.folder_note.setStyleSheet("color: #c0392b;")
                self.folder_note.setVisible(True)
                return
        settings = QgsSettings()
        settings.setValue(FOLDER_KEY, folder)
        settings.setValue(CLIP_KEY, self.clip())
        settings.setValue(ADD_KEY, self.add_to_map())
        super().accept()
