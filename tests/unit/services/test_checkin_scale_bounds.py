"""A check-in scale at its bounds: the ends 0 and 10 and a question of exactly 160 characters
are taken, one past is refused; each refusal names its field and says what is wrong in
these words."""

from __future__ import annotations

import pytest

from facilitator_desktop.errors import ValidationError
from facilitator_desktop.services.checkin_scale import (
    QUESTION_MAX,
    SCALE_HIGHEST,
    SCALE_LOWEST,
    CheckinScale,
    check_scale,
)

WHOLE_NUMBERS = "A check-in scale goes in whole numbers."
ONE_LINE = "The check-in question is one line."


def test_the_widest_scale_and_a_question_of_the_full_length_are_taken() -> None:
    question = "q" * QUESTION_MAX
    assert check_scale(SCALE_LOWEST, SCALE_HIGHEST, question) == CheckinScale(0, 10, question)
    assert check_scale(0, 1, "") == CheckinScale(0, 1, "")
    assert check_scale(9, 10, " Ready? ") == CheckinScale(9, 10, "Ready?")


@pytest.mark.parametrize(
    ("low", "high"),
    [(1.0, 5), (1, 5.0), ("1", "5"), (True, 5), (0, True), (None, 10)],
    ids=["float-low", "float-high", "text", "bool-low", "bool-high", "none"],
)
def test_a_scale_not_in_whole_numbers_is_refused_in_these_words(low: object, high: object) -> None:
    with pytest.raises(ValidationError) as refused:
        check_scale(low, high, "How are you?")
    assert refused.value.field == "checkin_scale"
    assert refused.value.message == WHOLE_NUMBERS
    assert refused.value.template == WHOLE_NUMBERS


@pytest.mark.parametrize(
    "question",
    ["How are you\ntoday?", "How are you\rtoday?", "How are you\r\ntoday?"],
    ids=["newline", "carriage-return", "both"],
)
def test_a_question_on_two_lines_is_refused_on_the_question_field(question: str) -> None:
    """A lone carriage return breaks the line too (a file from an old Mac, a paste)."""
    with pytest.raises(ValidationError) as refused:
        check_scale(0, 10, question)
    assert refused.value.field == "checkin_question"
    assert refused.value.message == ONE_LINE
    assert refused.value.template == ONE_LINE


def test_a_question_one_past_the_limit_is_refused_with_the_limit_and_its_length() -> None:
    """The length counted is the question's without its surrounding spaces."""
    with pytest.raises(ValidationError) as refused:
        check_scale(0, 10, "  " + "é" * (QUESTION_MAX + 1) + "  ")
    assert refused.value.field == "checkin_question"
    assert refused.value.message == (
        "The check-in question is at most 160 characters (it has 161)."
    )
    assert refused.value.template == (
        "The check-in question is at most {limit} characters (it has {length})."
    )
    assert refused.value.params == {"limit": 160, "length": 161}
