"""Talking order: what each command says when it cannot be done (word for word, and
nothing changes), a pass on a round nobody started, and the reads with nobody speaking."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.talk_events import (
    MemberLeft,
    RoundStarted,
    TalkEvent,
    TurnEnded,
    TurnStarted,
)
from facilitator_desktop.domain.talk_state import TalkingOrderError
from facilitator_desktop.domain.talking_order import TalkingOrder

#: member id -> seat; ids and seats in different orders, so seat order is visible.
SEATS = {10: 3, 11: 1, 12: 2, 13: 4}


def make(present: list[int], mode: str | None = "round") -> tuple[FakeClock, TalkingOrder]:
    clock = FakeClock()
    talk = TalkingOrder(clock, SEATS)
    talk.set_present(present)
    if mode is not None:
        talk.enter_segment(0, mode)  # type: ignore[arg-type]
    return clock, talk


def refused(talk: TalkingOrder, command: Callable[[], object], message: str) -> None:
    before = (talk.order, talk.speaker, talk.turns, talk.present)
    with pytest.raises(TalkingOrderError) as caught:
        command()
    assert str(caught.value) == message
    assert (talk.order, talk.speaker, talk.turns, talk.present) == before


def test_with_no_segment_running_each_command_names_itself() -> None:
    _, talk = make([10, 11], mode=None)
    cases: dict[str, Callable[[], object]] = {
        "cannot start a round: no segment is running": talk.start_round,
        "cannot call the next speaker: no segment is running": talk.next_speaker,
        "cannot record a pass: no segment is running": talk.pass_turn,
        "cannot come back later: no segment is running": talk.come_back_later,
        "cannot go back to the previous speaker: no segment is running": (talk.previous_speaker),
        "cannot raise a hand: no segment is running": lambda: talk.raise_hand(10),
        "cannot remove a member from the order: no segment is running": lambda: talk.remove(10),
        "cannot reorder the queue: no segment is running": lambda: talk.move(10, 0),
    }
    for message, command in cases.items():
        refused(talk, command, message)


def test_round_commands_in_an_open_discussion_and_queue_commands_in_a_round() -> None:
    _, open_talk = make([10, 11], mode="open")
    refused(
        open_talk,
        open_talk.start_round,
        "cannot start a round: the current segment is not a round",
    )
    refused(
        open_talk,
        open_talk.come_back_later,
        "cannot come back later: the current segment is not a round",
    )
    _, round_talk = make([10, 11])
    refused(
        round_talk,
        lambda: round_talk.raise_hand(10),
        "cannot raise a hand: the current segment is not an open discussion",
    )
    refused(
        round_talk,
        lambda: round_talk.move(10, 0),
        "cannot reorder the queue: the current segment is not an open discussion",
    )


def test_a_pass_in_an_open_discussion_needs_a_speaker() -> None:
    _, talk = make([10, 11], mode="open")
    talk.raise_hand(10)
    refused(talk, talk.pass_turn, "nobody is speaking")


def test_a_pass_on_a_round_nobody_started_starts_it_and_passes_the_first() -> None:
    clock, talk = make([10, 11, 12])
    clock.advance(4)
    events = talk.pass_turn()
    assert isinstance(events[0], RoundStarted)
    order = events[0].order
    # Seat order (11, 12, 10) from a random first member.
    assert order in ((11, 12, 10), (12, 10, 11), (10, 11, 12))
    assert events == (
        RoundStarted(at=4.0, order=order),
        TurnStarted(at=4.0, member_id=order[0]),
        TurnEnded(at=4.0, member_id=order[0], passed=True),
        TurnStarted(at=4.0, member_id=order[1]),
    )
    assert talk.speaker == order[1]


def test_a_pass_with_nobody_present_or_nobody_left_is_refused_by_name() -> None:
    _, empty = make([])
    refused(empty, empty.pass_turn, "nobody is present")
    _, talk = make([10, 11])
    talk.start_round(11)
    talk.pass_turn()  # 11 passes, 10 speaks
    talk.pass_turn()  # 10 passes: the round is done
    refused(talk, talk.pass_turn, "nobody's turn to pass: the round is finished")


def test_come_back_later_needs_a_speaker_and_someone_after_them() -> None:
    _, talk = make([10, 11])
    talk.start_round(11)
    refused(talk, talk.come_back_later, "nobody is speaking")
    talk.next_speaker()  # 11
    talk.next_speaker()  # 10, the last one
    refused(talk, talk.come_back_later, "nobody else is waiting in this round")


def test_back_with_nobody_before_is_refused_by_name() -> None:
    _, talk = make([10, 11])
    talk.start_round(11)
    talk.next_speaker()
    refused(talk, talk.previous_speaker, "nobody has spoken before in this segment")


def test_queue_edits_name_the_member_or_position_at_fault() -> None:
    _, talk = make([10, 11, 12], mode="open")
    talk.raise_hand(10)
    talk.raise_hand(11)
    refused(talk, lambda: talk.remove(12), "member 12 is not waiting")
    refused(talk, lambda: talk.move(12, 0), "member 12 is not in the queue")
    refused(talk, lambda: talk.move(10, 2), "no queue position 2")
    refused(talk, lambda: talk.move(10, -1), "no queue position -1")
    refused(talk, lambda: talk.move(10, 1.5), "queue index must be an int, got 1.5")  # type: ignore[arg-type]
    refused(talk, lambda: talk.move(10, True), "queue index must be an int, got True")  # type: ignore[arg-type]


def test_the_segment_cannot_be_left_while_someone_speaks() -> None:
    _, talk = make([10, 11])
    talk.start_round(11)
    talk.next_speaker()
    with pytest.raises(TalkingOrderError) as caught:
        talk.leave_segment()
    assert str(caught.value) == "end the current turn before leaving the segment"
    assert talk.segment_index == 0


def test_restarting_a_round_ends_the_live_turn_as_spoken_not_passed() -> None:
    clock, talk = make([10, 11])
    talk.start_round(11)
    talk.next_speaker()
    clock.advance(30)
    assert talk.start_round(10) == (
        TurnEnded(at=30.0, member_id=11, passed=False),
        RoundStarted(at=30.0, order=(10, 11)),
    )


def test_a_turn_ended_as_a_pass_is_recorded_as_a_pass() -> None:
    clock, talk = make([10, 11])
    talk.start_round(11)
    talk.next_speaker()
    clock.advance(3)
    assert talk.end_turn(passed=True) == (TurnEnded(at=3.0, member_id=11, passed=True),)


def test_leaving_together_is_recorded_in_seat_order() -> None:
    _, talk = make([10, 11, 12, 13])
    events: tuple[TalkEvent, ...] = talk.set_present([])
    assert events == (
        MemberLeft(at=0.0, member_id=11),
        MemberLeft(at=0.0, member_id=12),
        MemberLeft(at=0.0, member_id=10),
        MemberLeft(at=0.0, member_id=13),
    )


def test_reads_with_nobody_speaking() -> None:
    _, talk = make([10, 11])
    assert talk.speaking_seconds() == 0.0
    assert talk.is_present(10)
    assert not talk.is_present(12)
