"""What the session says to a screen reader: decided from the moment before a tick and the
moment after it, with a fake clock and a real session runner."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.domain.announcements import (
    AnnounceLevel,
    Announcement,
    Moment,
    announcements,
    minutes_left,
    moment,
)
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.session_state import SessionRunner

PLAN = (SegmentPlan("Check-in", 5, "round"), SegmentPlan("Sharing", 30, "open"))
MEMBERS = {1: 1, 2: 2, 3: 3}
MOMENTS, MINUTES, OFF = AnnounceLevel.MOMENTS, AnnounceLevel.MINUTES, AnnounceLevel.OFF
RUNNING = Moment("running", 0, "normal", 5, None)


class Room:
    """A session on a fake clock; each `tick` returns what the tick would announce."""

    def __init__(self, level: AnnounceLevel = MOMENTS) -> None:
        self.clock = FakeClock(0.0)
        self.runner = SessionRunner(PLAN, MEMBERS, self.clock)
        self.runner.set_present(MEMBERS)
        self.level = level
        self.last: Moment | None = None
        self.tick()

    def tick(self, seconds: float = 0.0) -> tuple[Announcement, ...]:
        self.clock.advance(seconds)
        snapshot = self.runner.snapshot()
        now = moment(snapshot.agenda, snapshot.talk)
        said = announcements(self.last, now, self.level)
        self.last = now
        return said

    def run(self, seconds: int) -> list[Announcement]:
        """Every second for `seconds`, as the page's timer would (it ticks more often)."""
        said: list[Announcement] = []
        for _ in range(seconds):
            said.extend(self.tick(1.0))
        return said


def kinds(said: list[Announcement] | tuple[Announcement, ...]) -> list[str]:
    return [a.kind for a in said]


@pytest.mark.parametrize(
    ("remaining", "expected"),
    [
        (600.0, 10),
        (540.0, 9),  # "09:00"
        (539.2, 9),  # "08:60" never shows: the countdown reads "09:00" until 539
        (539.0, 9),  # "08:59": still the ninth minute
        (480.5, 9),  # "08:01"
        (480.0, 8),
        (0.4, 1),  # "00:01": the last minute
        (0.0, 0),  # "00:00"
        (-1.0, 0),  # "−00:01": overtime, not yet a whole minute over
        (-60.0, -1),
        (-61.0, -1),
    ],
)
def test_minutes_left_are_the_minutes_the_countdown_reads(remaining: float, expected: int) -> None:
    assert minutes_left(remaining) == expected


def test_nothing_is_said_before_the_start_or_for_the_first_moment_seen() -> None:
    room = Room()
    assert room.run(30) == []  # not started: the clock stands
    fresh = Room()
    fresh.runner.start()
    fresh.last = None  # a session resumed after a crash: the page just opened it
    assert fresh.tick(1.0) == ()


def test_a_running_segment_says_nearly_done_then_over_time_and_nothing_between() -> None:
    room = Room()
    room.runner.start()
    said = room.run(3 * 60 - 1)
    assert said == []  # 5 minutes of plan, the warning point at 2 minutes left
    said = room.run(1)
    assert kinds(said) == ["nearly_done"]
    assert said[0].politeness == "polite" and said[0].minutes_left == 2
    assert room.run(119) == []
    said = room.run(1)  # "00:00" is still in time: not over
    assert said == []
    said = room.run(1)
    assert kinds(said) == ["over_time"]
    assert said[0].politeness == "assertive"  # the moment a facilitator acts
    assert room.run(10 * 60) == []  # overtime goes on without a word more


def test_each_minute_left_only_when_asked_for() -> None:
    quiet, counting = Room(MOMENTS), Room(MINUTES)
    for room in (quiet, counting):
        room.runner.start()
    assert kinds(quiet.run(5 * 60 + 1)) == ["nearly_done", "over_time"]
    said = counting.run(5 * 60 + 1)
    assert kinds(said) == [
        "minute_left",
        "minute_left",
        "nearly_done",
        "minute_left",
        "over_time",
    ]
    assert [a.minutes_left for a in said] == [4, 3, 2, 1, 0]


def test_a_clock_jump_says_only_where_the_segment_is_now() -> None:
    room = Room(MINUTES)
    room.runner.start()
    room.tick(1.0)
    said = room.tick(200.0)  # the laptop slept: 4, 3 and the warning all passed at once
    assert kinds(said) == ["nearly_done"]
    said = room.tick(600.0)
    assert kinds(said) == ["over_time"]


