"""The agenda timer's direct reads, for any segment and at any moment, agree with its
snapshot; the messages of refused edits say which positions can still change."""

from __future__ import annotations

import pytest

from facilitator_desktop.domain.agenda import AgendaError, SegmentPlan
from facilitator_desktop.domain.agenda_timer import AgendaTimer
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.member_numbers import Chosen, NumberEntry, Prefix, member_numbers

PLAN = (
    SegmentPlan("Check-in", 10, "round"),
    SegmentPlan("Talk", 20, "open"),
    SegmentPlan("Check-out", 5, "round"),
)


def started() -> tuple[FakeClock, AgendaTimer]:
    clock = FakeClock()
    timer = AgendaTimer(PLAN, clock, warn_seconds=120)
    timer.start()
    return clock, timer


def test_remaining_and_status_of_any_segment() -> None:
    clock, timer = started()
    clock.advance(9 * 60)
    assert timer.remaining() == 60 and timer.status() == "warning"
    # Segments not yet reached: their whole plan remains, nothing to warn about.
    assert timer.remaining(1) == 20 * 60 and timer.status(1) == "normal"
    assert timer.remaining(2) == 5 * 60
    clock.advance(120)
    assert timer.remaining(0) == -60 and timer.status(0) == "overtime"
    with pytest.raises(AgendaError, match="no segment 3"):
        timer.remaining(3)


def test_live_reads_match_the_snapshot() -> None:
    clock, timer = started()
    clock.advance(300)
    timer.pause()
    clock.advance(90)
    assert timer.paused_seconds() == 90
    # A pause moves the planned and the projected end alike: not behind.
    assert timer.behind_seconds() == timer.snapshot().behind_seconds == 0
    timer.resume()
    timer.next_segment()  # Check-in left after 5 of 10 minutes: 5 minutes ahead
    assert timer.behind_seconds() == timer.snapshot().behind_seconds == -300
    assert timer.projected_end() == timer.snapshot().projected_end
    assert timer.planned_end() == timer.snapshot().planned_end


def test_space_after_the_end_is_refused_plainly() -> None:
    _, timer = started()
    timer.finish()
    with pytest.raises(AgendaError) as ended:
        timer.toggle()
    assert str(ended.value) == "the session has ended"


def test_refused_edits_name_the_positions_left() -> None:
    clock, timer = started()
    timer.next_segment()  # Talk reached: only Check-out (2) may change
    with pytest.raises(AgendaError) as refused:
        timer.remove_segment(1)
    assert str(refused.value) == (
        "segment 1 cannot be changed: only positions 2..2 (not yet reached) can be"
    )
    timer.next_segment()  # every segment reached
    with pytest.raises(AgendaError) as refused:
        timer.remove_segment(1)
    assert str(refused.value) == ("segment 1 cannot be changed: every segment has been reached")


def test_member_numbers_follow_seats_not_ids() -> None:
    assert member_numbers({10: 2, 11: 1, 5: 3}) == {11: 1, 10: 2, 5: 3}
    assert member_numbers({7: 1, 3: 1}) == {3: 1, 7: 2}  # a tie: by member id


def test_every_digit_key_chooses_its_member() -> None:
    entry = NumberEntry()
    assert [entry.digit(d) for d in range(1, 10)] == [
        Chosen(Prefix.MEMBER, d) for d in range(1, 10)
    ]
    for wrong in (10, -1, True):
        with pytest.raises(ValueError):
            entry.digit(wrong)


def test_edits_after_the_end_and_empty_edits_are_refused_in_words() -> None:
    _, timer = started()
    with pytest.raises(AgendaError) as nameless:
        timer.rename(2, "   ")
    assert str(nameless.value) == "a segment needs a name"
    timer.rename(2, "Goodbye")
    assert timer.plans[2].name == "Goodbye"
    single = AgendaTimer([SegmentPlan("Only", 5, "open")], FakeClock())
    with pytest.raises(AgendaError) as last:
        single.remove_segment(0)
    assert str(last.value) == "an agenda needs at least one segment"
    timer.finish()
    for edit in (
        lambda: timer.rename(2, "Later"),
        lambda: timer.remove_segment(2),
        lambda: timer.move_segment(2, 1),
        lambda: timer.add_segment(SegmentPlan("More", 5, "open")),
    ):
        with pytest.raises(AgendaError) as ended:
            edit()
        assert str(ended.value) == "cannot edit the agenda: the session has ended"


