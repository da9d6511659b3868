"""Not on track: reliable deterioration from the first total to the latest, and a check-in
falling by a set amount over the last three sessions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator_desktop.domain.measures import GAD7, PHQ9, InstrumentDraft, builtin, define
from facilitator_desktop.domain.on_track import (
    checkin_fall_for_scale,
    checkin_falling,
    reliably_deteriorated,
)


@pytest.mark.parametrize(
    ("totals", "off"),
    [
        ([], False),
        ([20], False),
        ([8, 14], True),  # 6 worse
        ([8, 13], False),
        ([8, 3, 2, 14], True),  # first to latest, whatever came between
        ([8, 20, 20, 12], False),  # was worse, is back within error of the first
        ([14, 8], False),  # improvement
    ],
)
def test_phq9_reliable_deterioration(totals: list[int], off: bool) -> None:
    assert reliably_deteriorated(builtin(PHQ9), totals) is off


def test_gad7_uses_its_own_threshold() -> None:
    assert reliably_deteriorated(builtin(GAD7), [5, 9])
    assert not reliably_deteriorated(builtin(GAD7), [5, 8])


def test_higher_is_better_deteriorates_downwards() -> None:
    spec = define("ors", InstrumentDraft("ORS", 4, 0, 10, higher_is_worse=False, reliable_change=5))
    assert reliably_deteriorated(spec, [30, 25])
    assert not reliably_deteriorated(spec, [25, 30])


def test_no_threshold_never_alerts() -> None:
    spec = define("x", InstrumentDraft("Mine", 3, 0, 10))
    assert not reliably_deteriorated(spec, [0, 30])


@pytest.mark.parametrize(
    ("scores", "falling"),
    [
        ([], False),
        ([8, 5], False),  # only two sessions
        ([8, 7, 5], True),  # 3 below the highest before
        ([8, 8, 5], True),
        ([8, 2, 5], True),  # still 3 below where they were
        ([8, 7, 6], False),
        ([5, 8, 5], True),
        ([2, 9, 8, 5], True),  # the last three only: 9 → 5 is 4 down
        ([9, 2, 2, 2], False),  # the fall is older than three sessions
        ([7, 7, 7, 7], False),
        ([10, 0, 0, 0], False),  # fell long ago, steady since
    ],
)
def test_checkin_falling_over_three_sessions(scores: list[int], falling: bool) -> None:
    assert checkin_falling(scores, 3) is falling


def test_checkin_fall_is_a_set_amount() -> None:
    assert checkin_falling([8, 8, 6], 2)
    assert not checkin_falling([8, 8, 6], 3)
    assert checkin_falling([8, 8, 7, 4], 4, sessions=4)
    for fall in (0, -1, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="the fall must be above 0"):
            checkin_falling([1, 2, 3], fall)
    with pytest.raises(ValueError, match="two sessions or more"):
        checkin_falling([1, 2, 3], 1, sessions=1)


@given(st.lists(st.integers(0, 10), max_size=12), st.integers(1, 10))
def test_checkin_falling_matches_its_sentence(scores: list[int], fall: int) -> None:
    expected = len(scores) >= 3 and max(scores[-3:-1]) - scores[-1] >= fall
    assert checkin_falling(scores, fall) is expected
    # A rise in the latest session never counts as a fall.
    if len(scores) >= 3 and scores[-1] >= max(scores[-3:-1]):
        assert not checkin_falling(scores, fall)


@pytest.mark.parametrize(
    ("lowest", "highest", "fall"),
    [(0, 10, 3), (1, 10, 2), (1, 5, 1), (0, 1, 1), (0, 100, 30), (-5, 5, 3)],
)
def test_fall_for_a_scale(lowest: int, highest: int, fall: int) -> None:
    assert checkin_fall_for_scale(lowest, highest) == fall


def test_a_scale_that_does_not_go_up_is_refused() -> None:
    with pytest.raises(ValueError, match="the scale must go up"):
        checkin_fall_for_scale(5, 5)
