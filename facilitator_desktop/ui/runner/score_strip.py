"""The check-in score strip of the talking-order board: "Check-in · Björk" on a line of its
own (shortened with "…" when the column is narrow, the whole text in its tooltip), the
scale's buttons "0 1 2 … 10" under it.

One click records the speaker's self-rating on the group's scale (S then the number does
the same from the keyboard); their score so far stays pressed, and a click on another
replaces it. It shows in round segments only, and only here: the room display never shows
a score.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.runner.one_line import OneLineLabel
from facilitator_desktop.ui.runner.tab_stops import room_tab_stop
from facilitator_desktop.ui.runner.view import ScoreShown
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.tone import Tone


class ScoreButton(QPushButton):
    """One point of the scale; `chosen` carries it."""

    chosen = Signal(int)

    def __init__(self, score: int, parent: QWidget | None = None) -> None:
        super().__init__(formatting.number(score), parent)
        self.score = score
        self.setCheckable(True)
        room_tab_stop(self)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        width = self.fontMetrics().horizontalAdvance(formatting.number(88)) + 14
        self.setFixedWidth(width)
        self.clicked.connect(self._on_clicked)

    @Slot()
    def _on_clicked(self) -> None:
        emit(self.chosen, self.score)


class ScoreStrip(QWidget):
    # A point of the scale was clicked: the shown member's score.
    scoreChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Its own line above the buttons: beside them, it had room for "Ch" only. A long
        # alias never widens the column: it is shortened, whole in the tooltip.
        self.label = OneLineLabel("", Tone.MUTED, self)
        self.buttons: list[ScoreButton] = []
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(2)
        self._row.addStretch(1)
        lines = QVBoxLayout(self)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(2)
        lines.addWidget(self.label)
        lines.addLayout(self._row)
        self._scale: tuple[int, int] = (0, -1)
        self._shown: ScoreShown | None = None
        self.setAccessibleName(self.tr("Check-in score"))
        self.hide()

    def show_score(self, shown: ScoreShown | None) -> None:
        """What the strip shows (None: not a round, the strip is hidden)."""
        if shown == self._shown:
            return
        self._shown = shown
        if shown is None:
            self.hide()
            return
        if (shown.low, shown.high) != self._scale:
            self._make_buttons(shown.low, shown.high)
        who = shown.member_id is not None
        self.label.setText(
            self.tr("Check-in · {name}").format(name=shown.name) if who else self.tr("Check-in")
        )
        question = shown.question or self.tr("The speaker's self-rating")
        keys = self.tr("S then the number, or a click. Only you see it.")
        self.label.set_hint(f"{question}\n{keys}")
        self.setAccessibleDescription(f"{question} {keys}")
        for button in self.buttons:
            button.setChecked(button.score == shown.score)
            button.setEnabled(shown.enabled and who)
            button.setToolTip(
                self.tr("Check-in score of {name}: {score} (S {score})").format(
                    name=shown.name, score=formatting.number(button.score)
                )
                if who
                else self.tr("A score goes to the member speaking (S then the number).")
            )
        self.show()

    def _make_buttons(self, low: int, high: int) -> None:
        for button in self.buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for score in range(low, high + 1):
            button = ScoreButton(score, self)
            button.setAccessibleName(
                self.tr("Check-in score {score}").format(score=formatting.number(score))
            )
            button.chosen.connect(self._on_chosen)
            self._row.insertWidget(self._row.count() - 1, button)  # before the stretch
            self.buttons.append(button)
        # Buttons made later join the end of the window's Tab chain: put them back here.
        for first, second in pairwise([self.label, *self.buttons]):
            QWidget.setTabOrder(first, second)
        self._scale = (low, high)

    def shown(self) -> ScoreShown | None:
        return self._shown

    @Slot(int)
    def _on_chosen(self, score: int) -> None:
        shown = self._shown
        # A click re-checks nothing itself: the next paint shows what was recorded.
        for button in self.buttons:
            button.setChecked(shown is not None and button.score == shown.score)
        emit(self.scoreChosen, score)
