"""Statistics at their edges: the clamp that keeps float noise inside the mathematical
range, and refusals that name the value at fault."""

from __future__ import annotations

import math

import pytest

from facilitator_desktop.domain import stats


@pytest.mark.parametrize(("n", "seconds"), [(3, 0.3), (3, 59.9), (4, 0.1), (4, 99.9)])
def test_one_speaker_gives_exactly_the_top_of_the_range(n: int, seconds: float) -> None:
    # Computed plainly these come out a hair above (n-1)/n and 1.0.
    values = [0.0] * (n - 1) + [seconds]
    assert stats.gini(values) == (n - 1) / n
    assert stats.gini(values, normalized=True) == 1.0
    assert stats.top_speaker_share(values) == 1.0


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda bad: stats.airtime_shares({1: 10.0, 2: bad}), "seconds"),
        (lambda bad: stats.gini([1.0, bad]), "value"),
        (lambda bad: stats.top_speaker_share([1.0, bad]), "value"),
        (lambda bad: stats.segment_overruns([("Talk", 60.0, 60.0)], bad), "tolerance_s"),
        (lambda bad: stats.segment_overruns([("Talk", 60.0, bad)]), "actual_seconds"),
        (lambda bad: stats.segment_overruns([("Talk", bad, 60.0)]), "planned_seconds"),
    ],
)
@pytest.mark.parametrize("bad", [-1.0, math.inf, math.nan])
def test_a_bad_number_is_named_in_the_refusal(call: object, named: str, bad: float) -> None:
    with pytest.raises(ValueError) as refused:
        call(bad)  # type: ignore[operator]
    assert str(refused.value) == f"{named} must be a finite number >= 0, got {bad!r}"
