"""Writing one dated addendum to a signed note: to the group narrative or a member's entry.

The text is kept until it is stored: a refusal (nothing written, the disk full) is said
under it and the dialog stays open with every word.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class AddendumDialog(QDialog):
    def __init__(
        self, about: str, save: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Addendum"))
        self.about_label = ToneLabel(about, Tone.NORMAL, self)
        self.about_label.setWordWrap(True)
        hint = ToneLabel(
            self.tr(
                "The note is signed: it stays as it was. The addendum is added under it, "
                "dated today, and cannot be changed either."
            ),
            Tone.MUTED,
            self,
        )
        hint.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Addendum"))
        self.error_label = ToneLabel("", Tone.ERROR, self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(
            self.tr("&Add addendum"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about_label)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(520, 300)

    @Slot()
    def _on_add(self) -> None:
        try:
            self._save(self.editor.toPlainText())
        except FacilitatorError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            self.editor.setFocus()
            return
        self.accept()

    def done(self, result: int) -> None:
        # Closed either way (or by a lock): the text leaves the screen with its undo history.
        super().done(result)
        self.editor.clear()
        self.editor.document().clearUndoRedoStacks()
