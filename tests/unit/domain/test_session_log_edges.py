"""The session log's settings reach what they set (warning point, speaker limit, the
random first member, the event callback) live and on replay; its clock never reads before
the last event; and the small reads and refusals under it (seat order, airtime of a first
turn, passes counted, durations and clocks) at their edges."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, TypeVar

import pytest

from facilitator_desktop.domain import durations
from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.domain.clock import SNAP_EPSILON, FakeClock, snap
from facilitator_desktop.domain.event_kinds import event_from_dict
from facilitator_desktop.domain.events import Event, SessionError
from facilitator_desktop.domain.session_events import SegmentChanged, SessionStarted
from facilitator_desktop.domain.session_state import SessionRunner
from facilitator_desktop.domain.talk_events import (
    MemberArrived,
    RoundStarted,
    TurnEnded,
    TurnStarted,
)
from facilitator_desktop.domain.talk_state import TalkingOrderError
from facilitator_desktop.domain.talking_order import TalkingOrder

PLAN = (SegmentPlan("Check-in", 2, "round"), SegmentPlan("Talk", 10, "open"))
#: Seats in another order than the ids.
MEMBERS = {1: 4, 2: 2, 3: 3, 4: 1}

T = TypeVar("T")


class LastChoice(random.Random):
    """Picks the last member offered, so the "random" first member is known."""

    def choice(self, seq: Sequence[T]) -> T:
        return seq[-1]


def test_the_settings_reach_the_timer_the_talking_order_and_the_callback() -> None:
    heard: list[Event] = []
    clock = FakeClock()
    runner = SessionRunner(
        PLAN,
        MEMBERS,
        clock,
        rng=LastChoice(),
        warn_seconds=0,
        soft_limit_minutes=3,
        on_event=heard.append,
    )
    runner.set_present([1, 2, 3])
    runner.start()
    clock.advance(60)  # a minute left: normal without a warning point
    assert runner.snapshot().agenda.current.status == "normal"
    assert runner.soft_limit_minutes == 3
    assert runner.start_round()[-1] == RoundStarted(at=60.0, order=(1, 2, 3))
    assert heard == list(runner.events)


def test_a_replay_keeps_the_settings_for_what_comes_next() -> None:
    stored = [
        *(MemberArrived(at=0.0, member_id=m, seat=None) for m in (1, 2, 3, 4)),
        SessionStarted(at=0.0),
    ]
    heard: list[Event] = []
    clock = FakeClock(60.0)
    runner = SessionRunner.replay(
        PLAN,
        MEMBERS,
        stored,
        clock,
        rng=LastChoice(),
        warn_seconds=0,
        soft_limit_minutes=3,
        on_event=heard.append,
    )
    assert heard == []  # the replayed events are not handed on again
    assert runner.soft_limit_minutes == 3
    assert runner.snapshot().agenda.current.status == "normal"
    # Seat order 4, 2, 3, 1: the chooser given to the replay picks the last, 1, every time.
    for _ in range(3):
        assert runner.start_round() == [RoundStarted(at=60.0, order=(1, 4, 2, 3))]
    assert heard == [RoundStarted(at=60.0, order=(1, 4, 2, 3))] * 3


def test_a_replay_refuses_what_is_not_an_event_by_name() -> None:
    with pytest.raises(SessionError) as refused:
        SessionRunner.replay(PLAN, MEMBERS, ["started"], FakeClock())  # type: ignore[list-item]
    assert str(refused.value) == "event #0 is not an Event: 'started'"


@dataclass(frozen=True, slots=True, kw_only=True)
class Stranger(Event):
    kind: ClassVar[str] = "stranger"


def test_an_event_of_no_known_family_is_refused_by_name() -> None:
    with pytest.raises(SessionError) as refused:
        SessionRunner.replay(PLAN, MEMBERS, [Stranger(at=0.0)], FakeClock())
    assert str(refused.value) == "not a session or talking-order event: Stranger(at=0.0)"


def test_a_segment_change_during_a_turn_is_refused_on_replay() -> None:
    stored = [
        MemberArrived(at=0.0, member_id=2, seat=None),
        SessionStarted(at=0.0),
        RoundStarted(at=0.0, order=(2,)),
        TurnStarted(at=0.0, member_id=2),
        SegmentChanged(at=5.0, index=1),
    ]
    with pytest.raises(SessionError) as refused:
        SessionRunner.replay(PLAN, MEMBERS, stored, FakeClock(9.0))
    assert str(refused.value) == (
        "event #4 (segment_changed) cannot be replayed: "
        "a turn is running; it must end before a segment change"
    )


def test_a_clock_behind_the_last_event_reads_as_that_event() -> None:
    reading = [0.0]
    runner = SessionRunner(PLAN, MEMBERS, lambda: reading[0])
    runner.set_present([2])
    reading[0] = 10.0
    runner.start()
    reading[0] = 5.0  # the source went back
    assert runner.snapshot().at == 10.0


# --- the talking order's reads -------------------------------------------------------------


def test_present_members_and_airtime_are_in_seat_order() -> None:
    clock = FakeClock()
    talk = TalkingOrder(clock, MEMBERS)
    talk.set_present([1, 2, 3, 4])
    assert talk.present == (4, 2, 3, 1)
    talk.enter_segment(0, "round")
    talk.start_round(4)
    talk.next_speaker()  # 4, a first turn, still running
    clock.advance(0.5)
    stats = talk.airtime()
    assert [s.member_id for s in stats] == [4, 2, 3, 1]
    assert (stats[0].seat, stats[0].seconds, stats[0].share, stats[0].turns) == (1, 0.5, 1.0, 1)


def test_every_pass_is_counted() -> None:
    talk = TalkingOrder(FakeClock(), MEMBERS)
    talk.set_present([1, 2])
    talk.enter_segment(0, "round")
    for _ in range(2):
        talk.start_round(2)
        talk.pass_turn()  # 2 passes
    assert {s.member_id: s.passes for s in talk.airtime()}[2] == 2


def test_a_late_arrival_between_the_round_so_far_and_its_start_waits_in_seat_order() -> None:
    # Seats 1, 3, 5, 7; the round starts at seat 5 and has wrapped to seat 1.
    talk = TalkingOrder(FakeClock(), {1: 1, 3: 3, 5: 5, 7: 7, 2: 2})
    talk.set_present([1, 3, 5, 7])
    talk.enter_segment(0, "round")
    talk.start_round(5)
    for _ in range(3):
        talk.next_speaker()  # 5, 7, 1
    talk.arrive(2)  # seat 2: after 1, before 3
    assert talk.order == (2, 3)


def test_unknown_members_and_turns_that_do_not_fit_are_refused_by_name() -> None:
    talk = TalkingOrder(FakeClock(), MEMBERS)
    for command, message in (
        (lambda: talk.arrive(99), "unknown member 99 (no seat)"),
        (lambda: talk.arrive("3"), "member id must be an int, got '3'"),  # type: ignore[arg-type]
        (
            lambda: talk.apply(TurnEnded(at=0.0, member_id=2, passed=False)),
            "member 2 is not the current speaker",
        ),
    ):
        with pytest.raises(TalkingOrderError) as refused:
            command()
        assert str(refused.value) == message


# --- durations and clocks ------------------------------------------------------------------


def test_lengths_and_digits_that_cannot_be_written_are_refused_by_name() -> None:
    with pytest.raises(ValueError) as refused:
        durations.clock(math.inf)
    assert str(refused.value) == "a length must be a finite number of seconds, got inf"
    with pytest.raises(ValueError) as refused:
        durations.clock(5, digits="0123")
    assert str(refused.value) == "a locale has ten digits, got '0123'"


def test_an_unknown_stored_event_kind_is_refused_by_name() -> None:
    with pytest.raises(SessionError) as refused:
        event_from_dict({"kind": "tea_break", "at": 1.0})
    assert str(refused.value) == "unknown event kind 'tea_break'"


def test_the_fake_clock_refuses_by_name_and_snap_takes_its_own_epsilon() -> None:
    with pytest.raises(ValueError) as refused:
        FakeClock(math.nan)
    assert str(refused.value) == "start must be finite, got nan"
    with pytest.raises(ValueError) as refused:
        FakeClock().advance(-1)
    assert str(refused.value) == "a clock only moves forward; got advance(-1)"
    assert snap(SNAP_EPSILON) == 0.0
