"""The safety number as two facilitators compare it: twelve digits in three groups of four,
large enough to read aloud from the screen, and the field where the compared digits are
typed back (spaces, dashes and the locale's own digits allowed)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

SCALE = 3.2


def _tr(text: str) -> str:
    return QCoreApplication.translate("SafetyNumber", text)


class SafetyNumberLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("safetyNumber")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        base = self.font().pointSizeF()
        if base > 0:
            font.setPointSizeF(base * SCALE)
        font.setBold(True)
        font.setLetterSpacing(font.SpacingType.PercentageSpacing, 108)
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMargin(12)

    def show_number(self, number: str) -> None:
        self.setText(number)
        # Read out digit by digit, group by group.
        spoken = ", ".join(" ".join(group) for group in number.split())
        self.setAccessibleName(_tr("Safety number: {digits}").format(digits=spoken))


class DigitsField(QLineEdit):
    """Where the compared digits are typed: grouping is free, any script's digits count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_tr("the twelve digits, e.g. 0412 7730 9921"))
        self.setAccessibleName(_tr("The safety number you compared"))
        self.setMaxLength(64)

    def digits(self) -> str:
        """The typed digits as 0–9 (Arabic-Indic or Devanagari digits read as theirs)."""
        found = []
        for char in self.text():
            value = unicodedata.digit(char, None)
            if value is not None and char.isdigit():
                found.append(str(value))
        return "".join(found)
