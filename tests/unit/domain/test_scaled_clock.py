"""The rehearsal's fast clock: exact multiples of its source, never backwards."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator_desktop.domain.clock import FakeClock, SessionClock
from facilitator_desktop.domain.scaled_clock import ScaledClock


@pytest.mark.parametrize("factor", [1, 10, 60])
def test_counts_factor_seconds_per_second_from_zero(factor: int) -> None:
    source = FakeClock(12345.678)
    clock = ScaledClock(source, factor)
    assert clock() == 0.0
    source.advance(1)
    assert clock() == factor
    source.advance((90 * 60 - factor) / factor)  # the rest of a 90-minute session
    assert clock() == 90 * 60


def test_many_small_steps_add_up_exactly() -> None:
    source = FakeClock(1000.0)
    clock = ScaledClock(source, 10)
    for _ in range(10):
        source.advance(0.1)
    assert clock() == 10.0
    for _ in range(1920):  # 30 s in steps of 1/64 s: 300 s at 10×, no drift
        source.advance(1 / 64)
    assert clock() == 310.0


@given(
    start=st.floats(min_value=0, max_value=1e7, allow_nan=False),
    steps=st.lists(st.floats(min_value=0, max_value=100, allow_nan=False), max_size=40),
    factor=st.sampled_from([1, 10, 60]),
)
def test_reading_is_the_exact_scaled_elapsed_time(
    start: float, steps: list[float], factor: int
) -> None:
    """One rounding only: the source's two readings are subtracted and scaled exactly."""
    source = FakeClock(start)
    origin = Fraction(source())
    clock = ScaledClock(source, factor)
    last = clock()
    for step in steps:
        source.advance(step)
        value = clock()
        assert value == float((Fraction(source()) - origin) * factor)
        assert value >= last
        last = value


def test_a_source_that_goes_back_is_held() -> None:
    readings = iter([100.0, 101.0, 99.0, 102.0])
    clock = ScaledClock(lambda: next(readings), 60)
    assert clock() == 60.0
    assert clock() == 60.0  # the source went back: held
    assert clock() == 120.0


def test_drives_a_session_clock_like_a_real_source() -> None:
    source = FakeClock(5.0)
    session = SessionClock(ScaledClock(source, 60))
    source.advance(0.5)
    assert session() == 30.0


@pytest.mark.parametrize("factor", [0, -1, math.inf, math.nan])
def test_refuses_a_speed_that_is_not_a_positive_number(factor: float) -> None:
    with pytest.raises(ValueError, match="above zero"):
        ScaledClock(FakeClock(), factor)
