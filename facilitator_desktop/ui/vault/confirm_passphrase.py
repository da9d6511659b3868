"""Ask for the passphrase again before a step that opens a second door into the workspace
(creating or replacing the recovery key): someone at an unlocked, unattended laptop must
not be able to take one away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError, WrongPassphrase
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.widgets.busy import busy_cursor
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.passphrase_edit import PassphraseEdit
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

# Raises WrongPassphrase when the passphrase does not open the workspace.
CheckPassphrase = Callable[[str], None]


class ConfirmPassphraseDialog(QDialog):
    def __init__(
        self,
        check: CheckPassphrase,
        title: str,
        explanation: str,
        action: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.setWindowTitle(title)
        self.setObjectName("confirmPassphraseDialog")
        self.passphrase = PassphraseEdit(self.tr("Passphrase"), self)
        self.error = FieldError(self.passphrase, self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.error)
        buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(action, self)
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.clicked.connect(self._on_ok)
        cancel.clicked.connect(self.reject)
        self.passphrase.textChanged.connect(self._on_text_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(title, 2, self))
        layout.addWidget(ToneLabel(explanation, Tone.NORMAL, self))
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_text_changed(self) -> None:
        self.error.clear_message()
        self.ok_button.setEnabled(bool(self.passphrase.text()))

    @Slot()
    def _on_ok(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            return
        try:
            with busy_cursor():
                self._check(passphrase)
        except WrongPassphrase:
            self.passphrase.wipe()
            self.error.show_message(self.tr("That is not the passphrase of this workspace."))
            return
        except FacilitatorError as exc:
            self.passphrase.wipe()
            self.error.show_message(error_text(exc))
            return
        self.accept()

    def done(self, result: int) -> None:
        self.passphrase.wipe()
        super().done(result)
