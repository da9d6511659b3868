"""A masked passphrase field; a separate "Show passphrase" box toggles all of them."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget


class PassphraseEdit(QLineEdit):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Password echo also tells input methods not to predict, capitalise or learn.
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible_name)
        # Passphrases are never completed, dragged out or pasted into other apps by accident.
        self.setDragEnabled(False)
        self.setMinimumWidth(280)

    def show_text(self, shown: bool) -> None:
        """Show or mask the passphrase. Shown, it is still kept from input-method learning
        and prediction (Qt drops those hints when echo turns Normal)."""
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        if shown:
            from PySide6.QtCore import Qt  # not at import: the unlock window paints without it

            self.setInputMethodHints(
                Qt.InputMethodHint.ImhSensitiveData
                | Qt.InputMethodHint.ImhNoPredictiveText
                | Qt.InputMethodHint.ImhNoAutoUppercase
            )

    def wipe(self) -> None:
        """Clear the text and the undo history that would still hold it.

        setText() resets QLineEdit's undo history; clear() would keep it.
        """
        self.setText("")


class ShowPassphraseBox(QCheckBox):
    def __init__(self, fields: list[PassphraseEdit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("S&how passphrase"))
        self._fields = fields
        self.toggled.connect(self._on_toggled)

    @Slot(bool)
    def _on_toggled(self, shown: bool) -> None:
        for field in self._fields:
            field.show_text(shown)
