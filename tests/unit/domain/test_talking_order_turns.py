"""Talking order: turns and airtime over pauses, the speaker cue, replaying the returned events,
and going back a turn (a clicker's back button).
"""

from __future__ import annotations

import math
import random

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.talk_events import (
    HandRaised,
    MemberArrived,
    MemberLeft,
    QueueReordered,
    RemovedFromOrder,
    RoundJoined,
    TalkEvent,
    TurnDeferred,
    TurnEnded,
    TurnReturned,
    TurnStarted,
)
from facilitator_desktop.domain.talk_reads import speaker_cue
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


# ----------------------------------------------------------------------------- time, airtime


def test_a_turn_excludes_session_pauses() -> None:
    clock, talk = make([10, 11], mode="open")
    talk.raise_hand(10)
    talk.next_speaker()  # t=0
    clock.advance(10)
    talk.hold()
    clock.advance(20)
    assert talk.speaking_seconds() == 10
    talk.release()
    clock.advance(5)
    assert talk.speaking_seconds() == 15
    talk.end_turn()
    assert talk.turns[-1] == Turn(10, 0, 0.0, 35.0, passed=False, paused_seconds=20.0)
    assert talk.turns[-1].duration == 15

    talk.hold()  # a turn started while paused counts from the resume
    talk.raise_hand(11)
    talk.next_speaker()
    clock.advance(7)
    talk.release()
    clock.advance(3)
    talk.end_turn()
    assert talk.turns[-1].duration == 3
    with pytest.raises(TalkingOrderError):
        talk.release()


def test_airtime_includes_the_live_speaker_and_shares_sum_to_one() -> None:
    rng = random.Random(3)
    clock, talk = make([10, 11, 12, 13, 14], mode="open")
    expected = dict.fromkeys((10, 11, 12, 13, 14), 0.0)
    for _ in range(40):
        member_id = rng.choice(list(expected))
        talk.raise_hand(member_id)
        talk.next_speaker()
        seconds = rng.randint(1, 4000) / 8  # exact in binary
        clock.advance(seconds)
        expected[member_id] += seconds
        talk.next_speaker()
    talk.raise_hand(12)
    talk.next_speaker()
    clock.advance(33.25)
    expected[12] += 33.25  # the live turn counts

    airtime = talk.airtime()
    assert {s.member_id: s.seconds for s in airtime} == expected
    total = sum(expected.values())
    for s in airtime:
        assert s.share == s.seconds / total
    assert math.fsum(s.share for s in airtime) == pytest.approx(1.0, abs=1e-12)
    snap = talk.snapshot()
    assert snap.speaker is not None and snap.speaker.speaking_seconds == 33.25
    assert snap.speaker.speaking_text == "00:33"


@pytest.mark.parametrize(
    ("seconds", "limit", "cue"),
    [
        (0, 3, "ok"),
        (134.9, 3, "ok"),
        (135, 3, "amber"),  # 75 % of 180 s
        (180.9, 3, "amber"),  # shows 03:00: not over yet
        (181, 3, "red"),
        (67.9, 1.5, "ok"),  # 75 % of 90 s = 67.5: shown 01:07
        (68, 1.5, "amber"),
        (5000, None, "ok"),
        (5000, 0, "ok"),
    ],
)
def test_speaker_cue(seconds: float, limit: float | None, cue: str) -> None:
    assert speaker_cue(seconds, limit) == cue


def test_snapshot_cue_follows_the_soft_limit() -> None:
    clock, talk = make([10], mode="open", soft_limit_minutes=2)
    talk.raise_hand(10)
    talk.next_speaker()
    clock.advance(90)
    snap = talk.snapshot()
    assert snap.speaker is not None and snap.speaker.cue == "amber"
    talk.soft_limit_minutes = 1
    snap = talk.snapshot()
    assert snap.speaker is not None and snap.speaker.cue == "red"


# ----------------------------------------------------------------------------- steps replay


def test_applying_the_returned_events_rebuilds_the_same_state() -> None:
    clock = FakeClock()
    talk = TalkingOrder(clock, SEATS, rng=random.Random(9), fewer_turns_first=True)
    log: list[tuple[TalkEvent, ...] | tuple[int, str]] = []

    def enter(index: int, mode: str) -> None:
        talk.enter_segment(index, mode)  # type: ignore[arg-type]
        log.append((index, mode))

    log.append(talk.set_present([10, 11, 12, 14]))
    enter(0, "round")
    log.append(talk.next_speaker())
    clock.advance(31.5)
    log.append(talk.come_back_later())
    clock.advance(12)
    log.append(talk.pass_turn())
    log.append(talk.arrive(13))
    clock.advance(44)
    log.append(talk.next_speaker())
    clock.advance(9)
    log.append(talk.end_turn())
    enter(1, "open")
    for member_id in (12, 10, 14):
        log.append(talk.raise_hand(member_id))
    log.append(talk.next_speaker())
    clock.advance(3)
    log.append(talk.move(14, 1))
    log.append(talk.leave(10))
    clock.advance(2.75)

    # Same construction, but no rng: the events carry the random outcome; and a clock that
    # stands still: the events carry their times.
    clock2 = FakeClock()
    copy = TalkingOrder(clock2, SEATS, fewer_turns_first=True)
    for entry in log:
        if len(entry) == 2 and isinstance(entry[1], str):
            copy.enter_segment(entry[0], entry[1])  # type: ignore[arg-type]
            continue
        for event in entry:
            assert isinstance(event, TalkEvent)
            copy.apply(event)
    clock2.advance(clock())
    assert copy.snapshot() == talk.snapshot()
    assert copy.turns == talk.turns and len(copy.turns) == 4


