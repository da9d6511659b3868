"""The session's planned end: the group's session length, not only the sum of the agenda."""

from __future__ import annotations

import math

import pytest

from facilitator_desktop.domain.agenda import SegmentPlan, session_planned_end
from facilitator_desktop.domain.agenda_timer import AgendaTimer
from facilitator_desktop.domain.clock import FakeClock

#: 70 minutes of agenda in a group that meets for 90.
AGENDA = (
    SegmentPlan("Check-in", 15, "round"),
    SegmentPlan("Discussion", 45, "open"),
    SegmentPlan("Check-out", 10, "round"),
)
STARTED = 1000.0


def started(plan: tuple[SegmentPlan, ...] = AGENDA) -> tuple[AgendaTimer, FakeClock]:
    clock = FakeClock(STARTED)
    timer = AgendaTimer(plan, clock)
    timer.start()
    return timer, clock


def test_nothing_before_the_start() -> None:
    timer = AgendaTimer(AGENDA, FakeClock(0.0))
    assert session_planned_end(timer.snapshot(), 90) is None


def test_a_short_agenda_ends_when_the_session_does() -> None:
    timer, _ = started()
    snapshot = timer.snapshot()
    assert snapshot.planned_end == STARTED + 70 * 60  # the agenda alone
    assert session_planned_end(snapshot, 90) == STARTED + 90 * 60


def test_extensions_use_the_time_in_hand_before_they_move_the_end() -> None:
    timer, _ = started()
    timer.extend(15)  # 85 of 90 minutes planned
    assert session_planned_end(timer.snapshot(), 90) == STARTED + 90 * 60
    timer.extend(10)  # 95: the agenda now runs past the session length
    assert session_planned_end(timer.snapshot(), 90) == STARTED + 95 * 60


def test_a_longer_agenda_keeps_its_own_end() -> None:
    timer, _ = started()
    assert session_planned_end(timer.snapshot(), 60) == STARTED + 70 * 60


def test_a_pause_moves_the_session_end_too() -> None:
    timer, clock = started()
    clock.advance(600)
    timer.pause()
    clock.advance(300)  # five minutes of fire alarm
    assert session_planned_end(timer.snapshot(), 90) == STARTED + 95 * 60
    timer.resume()
    clock.advance(1200)
    assert session_planned_end(timer.snapshot(), 90) == STARTED + 95 * 60


def test_running_over_time_does_not_move_the_planned_end() -> None:
    timer, clock = started()
    clock.advance(25 * 60)  # the check-in runs ten minutes over
    assert session_planned_end(timer.snapshot(), 90) == STARTED + 90 * 60


def test_agenda_edits_during_the_session() -> None:
    timer, _ = started()
    timer.add_segment(SegmentPlan("Exercise", 30, "open"))  # 100 minutes of agenda
    assert session_planned_end(timer.snapshot(), 90) == STARTED + 100 * 60
    timer.remove_segment(3)
    assert session_planned_end(timer.snapshot(), 90) == STARTED + 90 * 60


@pytest.mark.parametrize("length", [None, 0, -30, math.nan, math.inf, True])
def test_no_usable_session_length_falls_back_to_the_agenda(length: float | None) -> None:
    timer, _ = started()
    assert session_planned_end(timer.snapshot(), length) == STARTED + 70 * 60


def test_after_the_end_it_stays_where_it_was_planned() -> None:
    timer, clock = started()
    clock.advance(30 * 60)
    timer.finish()
    assert session_planned_end(timer.snapshot(), 90) == STARTED + 90 * 60
