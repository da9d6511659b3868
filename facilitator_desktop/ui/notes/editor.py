"""The note body editor: plain text, exact round trips, and a wipe that leaves no undo."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QWidget

from facilitator_desktop.ui.markers import shown_markers, shown_position, stored_markers
from facilitator_desktop.ui.notes.highlight import mark_colours
from facilitator_desktop.ui.signals import emit

PARAGRAPH_SEPARATOR = "\u2029"


def qt_positions(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Python string indexes to Qt document positions (UTF-16: emoji count twice)."""
    if text.isascii():
        return list(spans)
    result = []
    for start, end in spans:
        result.append((_utf16_length(text[:start]), _utf16_length(text[:end])))
    return result


def _utf16_length(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class NoteEditor(QPlainTextEdit):
    # The editor lost the keyboard focus: the page saves at once.
    focusLost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setAccessibleName(self.tr("Note text"))
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.setFont(font)
        self.document().setDocumentMargin(10)

    def body(self) -> str:
        """Exactly what is shown, with the app's markers in their stored form."""
        return stored_markers(self.shown_text())

    def shown_text(self) -> str:
        """Exactly what is shown. toPlainText() would turn non-breaking spaces into plain
        ones; the raw text keeps every character and marks paragraphs with U+2029."""
        return self.document().toRawText().replace(PARAGRAPH_SEPARATOR, "\n")

    def show_body(self, text: str, *, read_only: bool = False) -> None:
        """Show `text` with a fresh undo history: nothing of the previous note lingers.
        Its markers ("[former member]") read in the facilitator's language."""
        self.setExtraSelections([])
        self.setPlainText(shown_markers(text))
        self.document().clearUndoRedoStacks()
        self.document().setModified(False)
        self.setReadOnly(read_only)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def wipe(self) -> None:
        """Empty the editor and its undo and redo stacks (on lock)."""
        self.show_body("")

    def cursor_position(self) -> int:
        return self.textCursor().position()

    def set_cursor_position(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def highlight(self, spans: Iterable[tuple[int, int]]) -> None:
        """Mark search matches in the text (positions in body() characters)."""
        body = self.body()
        spans = [(shown_position(body, s), shown_position(body, e)) for s, e in spans]
        # The application's palette: always the current theme, even before this widget
        # has been told about a theme change.
        background, foreground = mark_colours(QApplication.palette())
        selections = []
        last = self.document().characterCount() - 1
        text = self.shown_text()
        for start, end in qt_positions(text, spans):
            if start >= last:
                continue
            selection = QTextEdit.ExtraSelection()
            char_format = QTextCharFormat()
            char_format.setBackground(background)
            char_format.setForeground(foreground)
            selection.format = char_format
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)
        if selections:
            first = QTextCursor(self.document())
            first.setPosition(selections[0].cursor.selectionStart())
            self.setTextCursor(first)
            self.centerCursor()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            emit(self.focusLost)
