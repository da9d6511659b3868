"""Settings → Sharing → Server: the agency's PostgreSQL connection.

Kept when Save is clicked (the password sealed in the workspace); "Test connection" tries
what is typed, off the GUI thread. A refused value is said under its field and nothing
typed is cleared. An empty password field keeps the password already kept.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError, ValidationError
from facilitator_desktop.services.sharing import ServerInfo, SharingService
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.sharing.connection_test import Connection, ConnectionTest
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.field_error import FieldError, FormErrors
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

DEFAULT_PORT = 5432


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharingServer", text)


class ServerForm(QGroupBox):
    # The server was kept (sync may start now).
    saved = Signal()

    def __init__(self, sharing: SharingService, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Server"), parent)
        self._sharing = sharing
        intro = ToneLabel(
            _tr(
                "Shared groups travel through your agency's PostgreSQL server as sealed "
                "changes it cannot read. The connection must be encrypted (TLS with a "
                "verified certificate) for every server but this computer. The password "
                "is kept sealed in this workspace."
            ),
            Tone.NORMAL,
            self,
        )
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(_tr("db.agency.example"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.dbname = QLineEdit(self)
        self.role = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors: dict[str, FieldError] = {}
        form = QFormLayout()
        for key, label, field in (
            ("host", _tr("&Host:"), self.host),
            ("port", _tr("&Port:"), self.port),
            ("dbname", _tr("&Database:"), self.dbname),
            ("role", _tr("&Role:"), self.role),
            ("password", _tr("Pass&word:"), self.password),
        ):
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            error = FieldError(field, self)
            self.errors[key] = error
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(error)
            buddy = QLabel(label, self)
            buddy.setBuddy(field)
            form.addRow(buddy, column)
        self._form_errors = FormErrors(self.errors)
        self.tls_note = ToneLabel("", Tone.MUTED, self)
        self.host.textChanged.connect(self._on_host_edited)
        self.save_button = QPushButton(_tr("&Save server"), self)
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(_tr("&Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        self.result = ToneLabel("", Tone.MUTED, self)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tester = ConnectionTest(self)
        self.tester.finished.connect(self._on_tested)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.tls_note)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.show_stored()

    # --- showing ---------------------------------------------------------------------------

    def show_stored(self) -> None:
        try:
            info = self._sharing.server()
        except FacilitatorError as exc:
            self._say(error_text(exc), Tone.ERROR)
            return
        if info is not None:
            self._show(info)
        self._on_host_edited(self.host.text())

    def _show(self, info: ServerInfo) -> None:
        self.host.setText(info.host)
        self.port.setValue(info.port)
        self.dbname.setText(info.dbname)
        self.role.setText(info.role)
        self.password.clear()
        self.password.setPlaceholderText(
            _tr("kept, sealed — type to change") if info.has_password else ""
        )

    @Slot(str)
    def _on_host_edited(self, host: str) -> None:
        from facilitator_desktop.sync.server import is_loopback

        host = host.strip()
        if not host:
            self.tls_note.setText("")
        elif is_loopback(host):
            self.tls_note.setText(
                _tr("This computer: the connection may be unencrypted (it never leaves it).")
            )
        else:
            self.tls_note.setText(
                _tr("Another computer: only an encrypted connection with a verified certificate.")
            )

    # --- saving and testing ----------------------------------------------------------------

    def typed(self) -> Connection:
        """What is typed; an empty password field means the one already kept."""
        password = self.password.text()
        if not password:
            try:
                stored = self._sharing.server_settings()
            except FacilitatorError:
                stored = None
            password = stored.password if stored is not None else ""
        return Connection(
            self.host.text().strip(),
            self.port.value(),
            self.dbname.text().strip(),
            self.role.text().strip(),
            password,
        )

    @Slot()
    def save(self) -> bool:
        typed = self.typed()
        try:
            info = self._sharing.set_server(
                typed.host, typed.port, typed.dbname, typed.role, typed.password
            )
        except ValidationError as exc:
            self._form_errors.show(exc.field, error_text(exc))
            self._say("", Tone.MUTED)
            return False
        except FacilitatorError as exc:
            self._form_errors.clear()
            self._say(error_text(exc), Tone.ERROR)
            return False
        self._form_errors.clear()
        self._show(info)
        self._say(_tr("Server kept. Shared groups sync in the background."), Tone.SUCCESS)
        emit(self.saved)
        return True

    @Slot()
    def test_connection(self) -> None:
        typed = self.typed()
        missing = self._missing(typed)
        if missing:
            return
        self._form_errors.clear()
        self.test_button.setEnabled(False)
        self._say(_tr("Testing the connection…"), Tone.MUTED)
        self.tester.start(typed)

    def _missing(self, typed: Connection) -> bool:
        for key, value, message in (
            ("host", typed.host, _tr("Give the server's name or address.")),
            ("dbname", typed.dbname, _tr("Give the database's name.")),
            ("role", typed.role, _tr("Give the role (user name) to sign in with.")),
        ):
            if not value:
                self._form_errors.show(key, message)
                return True
        return False

    @Slot(bool, str)
    def _on_tested(self, reached: bool, words: str) -> None:
        self.test_button.setEnabled(True)
        self._say(words, Tone.SUCCESS if reached else Tone.ERROR)

    def _say(self, text: str, tone: Tone) -> None:
        self.result.set_tone(tone)
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def wipe(self) -> None:
        """On lock: the typed password leaves the widget (and its undo)."""
        self.password.clear()
        self.password.setText("")
        self.tester.wait(0)
