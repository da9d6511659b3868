"""S then a number: a check-in score typed with the keys, and whom it is for.

Pure Python (no Qt). After S the digits make the score on the group's scale (at most 0–10):
a score is complete as soon as no further digit could keep it on the scale, so on 0–10
``S 7`` is 7 at once and ``S 1 0`` is 10, while ``S 1`` waits a moment for a second digit
(the caller finishes it when the wait runs out or another key is pressed).

The score goes to the member chosen when S was pressed (see :func:`score_target`), so a
speaker called meanwhile never receives someone else's score.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator_desktop.domain.talk_reads import TalkSnapshot


def score_target(talk: TalkSnapshot) -> int | None:
    """Whom a check-in score is for: in a round, the member speaking now, else the one who
    last spoke in it (not one who passed); None outside a round or before anyone spoke."""
    if talk.mode != "round" or talk.segment_index is None:
        return None
    if talk.speaker is not None:
        return talk.speaker.member_id
    for turn in reversed(talk.turns):
        if turn.segment_index == talk.segment_index and not turn.passed:
            return turn.member_id
    return None


@dataclass(frozen=True, slots=True)
class ScoreWaiting:
    """More digits may follow what was typed ("" right after S)."""

    member_id: int
    typed: str
    low: int
    high: int


@dataclass(frozen=True, slots=True)
class ScoreChosen:
    member_id: int
    score: int


@dataclass(frozen=True, slots=True)
class ScoreOffScale:
    """What was typed is not on the group's scale: nothing is recorded."""

    member_id: int
    typed: int
    low: int
    high: int


ScoreResult = ScoreChosen | ScoreOffScale


class ScoreEntry:
    """The state of a score being typed (see the module docstring)."""

    def __init__(self) -> None:
        self._member: int | None = None
        self._low = 0
        self._high = 0
        self._typed = ""

    @property
    def pending(self) -> bool:
        return self._member is not None

    @property
    def typed(self) -> str:
        return self._typed

    def begin(self, member_id: int, low: int, high: int) -> ScoreWaiting:
        if not 0 <= low < high:
            raise ValueError(f"not a scale: {low} to {high}")
        self._member, self._low, self._high, self._typed = member_id, low, high, ""
        return ScoreWaiting(member_id, "", low, high)

    def cancel(self) -> bool:
        """Forget what was typed; True when a score was being typed."""
        was = self.pending
        self._member, self._typed = None, ""
        return was

    def digit(self, digit: int) -> ScoreWaiting | ScoreResult:
        if isinstance(digit, bool) or not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError(f"not a digit: {digit!r}")
        member = self._member
        if member is None:
            raise ValueError("no score is being typed")
        self._typed += str(digit)
        value = int(self._typed)
        if value != 0 and value * 10 <= self._high:
            return ScoreWaiting(member, self._typed, self._low, self._high)
        result = self.finish()
        assert result is not None
        return result

    def finish(self) -> ScoreResult | None:
        """The score as typed so far (None: nothing typed yet, or no score pending)."""
        member, typed = self._member, self._typed
        low, high = self._low, self._high
        self.cancel()
        if member is None or not typed:
            return None
        value = int(typed)
        if low <= value <= high:
            return ScoreChosen(member, value)
        return ScoreOffScale(member, value, low, high)
