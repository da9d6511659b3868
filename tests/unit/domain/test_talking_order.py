"""Talking order: rounds and the raise-hand queue."""

from __future__ import annotations

import random

import pytest

from facilitator_desktop.domain.clock import FakeClock
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
    TurnStarted,
)
from facilitator_desktop.domain.talk_state import TalkingOrderError, Turn
from facilitator_desktop.domain.talking_order import TalkingOrder

#: member id -> seat
SEATS = {10: 1, 11: 2, 12: 3, 13: 4, 14: 5, 15: 6}


def make(
    present: list[int], mode: str = "round", **kwargs: object
) -> tuple[FakeClock, TalkingOrder]:
    clock = FakeClock()
    talk = TalkingOrder(clock, SEATS, **kwargs)  # type: ignore[arg-type]
    talk.set_present(present)
    talk.enter_segment(0, mode)  # type: ignore[arg-type]
    return clock, talk


def waiting(talk: TalkingOrder) -> tuple[int, ...]:
    """The waiting order (a call, so that type checkers do not narrow it between asserts)."""
    return talk.order


def stats(talk: TalkingOrder) -> dict[int, tuple[float, int, int]]:
    return {s.member_id: (s.seconds, s.turns, s.passes) for s in talk.airtime()}


# ----------------------------------------------------------------------------- rounds


def test_round_in_seat_order_with_pass_and_come_back_later() -> None:
    clock, talk = make([10, 11, 12, 14])  # 13 and 15 are absent

    assert talk.start_round(12) == (RoundStarted(at=0.0, order=(12, 14, 10, 11)),)
    assert (talk.up_next, talk.speaker, talk.round_started) == (12, None, True)
    assert not talk.round_finished

    clock.advance(2)
    assert talk.next_speaker() == (TurnStarted(at=2.0, member_id=12),)
    clock.advance(40)
    assert talk.next_speaker() == (
        TurnEnded(at=42.0, member_id=12, passed=False),
        TurnStarted(at=42.0, member_id=14),
    )
    clock.advance(3)
    assert talk.can_come_back_later
    assert talk.come_back_later() == (
        TurnDeferred(at=45.0, member_id=14),
        TurnStarted(at=45.0, member_id=10),
    )
    assert waiting(talk) == (11, 14)
    clock.advance(4)
    assert talk.pass_turn() == (
        TurnEnded(at=49.0, member_id=10, passed=True),
        TurnStarted(at=49.0, member_id=11),
    )
    clock.advance(30)
    assert talk.next_speaker() == (
        TurnEnded(at=79.0, member_id=11, passed=False),
        TurnStarted(at=79.0, member_id=14),
    )
    assert not talk.can_come_back_later  # nobody else is waiting
    with pytest.raises(TalkingOrderError):
        talk.come_back_later()
    clock.advance(50)
    assert talk.next_speaker() == (TurnEnded(at=129.0, member_id=14, passed=False),)
    assert talk.round_finished
    assert talk.next_speaker() == ()  # N at the end of a round does nothing
    with pytest.raises(TalkingOrderError):
        talk.pass_turn()

    assert talk.round_done == (12, 10, 11, 14)
    assert talk.turns == (
        Turn(12, 0, 2.0, 42.0, passed=False),
        Turn(10, 0, 45.0, 49.0, passed=True),
        Turn(11, 0, 49.0, 79.0, passed=False),
        Turn(14, 0, 79.0, 129.0, passed=False),
    )
    assert [t.duration for t in talk.turns] == [40, 4, 30, 50]
    # The 3 s before "come back later" are not airtime; the pass is not airtime either.
    assert stats(talk) == {10: (0, 0, 1), 11: (30, 1, 0), 12: (40, 1, 0), 14: (50, 1, 0)}
    shares = {s.member_id: s.share for s in talk.airtime()}
    assert shares == {10: 0, 11: 0.25, 12: 40 / 120, 14: 50 / 120}


