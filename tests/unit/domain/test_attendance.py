"""Attendance marks: a recorded arrival or leaving time is never silently replaced."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.attendance import STATUSES, Mark, lost_times, next_mark


def test_late_keeps_the_first_arrival_through_leaving_and_coming_back() -> None:
    late = next_mark(None, "late", 600.0)
    assert late == Mark("late", 600.0)
    assert next_mark(late, "late", 900.0) is late  # marked again: nothing changes
    left = next_mark(late, "left_early", 3000.0)
    assert left == Mark("left_early", 600.0, 3000.0)
    assert next_mark(left, "left_early", 3300.0) is left  # the first leaving time stays
    back = next_mark(left, "late", 3400.0)
    assert back == Mark("late", 600.0)  # back in the room: the first arrival is kept


def test_a_change_that_would_drop_a_time_says_which() -> None:
    late = Mark("late", 600.0)
    left = Mark("left_early", 600.0, 3000.0)
    left_on_time = Mark("left_early", None, 3000.0)
    assert lost_times(late, "present") == ("arrival",)
    assert lost_times(late, "absent") == ("arrival",)
    assert lost_times(late, "left_early") == ()
    assert lost_times(left, "late") == ("leaving",)
    assert lost_times(left, "excused") == ("arrival", "leaving")
    assert lost_times(left_on_time, "present") == ("leaving",)
    assert lost_times(Mark("present"), "late") == ()  # nothing was recorded yet
    assert lost_times(None, "late") == ()


@pytest.mark.parametrize("previous", [None, *(next_mark(None, s, 1.0) for s in STATUSES)])
@pytest.mark.parametrize("status", STATUSES)
def test_only_late_and_left_early_record_times(previous: Mark | None, status: str) -> None:
    mark = next_mark(previous, status, 42.0)  # type: ignore[arg-type]
    assert mark.status == status
    assert (mark.arrived_at is not None) == (status == "late") or (
        status == "left_early" and previous is not None and previous.status == "late"
    )
    assert (mark.left_at is not None) == (status == "left_early")
