"""The scripted session the session-runner tests share: its plan and seats, a realistic run
touching every operation, and replay and JSON helpers."""

from __future__ import annotations

import json
import random
from collections.abc import Callable

from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.event_kinds import event_from_dict
from facilitator_desktop.domain.events import Event
from facilitator_desktop.domain.session_state import SessionRunner, SessionSnapshot

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
