"""One section of a session note's narrative, and the scrolling pane the note's two sides
sit in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.ui.session_note.member_entry import lines_tall
from facilitator_desktop.ui.session_note.template_words import shown

SECTION_LINES = 4


class SectionEditor(QWidget):
    """One section of the narrative: its heading, the template's guidance as placeholder."""

    def __init__(self, title: str, guidance: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title  # as stored: the note keeps the heading it was written under
        self.label = QLabel(shown(title), self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(shown(title))
        self.editor.setPlaceholderText(shown(guidance))
        # A calm, even page: each section a few lines tall, the members in reach below.
        self.editor.setFixedHeight(lines_tall(self.editor, SECTION_LINES))
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addWidget(self.editor)


def scrolling(widget: QWidget, parent: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    return scroll
