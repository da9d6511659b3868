"""The Session page's title row: the room display controls, the keys and "End session"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from facilitator_desktop.ui.runner.names import NameMode
from facilitator_desktop.ui.runner.panel import action_button
from facilitator_desktop.ui.runner.tab_stops import room_tab_stop
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class SessionHeader(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = heading(title, 1, self)
        self.subtitle_label = ToneLabel("", Tone.MUTED, self)
        self.room_button = action_button(
            self.tr("Room display  F11"), self.tr("Open or close the room display (F11)"), self
        )
        self.room_button.setCheckable(True)
        self.blank_button = action_button(
            self.tr("Blank  B"),
            self.tr("Blank the room display at once; again to restore (B)"),
            self,
        )
        self.blank_button.setCheckable(True)
        self.names_combo = QComboBox(self)
        self.names_combo.addItem(self.tr("Names: aliases"), NameMode.ALIASES.value)
        self.names_combo.addItem(self.tr("Names: initials"), NameMode.INITIALS.value)
        self.names_combo.addItem(self.tr("Names: none"), NameMode.NONE.value)
        self.names_combo.setToolTip(self.tr("How the room display names members"))
        self.names_combo.setAccessibleName(self.tr("Names on the room display"))
        room_tab_stop(self.names_combo)
        self.keys_button = action_button(self.tr("Keys  ?"), self.tr("Show all keys (?)"), self)
        self.end_button = action_button(
            self.tr("End session…"), self.tr("End the session and see its summary"), self
        )
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title_label, 1)
        for widget in (self.room_button, self.blank_button, self.names_combo, self.keys_button):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.subtitle_label)

    def name_mode(self) -> NameMode:
        return NameMode(str(self.names_combo.currentData()))

    def set_name_mode(self, mode: NameMode) -> None:
        self.names_combo.setCurrentIndex(self.names_combo.findData(mode.value))

    def set_session_controls(self, active: bool) -> None:
        """The room display and End session belong to an open session."""
        for widget in (self.end_button, self.room_button, self.blank_button, self.names_combo):
            widget.setVisible(active)
