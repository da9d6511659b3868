"""The quick-note box: type, Enter saves an encrypted note tied to the session, the segment
and (when ticked) the current speaker. The box clears and says "Saved", quietly.

While the box has the focus every plain key is text: the in-room keys (Space, N, P, 1–9…)
do not fire. Esc gives the focus back to the page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from facilitator_desktop.ui.runner.panel import Panel
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

SAVED_MS = 2500
NOTE_MAX = 2000
_COMMAND = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class NoteBox(QLineEdit):
    """A line edit that keeps every key without Ctrl/Alt/Meta for itself."""

    leaveRequested = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if not event.modifiers() & _COMMAND:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers() & _COMMAND:
            emit(self.leaveRequested)
            return
        super().keyPressEvent(event)


class NotePanel(Panel):
    # (text, about the current speaker)
    saveRequested = Signal(str, bool)
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Quick note"), parent)
        self.title_label.setText(self.tr("&Quick note (only you see it)").upper())
        self.box = NoteBox(self)
        self.box.setMaxLength(NOTE_MAX)
        self.box.setPlaceholderText(self.tr("Type, then Enter saves it (encrypted)"))
        self.box.setAccessibleName(self.tr("Quick note"))
        self.title_label.setBuddy(self.box)
        self.box.returnPressed.connect(self._on_return)
        self.box.leaveRequested.connect(self.leaveRequested)
        self.about_box = QCheckBox(self.tr("About the &speaker"), self)
        self.about_box.setToolTip(self.tr("Link the note to the member speaking now (Alt+S)"))
        self.about_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.about_box.setEnabled(False)
        self.saved_label = ToneLabel("", Tone.SUCCESS, self)
        self.saved_label.setWordWrap(False)
        row = QHBoxLayout()
        row.addWidget(self.about_box, 1)
        row.addWidget(self.saved_label)
        self.body.addWidget(self.box)
        self.body.addLayout(row)
        self._clear_saved = QTimer(self)
        self._clear_saved.setSingleShot(True)
        self._clear_saved.setInterval(SAVED_MS)
        self._clear_saved.timeout.connect(self._on_clear_saved)
        self._speaker = ""

    def set_speaker(self, name: str) -> None:
        """The current speaker's alias ("" when nobody speaks)."""
        if name == self._speaker:
            return
        self._speaker = name
        self.about_box.setEnabled(bool(name))
        self.about_box.setText(
            self.tr("About the &speaker ({name})").format(name=name)
            if name
            else self.tr("About the &speaker")
        )

    def saved(self) -> None:
        self.box.setText("")  # setText also forgets the undo history
        self.about_box.setChecked(False)
        self.saved_label.setText(self.tr("Saved"))
        self._clear_saved.start()

    def clear(self) -> bool:
        """Drop any typed text (on lock). True when there was some."""
        had_text = bool(self.box.text())
        self.box.setText("")
        self.about_box.setChecked(False)
        self.set_speaker("")
        return had_text

    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _on_return(self) -> None:
        text = self.box.text().strip()
        if text:
            emit(self.saveRequested, text, self.about_box.isChecked() and bool(self._speaker))

    @Slot()
    def _on_clear_saved(self) -> None:
        self.saved_label.setText("")