def test_random_first_member_comes_from_the_injected_rng() -> None:
    present = [10, 11, 12, 14]
    expected_first = random.Random(5).choice(present)  # seat order
    _clock, talk = make(present, rng=random.Random(5))
    (event,) = talk.start_round()
    assert isinstance(event, RoundStarted)
    at = present.index(expected_first)
    assert event.order == tuple(present[at:] + present[:at])


def test_next_on_an_unstarted_round_starts_it_and_calls_the_first_member() -> None:
    _clock, talk = make([11, 12], rng=random.Random(1))
    first = random.Random(1).choice([11, 12])
    other = 12 if first == 11 else 11
    assert talk.next_speaker() == (
        RoundStarted(at=0.0, order=(first, other)),
        TurnStarted(at=0.0, member_id=first),
    )


def test_pass_when_nobody_speaks_is_the_pass_of_the_member_up_next() -> None:
    clock, talk = make([10, 11, 12])
    talk.start_round(10)
    clock.advance(5)
    assert talk.pass_turn() == (
        TurnStarted(at=5.0, member_id=10),
        TurnEnded(at=5.0, member_id=10, passed=True),
        TurnStarted(at=5.0, member_id=11),
    )
    assert talk.turns == (Turn(10, 0, 5.0, 5.0, passed=True),)
    clock.advance(1)
    assert talk.pass_turn() == (
        TurnEnded(at=6.0, member_id=11, passed=True),
        TurnStarted(at=6.0, member_id=12),
    )
    clock.advance(1)
    assert talk.pass_turn() == (TurnEnded(at=7.0, member_id=12, passed=True),)
    assert talk.round_finished
    assert stats(talk) == {10: (0, 0, 1), 11: (0, 0, 1), 12: (0, 0, 1)}
    assert all(s.share == 0 for s in talk.airtime())  # nobody spoke: no shares


def test_late_arrivals_join_at_their_seat_if_not_yet_reached_else_at_the_end() -> None:
    clock, talk = make([10, 11, 12, 14])  # seats 1, 2, 3, 5
    talk.start_round(12)  # 12, 14, 10, 11
    talk.next_speaker()  # 12 speaks
    # 13 sits at seat 4, after 12 (speaking) and before 14: not yet reached.
    assert talk.arrive(13) == (
        MemberArrived(at=0.0, member_id=13, seat=None),
        RoundJoined(at=0.0, member_id=13, position=0),
    )
    assert waiting(talk) == (13, 14, 10, 11)
    clock.advance(10)
    talk.next_speaker()  # 13
    talk.next_speaker()  # 14 (seat 5)
    # 15 sits at seat 6: still ahead of the wrap-around to seat 1.
    assert talk.arrive(15) == (
        MemberArrived(at=10.0, member_id=15, seat=None),
        RoundJoined(at=10.0, member_id=15, position=0),
    )
    assert waiting(talk) == (15, 10, 11)
    # A guest takes seat 3 (12's neighbourhood, already passed): at the end of the round.
    assert talk.arrive(16, seat=3) == (
        MemberArrived(at=10.0, member_id=16, seat=3),
        RoundJoined(at=10.0, member_id=16, position=None),
    )
    assert waiting(talk) == (15, 10, 11, 16)
    # 12 already spoke: leaving and coming back does not add them again.
    assert talk.leave(12) == (MemberLeft(at=10.0, member_id=12),)
    assert talk.arrive(12) == (MemberArrived(at=10.0, member_id=12, seat=None),)
    assert waiting(talk) == (15, 10, 11, 16)
    # Arriving again changes nothing.
    assert talk.arrive(12) == ()


def test_arrival_before_the_round_starts_is_just_presence() -> None:
    _clock, talk = make([10, 12])
    assert talk.arrive(11) == (MemberArrived(at=0.0, member_id=11, seat=None),)
    talk.start_round(10)
    assert waiting(talk) == (10, 11, 12)


