"""A member's phone number in free text at the edges: the shortest number counted as one,
nines, a short number before it in the same note, the number written more than once or
overlapping itself. And text made only of invisible characters is empty when cleaned."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.redaction import Matcher, apply, terms_for
from facilitator_desktop.domain.validation import clean


def hidden(contact: str, text: str) -> str:
    matcher = Matcher(terms_for("Zoe", "", contact))
    return apply(text, matcher.find(text), "#")


@pytest.mark.parametrize(
    ("contact", "text", "expected"),
    [
        ("123 456", "call 123 456", "call #"),  # six digits: the shortest phone
        ("699 999 990", "call 699 999 990", "call #"),
        ("699 999 990", "room 12, call 699 999 990", "room 12, call #"),
        ("601 234 567", "601 234 567 601 234 567 601 234 567", "#"),
        ("555 555", "5555555", "#"),  # the number at 0 and again at 1
    ],
    ids=["six-digits", "nines", "short-number-first", "three-times", "overlapping"],
)
def test_every_writing_of_the_number_is_hidden(contact: str, text: str, expected: str) -> None:
    assert hidden(contact, text) == expected


def test_five_digits_are_no_phone() -> None:
    assert Matcher(terms_for("Zoe", "", "12 345")).find("call 12 345") == []


def test_text_of_invisible_characters_only_is_empty() -> None:
    assert clean("\u200b\u200e\ufeff") == ""
    assert clean(" \u200bZoë\u2069 ") == "Zoë"
