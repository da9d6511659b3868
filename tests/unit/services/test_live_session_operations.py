"""Each operation of the live session does what its name says to the running session,
with the arguments it was given, and is stored: a resumed session is the same session.
(The domain's tests cover the rules of each operation; these cover the service's wiring.)"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import timedelta

import pytest
from sqlalchemy import update

from facilitator_desktop.domain.agenda import AgendaError, SegmentPlan
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.models import GroupSession
from facilitator_desktop.services.checkin_scale import CheckinScale
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.live_session import LiveSession, count_rows, last_alive
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace

AGENDA = (
    SegmentSpec("Check-in", 10, "round"),
    SegmentSpec("Sharing", 30, "open"),
    SegmentSpec("Closing", 5, "round"),
)


class Room:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        group = workspace.groups.create(GroupDraft("G", agenda=AGENDA))
        self.ann, self.bo, self.cy = (
            workspace.members.add(group.id, MemberDraft(name)).id for name in ("Ann", "Bo", "Cy")
        )
        self.clock = FakeClock(100.0)
        self.live = workspace.sessions.start(group.id, monotonic=self.clock, rng=random.Random(1))
        for member in (self.ann, self.bo, self.cy):
            self.live.mark(member, "present")
        self.live.toggle()

    def resumed(self) -> LiveSession:
        """The session as a new start of the app finds it."""
        return self.workspace.sessions.resume(self.live.session_id, monotonic=self.clock)


@pytest.fixture
def room(workspace: Workspace) -> Room:
    return Room(workspace)


def plans(live: LiveSession) -> list[tuple[str, float]]:
    return [(plan.name, plan.minutes) for plan in live.runner.plans]


def test_editing_a_segment_changes_what_was_given_and_is_stored(room: Room) -> None:
    assert room.live.edit_segment(1, name="Talk", minutes=25)
    assert plans(room.live)[1] == ("Talk", 25)
    assert room.live.edit_segment(2, minutes=8)
    assert plans(room.live)[2] == ("Closing", 8)
    assert room.live.edit_segment(2, name="Goodbye")
    assert plans(room.live)[2] == ("Goodbye", 8)
    assert plans(room.resumed()) == [("Check-in", 10), ("Talk", 25), ("Goodbye", 8)]


def test_an_edit_that_changes_nothing_stores_nothing(room: Room) -> None:
    stored = count_rows(room.workspace.context, room.live.session_id)
    events = len(room.live.runner.events)
    assert room.live.edit_segment(1, name="Sharing", minutes=30) == []
    assert room.live.edit_segment(1) == []
    assert len(room.live.runner.events) == events
    assert count_rows(room.workspace.context, room.live.session_id) == stored


def test_an_edit_of_a_segment_that_is_not_there_is_refused(room: Room) -> None:
    for edit in (
        lambda: room.live.edit_segment(7, name="Talk"),
        lambda: room.live.edit_segment(7, minutes=5),
    ):
        with pytest.raises(AgendaError, match=r"^no segment 7 \(agenda has 3\)$"):
            edit()
    assert plans(room.live) == [("Check-in", 10), ("Sharing", 30), ("Closing", 5)]


def test_segments_are_moved_and_removed_where_asked(room: Room) -> None:
    room.live.move_segment(2, 1)
    assert plans(room.live) == [("Check-in", 10), ("Closing", 5), ("Sharing", 30)]
    room.live.remove_segment(2)
    assert plans(room.live) == [("Check-in", 10), ("Closing", 5)]
    assert plans(room.resumed()) == [("Check-in", 10), ("Closing", 5)]


def test_going_back_a_segment_is_stored(room: Room) -> None:
    room.live.next_segment()
    assert room.live.snapshot().agenda.index == 1
    room.live.previous_segment()
    assert room.live.snapshot().agenda.index == 0
    assert room.resumed().snapshot().agenda.index == 0


def test_a_round_started_with_a_member_gives_them_the_floor_at_once(room: Room) -> None:
    room.live.start_round_with(room.bo)
    talk = room.live.snapshot().talk
    assert talk.round_started
    assert talk.speaker is not None and talk.speaker.member_id == room.bo
    # Resumed, the turn that was under way is ended at the last moment known alive.
    resumed = room.resumed().snapshot().talk
    assert resumed.round_started and resumed.round_done == (room.bo,)


def test_ending_going_back_and_coming_back_later(room: Room) -> None:
    room.live.start_round_with(room.ann)
    room.clock.advance(30)
    room.live.next_speaker()
    first_next = room.live.snapshot().talk.speaker
    assert first_next is not None and first_next.member_id != room.ann
    room.live.previous_speaker()
    back = room.live.snapshot().talk.speaker
    assert back is not None and back.member_id == room.ann
    room.live.come_back_later()
    later = room.live.snapshot().talk
    assert later.speaker is not None and later.speaker.member_id != room.ann
    assert later.order[-1] == room.ann
    room.live.end_turn()
    assert room.live.snapshot().talk.speaker is None
    assert room.resumed().snapshot().talk.order == room.live.snapshot().talk.order


def test_the_waiting_order_is_changed_for_the_member_named(room: Room) -> None:
    room.live.next_segment()  # an open segment: the raise-hand queue
    for member in (room.ann, room.bo, room.cy):
        room.live.raise_hand(member)
    room.live.move(room.cy, 0)
    assert room.live.snapshot().talk.order == (room.cy, room.ann, room.bo)
    room.live.remove(room.ann)
    assert room.live.snapshot().talk.order == (room.cy, room.bo)
    assert room.resumed().snapshot().talk.order == (room.cy, room.bo)


@pytest.mark.parametrize("enabled", [True, False])
def test_fewer_turns_first_is_set_as_asked_and_stored(room: Room, enabled: bool) -> None:
    room.live.set_fewer_turns_first(not enabled)
    room.live.set_fewer_turns_first(enabled)
    assert room.live.snapshot().talk.fewer_turns_first is enabled
    assert room.resumed().snapshot().talk.fewer_turns_first is enabled


def test_a_segment_is_added_where_asked_and_its_minutes_changed(room: Room) -> None:
    room.live.add_segment(SegmentPlan("Breathing", 3, "open"), 1)
    assert plans(room.live)[:2] == [("Check-in", 10), ("Breathing", 3)]
    room.live.set_segment_minutes(1, 4)
    assert plans(room.live)[1] == ("Breathing", 4)
    room.live.add_segment(SegmentPlan("Tea", 2, "open"))
    assert plans(room.live)[-1] == ("Tea", 2)
    assert plans(room.resumed()) == [
        ("Check-in", 10),
        ("Breathing", 4),
        ("Sharing", 30),
        ("Closing", 5),
        ("Tea", 2),
    ]


def test_extending_the_segment_is_stored(room: Room) -> None:
    planned = room.live.snapshot().agenda.current.planned_seconds
    room.live.extend(5)
    assert room.live.snapshot().agenda.current.planned_seconds == planned + 300
    assert room.resumed().snapshot().agenda.current.planned_seconds == planned + 300


@pytest.mark.parametrize(("given", "kept"), [(-2, 0), (0, 0), (1, 1), (4, 4)])
def test_guests_are_counted_from_none(room: Room, given: int, kept: int) -> None:
    room.live.set_guests(given)
    assert room.live.guests == kept


def test_a_check_in_or_a_mark_of_a_stranger_is_refused_in_words(room: Room) -> None:
    with pytest.raises(FacilitatorError) as refused:
        room.live.record_checkin(999, 5, CheckinScale(0, 10))
    assert refused.value.message == "That member is not part of this session."
    assert room.live.waiting_checkins == {}
    with pytest.raises(FacilitatorError) as not_here:
        room.live.mark(999, "present")
    assert not_here.value.message == "That member is not part of this session."
    assert 999 not in room.live.marks


def test_a_round_started_without_a_first_member_asks_the_sessions_own_chance(
    workspace: Workspace,
) -> None:
    """The chance a session was started with (tests fix it) picks who opens a round."""

    class Picks(random.Random):
        def __init__(self) -> None:
            super().__init__(0)
            self.asked: list[tuple[int, ...]] = []

        def choice(self, seq: Sequence[int]) -> int:
            self.asked.append(tuple(seq))
            return seq[-1]

    group = workspace.groups.create(GroupDraft("G", agenda=AGENDA))
    members = [workspace.members.add(group.id, MemberDraft(n)).id for n in ("Ann", "Bo", "Cy")]
    picks = Picks()
    live = workspace.sessions.start(group.id, monotonic=FakeClock(100.0), rng=picks)
    live.mark_all_unmarked_present()
    live.toggle()
    live.start_round()
    assert picks.asked == [tuple(members)]
    talk = live.snapshot().talk
    assert talk.round_started and talk.up_next == members[-1]  # then round the seats


def test_rows_and_signs_of_life_are_counted_per_session(workspace: Workspace) -> None:
    first, second = Room(workspace), Room(workspace)
    quiet = second.workspace.sessions.start(
        workspace.groups.create(GroupDraft("Quiet", agenda=AGENDA)).id,
        monotonic=FakeClock(0.0),
    )
    first.live.start_round_with(first.ann)
    first.clock.advance(40)
    first.live.next_speaker()
    first.live.next_speaker()
    ctx = workspace.context
    first_events, first_turns = count_rows(ctx, first.live.session_id)
    assert (first_events, first_turns) == (len(first.live.runner.events), 2)
    assert count_rows(ctx, second.live.session_id) == (len(second.live.runner.events), 0)
    assert count_rows(ctx, quiet.session_id) == (0, 0)
    assert count_rows(ctx, 999) == (0, 0)
    # The first session's latest event is 40 s in; the second's all at its start.
    first_alive = last_alive(ctx, first.live.session_id)
    second_alive = last_alive(ctx, second.live.session_id)
    assert first_alive is not None and second_alive is not None
    assert (first_alive - second_alive).total_seconds() == pytest.approx(40, abs=1)
    with ctx.sessions() as s:
        quiet_row = s.get(GroupSession, quiet.session_id)
        assert quiet_row is not None
        quiet_start = quiet_row.started_at
    assert last_alive(ctx, quiet.session_id) == quiet_start  # nothing since its start
    assert last_alive(ctx, 999) is None


def test_a_moment_is_told_in_the_computers_local_time(
    room: Room, time_zone: Callable[[str], None]
) -> None:
    time_zone("XXX-13")  # UTC+13
    with room.workspace.context.sessions() as s:
        row = s.get(GroupSession, room.live.session_id)
        assert row is not None
        started = row.started_at  # naive UTC
    local = (started + timedelta(hours=13, minutes=2)).strftime("%H:%M")
    assert room.live.wall_time(120) == local


def test_events_stored_past_the_last_sign_of_life_still_count(workspace: Workspace) -> None:
    """A database from before each write moved the sign of life along with the events."""
    room = Room(workspace)
    room.clock.advance(40)
    room.live.start_round_with(room.ann)
    ctx = workspace.context
    moved = last_alive(ctx, room.live.session_id)
    with ctx.sessions.begin() as s:
        s.execute(
            update(GroupSession).where(GroupSession.id == room.live.session_id).values(alive_at=0.0)
        )
    assert last_alive(ctx, room.live.session_id) == moved
