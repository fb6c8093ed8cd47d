"""Options for saving assets: folder, whole or clipped, add to map."""

from __future__ import annotations

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..plugin.core.folders import FolderError, check_folder


class SaveDialog(QDialog):
    """Asks where and how to save ``count`` assets; Save checks the folder before anything is read
    (missing but creatable, not a file, writable, disk not full) and says what is wrong."""

    def __init__(self, count: int, folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Save Assets")
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder_widget.setFilePath(folder)
        self.whole_radio = QRadioButton("Whole assets")
        self.clip_radio = QRadioButton("Clipped to the map extent")
        self.whole_radio.setChecked(True)
        self.add_check = QCheckBox("Add to the map when done")
        self.add_check.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet("color: #c0392b;")
        self.problem_label.hide()
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Save)
        form = QFormLayout()
        form.addRow("Folder", self.folder_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Save {count} asset(s) as GeoTIFF files (named <item>_<asset>.tif)."))
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.whole_radio)
        layout.addWidget(self.clip_radio)
        layout.addWidget(self.add_check)
        layout.addWidget(buttons)
        self.folder_widget.fileChanged.connect(self._folder_changed)
        self._ok.setEnabled(bool(folder))

    def _folder_changed(self, _path: str) -> None:
        self._ok.setEnabled(bool(self.folder()))
        self.problem_label.hide()

    def folder_problem(self) -> str:
        """Why files cannot be saved into the chosen folder ("" when they can)."""
        try:
            check_folder(self.folder())
        except FolderError as exc:
            return f"{exc}."
        return ""

    def accept(self) -> None:
        """Close only when the folder can take the files; otherwise say why and stay open."""
        problem = self.folder_problem()
        if problem:
            self.problem_label.setText(problem)
            self.problem_label.show()
            return
        super().accept()

    def folder(self) -> str:
        """The chosen folder."""
        return self.folder_widget.filePath().strip()

    def clip(self) -> bool:
        """Whether to clip to the map extent."""
        return self.clip_radio.isChecked()

    def add_to_map(self) -> bool:
        """Whether to add the saved files to the map."""
        return self.add_check.isChecked()
