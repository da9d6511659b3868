"""A new passphrase, typed twice, with the strength hint: shared by every form that sets
one (change passphrase, unlock with the recovery key)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QWidget

from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.passphrase_edit import PassphraseEdit
from facilitator_desktop.ui.widgets.strength import StrengthMeter


class NewPassphraseFields(QObject):
    """Not a widget itself: its fields live in the caller's form, on `parent`."""

    # The fields changed; read `acceptable()`.
    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.passphrase = PassphraseEdit(self.tr("New passphrase"), parent)
        self.passphrase.setPlaceholderText(self.tr("Several unrelated words"))
        self.strength = StrengthMeter(parent)
        self.repeat = PassphraseEdit(self.tr("Repeat the new passphrase"), parent)
        self.repeat_error = FieldError(self.repeat, parent)
        self.passphrase.textChanged.connect(self._on_text_changed)
        self.repeat.textChanged.connect(self._on_text_changed)

    def add_rows(self, form: QFormLayout) -> None:
        """Put the fields into the caller's form, so labels line up with its other rows."""
        form.addRow(self.tr("&New passphrase:"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        form.addRow("", self.repeat_error)

    def text(self) -> str:
        return self.passphrase.text()

    def acceptable(self) -> bool:
        strength = self.strength.update_for(self.passphrase.text())
        return strength.acceptable and self.repeat.text() == self.passphrase.text()

    def wipe(self) -> None:
        self.passphrase.wipe()
        self.repeat.wipe()

    def _mismatch(self) -> bool:
        first, second = self.passphrase.text(), self.repeat.text()
        if not second:
            return False
        # Quiet while the second copy is still being typed and agrees so far.
        if len(second) < len(first) and first.startswith(second):
            return False
        return first != second

    @Slot()
    def _on_text_changed(self) -> None:
        self.strength.update_for(self.passphrase.text())
        self.repeat_error.show_message(
            self.tr("The two passphrases do not match.") if self._mismatch() else ""
        )
        emit(self.changed)
