"""The group's facts beside the note: what the session recorded, read-only, in words.

Computed from the session each time the note opens; nothing here is typed or stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from facilitator_desktop.domain.session_note import SessionFacts
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.runner.panel import caption
from facilitator_desktop.ui.session_note import words
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class FactsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionNoteFacts")
        # Each fact's name above its value: a narrow column wraps long lists of names
        # without a form layout's guesses at the wrapped height.
        self.rows = QVBoxLayout()
        self.rows.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(caption(self.tr("What the session recorded"), self))
        layout.addLayout(self.rows)
        layout.addStretch(1)
        self._values: dict[str, str] = {}

    def values(self) -> dict[str, str]:
        """Label → text, as shown (for tests and screen readers)."""
        return dict(self._values)

    def clear(self) -> None:
        while (item := self.rows.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self._values = {}

    def show_facts(self, facts: SessionFacts) -> None:
        self.clear()
        self._row(self.tr("Length"), words.length(facts))
        self._row(self.tr("Present"), words.present_names(facts))
        self._row(self.tr("Excused"), words.names(facts.excused))
        self._row(self.tr("Absent without notice"), words.names(facts.absent))
        self._row(self.tr("Guests"), formatting.number(facts.guests))
        self._row(self.tr("Agenda"), "\n".join(words.segment(s) for s in facts.segments) or "—")
        if facts.rounds:
            self._row(
                self.tr("Rounds"), "\n".join(words.round_line(facts, r) for r in facts.rounds)
            )

    def _row(self, label: str, value: str) -> None:
        name = QLabel(label, self)
        name.setTextFormat(Qt.TextFormat.PlainText)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        shown = ToneLabel(value, Tone.NORMAL, self)
        shown.setTextFormat(Qt.TextFormat.PlainText)  # names are never markup
        shown.setWordWrap(True)
        # No more height than its lines: spare room goes below the last fact.
        shown.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name.setBuddy(shown)
        if self.rows.count():
            self.rows.addSpacing(6)
        self.rows.addWidget(name)
        self.rows.addWidget(shown)
        self._values[label] = value
