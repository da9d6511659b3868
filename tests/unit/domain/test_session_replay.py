"""Session runner: replay equal to the live run at every point, crash resume, going back a
speaker.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable

import pytest

from facilitator_desktop.domain.clock import FakeClock, SessionClock
from facilitator_desktop.domain.event_kinds import event_from_dict
from facilitator_desktop.domain.events import Event, SessionError
from facilitator_desktop.domain.session_events import (
    Paused,
    Resumed,
    SessionRecovered,
    SessionStarted,
)
from facilitator_desktop.domain.session_state import SessionRunner, SessionSnapshot
from facilitator_desktop.domain.talk_events import (
    TurnEnded,
    TurnReturned,
    TurnStarted,
)
from facilitator_desktop.domain.talk_state import Turn
from tests.helpers.session_script import (
    MEMBERS,
    PLAN,
    replay_at,
    run_scripted_session,
    through_json,
)

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
