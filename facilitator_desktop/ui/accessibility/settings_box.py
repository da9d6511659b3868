"""The screen reader's part of Settings: what a session announces (nothing, its key
moments, or those and each minute left). Kept at once, like every setting."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from facilitator_desktop.domain.announcements import AnnounceLevel
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.settings import ANNOUNCEMENTS
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class AnnouncementSettings(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Screen reader"))
        self.ctx = ctx
        self.level = QComboBox(self)
        texts = {
            AnnounceLevel.OFF: self.tr("nothing"),
            AnnounceLevel.MOMENTS: self.tr("key moments"),
            AnnounceLevel.MINUTES: self.tr("key moments and each minute left"),
        }
        for level, text in texts.items():
            self.level.addItem(text, level.value)
        self.level.setAccessibleName(self.tr("What a session announces to a screen reader"))
        self._show_stored()
        self.level.currentIndexChanged.connect(self._on_level_changed)
        label = QLabel(self.tr("During a session, &announce"), self)
        label.setBuddy(self.level)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.level)
        row.addStretch(1)
        hint = ToneLabel(
            self.tr(
                "Key moments: a new speaker, a new segment, nearly done and over time. Your "
                "screen reader says them after what it is reading; only \u201cover time\u201d "
                "interrupts it. Without a screen reader nothing is said."
            ),
            Tone.MUTED,
            self,
        )
        self.error = ToneLabel("", Tone.ERROR, self)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.error)

    def _show_stored(self) -> None:
        stored = self.ctx.workspace.settings.get(ANNOUNCEMENTS)
        self.level.blockSignals(True)
        self.level.setCurrentIndex(max(0, self.level.findData(stored)))
        self.level.blockSignals(False)

    @Slot(int)
    def _on_level_changed(self, index: int) -> None:
        value = str(self.level.itemData(index))
        try:
            self.ctx.workspace.settings.set(ANNOUNCEMENTS, ANNOUNCEMENTS.decode(value))
        except FacilitatorError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            self._show_stored()
            return
        self.error.hide()
