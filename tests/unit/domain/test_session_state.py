"""Session runner: events and their JSON round trips, a whole scripted session, refusals."""

from __future__ import annotations

import json
import math
from collections.abc import Callable

import pytest

from facilitator_desktop.domain.agenda import AgendaError
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.event_kinds import EVENT_TYPES, event_from_dict
from facilitator_desktop.domain.events import Event, SessionError
from facilitator_desktop.domain.session_events import (
    LaptopSlept,
    Paused,
    Resumed,
    SegmentAdded,
    SegmentChanged,
    SegmentExtended,
    SegmentMinutesChanged,
    SegmentMoved,
    SegmentRemoved,
    SegmentRenamed,
    SessionEnded,
    SessionRecovered,
    SessionStarted,
)
from facilitator_desktop.domain.session_state import SessionRunner
from facilitator_desktop.domain.talk_events import (
    HandRaised,
    MemberArrived,
    MemberLeft,
    QueuePolicyChanged,
    QueueReordered,
    RemovedFromOrder,
    RoundJoined,
    RoundStarted,
    TurnDeferred,
    TurnEnded,
    TurnReturned,
    TurnStarted,
)
from facilitator_desktop.domain.talk_state import TalkingOrderError, Turn
from tests.helpers.session_script import (
    MEMBERS,
    PLAN,
    run_scripted_session,
    through_json,
)

# ----------------------------------------------------------------------------- serialisation

EXAMPLES: list[Event] = [
    SessionStarted(at=0.0),
    Paused(at=1.5),
    Resumed(at=2.25),
    SegmentChanged(at=3.0, index=1),
    SegmentExtended(at=4.0, minutes=5.0),
    SegmentAdded(at=5.0, index=3, name="Breathing ✓", minutes=2.5, segment_kind="open"),
    SegmentRemoved(at=6.0, index=3),
    SegmentMoved(at=7.0, from_index=2, to_index=3),
    SegmentMinutesChanged(at=8.0, index=2, minutes=12.0),
    SegmentRenamed(at=8.5, index=2, name="Closing round ✓"),
    SessionEnded(at=9.0),
    SessionRecovered(at=10.0, crash_at=9.875),
    SessionRecovered(at=10.5, crash_at=10.25, wall="2026-05-04T17:30:00"),
    RoundStarted(at=11.0, order=(3, 4, 1, 2)),
    TurnStarted(at=12.0, member_id=3),
    TurnEnded(at=13.1, member_id=3, passed=True),
    TurnDeferred(at=14.0, member_id=4),
    TurnReturned(at=14.5, member_id=3, to_member_id=2),
    RoundJoined(at=15.0, member_id=5, position=None),
    RoundJoined(at=15.0, member_id=6, position=2),
    HandRaised(at=16.0, member_id=2, index=0),
    RemovedFromOrder(at=17.0, member_id=2),
    QueueReordered(at=18.0, order=(2, 1)),
    QueuePolicyChanged(at=19.0, fewer_turns_first=True),
    MemberArrived(at=20.0, member_id=6, seat=None),
    MemberArrived(at=20.0, member_id=7, seat=7),
    MemberLeft(at=21.0, member_id=6),
    LaptopSlept(at=22.0, slept_at=21.5, seconds=840.0, counted=True, wall="2026-05-04T17:44:00"),
    LaptopSlept(at=23.0, slept_at=22.5, seconds=12.25, counted=False),
]


def test_every_event_kind_round_trips_through_json_exactly() -> None:
    assert {e.kind for e in EXAMPLES} == set(EVENT_TYPES)
    assert through_json(EXAMPLES) == EXAMPLES
    for event in through_json(EXAMPLES):
        assert type(event) is EVENT_TYPES[event.kind]
    data = TurnEnded(at=0.1 + 0.2, member_id=3, passed=False).to_dict()
    assert data == {
        "kind": "turn_ended",
        "at": 0.30000000000000004,
        "member_id": 3,
        "passed": False,
    }
    assert event_from_dict(json.loads(json.dumps(data))).at == 0.1 + 0.2  # bit-exact
    assert RoundStarted(at=1.0, order=(3, 4)).to_dict()["order"] == [3, 4]


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "no_such_kind", "at": 1.0},
        {"at": 1.0},
        {"kind": "turn_started", "at": 1.0},  # missing member_id
        {"kind": "turn_started", "at": 1.0, "member_id": 3, "extra": 1},
        {"kind": "turn_started", "at": "1.0", "member_id": 3},
        {"kind": "turn_started", "at": math.nan, "member_id": 3},
        {"kind": "turn_started", "at": 1.0, "member_id": True},
        {"kind": "turn_started", "at": 1.0, "member_id": 3.0},
        {"kind": "turn_ended", "at": 1.0, "member_id": 3, "passed": 0},
        {"kind": "round_started", "at": 1.0, "order": [1, "2"]},
        {"kind": "round_started", "at": 1.0, "order": 12},
        {"kind": "round_joined", "at": 1.0, "member_id": 3, "position": 1.5},
        {
            "kind": "segment_added",
            "at": 1.0,
            "index": 1,
            "name": "X",
            "minutes": 5,
            "segment_kind": "chat",
        },
        {"kind": "segment_extended", "at": 1.0, "minutes": math.inf},
    ],
)
def test_event_from_dict_rejects_damaged_records(data: dict[str, object]) -> None:
    with pytest.raises(SessionError):
        event_from_dict(data)


