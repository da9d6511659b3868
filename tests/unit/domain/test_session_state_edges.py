"""Session runner at its edges: the exact refusal a facilitator's action meets, the crash
and sleep times at the limits of their windows, and attendance before the session starts."""

from __future__ import annotations

import math

import pytest

from facilitator_desktop.domain.agenda import AgendaError, SegmentPlan
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.events import SessionError
from facilitator_desktop.domain.session_events import (
    LaptopSlept,
    Paused,
    SegmentAdded,
    SessionEnded,
    SessionRecovered,
    SessionStarted,
)
from facilitator_desktop.domain.session_state import PendingSleep, SessionRunner
from facilitator_desktop.domain.sleep import Sleep
from facilitator_desktop.domain.talk_events import (
    MemberArrived,
    MemberLeft,
    RoundStarted,
    TurnEnded,
    TurnStarted,
)
from tests.helpers.session_script import MEMBERS, PLAN


def fresh(clock: FakeClock | None = None) -> SessionRunner:
    return SessionRunner(PLAN, MEMBERS, clock or FakeClock())


def started(clock: FakeClock) -> SessionRunner:
    runner = fresh(clock)
    runner.set_present([1, 2, 3])
    runner.start()
    return runner


# ------------------------------------------------------------------ refusals, word for word


def test_before_the_start_every_session_action_says_what_it_cannot_do() -> None:
    runner = fresh()
    refusals = {
        "cannot pause: the session is not_started": runner.pause,
        "cannot resume: the session is not_started": runner.resume,
        "cannot go to the next segment: the session is not_started": runner.next_segment,
        "cannot go to the previous segment: the session is not_started": (runner.previous_segment),
        "cannot change segment: the session is not_started": lambda: runner.go_to_segment(1),
        "cannot end the session: the session is not_started": runner.end_session,
        "cannot change the talking order: the session is not_started": runner.next_speaker,
    }
    for message, action in refusals.items():
        with pytest.raises(AgendaError) as caught:
            action()
        assert str(caught.value) == message
    assert runner.events == ()


def test_starting_twice_or_resuming_a_running_session_is_refused_by_name() -> None:
    runner = started(FakeClock())
    with pytest.raises(AgendaError) as caught:
        runner.start()
    assert str(caught.value) == "cannot start: the session is running"
    with pytest.raises(AgendaError) as caught:
        runner.resume()
    assert str(caught.value) == "cannot resume: the session is running"


def test_space_on_a_new_session_starts_it() -> None:
    runner = fresh()
    assert runner.toggle() == [SessionStarted(at=0.0)]
    assert runner.phase == "running"


def test_segment_jumps_name_the_wrong_index() -> None:
    runner = started(FakeClock())
    before = runner.events
    cases: list[tuple[object, str]] = [
        (1.5, "segment index must be an int, got 1.5"),
        (True, "segment index must be an int, got True"),
        (3, "no segment 3 (agenda has 3)"),
        (-1, "no segment -1 (agenda has 3)"),
        (0, "segment 0 is already current"),
    ]
    for index, message in cases:
        with pytest.raises(AgendaError) as caught:
            runner.go_to_segment(index)  # type: ignore[arg-type]
        assert str(caught.value) == message
    with pytest.raises(AgendaError) as caught:
        runner.previous_segment()
    assert str(caught.value) == "already at the first segment"
    assert runner.events == before


@pytest.mark.parametrize(
    ("minutes", "shown"),
    [(math.nan, "nan"), (math.inf, "inf"), (True, "True"), ("5", "'5'"), (None, "None")],
    ids=["nan", "inf", "bool", "text", "none"],
)
def test_minutes_that_are_not_a_finite_number_are_refused_by_name(
    minutes: object, shown: str
) -> None:
    runner = started(FakeClock())
    before = runner.events
    with pytest.raises(AgendaError) as caught:
        runner.extend(minutes)  # type: ignore[arg-type]
    assert str(caught.value) == f"extension minutes must be a finite number, got {shown}"
    with pytest.raises(AgendaError) as caught:
        runner.set_segment_minutes(1, minutes)  # type: ignore[arg-type]
    assert str(caught.value) == f"segment minutes must be a finite number, got {shown}"
    assert runner.events == before


def test_a_segment_that_is_not_a_plan_is_refused_by_name() -> None:
    runner = started(FakeClock())
    with pytest.raises(AgendaError) as caught:
        runner.add_segment(("Breathing", 3, "open"))  # type: ignore[arg-type]
    assert str(caught.value) == "not a SegmentPlan: ('Breathing', 3, 'open')"


def test_a_segment_added_without_an_index_goes_at_the_end() -> None:
    runner = started(FakeClock())
    assert runner.add_segment(SegmentPlan("Breathing", 3, "open")) == [
        SegmentAdded(at=0.0, index=3, name="Breathing", minutes=3.0, segment_kind="open")
    ]
    assert [plan.name for plan in runner.plans][-1] == "Breathing"


# ------------------------------------------------------------------ attendance any time


def test_members_come_and_go_before_the_session_starts() -> None:
    runner = fresh()
    assert runner.member_arrived(4, seat=9) == [MemberArrived(at=0.0, member_id=4, seat=9)]
    assert runner.member_left(4) == [MemberLeft(at=0.0, member_id=4)]


# ------------------------------------------------------------------ resuming after a crash


