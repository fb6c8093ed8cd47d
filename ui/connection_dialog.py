"""Dialog to add or edit a connection: a STAC API, or a static catalog by URL or on disk."""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

from qgis.gui import QgsAuthConfigSelect
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..plugin.core.logins import LoginProvider, LoginRegistry, registry
from ..plugin.core.models import Connection
from ..plugin.i18n import tr

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def local_catalog_path(url: str) -> str | None:
    """The file a connection's URL names (a ``file://`` URL, or a path that is absolute or ends in
    ``.json``), or None when it is a web address."""
    url = url.strip()
    if url.lower().startswith("file://"):
        return QUrl(url).toLocalFile()
    if _SCHEME.match(url) or not url:
        return None
    path = Path(url).expanduser()
    return str(path) if path.is_absolute() or path.suffix.lower() == ".json" else None


def _field_names() -> dict[str, str]:
    """The parts of a Basic authentication configuration, as QGIS's dialog names them."""
    return {"username": tr("Username"), "password": tr("Password")}


def _fields_text(login: LoginProvider) -> str:
    """``Username = your …, Password = your …`` for the parts ``login`` reads; an unread one "is not used"."""
    names = _field_names()
    parts = [
        tr("{field} = your {label}").format(field=names.get(f.key, f.key), label=tr(f.label))
        for f in login.fields
    ]
    read = {f.key for f in login.fields}
    unused = [tr("{field} is not used").format(field=name) for key, name in names.items() if key not in read]
    return ", ".join(parts) + (" ({})".format(", ".join(unused)) if unused else "")


def login_note(login: LoginProvider) -> str:
    """What the user must set for ``login``, as the dialog says it (written once, by the login)."""
    needs = tr("Assets on {hosts} need {login}.").format(hosts=", ".join(login.serves), login=tr(login.label))
    if any(not f.optional for f in login.fields):
        configure = tr("Create a Basic authentication configuration: {fields}.")
    else:
        configure = tr(
            "Leave Asset credentials empty for anonymous access, or create a Basic authentication "
            "configuration: {fields}."
        )
    sent = tr("Sent only {sent_to}.").format(sent_to=tr(login.sent_to))
    return " ".join([needs, configure.format(fields=_fields_text(login)), sent])


class ConnectionDialog(QDialog):
    """Name, URL, QGIS auth config and the login the catalog's assets need."""

    def __init__(
        self,
        connection: Connection | None = None,
        taken_names: Collection[str] = (),
        parent: QWidget | None = None,
        logins: LoginRegistry = registry,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit STAC Connection") if connection else tr("New STAC Connection"))
        self.setMinimumWidth(600)  # the same width whatever login is chosen, wide enough for a URL
        self._logins = logins
        self._taken = {n.casefold() for n in taken_names}
        self._collections = connection.collections if connection else ()

        self.name_edit = QLineEdit(connection.name if connection else "")
        url_row = self._url_row(connection.url if connection else "")
        self.auth_select = QgsAuthConfigSelect(self)
        if connection and connection.auth_cfg:
            self.auth_select.setConfigId(connection.auth_cfg)
        self.header_edit = QLineEdit(connection.auth_header if connection else "")
        self.header_edit.setPlaceholderText(tr("e.g. X-API-Key or Authorization: Bearer"))
        self.header_edit.setToolTip(
            tr(
                "The header the password of the Basic configuration above is sent in, e.g. X-API-Key "
                "or Authorization: Bearer. Empty: the configuration's own method (e.g. HTTP Basic)."
            )
        )
        self.login_combo = self._login_combo(connection.asset_login if connection else "")
        self.asset_auth_select = QgsAuthConfigSelect(self)
        if connection and connection.asset_auth_cfg:
            self.asset_auth_select.setConfigId(connection.asset_auth_cfg)
        api_note = QLabel(
            tr(
                "Authentication is sent only to the STAC API. For an API key or a bearer token, create "
                "a Basic authentication configuration with the key as its password, and name its "
                "header above (e.g. X-API-Key, or Authorization: Bearer)."
            )
        )
        api_note.setWordWrap(True)
        self.login_note = QLabel()
        self.login_note.setObjectName("loginNote")
        self.login_note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c0392b")
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("Name"), self.name_edit)
        form.addRow(tr("URL"), url_row)
        form.addRow(tr("Authentication"), self.auth_select)
        form.addRow(tr("Header for the API key"), self.header_edit)
        form.addRow(api_note)
        form.addRow(tr("Asset access"), self.login_combo)
        form.addRow(tr("Asset credentials"), self.asset_auth_select)
        form.addRow(self.login_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)  # room a wrapped note leaves goes below the form, not between its rows
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._validate)
        self.url_edit.textChanged.connect(self._validate)
        self.login_combo.currentIndexChanged.connect(self._show_login)
        self._validate()
        self._show_login()

    def _url_row(self, url: str) -> QHBoxLayout:
        """The URL field and its Browse button (for a static catalog on disk)."""
        self.url_edit = QLineEdit(url)
        self.url_edit.setPlaceholderText(tr("https://example.com/stac/v1, or a catalog.json on disk"))
        self.url_edit.setToolTip(
            tr("A STAC API's landing page, or a static catalog: the http(s) URL or the file of its "
               "catalog.json or collection.json")
        )
        self.browse_button = QToolButton()
        self.browse_button.setText(tr("Browse…"))
        self.browse_button.setToolTip(tr("Choose a static catalog's catalog.json or collection.json on disk"))
        self.browse_button.clicked.connect(lambda _c=False: self._browse())
        url_row = QHBoxLayout()
        url_row.setContentsMargins(0, 0, 0, 0)
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(self.browse_button)
        return url_row

    def _login_combo(self, current: str) -> QComboBox:
        """No login, then every registered login; a saved login no longer registered is kept."""
        combo = QComboBox()
        combo.addItem(tr("Public: no login needed"), "")
        for login in self._logins.providers():
            combo.addItem(tr(login.title), login.name)
        if current and combo.findData(current) < 0:
            combo.addItem(current, current)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def _show_login(self) -> None:
        """Say what the chosen login needs; the asset credentials are asked only when one is chosen."""
        name = self.login_combo.currentData() or ""
        login = self._logins.provider(name) if name else None
        self.asset_auth_select.setEnabled(bool(name))
        if login is not None:
            self.login_note.setText(login_note(login))
        else:
            self.login_note.setText("" if name else tr("The assets are read without a login."))

    def _problem(self) -> str:
        name = self.name_edit.text().strip()
        url = self.url_edit.text().strip()
        if not name:
            return tr("Enter a name.")
        if name.casefold() in self._taken:
            return tr("A connection named “{name}” already exists.").format(name=name)
        if not url:
            return tr("Enter the URL of the STAC API landing page, or choose a catalog.json file.")
        path = local_catalog_path(url)
        if path is not None:
            return "" if Path(path).is_file() else tr("There is no file {path}.").format(path=path)
        parsed = QUrl(url)
        if parsed.scheme() not in ("http", "https") or not parsed.host():
            return tr("The URL must start with http:// or https://, or name a catalog.json file.")
        return ""

    def _browse(self) -> None:
        """Put the chosen catalog file in the URL field."""
        current = local_catalog_path(self.url_edit.text()) or ""
        start = str(Path(current).parent) if current else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Open Static STAC Catalog"), start, tr("STAC catalog (*.json);;All files (*)")
        )
        if path:
            self.url_edit.setText(path)

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
