""" "Back" puts the speaker it undoes exactly where they waited (ahead, at the end of the
round, or in the queue) and restores how far the round had got; queue reorders applied
from a log are checked word for word. Also the silence test's bounds."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.stats import is_silent
from facilitator_desktop.domain.talk_events import QueueReordered, RoundJoined
from facilitator_desktop.domain.talk_state import TalkingOrderError
from facilitator_desktop.domain.talking_order import TalkingOrder


def talk_in(mode: str, seats: dict[int, int], present: list[int]) -> TalkingOrder:
    talk = TalkingOrder(FakeClock(), seats)
    talk.set_present(present)
    talk.enter_segment(0, mode)  # type: ignore[arg-type]
    return talk


def test_back_restores_how_far_the_round_had_got_for_late_arrivals() -> None:
    talk = talk_in("round", {10: 2, 20: 4, 30: 6, 40: 8, 50: 5}, [10, 20, 30, 40])
    talk.start_round(20)  # 20, 30, 40, 10
    for _ in range(3):
        talk.next_speaker()  # 20, 30, then 40 by mistake
    talk.previous_speaker()  # 30 again; 40 waits first
    assert (talk.speaker, talk.order) == (30, (40, 10))
    # Seat 5 lies before 30's seat: the round has passed it, so 50 goes last.
    assert talk.arrive(50)[-1] == RoundJoined(at=0.0, member_id=50, position=None)
    assert talk.order == (40, 10, 50)


def test_back_puts_a_member_called_from_the_end_of_the_round_back_first_there() -> None:
    talk = talk_in("round", {1: 1, 2: 2, 3: 3, 4: 4}, [1, 2, 3, 4])
    talk.start_round(1)
    talk.next_speaker()  # 1
    for _ in range(3):
        talk.come_back_later()  # 1, 2, 3 to the end in turn; 4 speaks
    assert (talk.speaker, talk.order) == (4, (1, 2, 3))
    talk.next_speaker()  # 1
    talk.next_speaker()  # 2 by mistake
    talk.previous_speaker()
    assert (talk.speaker, talk.order) == (1, (2, 3))


def test_back_in_the_queue_does_not_queue_a_speaker_twice() -> None:
    talk = talk_in("open", {1: 1, 2: 2, 3: 3}, [1, 2, 3])
    for member in (1, 2, 3):
        talk.raise_hand(member)
    talk.next_speaker()  # 1
    talk.next_speaker()  # 2
    talk.raise_hand(2)  # 2 wants the floor again later
    assert talk.order == (3, 2)
    talk.previous_speaker()  # back to 1; 2 waits first, once
    assert (talk.speaker, talk.order) == (1, (2, 3))


def test_a_logged_reorder_that_does_not_fit_is_refused_by_name() -> None:
    talk = talk_in("open", {1: 1, 2: 2, 3: 3}, [1, 2, 3])
    talk.raise_hand(1)
    talk.raise_hand(2)
    for order in ((2, 2), (2, 3), (1,)):
        with pytest.raises(TalkingOrderError) as refused:
            talk.apply(QueueReordered(at=0.0, order=order))
        assert str(refused.value) == "a reorder must be a permutation of the queue"
    assert talk.order == (1, 2)
    in_round = talk_in("round", {1: 1, 2: 2}, [1, 2])
    with pytest.raises(TalkingOrderError) as refused:
        in_round.apply(QueueReordered(at=0.0, order=()))
    assert str(refused.value) == (
        "cannot reorder the queue: the current segment is not an open discussion"
    )


# --- silence --------------------------------------------------------------------------------


def test_silence_takes_shares_up_to_the_whole_and_names_what_is_wrong() -> None:
    assert is_silent(3, 0, 1.0) is False  # spoke all the time
    assert is_silent(1, 0, 0.5, threshold_share=1.0) is True  # under a threshold of all
    cases = [
        ((-1, 0, 0.1), "turns_spoken and passes must be >= 0"),
        ((1, -1, 0.1), "turns_spoken and passes must be >= 0"),
        ((1, 0, 1.5), "share must be within 0..1, got 1.5"),
        ((1, 0, 0.1, 1.25), "threshold_share must be within 0..1, got 1.25"),
    ]
    for arguments, message in cases:
        with pytest.raises(ValueError) as refused:
            is_silent(*arguments)  # type: ignore[arg-type]
        assert str(refused.value) == message
