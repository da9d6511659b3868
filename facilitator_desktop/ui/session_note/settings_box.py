"""The session notes' part of Settings: after how many days an unsigned note appears in
Follow-ups, and how a member's copy shows the other members. Each choice is kept at once;
a refused value is said and the stored one shown again."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.settings import MEMBER_COPY_OTHERS, UNSIGNED_NOTE_DAYS
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class SessionNoteSettings(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Session notes"))
        self.ctx = ctx
        settings = ctx.workspace.settings
        self.days = QSpinBox(self)
        self.days.setRange(UNSIGNED_NOTE_DAYS.low, UNSIGNED_NOTE_DAYS.high)
        self.days.setAccessibleName(self.tr("Days before an unsigned note is a follow-up"))
        self.days.setValue(settings.get(UNSIGNED_NOTE_DAYS))
        self.days.valueChanged.connect(self._on_days_changed)
        days_label = QLabel(self.tr("&Unsigned notes are a follow-up after"), self)
        days_label.setBuddy(self.days)
        days_row = QHBoxLayout()
        days_row.addWidget(days_label)
        days_row.addWidget(self.days)
        days_row.addWidget(QLabel(self.tr("days"), self))
        days_row.addStretch(1)

        self.others = QComboBox(self)
        self.others.addItem(self.tr("as their initials"), "initials")
        self.others.addItem(self.tr("removed"), "removed")
        self.others.setAccessibleName(self.tr("Other members in a member's copy"))
        self.others.setCurrentIndex(max(0, self.others.findData(settings.get(MEMBER_COPY_OTHERS))))
        self.others.currentIndexChanged.connect(self._on_others_changed)
        others_label = QLabel(self.tr("In a member's copy, the &others are"), self)
        others_label.setBuddy(self.others)
        others_row = QHBoxLayout()
        others_row.addWidget(others_label)
        others_row.addWidget(self.others)
        others_row.addStretch(1)

        self.error = ToneLabel("", Tone.ERROR, self)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(days_row)
        layout.addLayout(others_row)
        layout.addWidget(self.error)

    @Slot(int)
    def _on_days_changed(self, days: int) -> None:
        settings = self.ctx.workspace.settings
        try:
            settings.set(UNSIGNED_NOTE_DAYS, days)
        except FacilitatorError as exc:
            self._refused(error_text(exc))
            self.days.blockSignals(True)
            self.days.setValue(settings.get(UNSIGNED_NOTE_DAYS))
            self.days.blockSignals(False)
            return
        self.error.hide()

    @Slot(int)
    def _on_others_changed(self, _index: int) -> None:
        settings = self.ctx.workspace.settings
        try:
            settings.set(MEMBER_COPY_OTHERS, str(self.others.currentData()))
        except (FacilitatorError, ValueError) as exc:
            self._refused(error_text(exc) if isinstance(exc, FacilitatorError) else str(exc))
            return
        self.error.hide()

    def _refused(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