def test_a_new_segment_is_said_once_with_its_time_and_never_as_a_status_change() -> None:
    room = Room(MINUTES)
    room.runner.start()
    room.run(4 * 60 + 30)  # the check-in is nearly done
    room.runner.next_segment()
    said = room.tick()
    assert kinds(said) == ["segment"]
    assert said[0].segment_index == 1 and said[0].minutes_left == 30
    assert said[0].status == "normal"
    assert room.run(59) == []
    said = room.run(1)  # "29:00"
    assert kinds(said) == ["minute_left"] and said[0].minutes_left == 29


def test_going_back_to_an_overrun_segment_says_so_in_the_segment_announcement() -> None:
    room = Room()
    room.runner.start()
    room.run(6 * 60)  # check-in a minute over
    room.runner.next_segment()
    room.tick()
    room.runner.previous_segment()
    said = room.tick()
    assert kinds(said) == ["segment"]
    assert said[0].status == "overtime" and said[0].politeness == "polite"


def test_a_segment_chosen_while_paused_is_said_and_a_pause_says_nothing_else() -> None:
    room = Room()
    room.runner.start()
    room.run(10)
    room.runner.pause()
    assert room.tick() == ()
    room.runner.next_segment()
    assert kinds(room.tick()) == ["segment"]
    assert room.run(600) == []  # paused: the time stands


def test_extensions_and_edits_that_move_the_time_back_say_nothing() -> None:
    room = Room()
    room.runner.start()
    room.run(5 * 60 + 5)  # over time
    room.runner.extend(1)  # back to "00:55": nearly done again, the facilitator's doing
    assert room.tick() == ()
    room.runner.extend(5)
    assert room.tick() == ()
    said = room.run(4 * 60 - 5)  # down to the warning point again: said again
    assert kinds(said) == ["nearly_done"]


def test_a_new_speaker_is_said_and_an_ended_turn_is_not() -> None:
    room = Room()
    room.runner.start()
    room.runner.start_round(2)
    assert room.tick() == ()  # a round begins with member 2: nobody speaks yet
    room.runner.next_speaker()
    said = room.tick()
    assert kinds(said) == ["speaker"] and said[0].member_id == 2
    room.run(30)
    room.runner.next_speaker()
    said = room.tick()
    assert kinds(said) == ["speaker"] and said[0].member_id == 3
    room.runner.end_turn()
    assert room.tick() == ()


def test_the_time_comes_before_the_speaker_when_both_change_in_one_tick() -> None:
    room = Room()
    room.runner.start()
    room.runner.start_round(1)
    room.runner.next_speaker()
    room.tick()
    room.runner.next_segment()  # ends the turn; the open queue is empty
    room.runner.raise_hand(3)
    room.runner.next_speaker()
    said = room.tick()
    assert kinds(said) == ["segment", "speaker"]
    assert said[1].member_id == 3


def test_off_says_nothing_at_all() -> None:
    room = Room(OFF)
    room.runner.start()
    room.runner.start_round(1)
    assert room.run(10 * 60) == []
    room.runner.next_segment()
    assert room.tick() == ()


def test_the_end_of_the_session_says_nothing() -> None:
    room = Room()
    room.runner.start()
    room.run(30)
    room.runner.end_session()
    assert room.tick() == ()


_moments = st.builds(
    Moment,
    phase=st.sampled_from(("not_started", "running", "paused", "finished")),
    segment_index=st.integers(0, 3),
    status=st.sampled_from(("normal", "warning", "overtime")),
    minutes_left=st.integers(-90, 90),
    speaker=st.one_of(st.none(), st.integers(1, 4)),
)


@settings(max_examples=50, deadline=None)
@given(before=st.one_of(st.none(), _moments), after=_moments)
def test_whatever_the_moments_at_most_one_time_word_and_one_speaker(
    before: Moment | None, after: Moment
) -> None:
    said = announcements(before, after, MINUTES)
    time_kinds = [a for a in said if a.kind != "speaker"]
    assert len(time_kinds) <= 1 and len(said) - len(time_kinds) <= 1
    assert all(a.politeness == ("assertive" if a.kind == "over_time" else "polite") for a in said)
    if before == after or before is None or after.phase in ("not_started", "finished"):
        assert said == ()
    assert announcements(before, after, OFF) == ()
    quieter = announcements(before, after, MOMENTS)
    assert [a for a in said if a.kind != "minute_left"] == list(quieter)


def test_a_moment_equal_to_the_last_says_nothing() -> None:
    assert announcements(RUNNING, RUNNING, MINUTES) == ()
    assert announcements(RUNNING, replace(RUNNING, minutes_left=6), MINUTES) == ()