def test_minutes_may_go_to_zero_but_never_below_what_was_taken_back() -> None:
    _, timer = started()
    timer.set_minutes(2, 0)  # a segment planned at nothing: allowed
    assert timer.planned_seconds(2) == 0
    timer.set_minutes(2, 0.5)
    assert timer.planned_seconds(2) == 30
    timer.extend(2)  # the current segment (0): 10 + 2 minutes
    timer.extend(-2)
    with pytest.raises(AgendaError) as negative:
        timer.set_minutes(0, -1)
    assert str(negative.value) == "a segment's planned time cannot become negative"
    timer.extend(-1)  # taken back: -60 s of extension on segment 0
    timer.set_minutes(0, 1)  # 60 - 60 = 0: allowed
    assert timer.planned_seconds(0) == 0
    with pytest.raises(AgendaError) as negative:
        timer.set_minutes(0, 0.5)  # 30 - 60 < 0
    assert str(negative.value) == "a segment's planned time cannot become negative"
    for bad, message in (
        ("5", "segment minutes must be a number, got '5'"),
        (True, "segment minutes must be a number, got True"),
        (float("inf"), "segment minutes must be finite, got inf"),
    ):
        with pytest.raises(AgendaError) as refused:
            timer.set_minutes(1, bad)  # type: ignore[arg-type]
        assert str(refused.value) == message


def test_adding_a_segment_refuses_what_is_not_one() -> None:
    _, timer = started()
    with pytest.raises(AgendaError) as wrong:
        timer.add_segment("Break")  # type: ignore[arg-type]
    assert str(wrong.value) == "not a SegmentPlan: 'Break'"
    with pytest.raises(AgendaError) as wrong_index:
        timer.add_segment(SegmentPlan("Break", 5, "open"), 1.0)  # type: ignore[arg-type]
    assert str(wrong_index.value) == "segment index must be an int, got 1.0"
    with pytest.raises(AgendaError) as reached:
        timer.add_segment(SegmentPlan("Break", 5, "open"), 0)
    assert str(reached.value) == (
        "segment 0 cannot be changed: only positions 1..3 (not yet reached) can be"
    )


def test_extensions_may_take_a_segment_to_zero_not_below() -> None:
    _, timer = started()  # Check-in: 10 minutes
    timer.extend(-10)  # down to nothing: allowed
    assert timer.planned_seconds(0) == 0
    with pytest.raises(AgendaError) as negative:
        timer.extend(-0.5)
    assert str(negative.value) == "a segment's planned time cannot become negative"
    timer.extend(0.5)
    assert timer.planned_seconds(0) == 30
    for bad, message in (
        (None, "extension must be a number, got None"),
        (float("nan"), "extension must be finite, got nan"),
    ):
        with pytest.raises(AgendaError) as refused:
            timer.extend(bad)  # type: ignore[arg-type]
        assert str(refused.value) == message
    # With 600 s taken back, ten minutes is the least the segment may be planned at.
    timer.extend(-0.5)
    timer.set_minutes(0, 10)
    with pytest.raises(AgendaError):
        timer.set_minutes(0, 9.99)


def test_an_agenda_is_built_only_from_segments_and_indexes_are_ints() -> None:
    with pytest.raises(AgendaError) as empty:
        AgendaTimer([], FakeClock())
    assert str(empty.value) == "an agenda needs at least one segment"
    with pytest.raises(AgendaError) as wrong:
        AgendaTimer(["Check-in"], FakeClock())  # type: ignore[list-item]
    assert str(wrong.value) == "not a SegmentPlan: 'Check-in'"
    _, timer = started()
    for index in ("1", True, 1.0):
        with pytest.raises(AgendaError) as refused:
            timer.remaining(index)  # type: ignore[arg-type]
        assert str(refused.value) == f"segment index must be an int, got {index!r}"
