"""A group's check-in scale: the range its members rate themselves on and the question the
facilitator asks, and the rules a scale and a score must meet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from facilitator_desktop.domain.validation import clean
from facilitator_desktop.errors import N_, ValidationError

#: The widest scale a group may use: one key per point (S then 0–9, "1 0" for ten).
SCALE_LOWEST: Final = 0
SCALE_HIGHEST: Final = 10
DEFAULT_LOW: Final = 0
DEFAULT_HIGH: Final = 10
QUESTION_MAX: Final = 160


@dataclass(frozen=True, slots=True)
class CheckinScale:
    low: int
    high: int
    question: str = ""

    def points(self) -> range:
        return range(self.low, self.high + 1)

    def holds(self, score: object) -> bool:
        return type(score) is int and self.low <= score <= self.high


DEFAULT_SCALE: Final = CheckinScale(DEFAULT_LOW, DEFAULT_HIGH)


def check_scale(low: object, high: object, question: str) -> CheckinScale:
    """The scale as stored, or ValidationError naming the field ("checkin_scale",
    "checkin_question")."""
    if type(low) is not int or type(high) is not int:
        raise ValidationError("checkin_scale", "A check-in scale goes in whole numbers.")
    if not SCALE_LOWEST <= low < high <= SCALE_HIGHEST:
        raise ValidationError(
            "checkin_scale",
            N_(
                "A check-in scale goes up, from {lowest} at the lowest to {highest} at the "
                "highest (for example 0 to 10, or 1 to 5)."
            ),
            lowest=SCALE_LOWEST,
            highest=SCALE_HIGHEST,
        )
    text = clean(question)
    if "\n" in text or "\r" in text:
        raise ValidationError("checkin_question", "The check-in question is one line.")
    if len(text) > QUESTION_MAX:
        raise ValidationError(
            "checkin_question",
            N_("The check-in question is at most {limit} characters (it has {length})."),
            limit=QUESTION_MAX,
            length=len(text),
        )
    return CheckinScale(low, high, text)


def check_score(scale: CheckinScale, score: object) -> int:
    if not scale.holds(score):
        raise ValidationError(
            "score",
            N_("A check-in score in this group goes from {low} to {high}."),
            low=scale.low,
            high=scale.high,
        )
    assert isinstance(score, int)
    return score