def test_a_resume_stored_before_its_wall_time_was_recorded_still_loads() -> None:
    old = {"kind": "session_recovered", "at": 10.0, "crash_at": 9.5}
    assert event_from_dict(old) == SessionRecovered(at=10.0, crash_at=9.5, wall="")
    with pytest.raises(SessionError):  # a field without a default is still required
        event_from_dict({"kind": "session_recovered", "at": 10.0, "wall": ""})


def test_event_time_must_be_a_finite_number() -> None:
    with pytest.raises(SessionError):
        Paused(at=math.inf)


# ----------------------------------------------------------------------------- a whole session


def test_scripted_session_exact_values() -> None:
    clock = FakeClock()
    seen: list[Event] = []
    runner, _ = run_scripted_session(clock, seen.append)

    assert seen == list(runner.events)
    not_scripted = {"session_recovered", "laptop_slept"}  # see test_sleep.py for the latter
    assert {e.kind for e in runner.events} == set(EVENT_TYPES) - not_scripted
    assert [p.name for p in runner.plans] == ["Check-in", "Discussion", "Check-out"]
    assert runner.phase == "finished"

    # The check-in round: 3 spoke 75.5 s; 5 deferred after 4 s; 1 passed after 61 + 9 s;
    # 2 spoke 48.25 + 12 s (the 120 s pause does not count); 5 came back for 80 s;
    # 4 (late, at the end of the round) 33 + 17 s.
    check_in = [t for t in runner.turns if t.segment_index == 0]
    assert [(t.member_id, t.passed, t.duration) for t in check_in] == [
        (3, False, 75.5),
        (1, True, 70.0),
        (2, False, 48.25 + 12),
        (5, False, 80.0),
        (4, False, 50.0),
    ]
    assert check_in[2].paused_seconds == 120
    snap = runner.snapshot()
    by_member = {s.member_id: s for s in snap.talk.airtime}
    assert math.fsum(s.share for s in snap.talk.airtime) == pytest.approx(1.0, abs=1e-12)
    assert by_member[1].passes == 1
    assert snap.talk.speaker is None and snap.talk.mode is None
    assert snap.agenda.phase == "finished"
    # Frozen after the end.
    clock.advance(1000)
    assert runner.snapshot().agenda.segments == snap.agenda.segments


def test_the_room_mode_follows_the_segment_kind() -> None:
    clock = FakeClock()
    runner = SessionRunner(PLAN, MEMBERS, clock)
    runner.set_present([1, 2])
    runner.start()
    assert runner.snapshot().talk.mode == "round"
    with pytest.raises(TalkingOrderError):
        runner.raise_hand(1)
    runner.next_segment()
    assert runner.snapshot().talk.mode == "open"
    assert runner.raise_hand(1) == [HandRaised(at=0.0, member_id=1, index=0)]
    with pytest.raises(TalkingOrderError):
        runner.come_back_later()


def test_changing_segment_or_ending_ends_the_current_turn() -> None:
    clock = FakeClock()
    runner = SessionRunner(PLAN, MEMBERS, clock)
    runner.set_present([1, 2])
    runner.start()
    runner.start_round(2)
    runner.next_speaker()
    clock.advance(42)
    assert runner.next_segment() == [
        TurnEnded(at=42.0, member_id=2, passed=False),
        SegmentChanged(at=42.0, index=1),
    ]
    runner.raise_hand(1)
    runner.next_speaker()
    clock.advance(8)
    runner.next_segment()
    assert runner.next_segment() == [SessionEnded(at=50.0)]  # last segment ends the session
    assert runner.turns[-1] == Turn(1, 1, 42.0, 50.0, passed=False)
    assert runner.toggle() == []  # Space after the end does nothing
    with pytest.raises(AgendaError):
        runner.next_speaker()


def test_talking_order_needs_a_running_session_but_attendance_does_not() -> None:
    runner = SessionRunner(PLAN, MEMBERS, FakeClock())
    assert runner.member_arrived(3) == [MemberArrived(at=0.0, member_id=3, seat=None)]
    assert runner.set_fewer_turns_first(True) == [
        QueuePolicyChanged(at=0.0, fewer_turns_first=True)
    ]
    for op in (runner.next_speaker, runner.pass_turn, runner.start_round, runner.end_turn):
        with pytest.raises(AgendaError):
            op()
    with pytest.raises(AgendaError):
        runner.pause()
    with pytest.raises(AgendaError):
        runner.next_segment()


def test_a_refused_operation_records_nothing() -> None:
    clock = FakeClock()
    runner = SessionRunner(PLAN, MEMBERS, clock)
    runner.set_present([1, 2])
    runner.start()
    before = runner.events
    attempts: list[Callable[[], list[Event]]] = [
        lambda: runner.remove_segment(0),  # current
        lambda: runner.move_segment(0, 2),  # history
        lambda: runner.extend(-100),  # negative plan
        lambda: runner.extend(math.nan),
        lambda: runner.set_segment_minutes(1, -1),
        lambda: runner.rename_segment(1, "  "),  # a segment needs a name
        lambda: runner.rename_segment(3, "Later"),  # no such segment
        lambda: runner.go_to_segment(7),
        lambda: runner.previous_segment(),
        lambda: runner.start_round(6),  # not present
        lambda: runner.remove(1),  # not waiting
        lambda: runner.member_arrived(99),  # unknown member
    ]
    for attempt in attempts:
        with pytest.raises(ValueError):
            attempt()
    assert runner.events == before
