"""One member's progress entry in the session note: their facts in a line, the
facilitator's own lines under it, and the dated addenda once the note is signed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.domain.session_note import MemberFacts
from facilitator_desktop.services.session_notes import AddendumInfo
from facilitator_desktop.ui.session_note import words
from facilitator_desktop.ui.session_note.addenda import AddendaList
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

LINES = 3  # a line or two per member must be enough; room for a third


def lines_tall(editor: QPlainTextEdit, lines: int) -> int:
    """The height of an editor showing `lines` lines of its font."""
    metrics = editor.fontMetrics()
    frame = editor.frameWidth() * 2 + int(editor.document().documentMargin() * 2)
    return metrics.lineSpacing() * lines + frame + 4


class MemberEntry(QWidget):
    """The facilitator typed in this member's lines."""

    edited = Signal(int)
    addendumRequested = Signal(int)

    def __init__(self, member_id: int, alias: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member_id = member_id
        self.name_label = QLabel(alias, self)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.name_label.font())
        bold.setBold(True)
        self.name_label.setFont(bold)
        self.facts_label = ToneLabel("", Tone.MUTED, self)
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.facts_label.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)  # Tab goes on to the next member
        self.editor.setAccessibleName(self.tr("Progress entry for {name}").format(name=alias))
        self.editor.setPlaceholderText(
            self.tr("A line or two about {name} today.").format(name=alias)
        )
        self.editor.setFixedHeight(lines_tall(self.editor, LINES))
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.editor.textChanged.connect(self._on_text_changed)
        self.damaged_label: ToneLabel | None = None  # made when needed: rare
        self.addenda = AddendaList(self)
        self.addendum_button = QPushButton(
            self.tr("Add an addendum for {name}…").format(name=alias), self
        )
        self.addendum_button.clicked.connect(self._on_addendum)
        self.addendum_button.hide()
        head = QHBoxLayout()
        head.addWidget(self.name_label)
        head.addWidget(self.facts_label, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.addendum_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.editor)
        layout.addWidget(self.addenda)
        layout.addLayout(buttons)
        self._filling = False

    def show_entry(
        self,
        facts: MemberFacts | None,
        text: str,
        addenda: tuple[AddendumInfo, ...],
        *,
        read_only: bool,
        signed: bool,
        damaged: bool = False,
    ) -> None:
        self.facts_label.setText(words.member_line(facts) if facts is not None else "")
        self._filling = True
        self.editor.setPlainText(text)
        self._filling = False
        self.editor.document().clearUndoRedoStacks()
        self.editor.setReadOnly(read_only or damaged)
        if damaged and self.damaged_label is None:
            self.damaged_label = ToneLabel(
                self.tr("These lines are damaged and cannot be shown."), Tone.ERROR, self
            )
            layout = self.layout()
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(2, self.damaged_label)
        if self.damaged_label is not None:
            self.damaged_label.setVisible(damaged)
        self.addenda.show_addenda(addenda)
        self.addendum_button.setVisible(signed and not damaged)

    def text(self) -> str:
        return self.editor.toPlainText()

    def forget(self) -> None:
        """Empty the lines and their undo history (the workspace locks)."""
        self._filling = True
        self.editor.clear()
        self._filling = False
        self.editor.document().clearUndoRedoStacks()
        self.addenda.show_addenda(())

    @Slot()
    def _on_text_changed(self) -> None:
        if not self._filling and not self.editor.isReadOnly():
            emit(self.edited, self.member_id)

    @Slot()
    def _on_addendum(self) -> None:
        emit(self.addendumRequested, self.member_id)