def test_apply_refuses_an_event_before_the_last_change() -> None:
    clock, talk = make([10, 11], mode="open")
    clock.advance(5)
    talk.raise_hand(10)
    with pytest.raises(TalkingOrderError, match="before the last change"):
        talk.apply(HandRaised(at=4.0, member_id=11, index=1))
    assert talk.order == (10,)


def test_apply_rejects_impossible_steps() -> None:
    _clock, talk = make([10, 11], mode="open")
    for event in (
        TurnEnded(at=0.0, member_id=10, passed=False),  # nobody speaks
        HandRaised(at=0.0, member_id=12, index=0),  # not present
        HandRaised(at=0.0, member_id=10, index=3),  # no such position
        QueueReordered(at=0.0, order=(10,)),  # not a permutation of the (empty) queue
        TurnDeferred(at=0.0, member_id=10),  # not a round
        RoundJoined(at=0.0, member_id=10, position=None),  # not a round
        RemovedFromOrder(at=0.0, member_id=11),  # not waiting
        MemberArrived(at=0.0, member_id=99, seat=None),  # unknown member
    ):
        with pytest.raises(TalkingOrderError):
            talk.apply(event)
    talk.apply(TurnStarted(at=0.0, member_id=10))
    with pytest.raises(TalkingOrderError):
        talk.apply(TurnStarted(at=0.0, member_id=11))  # one speaker at a time
    with pytest.raises(TalkingOrderError):
        talk.apply(MemberLeft(at=0.0, member_id=10))  # end the turn first
    with pytest.raises(TalkingOrderError):
        talk.enter_segment(1, "round")  # end the turn first


# ----------------------------------------------------------------------------- back (a clicker)


def test_back_in_a_round_returns_the_stray_turn_to_the_previous_member() -> None:
    clock, talk = make([10, 11, 12, 14])
    talk.start_round(10)
    talk.next_speaker()
    clock.advance(50)
    talk.next_speaker()  # 11 called by mistake
    clock.advance(3)
    assert talk.previous_member() == 10
    assert talk.previous_speaker() == (TurnReturned(at=53.0, member_id=11, to_member_id=10),)
    assert (talk.speaker, waiting(talk)) == (10, (11, 12, 14))
    assert [t.member_id for t in talk.turns] == [10]  # the stray turn left nothing
    assert stats(talk)[11] == (0.0, 0, 0)
    assert talk.speaking_seconds() == 3.0  # 10's time runs from the stray "next"
    clock.advance(20)
    talk.next_speaker()
    assert talk.speaker == 11
    assert talk.round_done == (10,)
    assert [(t.member_id, t.duration) for t in talk.turns] == [(10, 50.0), (10, 23.0)]
    # A late arrival between 10 and 11 still joins before 11: the round has not passed them.
    talk.previous_speaker()
    talk.arrive(13)
    assert waiting(talk) == (11, 12, 13, 14)


def test_back_twice_goes_one_further_and_with_nobody_speaking_calls_the_last() -> None:
    clock, talk = make([10, 11, 12])
    talk.start_round(10)
    talk.next_speaker()
    clock.advance(10)
    talk.next_speaker()
    clock.advance(10)
    talk.next_speaker()  # 12 speaks
    clock.advance(5)
    talk.previous_speaker()  # 11 again
    assert (talk.speaker, waiting(talk)) == (11, (12,))
    talk.previous_speaker()  # 10 again; 11 has spoken already and stays done
    assert (talk.speaker, waiting(talk)) == (10, (12,))
    assert talk.round_done == (10, 11)
    talk.end_turn()
    # nobody speaks: the last one again
    assert talk.previous_speaker() == (TurnStarted(at=25.0, member_id=10),)
    assert talk.speaker == 10


def test_back_in_the_queue_puts_the_stray_speaker_first_again() -> None:
    clock, talk = make([10, 11, 12], mode="open")
    for member_id in (10, 11, 12):
        talk.raise_hand(member_id)
    talk.next_speaker()
    clock.advance(40)
    talk.raise_hand(10)  # 10 asks to speak again later
    talk.next_speaker()  # 11
    assert talk.previous_speaker() == (TurnReturned(at=40.0, member_id=11, to_member_id=10),)
    assert (talk.speaker, waiting(talk)) == (10, (11, 12))  # 10 no longer waits twice


def test_back_is_refused_when_nobody_spoke_before_or_they_left() -> None:
    clock, talk = make([10, 11])
    with pytest.raises(TalkingOrderError, match="nobody has spoken before"):
        talk.previous_speaker()
    talk.start_round(10)
    talk.next_speaker()
    with pytest.raises(TalkingOrderError, match="nobody has spoken before"):
        talk.previous_speaker()  # 10 speaks, nobody before them
    clock.advance(5)
    talk.next_speaker()
    talk.leave(10)
    with pytest.raises(TalkingOrderError, match="not present"):
        talk.previous_speaker()
    assert talk.speaker == 11  # refused: nothing changed
    # A turn of another segment is not "before" in this one.
    talk.end_turn()
    talk.enter_segment(1, "open")
    with pytest.raises(TalkingOrderError, match="nobody has spoken before"):
        talk.previous_speaker()
    with pytest.raises(TalkingOrderError):
        talk.apply(TurnReturned(at=5.0, member_id=11, to_member_id=10))  # nobody speaks
    talk.apply(TurnStarted(at=5.0, member_id=11))
    with pytest.raises(TalkingOrderError):
        talk.apply(TurnReturned(at=5.0, member_id=11, to_member_id=11))  # not to themselves
    with pytest.raises(TalkingOrderError):
        talk.apply(TurnReturned(at=5.0, member_id=11, to_member_id=10))  # 10 has left
    assert talk.speaker == 11  # refused: nothing changed
