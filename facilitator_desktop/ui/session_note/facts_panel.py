"""The group's facts beside the note: what the session recorded, read-only, in words.

Computed from the session each time the note opens; nothing here is typed or stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from facilitator_desktop.domain.session_note import SessionFacts
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.runner.panel import caption
from facilitator_desktop.ui.session_note import words
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class FactsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionNoteFacts")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setVerticalSpacing(8)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(caption(self.tr("What the session recorded"), self))
        layout.addLayout(self.form)
        layout.addStretch(1)
        self._values: dict[str, str] = {}

    def values(self) -> dict[str, str]:
        """Label → text, as shown (for tests and screen readers)."""
        return dict(self._values)

    def clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
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
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name.setBuddy(shown)
        self.form.addRow(name, shown)
        self._values[label] = value
