"""Unlock: at start, and again after the workspace was locked (Ctrl+L)."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop import APP_NAME
from facilitator_desktop.errors import FacilitatorError, WrongPassphrase
from facilitator_desktop.ui.widgets.banner import Banner
from facilitator_desktop.ui.widgets.busy import busy_cursor
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.passphrase_edit import PassphraseEdit, ShowPassphraseBox
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

# Opens (or re-opens) the workspace; raises WrongPassphrase, WorkspaceCorrupt, ...
UnlockAttempt = Callable[[str], None]


class UnlockReason(Enum):
    START = "start"
    LOCKED = "locked"


class UnlockDialog(QDialog):
    def __init__(
        self,
        attempt: UnlockAttempt,
        reason: UnlockReason = UnlockReason.START,
        *,
        demo_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.setWindowTitle(APP_NAME)
        self.setObjectName("unlockDialog")

        if reason is UnlockReason.LOCKED:
            title_text = self.tr("Workspace locked")
            intro_text = self.tr("Enter your passphrase to carry on where you left off.")
        else:
            title_text = self.tr("Unlock your workspace")
            intro_text = self.tr("Enter your passphrase to open your groups, members and notes.")
        title = heading(title_text, 1, self)
        intro = ToneLabel(intro_text, Tone.NORMAL, self)

        self.passphrase = PassphraseEdit(self.tr("Passphrase"), self)
        self.passphrase_error = FieldError(self.passphrase, self)
        self.show_box = ShowPassphraseBox([self.passphrase], self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow("", self.passphrase_error)
        form.addRow("", self.show_box)

        # Damaged or too-new workspaces: not the passphrase's fault, so not under the field.
        self.problem = FieldError(None, self)

        buttons = QDialogButtonBox(self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setEnabled(False)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button.clicked.connect(self._on_unlock)
        self.quit_button.clicked.connect(self.reject)
        self.passphrase.textChanged.connect(self._on_text_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        if demo_note:
            layout.addWidget(Banner(demo_note, self))
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.passphrase.setFocus()

    def error_text(self) -> str:
        """Whatever error the dialog currently shows (for tests and screenshots)."""
        return " ".join(m for m in (self.passphrase_error.message(), self.problem.message()) if m)

    @Slot()
    def _on_text_changed(self) -> None:
        self.unlock_button.setEnabled(bool(self.passphrase.text()))

    @Slot()
    def _on_unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            return
        self.passphrase_error.clear_message()
        self.problem.clear_message()
        self.unlock_button.setEnabled(False)
        try:
            with busy_cursor():
                self._attempt(passphrase)
        except WrongPassphrase:
            self.passphrase.wipe()
            self.passphrase_error.show_message(
                self.tr("That passphrase does not unlock this workspace. Please try again.")
            )
            self.passphrase.setFocus()
            return
        except FacilitatorError as exc:
            self.problem.show_message(exc.message)
            self.passphrase.wipe()
            return
        except OSError as exc:
            self.problem.show_message(
                self.tr("The workspace could not be read: {reason}").format(
                    reason=exc.strerror or str(exc)
                )
            )
            self.passphrase.wipe()
            return
        finally:
            self._on_text_changed()
        self.passphrase.wipe()
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape must not quit (or unlock) by accident on the lock screen.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)
