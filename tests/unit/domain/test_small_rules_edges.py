"""Small rules at their edges: a check-in fall over exactly two sessions, a session booked
for under a minute, editing after the end, a clock offset that is not a number — each
refusal word for word."""

from __future__ import annotations

import math

import pytest

from facilitator_desktop.domain.agenda import AgendaError, SegmentPlan, session_planned_end
from facilitator_desktop.domain.agenda_timer import AgendaTimer
from facilitator_desktop.domain.clock import FakeClock, SessionClock
from facilitator_desktop.domain.on_track import checkin_fall_for_scale, checkin_falling


def test_a_fall_can_be_judged_over_two_sessions() -> None:
    assert checkin_falling([6, 3], 3, sessions=2) is True
    assert checkin_falling([6, 4], 3, sessions=2) is False


@pytest.mark.parametrize(
    ("fall", "sessions", "message"),
    [
        (0, 3, "the fall must be above 0"),
        (math.nan, 3, "the fall must be above 0"),
        (3, 1, "a fall needs two sessions or more"),
    ],
    ids=["zero", "nan", "one-session"],
)
def test_a_fall_that_cannot_be_judged_is_refused_by_name(
    fall: float, sessions: int, message: str
) -> None:
    with pytest.raises(ValueError) as refused:
        checkin_falling([5, 4, 3], fall, sessions=sessions)
    assert str(refused.value) == message


def test_a_scale_that_does_not_go_up_is_refused_by_name() -> None:
    with pytest.raises(ValueError) as refused:
        checkin_fall_for_scale(5, 5)
    assert str(refused.value) == "the scale must go up"


def test_a_session_booked_for_half_a_minute_ends_half_a_minute_in() -> None:
    timer = AgendaTimer((SegmentPlan("Breath", 0.25, "open"),), FakeClock(100.0))
    timer.start()
    snapshot = timer.snapshot()
    assert snapshot.planned_end == 115.0
    assert session_planned_end(snapshot, 0.5) == 130.0


def test_the_agenda_cannot_be_edited_after_the_end() -> None:
    timer = AgendaTimer((SegmentPlan("Talk", 10, "open"),), FakeClock())
    timer.start()
    timer.finish()
    with pytest.raises(AgendaError) as refused:
        timer.set_minutes(0, 20)
    assert str(refused.value) == "cannot edit the agenda: the session has ended"


def test_a_clock_offset_must_be_a_number() -> None:
    with pytest.raises(ValueError) as refused:
        SessionClock(FakeClock(), offset=math.inf)
    assert str(refused.value) == "offset must be finite, got inf"
