"""The question after the laptop slept mid-session: does the sleep count as session time?

"The laptop slept for 14 minutes. Count it as session time?" Count it: the session clock
moves on by the sleep and the turn under way ends when the laptop went to sleep. Don't
count it: the clock goes on from where it stopped (what the screen shows while asking).
Window-modal and non-blocking (``open()``): the room's keys wait for the answer. Closed
without an answer (the workspace locked meanwhile), it answers nothing and is asked again.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator_desktop.ui.signals import emit


def _tr(text: str) -> str:
    return QCoreApplication.translate("SleepQuestion", text)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate("SleepQuestion", text, None, n)


def sleep_duration(seconds: float) -> str:
    """ "40 seconds", "14 minutes", "1 hour 5 minutes" (whole units, rounded down)."""
    whole = max(0, math.floor(seconds))
    if whole < 60:
        return _trn("%Ln seconds", whole)
    hours, rest = divmod(whole // 60, 60)
    minutes = _trn("%Ln minutes", rest)
    if not hours:
        return minutes
    hours_text = _trn("%Ln hours", hours)
    return (
        hours_text
        if not rest
        else _tr("{hours} {minutes}").format(hours=hours_text, minutes=minutes)
    )


class SleepQuestion(QMessageBox):
    # The facilitator's answer: True counts the sleep as session time.
    answered = Signal(bool)

    def __init__(self, seconds: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(_tr("The laptop slept"))
        self.count_button = self.addButton(_tr("&Count it"), QMessageBox.ButtonRole.YesRole)
        self.skip_button = self.addButton(_tr("&Don't count it"), QMessageBox.ButtonRole.NoRole)
        # Enter and Esc keep what the screen shows while asking: the clock as it stopped.
        self.setDefaultButton(self.skip_button)
        self.setEscapeButton(self.skip_button)
        self.set_seconds(seconds)
        self.finished.connect(self._on_finished)

    def set_seconds(self, seconds: float) -> None:
        """How long it slept (a second sleep while asking adds to it)."""
        duration = sleep_duration(seconds)
        self.setText(
            _tr("The laptop slept for {duration}. Count it as session time?").format(
                duration=duration
            )
        )
        self.setInformativeText(
            _tr(
                "Count it: the session clock moves on by {duration}, and a turn under way "
                "ends when the laptop went to sleep. Don't count it: the clock goes on from "
                "where it stopped."
            ).format(duration=duration)
        )

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        clicked = self.clickedButton()
        if clicked is self.count_button:
            emit(self.answered, True)
        elif clicked is self.skip_button:
            emit(self.answered, False)
