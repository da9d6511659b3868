"""Talk events applied where they do not fit (a stored log that went wrong) and owner
controls out of turn: refused word for word, state unchanged. Arrivals in seat order and a
seat given again; a turn that ends while held counts every pause."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.talk_events import (
    HandRaised,
    MemberArrived,
    RemovedFromOrder,
    RoundStarted,
    TurnDeferred,
    TurnStarted,
)
from facilitator_desktop.domain.talk_state import TalkingOrderError
from facilitator_desktop.domain.talking_order import TalkingOrder

#: Seats in another order than the ids.
SEATS = {1: 4, 2: 2, 3: 3, 4: 1}


def talk_in(mode: str | None, present: list[int] | None = None) -> tuple[FakeClock, TalkingOrder]:
    clock = FakeClock()
    talk = TalkingOrder(clock, SEATS)
    talk.set_present(present if present is not None else [1, 2, 3])
    if mode is not None:
        talk.enter_segment(0, mode)  # type: ignore[arg-type]
    return clock, talk


def refused(talk: TalkingOrder, action: Callable[[], object], message: str) -> None:
    before = (talk.order, talk.speaker, talk.turns, talk.present, talk.held)
    with pytest.raises(TalkingOrderError) as caught:
        action()
    assert str(caught.value) == message
    assert (talk.order, talk.speaker, talk.turns, talk.present, talk.held) == before


def test_events_with_no_segment_running() -> None:
    _, talk = talk_in(None)
    refused(
        talk,
        lambda: talk.apply(TurnStarted(at=0.0, member_id=1)),
        "cannot start a turn: no segment is running",
    )
    refused(
        talk,
        lambda: talk.apply(RemovedFromOrder(at=0.0, member_id=1)),
        "cannot remove a member from the order: no segment is running",
    )


def test_round_events_in_an_open_discussion_and_queue_events_in_a_round() -> None:
    _, open_talk = talk_in("open")
    refused(
        open_talk,
        lambda: open_talk.apply(RoundStarted(at=0.0, order=(1,))),
        "cannot start a round: the current segment is not a round",
    )
    refused(
        open_talk,
        lambda: open_talk.apply(TurnDeferred(at=0.0, member_id=1)),
        "cannot come back later: the current segment is not a round",
    )
    _, round_talk = talk_in("round")
    refused(
        round_talk,
        lambda: round_talk.apply(HandRaised(at=0.0, member_id=1, index=0)),
        "cannot raise a hand: the current segment is not an open discussion",
    )


def test_a_round_needs_distinct_members_and_no_turn_running() -> None:
    _, talk = talk_in("round")
    for order in ((), (1, 1)):
        refused(
            talk,
            lambda order=order: talk.apply(RoundStarted(at=0.0, order=order)),
            "a round needs distinct members",
        )
    talk.start_round(1)
    talk.next_speaker()
    refused(
        talk,
        lambda: talk.apply(RoundStarted(at=0.0, order=(2, 3))),
        "end the current turn before starting a round",
    )
    refused(
        talk,
        lambda: talk.apply(TurnStarted(at=0.0, member_id=2)),
        "a turn is already running",
    )
    refused(
        talk,
        lambda: talk.enter_segment(1, "open"),
        "end the current turn before changing segment",
    )


def test_a_hand_raised_twice_or_out_of_the_queue_is_refused() -> None:
    _, talk = talk_in("open")
    talk.raise_hand(1)
    refused(
        talk,
        lambda: talk.apply(HandRaised(at=0.0, member_id=1, index=0)),
        "member 1 is already queued",
    )
    refused(
        talk,
        lambda: talk.apply(HandRaised(at=0.0, member_id=2, index=5)),
        "no queue position 5",
    )


def test_owner_controls_out_of_turn() -> None:
    _, talk = talk_in("round")
    refused(talk, lambda: talk.enter_segment(1, "closed"), "unknown mode 'closed'")  # type: ignore[arg-type]
    talk.hold()
    refused(talk, talk.hold, "already held")


def test_a_seat_must_be_a_whole_number_wherever_it_comes_from() -> None:
    with pytest.raises(TalkingOrderError) as caught:
        TalkingOrder(FakeClock(), {1: "x"})  # type: ignore[dict-item]
    assert str(caught.value) == "seat must be an int, got 'x'"
    _, talk = talk_in("round")
    refused(talk, lambda: talk.arrive(4, seat="x"), "seat must be an int, got 'x'")  # type: ignore[arg-type]
    refused(
        talk,
        lambda: talk.apply(MemberArrived(at=0.0, member_id=4, seat="x")),  # type: ignore[arg-type]
        "seat must be an int, got 'x'",
    )


def test_arrivals_are_in_seat_order_and_a_seat_given_again_changes_nothing() -> None:
    _, talk = talk_in(None, present=[])
    assert [e.member_id for e in talk.set_present([1, 2, 3, 4])] == [4, 2, 3, 1]  # type: ignore[attr-defined]
    assert talk.arrive(2, seat=2) == ()
    assert talk.arrive(2, seat=9) == (MemberArrived(at=0.0, member_id=2, seat=9),)


def test_a_turn_ending_while_held_counts_every_pause() -> None:
    clock, talk = talk_in("round")
    talk.start_round(1)
    talk.next_speaker()
    clock.advance(10)
    talk.hold()
    clock.advance(5)
    talk.release()
    clock.advance(10)
    talk.hold()
    clock.advance(7)
    talk.end_turn()
    assert (talk.turns[-1].paused_seconds, talk.turns[-1].duration) == (12.0, 20.0)
