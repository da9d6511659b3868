"""The entry dialog's number fields: an answer box that stays blank until typed, and the
locale's short date as a date field writes it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

UNANSWERED = "–"


def date_format() -> str:
    """The locale's short date as a QDateEdit writes it ("d MMM yyyy" where the locale's
    own would read like a typo, as formatting.short_date does)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "d MMM yyyy"
    return locale.dateFormat(QLocale.FormatType.ShortFormat)


class AnswerBox(QDoubleSpinBox):
    """One number from the form, blank until typed: its minimum, one step below the
    lowest real answer, reads "–"."""

    def __init__(self, low: float, high: float, decimals: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSpecialValueText(UNANSWERED)
        self.set_range(low, high, decimals)
        self.setKeyboardTracking(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000.0") + 40)

    def set_range(self, low: float, high: float, decimals: int) -> None:
        """Answers from `low` to `high` in steps of `decimals` places; left blank."""
        step = 10.0**-decimals
        self.setDecimals(decimals)
        self.setSingleStep(step)
        self.setRange(low - step, high)
        self.clear_answer()

    def answer(self) -> float | None:
        if self.value() <= self.minimum():
            return None
        value = self.value()
        return int(round(value)) if self.decimals() == 0 else round(value, self.decimals())

    def clear_answer(self) -> None:
        self.setValue(self.minimum())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A digit typed into a blank box replaces the "–", wherever the click put the cursor.
        text = event.text()
        if self.answer() is None and text and text.isprintable():
            self.lineEdit().selectAll()
        super().keyPressEvent(event)
