"""Talk events read back from a stored log: each one that does not fit the state is
refused word for word and changes nothing; and two pauses in one turn both count."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.talk_events import (
    MemberLeft,
    RemovedFromOrder,
    RoundJoined,
    TalkEvent,
    TurnReturned,
)
from facilitator_desktop.domain.talk_state import TalkingOrderError
from facilitator_desktop.domain.talking_order import TalkingOrder

SEATS = {1: 1, 2: 2, 3: 3, 4: 4}


def talk_in(mode: str | None, present: list[int]) -> tuple[FakeClock, TalkingOrder]:
    clock = FakeClock()
    talk = TalkingOrder(clock, SEATS)
    talk.set_present(present)
    if mode is not None:
        talk.enter_segment(0, mode)  # type: ignore[arg-type]
    return clock, talk


def refused(talk: TalkingOrder, event: TalkEvent, message: str) -> None:
    before = (talk.order, talk.speaker, talk.turns, talk.present)
    with pytest.raises(TalkingOrderError) as caught:
        talk.apply(event)
    assert str(caught.value) == message
    assert (talk.order, talk.speaker, talk.turns, talk.present) == before


def test_a_turn_returned_to_its_own_speaker_is_refused() -> None:
    _, talk = talk_in("round", [1, 2])
    talk.start_round(1)
    talk.next_speaker()
    refused(
        talk,
        TurnReturned(at=0.0, member_id=1, to_member_id=1),
        "a turn cannot return to its own speaker",
    )


def test_joining_a_round_that_cannot_take_the_member_is_refused() -> None:
    _, open_talk = talk_in("open", [1, 2])
    refused(
        open_talk,
        RoundJoined(at=0.0, member_id=1, position=None),
        "cannot join a round: the current segment is not a round",
    )
    _, talk = talk_in("round", [1, 2, 3])
    refused(talk, RoundJoined(at=0.0, member_id=3, position=None), "the round has not started")
    talk.start_round(1)
    talk.next_speaker()  # 1
    talk.come_back_later()  # 1 waits at the end; 2 speaks
    assert talk.order == (3, 1)
    refused(
        talk, RoundJoined(at=0.0, member_id=1, position=None), "member 1 is already in the round"
    )
    refused(talk, RoundJoined(at=0.0, member_id=3, position=0), "member 3 is already in the round")
    talk.remove(3)
    refused(talk, RoundJoined(at=0.0, member_id=3, position=2), "no round position 2")


def test_removing_from_a_round_takes_the_member_out_and_only_a_waiting_one() -> None:
    _, talk = talk_in("round", [1, 2, 3])
    talk.start_round(1)
    assert talk.remove(2) == (RemovedFromOrder(at=0.0, member_id=2),)
    assert talk.order == (1, 3)
    refused(talk, RemovedFromOrder(at=0.0, member_id=2), "member 2 is not waiting")


def test_a_speaker_cannot_leave_before_their_turn_ends() -> None:
    _, talk = talk_in("round", [1, 2])
    talk.start_round(1)
    talk.next_speaker()
    refused(talk, MemberLeft(at=0.0, member_id=1), "end the member's turn before they leave")


def test_release_needs_a_hold_and_two_pauses_in_one_turn_both_count() -> None:
    clock, talk = talk_in("round", [1, 2])
    with pytest.raises(TalkingOrderError) as caught:
        talk.release()
    assert str(caught.value) == "not held"
    talk.start_round(1)
    talk.next_speaker()
    for _ in range(2):
        clock.advance(10)
        talk.hold()
        clock.advance(5)
        talk.release()
    clock.advance(10)
    talk.end_turn()
    assert talk.turns[-1].paused_seconds == 10.0
    assert talk.turns[-1].duration == 30.0


def test_ending_a_turn_as_a_pass_through_the_flag() -> None:
    _, talk = talk_in("round", [1, 2])
    talk.start_round(1)
    talk.next_speaker()
    assert talk.end_turn(True)[0].passed is True  # type: ignore[attr-defined]
