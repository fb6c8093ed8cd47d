"""Dialog to add or edit a STAC API connection."""

from __future__ import annotations

from collections.abc import Collection

from qgis.gui import QgsAuthConfigSelect
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..plugin.core.models import Connection
from ..plugin.i18n import QT_TR_NOOP, tr

ASSET_LOGINS: tuple[tuple[str, str], ...] = (
    ("", QT_TR_NOOP("None: assets are public")),
    ("earthdata", QT_TR_NOOP("NASA Earthdata login")),
    ("planetary-computer", QT_TR_NOOP("Planetary Computer SAS token")),
    ("aws-requester-pays", QT_TR_NOOP("AWS key pair (requester-pays S3 buckets)")),
    ("cdse", QT_TR_NOOP("Copernicus Data Space S3 key pair")),
)
LOGIN_NOTE = QT_TR_NOOP(
    "The auth configuration is sent to the STAC API itself. The assets' login is a Basic auth "
    "configuration: your NASA Earthdata username and password, or an AWS or Copernicus Data Space "
    "S3 access key (username) and secret key (password); it goes only to the Earthdata login host "
    "or, signed, to the requester-pays bucket or CDSE's eodata endpoint. For a Planetary Computer "
    "subscription key, the password of a Basic configuration. An API key or bearer token for the "
    "STAC API is the password of a Basic configuration sent in the header named below (e.g. "
    "X-API-Key, or Authorization: Bearer)."
)
HEADER_HINT = QT_TR_NOOP(
    "Empty: the configuration's own method (e.g. HTTP Basic); or X-API-Key, Authorization: Bearer"
)


class ConnectionDialog(QDialog):
    """Name, URL, QGIS auth config and the login the catalog's assets need."""

    def __init__(
        self,
        connection: Connection | None = None,
        taken_names: Collection[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit STAC Connection") if connection else tr("New STAC Connection"))
        self._taken = {n.casefold() for n in taken_names}
        self._collections = connection.collections if connection else ()

        self.name_edit = QLineEdit(connection.name if connection else "")
        self.url_edit = QLineEdit(connection.url if connection else "")
        self.url_edit.setPlaceholderText("https://example.com/stac/v1")
        self.auth_select = QgsAuthConfigSelect(self)
        if connection and connection.auth_cfg:
            self.auth_select.setConfigId(connection.auth_cfg)
        self.header_edit = QLineEdit(connection.auth_header if connection else "")
        self.header_edit.setPlaceholderText(tr(HEADER_HINT))
        self.header_edit.setToolTip(tr(HEADER_HINT))
        self.login_combo = QComboBox()
        for key, label in ASSET_LOGINS:
            self.login_combo.addItem(tr(label), key)
        if connection:
            index = self.login_combo.findData(connection.asset_login)
            self.login_combo.setCurrentIndex(max(index, 0))
        self.asset_auth_select = QgsAuthConfigSelect(self)
        if connection and connection.asset_auth_cfg:
            self.asset_auth_select.setConfigId(connection.asset_auth_cfg)
        note = QLabel(tr(LOGIN_NOTE))
        note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c0392b")
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("Name"), self.name_edit)
        form.addRow(tr("URL"), self.url_edit)
        form.addRow(tr("Authentication"), self.auth_select)
        form.addRow(tr("Send secret as header"), self.header_edit)
        form.addRow(tr("Assets need"), self.login_combo)
        form.addRow(tr("Assets login"), self.asset_auth_select)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._validate)
        self.url_edit.textChanged.connect(self._validate)
        self._validate()

    def _problem(self) -> str:
        name = self.name_edit.text().strip()
        url = self.url_edit.text().strip()
        if not name:
            return tr("Enter a name.")
        if name.casefold() in self._taken:
            return tr("A connection named “{name}” already exists.").format(name=name)
        if not url:
            return tr("Enter the URL of the STAC API landing page.")
        parsed = QUrl(url)
        if parsed.scheme() not in ("http", "https") or not parsed.host():
            return tr("The URL must start with http:// or https://.")
        return ""

    def _validate(self) -> None:
        problem = self._problem()
        self.error_label.setText(problem if self.name_edit.text() or self.url_edit.text() else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def connection(self) -> Connection:
        """The connection as entered."""
        return Connection(
            name=self.name_edit.text().strip(),
            url=self.url_edit.text().strip(),
            collections=self._collections,
            auth_cfg=self.auth_select.configId(),
            asset_login=self.login_combo.currentData() or "",
            auth_header=self.header_edit.text().strip(),
            asset_auth_cfg=self.asset_auth_select.configId() if self.login_combo.currentData() else "",
        )
