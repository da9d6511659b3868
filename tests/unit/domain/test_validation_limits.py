"""What a facilitator may type for a group, an alias and a rule card: every limit accepted
at its edge and refused one past it, with the field named and the message said."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from facilitator_desktop.domain.validation import (
    ALIAS_MAX,
    GROUP_NAME_MAX,
    RULE_STATEMENT_MAX,
    RULE_TITLE_MAX,
    RULE_WHY_MAX,
    SegmentSpec,
    validate_alias,
    validate_group,
    validate_rule_card,
)
from facilitator_desktop.errors import ValidationError

GOOD = SegmentSpec("Check-in", 15, "round")


def group(
    name: str = "Tuesdays",
    start: str | None = "18:30",
    minutes: int = 90,
    limit: int = 3,
    agenda: tuple[SegmentSpec, ...] = (GOOD,),
) -> None:
    validate_group(name, start, minutes, limit, agenda)


def refused(call: Callable[[], object]) -> tuple[str, str]:
    with pytest.raises(ValidationError) as error:
        call()
    return error.value.field, error.value.message


def test_a_group_at_every_edge_is_accepted() -> None:
    for accepted in (
        lambda: group(name="x" * GROUP_NAME_MAX),
        lambda: group(name="  x" + "\u200b" * 5),  # invisible characters do not count
        lambda: group(start=None),
        lambda: group(start=""),
        lambda: group(start="00:00"),
        lambda: group(start="23:59"),
        lambda: group(start="09:05"),
        lambda: group(minutes=10),
        lambda: group(minutes=480),
        lambda: group(limit=1),
        lambda: group(limit=60),
        lambda: group(agenda=()),
        lambda: group(agenda=(SegmentSpec("A", 1, "open"), SegmentSpec("B", 480, "round"))),
    ):
        accepted()


@pytest.mark.parametrize(
    ("call", "field", "message"),
    [
        (lambda: group(name=" \u200e "), "name", "Give the group a name."),
        (
            lambda: group(name="x" * (GROUP_NAME_MAX + 1)),
            "name",
            f"Keep the name to {GROUP_NAME_MAX} characters or fewer.",
        ),
        (lambda: group(start="24:00"), "start_time", "Write the time as HH:MM, for example 18:30."),
        (lambda: group(start="9:30"), "start_time", "Write the time as HH:MM, for example 18:30."),
        (lambda: group(start="18:60"), "start_time", "Write the time as HH:MM, for example 18:30."),
        (
            lambda: group(start="18:30 "),
            "start_time",
            "Write the time as HH:MM, for example 18:30.",
        ),
        (
            lambda: group(minutes=9),
            "default_minutes",
            "A session lasts between 10 and 480 minutes.",
        ),
        (
            lambda: group(minutes=481),
            "default_minutes",
            "A session lasts between 10 and 480 minutes.",
        ),
        (lambda: group(limit=0), "speaker_soft_limit_min", "The speaker limit is 1 to 60 minutes."),
        (
            lambda: group(limit=61),
            "speaker_soft_limit_min",
            "The speaker limit is 1 to 60 minutes.",
        ),
        (
            lambda: group(agenda=(GOOD, SegmentSpec(" ", 5, "open"))),
            "agenda",
            "Segment 2 needs a name.",
        ),
        (
            lambda: group(agenda=(SegmentSpec("A", 0, "open"),)),
            "agenda",
            "Segment 1 needs 1 to 480 minutes.",
        ),
        (
            lambda: group(agenda=(GOOD, GOOD, SegmentSpec("A", 481, "open"))),
            "agenda",
            "Segment 3 needs 1 to 480 minutes.",
        ),
        (
            lambda: group(agenda=(SegmentSpec("A", 5, "talk"),)),  # type: ignore[arg-type]
            "agenda",
            "Segment 1 must be a round or open.",
        ),
    ],
)
def test_a_group_past_an_edge_is_refused_in_words(
    call: Callable[[], object], field: str, message: str
) -> None:
    assert refused(call) == (field, message)


def test_aliases() -> None:
    assert validate_alias("  Ane\u0301\u200f ") == "Ané"
    assert validate_alias("x" * ALIAS_MAX) == "x" * ALIAS_MAX
    assert refused(lambda: validate_alias("\u2066 \u2069")) == (
        "alias",
        "An alias is required: the first name the room sees.",
    )
    assert refused(lambda: validate_alias("x" * (ALIAS_MAX + 1))) == (
        "alias",
        f"Keep the alias to {ALIAS_MAX} characters or fewer.",
    )


def test_rule_cards() -> None:
    validate_rule_card("t" * RULE_TITLE_MAX, "s" * RULE_STATEMENT_MAX, "w" * RULE_WHY_MAX)
    validate_rule_card("Kind", "We are kind.")
    long_title = "t" * (RULE_TITLE_MAX + 1)
    cases = {
        ("", "s"): ("title", "Give the card a short title."),
        (long_title, "s"): (
            "title",
            f"Titles are at most {RULE_TITLE_MAX} characters (this one has {RULE_TITLE_MAX + 1}).",
        ),
        ("t", " "): ("statement", "Write the rule as one plain sentence."),
        ("t", "s" * (RULE_STATEMENT_MAX + 1)): (
            "statement",
            f"Keep the statement under {RULE_STATEMENT_MAX} characters.",
        ),
    }
    for (title, statement), expected in cases.items():
        assert refused(lambda t=title, s=statement: validate_rule_card(t, s)) == expected
    assert refused(lambda: validate_rule_card("t", "s", "w" * (RULE_WHY_MAX + 1))) == (
        "why",
        f"Keep the reason under {RULE_WHY_MAX} characters: it prints under the rule.",
    )
