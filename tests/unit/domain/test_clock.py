"""Clocks and the whole-second display rules (written out: test_durations.py)."""

from __future__ import annotations

import math
import random
from fractions import Fraction

import pytest

from facilitator_desktop.domain.clock import (
    FakeClock,
    SessionClock,
    ceil_seconds,
    floor_seconds,
    snap,
)


def test_fake_clock_starts_where_told_and_only_moves_forward() -> None:
    clock = FakeClock(12.5)
    assert clock() == 12.5
    clock.advance(0)
    assert clock() == 12.5
    with pytest.raises(ValueError):
        clock.advance(-0.001)
    with pytest.raises(ValueError):
        clock.advance(math.nan)
    assert clock() == 12.5


def test_fake_clock_does_not_accumulate_float_error() -> None:
    clock = FakeClock()
    naive = 0.0
    for _ in range(10):
        clock.advance(0.1)
        naive += 0.1
    assert naive != 1.0  # what a float accumulator would show
    assert clock() == 1.0
    clock = FakeClock()
    for _ in range(36_000):  # one hour in tenths of a second
        clock.advance(0.1)
    assert clock() == 3600.0
    assert clock.exact == 36_000 * Fraction(0.1)


def test_session_clock_maps_monotonic_source_with_offset() -> None:
    mono = FakeClock(1_000_000.0)  # monotonic clocks start anywhere
    clock = SessionClock(now=mono, offset=0.0)
    assert clock.now() == 0.0
    mono.advance(61.25)
    assert clock.now() == 61.25
    assert clock() == 61.25

    # After a crash: a new process, a new monotonic origin, the same session timeline.
    mono2 = FakeClock(5.0)
    resumed = SessionClock(now=mono2, offset=61.25)
    assert resumed.offset == 61.25
    assert resumed() == 61.25
    mono2.advance(10)
    assert resumed() == 71.25


def test_session_clock_never_goes_backwards() -> None:
    values = iter([100.0, 105.0, 103.0, 104.0, 110.0])
    clock = SessionClock(now=lambda: next(values), offset=0.0)  # origin 100
    assert clock() == 5.0
    assert clock() == 5.0  # source went back to 103: held at 5
    assert clock() == 5.0
    assert clock() == 10.0


def test_snap_absorbs_float_noise_only() -> None:
    assert snap(59.99999999999) == 60.0
    assert snap(0.1 + 0.2) == 0.30000000000000004
    assert snap(-4.0000000001) == -4.0
    assert snap(59.9999) == 59.9999
    assert floor_seconds(59.99999999999) == 60
    assert ceil_seconds(60.00000000001) == 60


def test_elapsed_plus_remaining_shown_equals_whole_second_plan() -> None:
    planned = 900
    for i in range(0, 120_000, 7):
        elapsed = i / 100
        assert floor_seconds(elapsed) + ceil_seconds(planned - elapsed) == planned


def test_displays_change_only_on_whole_seconds_by_one() -> None:
    """Sampled at irregular sub-second steps, both displays move by exactly one, and only
    in the step that crosses a whole second of the exact value."""
    rng = random.Random(7)
    exact = Fraction(0)
    clock = FakeClock()
    planned = 95.0
    last_up, last_down = floor_seconds(clock()), ceil_seconds(planned - clock())
    changes = 0
    while exact < 200:
        step = Fraction(rng.randint(1, 999), 1000)
        before = exact
        exact += step
        clock.advance(float(step))
        up, down = floor_seconds(clock()), ceil_seconds(planned - clock())
        crossed = math.floor(exact) != math.floor(before)
        assert up - last_up == (1 if crossed else 0)
        crossed_down = math.ceil(planned - exact) != math.ceil(planned - before)
        assert last_down - down == (1 if crossed_down else 0)
        assert up == math.floor(exact)
        assert down == math.ceil(planned - exact)
        changes += up - last_up
        last_up, last_down = up, down
    assert changes == math.floor(exact)