def test_a_crash_time_before_the_last_event_is_refused_by_name() -> None:
    clock = FakeClock()
    runner = started(clock)
    clock.advance(10)
    runner.pause()  # the last event, at 10; the start at 0 is before it
    clock.advance(5)
    with pytest.raises(SessionError) as caught:
        runner.resume_after_crash(5.0)
    assert str(caught.value) == "crash time 5.0 is before the last event (10.0)"
    with pytest.raises(SessionError) as caught:
        runner.resume_after_crash(math.nan)
    assert str(caught.value) == "crash time nan is before the last event (10.0)"


def test_a_crash_time_after_now_is_refused_by_name() -> None:
    clock = FakeClock()
    runner = started(clock)
    before = runner.events
    clock.advance(10)
    with pytest.raises(SessionError) as caught:
        runner.resume_after_crash(10.5)
    assert str(caught.value) == "crash time 10.5 is after now (10.0)"
    assert runner.events == before


def test_a_crash_at_the_last_event_or_at_now_is_accepted() -> None:
    clock = FakeClock()
    runner = started(clock)  # only the start is recorded
    clock.advance(7)
    assert runner.resume_after_crash(0.0) == [
        Paused(at=0.0),
        SessionRecovered(at=7.0, crash_at=0.0),
    ]
    runner.resume()
    clock.advance(3)
    assert runner.resume_after_crash(10.0) == [
        Paused(at=10.0),
        SessionRecovered(at=10.0, crash_at=10.0),
    ]


# ------------------------------------------------------------------ a laptop that slept


def test_a_sleep_refused_names_the_value_at_fault() -> None:
    runner = started(FakeClock())
    with pytest.raises(SessionError) as caught:
        runner.note_sleep(Sleep(seconds=10.0, counted=0.0, awake=-0.5))
    assert str(caught.value) == "sleep awake must be a finite number >= 0, got -0.5"
    with pytest.raises(SessionError) as caught:
        runner.decide_sleep(True)
    assert str(caught.value) == "no sleep is waiting for a decision"


def test_a_sleep_before_anything_happened_began_at_zero_at_the_earliest() -> None:
    clock = FakeClock(0.5)
    runner = fresh(clock)
    assert runner.note_sleep(Sleep(seconds=60.0, counted=0.0, awake=2.0)) == PendingSleep(0.0, 60.0)


def test_a_sleep_began_awake_seconds_before_now_but_not_before_the_last_event() -> None:
    clock = FakeClock()
    runner = started(clock)
    clock.advance(20)
    runner.pause()  # at 20
    clock.advance(10)
    runner.resume()  # at 30
    clock.advance(15)
    # Awake 5 s: the sleep began at 40.
    assert runner.note_sleep(Sleep(seconds=60.0, counted=0.0, awake=5.0)) == PendingSleep(
        40.0, 60.0
    )
    runner.decide_sleep(False)
    clock.advance(1)
    # Awake longer than since the last event (the decision at 45): held at that event.
    assert runner.note_sleep(Sleep(seconds=30.0, counted=0.0, awake=500.0)) == PendingSleep(
        45.0, 30.0
    )


def test_a_counted_sleep_ends_the_turn_after_what_was_recorded_since_it_was_noticed() -> None:
    clock = FakeClock()
    runner = started(clock)
    runner.start_round(1)
    clock.advance(10)
    runner.next_speaker()  # member 1 speaks from 10
    clock.advance(20)
    pending = runner.note_sleep(Sleep(seconds=600.0, counted=0.0, awake=20.0))
    assert pending == PendingSleep(10.0, 600.0)
    clock.advance(5)
    runner.extend(1)  # at 35, a session event recorded while the decision waits
    assert runner.decide_sleep(True) == [
        TurnEnded(at=35.0, member_id=1, passed=False),
        LaptopSlept(at=635.0, slept_at=10.0, seconds=600.0, counted=True),
    ]


# ------------------------------------------------------------------ the log


def test_the_events_not_stored_yet_are_those_after_the_count() -> None:
    clock = FakeClock()
    runner = started(clock)
    stored = len(runner.events)
    clock.advance(5)
    runner.pause()
    assert runner.events_since(stored) == (Paused(at=5.0),)
    assert runner.events_since(len(runner.events)) == ()


def test_a_log_that_ends_the_session_during_a_turn_is_refused_on_replay() -> None:
    events = [
        MemberArrived(at=0.0, member_id=1, seat=None),
        SessionStarted(at=0.0),
        RoundStarted(at=0.0, order=(1,)),
        TurnStarted(at=0.0, member_id=1),
        SessionEnded(at=9.0),
    ]
    with pytest.raises(SessionError) as refused:
        SessionRunner.replay(PLAN, MEMBERS, events, FakeClock(10.0))
    assert str(refused.value) == (
        "event #4 (session_ended) cannot be replayed: "
        "a turn is running; it must end before the session ends"
    )


def test_a_wrong_segment_index_leaves_the_speaker_speaking() -> None:
    runner = started(FakeClock())
    runner.start_round(1)
    runner.next_speaker()
    before = runner.events
    for index in (1.5, 3):
        with pytest.raises(AgendaError):
            runner.go_to_segment(index)  # type: ignore[arg-type]
    assert runner.events == before
    assert runner.snapshot().talk.speaker is not None
