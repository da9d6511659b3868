"""Change passphrase: the current one first, then the new one twice.

Only the wrapped data key changes (one transaction), so nothing else is re-encrypted and
a crash leaves either the old or the new passphrase working.
"""

from __future__ import annotations

from collections.abc import Callable
from unicodedata import normalize

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
from facilitator_desktop.ui.vault.new_passphrase import NewPassphraseFields
from facilitator_desktop.ui.widgets.busy import busy_cursor
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.passphrase_edit import PassphraseEdit, ShowPassphraseBox
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

# change(current, new): raises WrongPassphrase when `current` is not the passphrase.
ChangePassphrase = Callable[[str, str], None]


class ChangePassphraseDialog(QDialog):
    def __init__(self, change: ChangePassphrase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._change = change
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setObjectName("changePassphraseDialog")

        title = heading(self.tr("Change your passphrase"), 2, self)
        intro = ToneLabel(
            self.tr(
                "Your notes stay as they are: only the lock on the workspace key changes. "
                "From now on, only the new passphrase opens the workspace."
            ),
            Tone.NORMAL,
            self,
        )
        self.current = PassphraseEdit(self.tr("Current passphrase"), self)
        self.current_error = FieldError(self.current, self)
        self.fresh = NewPassphraseFields(self)
        self.show_box = ShowPassphraseBox(
            [self.current, self.fresh.passphrase, self.fresh.repeat], self
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("&Current passphrase:"), self.current)
        form.addRow("", self.current_error)
        self.fresh.add_rows(form)
        form.addRow("", self.show_box)
        self.problem = FieldError(None, self)

        buttons = QDialogButtonBox(self)
        self.change_button = QPushButton(self.tr("C&hange passphrase"), self)
        self.change_button.setDefault(True)
        self.change_button.setEnabled(False)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.change_button.clicked.connect(self._on_change)
        self.cancel_button.clicked.connect(self.reject)
        self.current.textChanged.connect(self._on_changed)
        self.fresh.changed.connect(self._on_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.current.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self) -> str:
        return " ".join(
            m
            for m in (
                self.current_error.message(),
                self.fresh.repeat_error.message(),
                self.problem.message(),
            )
            if m
        )

    @Slot()
    def _on_changed(self) -> None:
        self.current_error.clear_message()
        self.problem.clear_message()
        self.change_button.setEnabled(bool(self.current.text()) and self.fresh.acceptable())

    @Slot()
    def _on_change(self) -> None:
        if not self.change_button.isEnabled():
            return
        current, new = self.current.text(), self.fresh.text()
        if normalize("NFC", current) == normalize("NFC", new):
            self.problem.show_message(self.tr("That is the passphrase you have now."))
            return
        self.change_button.setEnabled(False)
        try:
            with busy_cursor():
                self._change(current, new)
        except WrongPassphrase:
            self.current.wipe()
            self.current_error.show_message(
                self.tr("That is not the current passphrase. Nothing was changed.")
            )
            self.current.setFocus()
            return
        except FacilitatorError as exc:
            self.problem.show_message(exc.message)
            self._on_changed_keep_message()
            return
        except OSError as exc:
            self.problem.show_message(
                self.tr("The passphrase could not be changed: {reason}").format(
                    reason=exc.strerror or str(exc)
                )
            )
            self._on_changed_keep_message()
            return
        self.wipe()
        self.accept()

    def _on_changed_keep_message(self) -> None:
        self.change_button.setEnabled(bool(self.current.text()) and self.fresh.acceptable())

    def wipe(self) -> None:
        self.current.wipe()
        self.fresh.wipe()

    def done(self, result: int) -> None:
        # However the dialog ends (Cancel, Escape, the workspace locking), no passphrase
        # stays in its fields.
        self.wipe()
        super().done(result)
