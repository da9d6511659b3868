"""The step both sharing dialogs have: the safety number in large digits, what to do with
it, and the field for the digits compared (a mismatch is refused there, in words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitator_desktop.ui.sharing.safety import DigitsField, SafetyNumberLabel
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareStep", text)


class CompareStep(QWidget):
    def __init__(self, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(_tr("Compare the safety number"), 2, self)
        self.explanation = ToneLabel(explanation, Tone.NORMAL, self)
        self.number = SafetyNumberLabel(self)
        self.warning = ToneLabel(
            _tr(
                "If a single digit differs, stop: someone may have changed the card on its "
                "way. Exchange cards again in person."
            ),
            Tone.WARNING,
            self,
        )
        self.digits = DigitsField(self)
        label = QLabel(_tr("&Type the digits you both see:"), self)
        label.setBuddy(self.digits)
        self.error = FieldError(self.digits, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.number)
        layout.addWidget(self.warning)
        layout.addWidget(label)
        layout.addWidget(self.digits)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def show_number(self, number: str) -> None:
        self.number.show_number(number)
        self.error.clear_message()

    def typed(self) -> str:
        """The compared digits as the service checks them (0–9)."""
        return self.digits.digits() or self.digits.text()

    def clear(self) -> None:
        self.number.show_number("")
        self.digits.clear()
        self.error.clear_message()
