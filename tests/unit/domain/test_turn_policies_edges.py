"""Round and queue rules at their edges: a late arrival next to the round's first member
or just behind where the round has got to, members the priority keys do not list, and
the refusals word for word."""

from __future__ import annotations

import random

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.queue_policy import fewer_turns_order, hand_position
from facilitator_desktop.domain.round_policy import late_position, round_order
from facilitator_desktop.domain.talk_events import MemberArrived, RoundJoined
from facilitator_desktop.domain.talk_state import RoundState, TalkingOrderError
from facilitator_desktop.domain.talking_order import TalkingOrder


def round_of(seats: dict[int, int], present: list[int], first: int) -> TalkingOrder:
    talk = TalkingOrder(FakeClock(), seats)
    talk.set_present(present)
    talk.enter_segment(0, "round")
    talk.start_round(first)
    return talk


def test_a_late_arrival_seated_after_the_first_member_waits_after_them() -> None:
    # Seats: 3 → member 1, 4 → member 4 (late), 5 → member 2, 1 → member 3.
    talk = round_of({1: 3, 2: 5, 3: 1, 4: 4}, [1, 2, 3], first=1)
    assert talk.arrive(4) == (
        MemberArrived(at=0.0, member_id=4, seat=None),
        RoundJoined(at=0.0, member_id=4, position=1),
    )
    assert talk.order == (1, 4, 2, 3)


def test_a_late_arrival_whose_seat_the_round_has_passed_after_wrapping_goes_last() -> None:
    # Started at seat 5, wrapped round to seat 1; the late member sits at seat 0.
    talk = round_of({1: 1, 3: 3, 5: 5, 7: 7, 9: 0}, [1, 3, 5, 7], first=5)
    for _ in range(3):
        talk.next_speaker()  # 5, 7, then 1
    assert talk.speaker == 1
    assert talk.arrive(9)[-1] == RoundJoined(at=0.0, member_id=9, position=None)
    assert talk.order == (3, 9)


def test_a_member_without_a_seat_counts_as_seat_zero() -> None:
    order = RoundState(started=True, start=(2, 20), ahead=[20, 30])
    # Seat 0 is before the start seat: after the wrap, behind everyone still waiting.
    assert late_position(order, 99, {20: 2, 30: 3}) == 2
    order = RoundState(started=True, start=(2, 20), ahead=[20, 30, 10])
    assert late_position(order, 99, {20: 2, 30: 3, 10: 1}) == 2


def test_a_round_needs_someone_present_and_a_present_first_member() -> None:
    with pytest.raises(TalkingOrderError) as refused:
        round_order((), None, random.Random(1))
    assert str(refused.value) == "nobody is present"
    with pytest.raises(TalkingOrderError) as refused:
        round_order((1, 2), 9, random.Random(1))
    assert str(refused.value) == "member 9 is not present"


def test_members_the_priority_keys_do_not_list_have_never_spoken() -> None:
    keys = {1: (1, 10.0), 2: (0, 0.0)}
    # 3 is unlisted: as 2, so after 2 and before 1.
    assert hand_position([2, 1], 3, keys) == 1
    # 4 and 5 are unlisted and queued: 6 has spoken more and goes after them.
    assert hand_position([4, 5], 6, {6: (1, 5.0)}) == 2
    assert fewer_turns_order([1, 7, 2], keys) == [7, 2, 1]
