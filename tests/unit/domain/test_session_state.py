"""Session runner: events, JSON round trips, replay equal to the live run, crash resume."""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable

import pytest

from facilitator_desktop.domain.agenda import AgendaError, SegmentPlan
from facilitator_desktop.domain.clock import FakeClock, SessionClock
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
from facilitator_desktop.domain.session_state import SessionRunner, SessionSnapshot
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

PLAN = (
    SegmentPlan("Check-in", 15, "round"),
    SegmentPlan("Discussion", 45, "open"),
    SegmentPlan("Check-out", 10, "round"),
)
#: member id -> seat
MEMBERS = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}


def through_json(events: tuple[Event, ...] | list[Event]) -> list[Event]:
    """What the database would give back: each event stored as a JSON text."""
    return [event_from_dict(json.loads(json.dumps(e.to_dict()))) for e in events]


def replay_at(events: list[Event], at: float, **kwargs: object) -> SessionRunner:
    return SessionRunner.replay(PLAN, MEMBERS, events, FakeClock(at), **kwargs)  # type: ignore[arg-type]


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


def run_scripted_session(
    clock: FakeClock, on_event: Callable[[Event], None] | None = None
) -> tuple[SessionRunner, list[tuple[int, SessionSnapshot]]]:
    """A realistic session touching every operation; returns the runner and a snapshot
    after every operation with the number of events logged at that point."""
    runner = SessionRunner(PLAN, MEMBERS, clock, rng=random.Random(4), on_event=on_event)
    checkpoints: list[tuple[int, SessionSnapshot]] = []

    def op(result: list[Event], advance: float = 0.0) -> list[Event]:
        checkpoints.append((len(runner.events), runner.snapshot()))
        clock.advance(advance)
        return result

    op(runner.set_present([1, 2, 3, 5]), 30)
    op(runner.start(), 10)
    op(runner.start_round(3), 2)  # 3, 5, 1, 2
    op(runner.next_speaker(), 75.5)  # 3 speaks
    op(runner.next_speaker(), 4)  # 5
    op(runner.come_back_later(), 61)  # 1
    op(runner.member_arrived(4), 9)  # seat 4 after 3, already passed: end of the round
    op(runner.pass_turn(), 48.25)  # 1 passes, 2 speaks
    op(runner.toggle(), 120)  # pause while 2 speaks
    op(runner.toggle(), 12)  # resume
    op(runner.next_speaker(), 80)  # 5 (came back)
    op(runner.next_speaker(), 33)  # 4
    op(runner.extend(5), 17)
    op(runner.next_speaker(), 3)  # round finished
    op(runner.add_segment(SegmentPlan("Breathing", 3, "open"), 2), 1)
    op(runner.set_segment_minutes(1, 40), 1)
    op(runner.rename_segment(2, "Slow breathing"))
    op(runner.next_segment(), 5)  # Discussion (open)
    op(runner.raise_hand(2), 1)
    op(runner.raise_hand(4), 1)
    op(runner.raise_hand(1), 1)
    op(runner.move(1, 0), 2)
    op(runner.next_speaker(), 95)  # 1
    op(runner.raise_hand(1), 3)  # current speaker queues again
    op(runner.set_fewer_turns_first(True), 1)  # re-sorts: 4 (1 turn, 33 s) before 2 ...
    op(runner.remove(2), 2)
    op(runner.next_speaker(), 140.75)
    op(runner.member_left(4), 30)  # 4 was speaking: turn ends
    op(runner.next_speaker(), 61)
    op(runner.move_segment(3, 2), 1)  # check-out before breathing
    op(runner.remove_segment(3), 1)  # drop breathing
    op(runner.previous_segment(), 20)  # back to check-in: its round is kept
    op(runner.next_segment(), 2)
    op(runner.next_segment(), 3)  # check-out round
    op(runner.start_round(), 40)  # random first member
    op(runner.next_speaker(), 50)
    op(runner.next_speaker(), 2)  # a stray "next" ...
    op(runner.previous_speaker(), 10)  # ... taken back: the previous member goes on
    op(runner.end_session(), 100)
    checkpoints.append((len(runner.events), runner.snapshot()))
    return runner, checkpoints


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


# ----------------------------------------------------------------------------- replay