def test_leaving_ends_the_live_turn_and_leaves_every_order() -> None:
    clock, talk = make([10, 11, 12])
    talk.start_round(10)
    talk.next_speaker()
    clock.advance(12)
    assert talk.leave(10) == (
        TurnEnded(at=12.0, member_id=10, passed=False),
        MemberLeft(at=12.0, member_id=10),
    )
    assert talk.speaker is None
    assert talk.turns[-1].duration == 12
    assert talk.leave(12) == (MemberLeft(at=12.0, member_id=12),)
    assert waiting(talk) == (11,)
    assert talk.present == (11,)
    assert talk.leave(12) == ()  # not present any more


def test_set_present_leaves_then_arrives_in_seat_order() -> None:
    _clock, talk = make([10, 11])
    assert talk.set_present([14, 11, 12]) == (
        MemberLeft(at=0.0, member_id=10),
        MemberArrived(at=0.0, member_id=12, seat=None),
        MemberArrived(at=0.0, member_id=14, seat=None),
    )
    assert talk.present == (11, 12, 14)
    with pytest.raises(TalkingOrderError):
        talk.set_present([99])  # no seat: unknown member
    assert talk.present == (11, 12, 14)


def test_each_segment_keeps_its_own_round_or_queue() -> None:
    _clock, talk = make([10, 11, 12])
    talk.start_round(11)
    talk.next_speaker()
    talk.end_turn()
    talk.enter_segment(1, "open")
    assert talk.mode == "open" and waiting(talk) == ()
    talk.raise_hand(12)
    talk.enter_segment(0, "round")
    assert waiting(talk) == (12, 10) and talk.round_done == (11,)
    talk.enter_segment(1, "open")
    assert waiting(talk) == (12,)


def test_round_operations_are_refused_outside_rounds_and_segments() -> None:
    clock = FakeClock()
    talk = TalkingOrder(clock, SEATS)
    talk.set_present([10, 11])
    with pytest.raises(TalkingOrderError):
        talk.next_speaker()  # no segment yet
    talk.enter_segment(0, "open")
    with pytest.raises(TalkingOrderError):
        talk.start_round()
    with pytest.raises(TalkingOrderError):
        talk.come_back_later()
    talk.enter_segment(1, "round")
    with pytest.raises(TalkingOrderError):
        talk.raise_hand(10)
    with pytest.raises(TalkingOrderError):
        talk.start_round(12)  # not present
    empty = TalkingOrder(clock, SEATS)
    empty.enter_segment(0, "round")
    assert empty.next_speaker() == ()
    with pytest.raises(TalkingOrderError):
        empty.start_round()


# ----------------------------------------------------------------------------- queue


def test_raise_hand_queue_remove_move_and_next() -> None:
    clock, talk = make([10, 11, 12, 14], mode="open")
    assert talk.raise_hand(11) == (HandRaised(at=0.0, member_id=11, index=0),)
    talk.raise_hand(12)
    talk.raise_hand(10)
    assert talk.raise_hand(12) == ()  # no duplicates
    assert waiting(talk) == (11, 12, 10)
    assert talk.up_next == 11

    assert talk.next_speaker() == (TurnStarted(at=0.0, member_id=11),)
    # the current speaker queues again
    assert talk.raise_hand(11) == (HandRaised(at=0.0, member_id=11, index=2),)
    assert talk.remove(12) == (RemovedFromOrder(at=0.0, member_id=12),)
    assert waiting(talk) == (10, 11)
    assert talk.move(11, 0) == (QueueReordered(at=0.0, order=(11, 10)),)
    assert talk.move(11, 0) == ()
    clock.advance(20)
    assert talk.next_speaker() == (
        TurnEnded(at=20.0, member_id=11, passed=False),
        TurnStarted(at=20.0, member_id=11),
    )
    clock.advance(5)
    assert talk.pass_turn() == (
        TurnEnded(at=25.0, member_id=11, passed=True),
        TurnStarted(at=25.0, member_id=10),
    )
    clock.advance(7)
    assert talk.next_speaker() == (TurnEnded(at=32.0, member_id=10, passed=False),)
    assert talk.next_speaker() == ()
    with pytest.raises(TalkingOrderError):
        talk.pass_turn()  # nobody speaking in open mode

    assert stats(talk) == {10: (7, 1, 0), 11: (20, 1, 1), 12: (0, 0, 0), 14: (0, 0, 0)}

    with pytest.raises(TalkingOrderError):
        talk.raise_hand(13)  # not present
    with pytest.raises(TalkingOrderError):
        talk.remove(10)  # not queued
    talk.raise_hand(10)
    with pytest.raises(TalkingOrderError):
        talk.move(10, 1)  # no such position
    with pytest.raises(TalkingOrderError):
        talk.move(12, 0)  # not queued


