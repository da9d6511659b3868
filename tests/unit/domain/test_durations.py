"""Lengths and offsets written one way: the tables are the house style, the properties hold
for any value a session can produce."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator_desktop.domain.clock import ceil_seconds, floor_seconds
from facilitator_desktop.domain.durations import MINUS, clock, countdown, signed

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
WRITTEN = re.compile(r"^[+\u2212]?(?:[1-9]\d*:)?[0-5]\d:[0-5]\d$")

#: Seconds a session can produce: days either way, down to float noise.
SECONDS = st.floats(min_value=-400_000, max_value=400_000, allow_nan=False)
#: Times as the clock gives them, to the millisecond (no value a hair from a whole second).
MILLIS = st.integers(min_value=0, max_value=400_000_000).map(lambda n: n / 1000)


def whole(text: str) -> int:
    """The whole seconds a written length stands for (the inverse of the house style)."""
    assert WRITTEN.match(text), text
    sign = -1 if text.startswith(MINUS) else 1
    total = 0
    for part in text.lstrip("+" + MINUS).split(":"):
        total = total * 60 + int(part)
    return sign * total


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "00:00"),
        (0.999, "00:00"),
        (1, "00:01"),
        (247.9, "04:07"),
        (599.999, "09:59"),
        (3599.5, "59:59"),
        (3600, "1:00:00"),
        (3700, "1:01:40"),
        (3723, "1:02:03"),
        (36000 + 61, "10:01:01"),
        (-65, "\u221201:05"),
        (-64.2, "\u221201:05"),  # floor goes toward minus infinity
        (-3723, "\u22121:02:03"),
        (59.99999999999, "01:00"),  # float noise is the whole second
    ],
)
def test_clock_floors(seconds: float, text: str) -> None:
    assert clock(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (120, "02:00"),
        (119.001, "02:00"),
        (0.2, "00:01"),
        (1, "00:01"),
        (0, "00:00"),
        (-0.5, "00:00"),
        (-1, "\u221200:01"),
        (-1.5, "\u221200:01"),
        (-65, "\u221201:05"),
        (-3600.5, "\u22121:00:00"),
        (0.0000000001, "00:00"),
    ],
)
def test_countdown_ceils(seconds: float, text: str) -> None:
    assert countdown(seconds) == text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "00:00"),  # on time has no sign
        (-0.0, "00:00"),
        (0.6, "00:00"),
        (1, "+00:01"),  # the first second over has its sign
        (-0.6, "\u221200:01"),  # 09:59 shown against a plan of 10:00
        (185, "+03:05"),
        (-5, "\u221200:05"),
        (3700, "+1:01:40"),  # an hour over is written with its hour, never "+61:40"
        (-3700, "\u22121:01:40"),
        (160, "+02:40"),
    ],
)
def test_signed_offsets(seconds: float, text: str) -> None:
    assert signed(seconds) == text


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_no_length_without_a_number(value: float) -> None:
    for write in (clock, countdown, signed):
        with pytest.raises(ValueError):
            write(value)


def test_digits_must_be_ten() -> None:
    with pytest.raises(ValueError):
        clock(5, "0123")


@given(SECONDS)
def test_every_length_reads_back_as_its_whole_seconds(seconds: float) -> None:
    assert whole(clock(seconds)) == floor_seconds(seconds)
    assert whole(countdown(seconds)) == ceil_seconds(seconds)
    assert whole(signed(seconds)) == floor_seconds(seconds)
    # Only an offset says "+"; zero has no sign at all.
    assert not clock(seconds).startswith("+") and not countdown(seconds).startswith("+")
    for text in (clock(seconds), countdown(seconds), signed(seconds)):
        assert (whole(text) == 0) == (text == "00:00")


@given(SECONDS)
def test_an_offset_is_the_countdown_turned_round(seconds: float) -> None:
    over, left = signed(seconds), countdown(-seconds)
    assert over.lstrip("+" + MINUS) == left.lstrip(MINUS)
    assert over.startswith("+") == left.startswith(MINUS)


@given(SECONDS, SECONDS)
def test_a_later_time_never_reads_earlier(a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert whole(clock(low)) <= whole(clock(high))
    assert whole(countdown(low)) <= whole(countdown(high))
    assert whole(signed(low)) <= whole(signed(high))


@given(MILLIS, st.integers(min_value=0, max_value=24 * 3600))
def test_the_shown_offset_is_the_shown_length_minus_the_plan(actual: float, plan: int) -> None:
    """A summary row reads right: actual 09:59 against 10:00 is −00:01, never 00:00."""
    assert whole(signed(actual - plan)) == whole(clock(actual)) - whole(clock(plan))


@given(SECONDS)
def test_a_locale_digits_replace_the_ascii_ones_and_nothing_else(seconds: float) -> None:
    for write in (clock, countdown, signed):
        local = write(seconds, ARABIC_INDIC)
        assert local == write(seconds).translate(str.maketrans("0123456789", ARABIC_INDIC))
        assert not any(c.isascii() and c.isdigit() for c in local)
