"""Telling the facilitator that PHQ-9 item 9 was answered above 0: at once while they type
(a notice in the dialog) and again when the entry is saved (a message they acknowledge).
Every time, never silenced by a setting: the answer may be the one that matters.

Calm wording, clear look: a tinted box with a bold title, no alarm colours or sounds (a
therapy room), no diagnosis, and a pointer to the facilitator's own service's procedures.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QMessageBox, QVBoxLayout, QWidget

from facilitator_desktop.domain.measures import Instrument
from facilitator_desktop.ui.measures import labels
from facilitator_desktop.ui.widgets.tone import is_dark


def safety_answer(spec: Instrument, answers: Sequence[float | None]) -> float | None:
    """The safety item's answer (PHQ-9's item 9) when it is above the lowest, else None."""
    if spec.safety_item is None or len(answers) < spec.safety_item:
        return None
    answer = answers[spec.safety_item - 1]
    return answer if answer is not None and answer > spec.item_min else None


def answer_words(spec: Instrument, answer: float) -> str:
    """An answer as the form words it ("Several days"), else as a number."""
    index = int(answer - spec.item_min)
    if 0 <= index < len(spec.answer_labels):
        return spec.answer_labels[index]
    return labels.value(spec, answer)


class SafetyNotice(QFrame):
    """The notice inside the entry dialog; hidden until item 9 is above 0."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyNotice")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        self.title = QLabel(labels.safety_title(), self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.advice = QLabel(labels.safety_advice(), self)
        for label in (self.title, self.text, self.advice):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.advice)
        self.setAccessibleName(labels.safety_title())
        self._recolouring = False
        self._recolour()
        self.hide()

    def show_for(self, alias: str, answer: str) -> None:
        self.text.setText(labels.safety_text(alias, answer))
        self.setAccessibleDescription(f"{self.text.text()} {self.advice.text()}")
        self.show()

    def whole_text(self) -> str:
        return "\n".join(label.text() for label in (self.title, self.text, self.advice))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._recolouring:
            self._recolour()

    def _recolour(self) -> None:
        self._recolouring = True
        try:
            dark = is_dark(QApplication.palette(self))
            palette = self.palette()
            # A soft rose with a deeper edge: unmistakable, not an alarm.
            palette.setColor(QPalette.ColorRole.Window, QColor("#4a2530" if dark else "#fbe9ec"))
            palette.setColor(
                QPalette.ColorRole.WindowText, QColor("#ffe3e8" if dark else "#5c1a28")
            )
            palette.setColor(QPalette.ColorRole.Light, QColor("#c2667a" if dark else "#b5475f"))
            palette.setColor(QPalette.ColorRole.Dark, QColor("#c2667a" if dark else "#b5475f"))
            self.setPalette(palette)
        finally:
            self._recolouring = False


def tell_after_saving(parent: QWidget | None, alias: str, answer: str) -> QMessageBox:
    """The message after an entry with item 9 above 0 is saved; returns the box once the
    facilitator has acknowledged it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(labels.safety_title())
    box.setText(labels.safety_text(alias, answer))
    box.setInformativeText(labels.safety_advice())
    understood = box.addButton(labels.safety_acknowledge(), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(understood)
    box.setEscapeButton(understood)
    box.exec()
    return box