def _history(talk: TalkingOrder, clock: FakeClock, turns: list[tuple[int, float]]) -> None:
    for member_id, seconds in turns:
        talk.raise_hand(member_id)
        talk.next_speaker()
        clock.advance(seconds)
        talk.end_turn()


def test_fewer_turns_first_inserts_by_turns_then_airtime_stable() -> None:
    clock, talk = make([10, 11, 12, 13, 14], mode="open", fewer_turns_first=True)
    _history(talk, clock, [(10, 10), (10, 10), (11, 100), (12, 30), (13, 30)])
    # turns/airtime: 10: 2/20, 11: 1/100, 12: 1/30, 13: 1/30, 14: 0/0
    assert talk.raise_hand(10) == (HandRaised(at=180.0, member_id=10, index=0),)
    # 1 turn < 2 turns
    assert talk.raise_hand(11) == (HandRaised(at=180.0, member_id=11, index=0),)
    # same turns, less airtime
    assert talk.raise_hand(12) == (HandRaised(at=180.0, member_id=12, index=0),)
    # ties with 12: after it (stable)
    assert talk.raise_hand(13) == (HandRaised(at=180.0, member_id=13, index=1),)
    # never spoke
    assert talk.raise_hand(14) == (HandRaised(at=180.0, member_id=14, index=0),)
    assert waiting(talk) == (14, 12, 13, 11, 10)
    # Manual moves are respected; the policy only decides where a new hand goes.
    talk.move(10, 0)
    assert waiting(talk) == (10, 14, 12, 13, 11)


def test_fewer_turns_first_counts_the_live_turn() -> None:
    clock, talk = make([10, 11], mode="open", fewer_turns_first=True)
    _history(talk, clock, [(11, 5)])
    talk.raise_hand(10)
    talk.next_speaker()  # 10 speaks: their live turn counts (1 turn, growing airtime)
    clock.advance(6)
    talk.raise_hand(11)  # 11: 1 turn, 5 s
    # 10: 1 turn, 6 s live: after 11
    assert talk.raise_hand(10) == (HandRaised(at=11.0, member_id=10, index=1),)


def test_switching_fewer_turns_first_on_resorts_the_queue_once() -> None:
    clock, talk = make([10, 11, 12, 14], mode="open")
    _history(talk, clock, [(10, 10), (10, 10), (11, 100), (12, 30)])
    for member_id in (10, 11, 12, 14):
        talk.raise_hand(member_id)
    assert waiting(talk) == (10, 11, 12, 14)
    assert talk.set_fewer_turns_first(True) == (
        QueuePolicyChanged(at=150.0, fewer_turns_first=True),
        QueueReordered(at=150.0, order=(14, 12, 11, 10)),
    )
    assert talk.set_fewer_turns_first(True) == ()
    assert talk.set_fewer_turns_first(False) == (
        QueuePolicyChanged(at=150.0, fewer_turns_first=False),
    )
    assert waiting(talk) == (14, 12, 11, 10)
