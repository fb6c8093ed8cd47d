"""Options for saving assets: folder, whole or clipped, add to map."""

from __future__ import annotations

from qgis.gui import QgsFileWidget
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


class SaveDialog(QDialog):
    """Asks where and how to save ``count`` assets."""

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
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Save)
        form = QFormLayout()
        form.addRow("Folder", self.folder_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Save {count} asset(s) as GeoTIFF files (named <item>_<asset>.tif)."))
        layout.addLayout(form)
        layout.addWidget(self.whole_radio)
        layout.addWidget(self.clip_radio)
        layout.addWidget(self.add_check)
        layout.addWidget(buttons)
        self.folder_widget.fileChanged.connect(lambda _p: self._ok.setEnabled(bool(self.folder())))
        self._ok.setEnabled(bool(folder))

    def folder(self) -> str:
        """The chosen folder."""
        return self.folder_widget.filePath().strip()

    def clip(self) -> bool:
        """Whether to clip to the map extent."""
        return self.clip_radio.isChecked()

    def add_to_map(self) -> bool:
        """Whether to add the saved files to the map."""
        return self.add_check.isChecked()
