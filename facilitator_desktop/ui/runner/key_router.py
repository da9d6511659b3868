"""Where an in-room key goes: the page's action, a number being typed, or nowhere.

Every shortcut of the Session page (and of the room display window) lands here first:

* While a text field has the focus (the quick note, a dialog's field) no in-room key acts:
  what the facilitator types is text, never an action on the session.
* Digits choose by number (domain/member_numbers.py): 1–9 a member, 0 then two digits any
  member, R then a number a rule card, M then a number a member whose attendance to mark.
  A prefix waits a moment: R alone then shows the selected card; M alone just leaves the
  focus in the attendance list.
* S then a number is a check-in score (score_keys.py): on 0–10, ``S 1`` waits a moment for
  a second digit and then records 1; another key records it at once, then acts; Esc drops it.
* Any other key first cancels a number being typed, then does its own action (Esc then
  only cancels and leaves a list: a card on the room display stays), so a half-typed
  number never swallows the next key.
"""

from __future__ import annotations

from typing import Final, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from facilitator_desktop.domain.member_numbers import (
    LONG_DIGITS,
    Chosen,
    NumberEntry,
    Prefix,
    Waiting,
)
from facilitator_desktop.ui.runner.keys import CARD_KEY, ESCAPE, Binding, InRoomActions
from facilitator_desktop.ui.runner.score_keys import (
    ScoreChosen,
    ScoreEntry,
    ScoreResult,
    ScoreWaiting,
)
from facilitator_desktop.ui.signals import emit

#: How long R waits for a card number before it shows the selected card.
CARD_WAIT_MS: Final = 1200
#: How long M and 0 wait for (the next digit of) a number.
NUMBER_WAIT_MS: Final = 4000
#: How long a score's first digit waits for a second one (S 1 … 0) before it counts alone.
SCORE_DIGIT_WAIT_MS: Final = 1200


class KeyTarget(InRoomActions, Protocol):
    """What the router calls: a binding's action, and what a number chooses."""

    def choose_member_number(self, number: int) -> None: ...
    def show_card_number(self, number: int) -> None: ...
    def mark_member_number(self, number: int) -> None: ...
    def show_card(self) -> None: ...
    def leave_list(self) -> None: ...
    def record_score(self, member_id: int, score: int) -> None: ...


def typing_in_text_field() -> bool:
    """True while the keyboard focus is in a field that takes text."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QAbstractSpinBox)


class KeyRouter(QObject):
    # A short prompt or refusal for the status area.
    message = Signal(str)

    def __init__(self, target: KeyTarget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._target = target
        self.entry = NumberEntry()
        self.score = ScoreEntry()
        self._score_name = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.time_out)

    @property
    def pending(self) -> Prefix | None:
        return self.entry.pending

    @Slot(object)
    def press(self, binding: Binding) -> None:
        """A key of `binding` (keys.BINDINGS) was pressed."""
        if typing_in_text_field():
            return
        if self.score.pending:
            if binding is ESCAPE:
                self.cancel()
                self._target.leave_list()
                emit(self.message, self.tr("Cancelled: no check-in score was recorded."))
                return
            self._score_done(self.score.finish())  # what was typed counts, then the key acts
        pending = self.cancel()
        if pending is Prefix.CARD and binding is CARD_KEY:
            self._target.show_card()  # R twice: the selected card at once
            return
        if pending is not None and binding is ESCAPE:
            # Esc cancels the number only: a card on the room display stays.
            self._target.leave_list()
            emit(self.message, self.tr("Cancelled: no number was chosen."))
            return
        binding.action(self._target)

    @Slot(int)
    def digit(self, digit: int) -> None:
        if typing_in_text_field():
            return
        if self.score.pending:
            typed = self.score.digit(digit)
            if isinstance(typed, ScoreWaiting):
                emit(self.message, self._score_prompt(typed))
                self.timer.start(SCORE_DIGIT_WAIT_MS)
                return
            self.timer.stop()
            self._score_done(typed)
            return
        result = self.entry.digit(digit)
        if isinstance(result, Waiting):
            emit(self.message, self._prompt(result))
            self.timer.start(NUMBER_WAIT_MS)
            return
        self.timer.stop()
        self._chosen(result)

    def begin(self, prefix: Prefix) -> None:
        """A prefix key (R, M): the next number completes it."""
        emit(self.message, self._prompt(self.entry.begin(prefix)))
        self.timer.start(CARD_WAIT_MS if prefix is Prefix.CARD else NUMBER_WAIT_MS)

    def begin_score(self, member_id: int, low: int, high: int, name: str) -> None:
        """S: the next digits are `name`'s check-in score on the scale `low`–`high`."""
        self.cancel()
        self._score_name = name
        emit(self.message, self._score_prompt(self.score.begin(member_id, low, high)))
        self.timer.start(NUMBER_WAIT_MS)

    def cancel(self) -> Prefix | None:
        """Forget a number or score being typed (a lock, another key); returns what a
        number was for."""
        self.timer.stop()
        self.score.cancel()
        return self.entry.cancel()

    @Slot()
    def time_out(self) -> None:
        """The wait is over: R shows the selected card; a half-typed number is dropped; a
        score's first digit counts alone."""
        if self.score.pending:
            typed = self.score.finish()
            self.timer.stop()
            if typed is None:
                emit(self.message, self.tr("No check-in score recorded: S then the number."))
            else:
                self._score_done(typed)
            return
        pending = self.cancel()
        if pending is Prefix.CARD:
            self._target.show_card()
        elif pending is Prefix.MEMBER:
            emit(
                self.message,
                self.tr("No member chosen: 0 needs two more digits (0 1 2 is member 12)."),
            )

    def _chosen(self, chosen: Chosen) -> None:
        if chosen.prefix is Prefix.CARD:
            self._target.show_card_number(chosen.number)
        elif chosen.prefix is Prefix.MARK:
            self._target.mark_member_number(chosen.number)
        else:
            self._target.choose_member_number(chosen.number)

    def _score_done(self, result: ScoreResult | None) -> None:
        if isinstance(result, ScoreChosen):
            self._target.record_score(result.member_id, result.score)
        elif result is not None:
            emit(
                self.message,
                self.tr(
                    "{typed} is not on this group's check-in scale ({low} to {high}): no score "
                    "was recorded."
                ).format(typed=result.typed, low=result.low, high=result.high),
            )

    def _score_prompt(self, waiting: ScoreWaiting) -> str:
        if waiting.typed:
            return self.tr(
                "Check-in score for {name}: {typed}_ (another digit, or a moment for {typed})"
            ).format(name=self._score_name, typed=waiting.typed)
        return self.tr("Check-in score for {name}: type {low} to {high} (Esc cancels)").format(
            name=self._score_name, low=waiting.low, high=waiting.high
        )

    def _prompt(self, waiting: Waiting) -> str:
        if waiting.long:
            blanks = "_" * (LONG_DIGITS - len(waiting.typed))
            shown = " ".join(["0", *waiting.typed, *blanks])
            if waiting.prefix is Prefix.CARD:
                return self.tr("Rule card number: {typed} (Esc cancels)").format(typed=shown)
            if waiting.prefix is Prefix.MARK:
                return self.tr("Attendance of member {typed} (Esc cancels)").format(typed=shown)
            return self.tr("Member number: {typed} (Esc cancels)").format(typed=shown)
        if waiting.prefix is Prefix.CARD:
            return self.tr("Rule card: type its number (R again: the selected card).")
        return self.tr("Attendance: type the member's number, or choose with ↑↓ and press Enter.")
