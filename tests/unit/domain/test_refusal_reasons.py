"""Refusals a person in the room can bring about carry a stable reason (and the member they
are about), which the interface words in the facilitator's language; the English message
is unchanged for logs and tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.domain.agenda_timer import AgendaTimer
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.refusal import Reason, Refusal
from facilitator_desktop.domain.session_events import SegmentChanged, SessionEnded
from facilitator_desktop.domain.session_state import SessionRunner
from facilitator_desktop.domain.talk_events import (
    HandRaised,
    MemberLeft,
    RemovedFromOrder,
    RoundJoined,
    RoundStarted,
    TurnEnded,
    TurnStarted,
)
from facilitator_desktop.domain.talking_order import TalkingOrder

SEATS = {10: 3, 11: 1, 12: 2, 13: 4}


def talk(present: list[int], mode: str | None = "round") -> TalkingOrder:
    order = TalkingOrder(FakeClock(), SEATS)
    order.set_present(present)
    if mode is not None:
        order.enter_segment(0, mode)  # type: ignore[arg-type]
    return order


def reason_of(command: Callable[[], object]) -> tuple[Reason | None, int | None]:
    with pytest.raises(Refusal) as caught:
        command()
    return caught.value.reason, caught.value.member_id


def test_talking_order_refusals_say_why_and_about_whom() -> None:
    nobody = talk([])
    assert reason_of(nobody.start_round) == (Reason.NOBODY_PRESENT, None)
    idle = talk([], mode=None)
    assert reason_of(idle.next_speaker) == (Reason.NO_SEGMENT, None)
    in_round = talk([10, 11])
    assert reason_of(lambda: in_round.raise_hand(10)) == (Reason.NOT_OPEN, None)
    assert reason_of(lambda: in_round.start_round(12)) == (Reason.NOT_PRESENT, 12)
    in_round.start_round(10)
    in_round.next_speaker()
    assert reason_of(lambda: in_round.enter_segment(1, "open")) == (Reason.TURN_RUNNING, None)
    open_talk = talk([10, 11], mode="open")
    assert reason_of(open_talk.pass_turn) == (Reason.NOBODY_SPEAKING, None)
    assert reason_of(open_talk.come_back_later) == (Reason.NOT_A_ROUND, None)
    assert reason_of(lambda: open_talk.raise_hand(12)) == (Reason.NOT_PRESENT, 12)
    assert reason_of(lambda: open_talk.remove(11)) == (Reason.NOT_WAITING, 11)
    assert reason_of(lambda: open_talk.move(11, 0)) == (Reason.NOT_WAITING, 11)
    assert reason_of(nobody.pass_turn) == (Reason.NOBODY_PRESENT, None)
    alone = talk([10])
    assert reason_of(alone.previous_speaker) == (Reason.NOBODY_BEFORE, None)
    alone.start_round(10)
    assert reason_of(alone.come_back_later) == (Reason.NOBODY_SPEAKING, None)
    alone.next_speaker()
    assert reason_of(alone.come_back_later) == (Reason.NOBODY_WAITING, None)
    alone.end_turn()
    assert reason_of(alone.pass_turn) == (Reason.ROUND_COMPLETE, None)


def test_stored_talk_events_that_do_not_fit_say_why_and_about_whom() -> None:
    in_round = talk([10, 11])
    joined = RoundJoined(at=0.0, member_id=11, position=None)
    assert reason_of(lambda: in_round.apply(joined)) == (Reason.ROUND_NOT_STARTED, None)
    in_round.start_round(10)
    assert reason_of(lambda: in_round.apply(joined)) == (Reason.ALREADY_IN_ROUND, 11)
    removed = RemovedFromOrder(at=0.0, member_id=12)
    assert reason_of(lambda: in_round.apply(removed)) == (Reason.NOT_WAITING, 12)
    in_round.next_speaker()
    again = RoundStarted(at=0.0, order=(10, 11))
    assert reason_of(lambda: in_round.apply(again)) == (Reason.TURN_RUNNING, None)
    ended = TurnEnded(at=0.0, member_id=11, passed=False)
    assert reason_of(lambda: in_round.apply(ended)) == (Reason.NOT_SPEAKING, 11)
    left = MemberLeft(at=0.0, member_id=10)
    assert reason_of(lambda: in_round.apply(left)) == (Reason.SPEAKING_LEAVES, 10)
    agenda = AgendaTimer([SegmentPlan("A", 5, "round"), SegmentPlan("B", 5, "open")], FakeClock())
    agenda.start()
    changed = SegmentChanged(at=0.0, index=1)
    assert reason_of(lambda: changed.apply(agenda, in_round)) == (Reason.TURN_RUNNING, None)
    ended_session = SessionEnded(at=0.0)
    assert reason_of(lambda: ended_session.apply(agenda, in_round)) == (Reason.TURN_RUNNING, None)
    started = TurnStarted(at=0.0, member_id=11)
    assert reason_of(lambda: in_round.apply(started)) == (Reason.TURN_RUNNING, None)
    queue = talk([10, 11], mode="open")
    queue.raise_hand(11)
    raised = HandRaised(at=0.0, member_id=11, index=0)
    assert reason_of(lambda: queue.apply(raised)) == (Reason.ALREADY_QUEUED, 11)


def test_agenda_refusals_say_why() -> None:
    timer = AgendaTimer([SegmentPlan("A", 5, "open")], FakeClock())
    assert reason_of(lambda: timer.remove_segment(0)) == (Reason.LAST_SEGMENT, None)
    assert reason_of(lambda: AgendaTimer([], FakeClock())) == (Reason.LAST_SEGMENT, None)
    assert reason_of(lambda: timer.set_minutes(0, -1)) == (Reason.NEGATIVE_TIME, None)
    assert reason_of(lambda: timer.rename(0, " ")) == (Reason.SEGMENT_NAME, None)
    assert reason_of(timer.pause) == (Reason.NOT_STARTED, None)
    timer.start()
    assert reason_of(timer.previous_segment) == (Reason.FIRST_SEGMENT, None)
    assert reason_of(timer.resume) == (Reason.RUNNING, None)
    assert reason_of(timer.start) == (Reason.RUNNING, None)
    assert reason_of(lambda: timer.extend(-10)) == (Reason.NEGATIVE_TIME, None)
    assert reason_of(lambda: timer.go_to(0)) == (Reason.SEGMENT_CURRENT, None)
    timer.pause()
    assert reason_of(timer.pause) == (Reason.PAUSED, None)
    timer.finish()
    assert reason_of(timer.start) == (Reason.ENDED, None)
    assert reason_of(timer.toggle) == (Reason.ENDED, None)
    assert reason_of(lambda: timer.extend(1)) == (Reason.ENDED, None)


def test_the_session_says_why_it_cannot_go_back_a_segment() -> None:
    runner = SessionRunner(
        (SegmentPlan("A", 5, "open"), SegmentPlan("B", 5, "open")), {10: 1}, FakeClock()
    )
    runner.start()
    assert reason_of(runner.previous_segment) == (Reason.FIRST_SEGMENT, None)
    assert reason_of(lambda: runner.go_to_segment(0)) == (Reason.SEGMENT_CURRENT, None)
