"""A check-in scale's points: every whole number from its lowest to its highest, both
included (one key each in the room)."""

from __future__ import annotations

from facilitator_desktop.services.checkin_scale import DEFAULT_SCALE, CheckinScale


def test_the_points_run_from_the_lowest_to_the_highest_both_included() -> None:
    assert list(CheckinScale(1, 5).points()) == [1, 2, 3, 4, 5]
    assert list(CheckinScale(0, 1).points()) == [0, 1]
    assert list(DEFAULT_SCALE.points()) == list(range(11))
    assert list(CheckinScale(9, 10, "How are you?").points()) == [9, 10]