def test_replay_of_the_recorded_events_gives_the_same_state_at_every_point() -> None:
    clock = FakeClock()
    runner, checkpoints = run_scripted_session(clock)
    stored = through_json(runner.events)
    assert stored == list(runner.events)
    for count, live in checkpoints:
        replayed = replay_at(stored[:count], live.at)
        assert replayed.snapshot() == live
        assert replayed.events == runner.events[:count]
    final = replay_at(stored, clock())
    assert final.snapshot() == runner.snapshot()
    assert final.turns == runner.turns


def test_replay_of_a_random_session_matches_the_live_run() -> None:
    """Two hours of random key presses (refused ones included) in irregular steps."""
    rng = random.Random(0)
    clock = FakeClock()
    runner = SessionRunner(PLAN, MEMBERS, clock, rng=random.Random(1), soft_limit_minutes=2)
    runner.set_present([1, 2, 3, 4])
    runner.start()
    ops: list[Callable[[], list[Event]]] = [
        runner.toggle,
        runner.next_speaker,
        runner.next_speaker,
        runner.next_speaker,
        runner.pass_turn,
        runner.come_back_later,
        runner.end_turn,
        runner.previous_speaker,
        runner.start_round,
        lambda: runner.raise_hand(rng.choice(list(MEMBERS))),
        lambda: runner.raise_hand(rng.choice(list(MEMBERS))),
        lambda: runner.remove(rng.choice(list(MEMBERS))),
        lambda: runner.move(rng.choice(list(MEMBERS)), rng.randrange(3)),
        lambda: runner.set_fewer_turns_first(rng.random() < 0.5),
        lambda: runner.member_arrived(rng.choice(list(MEMBERS))),
        lambda: runner.member_left(rng.choice(list(MEMBERS))),
        lambda: runner.extend(rng.choice([1, 5])),
        lambda: (
            runner.next_segment()
            if runner.snapshot().agenda.index < len(runner.plans) - 1
            else runner.previous_segment()
        ),
        runner.previous_segment,
    ]
    checkpoints: list[tuple[int, SessionSnapshot]] = []
    refused = 0
    while clock() < 2 * 3600 and runner.phase != "finished":
        clock.advance(rng.randint(10, 97_000 if rng.random() < 0.3 else 5_000) / 1000)
        before = len(runner.events)
        try:
            returned = rng.choice(ops)()
        except ValueError:
            refused += 1
            assert len(runner.events) == before  # a refused key press records nothing
            continue
        assert list(runner.events[before:]) == returned
        checkpoints.append((len(runner.events), runner.snapshot()))

    runner.end_session()
    checkpoints.append((len(runner.events), runner.snapshot()))
    assert refused > 0 and len(runner.turns) > 30
    stored = through_json(runner.events)
    for count, live in checkpoints[:: max(1, len(checkpoints) // 25)] + checkpoints[-1:]:
        assert replay_at(stored[:count], live.at, soft_limit_minutes=2).snapshot() == live


def test_replay_refuses_a_log_that_cannot_have_happened() -> None:
    with pytest.raises(SessionError, match="back in time"):
        replay_at([SessionStarted(at=5.0), Paused(at=4.0)], 10)
    with pytest.raises(SessionError, match="cannot be replayed"):
        replay_at([TurnStarted(at=1.0, member_id=1)], 10)  # before the start
    with pytest.raises(SessionError, match="cannot be replayed"):
        replay_at([SessionStarted(at=1.0), Resumed(at=2.0)], 10)  # was not paused


def test_the_runner_never_uses_a_time_before_its_last_event() -> None:
    times = iter([10.0, 10.0, 4.0, 4.0])
    runner = SessionRunner(PLAN, MEMBERS, lambda: next(times))
    runner.start()  # at 10
    assert runner.pause() == [Paused(at=10.0)]  # the clock said 4


# ----------------------------------------------------------------------------- crash resume


def crash_scenario() -> tuple[SessionRunner, list[dict[str, object]], FakeClock]:
    """A live run persisting every event as JSON, interrupted while member 2 speaks."""
    stored: list[dict[str, object]] = []
    clock = FakeClock(0.0)
    runner = SessionRunner(
        PLAN, MEMBERS, clock, on_event=lambda e: stored.append(json.loads(json.dumps(e.to_dict())))
    )
    runner.set_present([1, 2, 3])
    runner.start()
    clock.advance(30)
    runner.start_round(1)
    runner.next_speaker()
    clock.advance(100)
    runner.next_speaker()  # 2 starts at 130
    clock.advance(44.5)  # ... and is speaking when the battery dies at 174.5
    return runner, stored, clock


def test_resume_after_crash_ends_the_speaker_at_crash_time_and_stays_paused() -> None:
    live, stored, old_clock = crash_scenario()
    crash_at = old_clock()  # last heartbeat
    assert crash_at == 174.5

    mono = FakeClock(3.0)  # the new process's monotonic clock starts anywhere
    clock = SessionClock(now=mono, offset=crash_at)
    mono.advance(0.25)  # restarting took a moment
    runner = SessionRunner.replay(PLAN, MEMBERS, [event_from_dict(d) for d in stored], clock)
    snap = runner.snapshot()
    assert snap.talk.speaker is not None and snap.talk.speaker.member_id == 2

    events = runner.resume_after_crash(crash_at, wall="2026-05-04T17:30:00")
    assert events == [
        TurnEnded(at=174.5, member_id=2, passed=False),
        Paused(at=174.5),
        SessionRecovered(at=174.75, crash_at=174.5, wall="2026-05-04T17:30:00"),
    ]
    assert runner.turns[-1] == Turn(2, 0, 130.0, 174.5, passed=False)
    snap = runner.snapshot()
    assert snap.agenda.phase == "paused"
    assert snap.agenda.current.elapsed_seconds == 174.5
    assert snap.agenda.current.remaining_text == "12:06"  # 900 - 174.5, ceiled
    assert snap.talk.up_next == 3  # the round continues with the next member

    mono.advance(600)  # the facilitator takes their time
    assert runner.snapshot().agenda.current.elapsed_seconds == 174.5
    runner.toggle()
    mono.advance(10)
    assert runner.snapshot().agenda.current.elapsed_seconds == 184.5
    runner.next_speaker()
    assert runner.snapshot().talk.speaker is not None

    # A second crash: the log with the recovery events replays to the same state.
    again = SessionRunner.replay(PLAN, MEMBERS, through_json(runner.events), FakeClock(clock()))
    assert again.snapshot() == runner.snapshot()


def test_crash_while_paused_keeps_the_pause_out_of_the_turn() -> None:
    _live, stored, old_clock = crash_scenario()
    events = [event_from_dict(d) for d in stored]
    paused_at = old_clock()
    events.append(Paused(at=paused_at))
    runner = replay_at(events, paused_at + 300)
    out = runner.resume_after_crash(paused_at + 200)
    assert out == [
        TurnEnded(at=paused_at + 200, member_id=2, passed=False),
        SessionRecovered(at=paused_at + 300, crash_at=paused_at + 200),
    ]
    turn = runner.turns[-1]
    assert (turn.paused_seconds, turn.duration) == (200, 44.5)


def test_resume_after_crash_checks_the_crash_time() -> None:
    _live, stored, old_clock = crash_scenario()
    events = [event_from_dict(d) for d in stored]
    runner = replay_at(events, old_clock() + 5)
    with pytest.raises(SessionError):
        runner.resume_after_crash(events[-1].at - 1)  # before the last event
    with pytest.raises(SessionError):
        runner.resume_after_crash(old_clock() + 6)  # in the future
    assert runner.events == tuple(events)

    not_started = SessionRunner(PLAN, MEMBERS, FakeClock(50))
    assert not_started.resume_after_crash(10) == []


def test_back_to_the_previous_speaker_is_one_event_and_replays() -> None:
    """A clicker's "back" after a stray "next": Bo's turn leaves no record, Anna goes on
    from the moment of the stray "next"."""
    clock = FakeClock()
    runner = SessionRunner(PLAN, MEMBERS, clock)
    runner.set_present([1, 2, 3])
    runner.start()
    runner.start_round(1)
    runner.next_speaker()
    clock.advance(60)
    runner.next_speaker()  # pressed by accident: Bo is called
    clock.advance(4)
    assert runner.previous_speaker() == [TurnReturned(at=64.0, member_id=2, to_member_id=1)]
    clock.advance(30)
    runner.next_speaker()
    snap = runner.snapshot()
    assert snap.talk.speaker is not None and snap.talk.speaker.member_id == 2
    # Anna's time ran on through the stray seconds; Bo has no turn.
    assert [(t.member_id, t.duration) for t in runner.turns] == [(1, 60.0), (1, 34.0)]
    assert snap.talk.round_done == (1,)  # Anna counts once in the round
    replayed = replay_at(through_json(runner.events), clock())
    assert replayed.snapshot() == snap
    assert replayed.turns == runner.turns
