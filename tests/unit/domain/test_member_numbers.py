"""Stable member numbers and the number keys: digits, 0 then two digits, a prefix key."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.member_numbers import (
    Chosen,
    NumberEntry,
    Prefix,
    Waiting,
    member_numbers,
)


def test_numbers_follow_the_seats_and_ignore_who_is_present() -> None:
    seats = {31: 3, 10: 1, 22: 2, 40: 3}  # a tie is broken by member id
    assert member_numbers(seats) == {10: 1, 22: 2, 31: 3, 40: 4}
    assert member_numbers({}) == {}


def test_a_digit_alone_is_a_member_and_zero_asks_for_two_more() -> None:
    entry = NumberEntry()
    assert entry.digit(3) == Chosen(Prefix.MEMBER, 3)
    assert entry.pending is None
    assert entry.digit(0) == Waiting(Prefix.MEMBER, "", True)
    assert entry.digit(1) == Waiting(Prefix.MEMBER, "1", True)
    assert entry.digit(2) == Chosen(Prefix.MEMBER, 12)
    assert entry.pending is None
    for digit in (0, 0, 7):
        result = entry.digit(digit)
    assert result == Chosen(Prefix.MEMBER, 7)


def test_a_prefix_takes_the_next_number() -> None:
    entry = NumberEntry()
    assert entry.begin(Prefix.CARD) == Waiting(Prefix.CARD, "", False)
    assert entry.digit(4) == Chosen(Prefix.CARD, 4)
    entry.begin(Prefix.MARK)
    assert entry.digit(0) == Waiting(Prefix.MARK, "", True)
    entry.digit(1)
    assert entry.digit(1) == Chosen(Prefix.MARK, 11)


def test_cancel_forgets_what_was_typed() -> None:
    entry = NumberEntry()
    entry.digit(0)
    entry.digit(1)
    assert entry.cancel() is Prefix.MEMBER
    assert entry.cancel() is None
    assert entry.digit(5) == Chosen(Prefix.MEMBER, 5)  # a fresh start, not "015"


@pytest.mark.parametrize("bad", [-1, 10, True, 1.0, "1"])
def test_only_digits_are_accepted(bad: object) -> None:
    with pytest.raises(ValueError, match="not a digit"):
        NumberEntry().digit(bad)  # type: ignore[arg-type]
