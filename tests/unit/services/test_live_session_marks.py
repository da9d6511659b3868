"""A mark moves a member in or out of the talking order only when it changes whether they
are in the room; a correction keeps the times already recorded; an ended session keeps the
wall time it ended at and the plan as it was changed."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.live_session import LiveSession
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE

AGENDA = (SegmentSpec("Check-in", 10, "round"), SegmentSpec("Sharing", 30, "open"))
STARTED = datetime(2026, 3, 5, 17, 0)


class Room:
    def __init__(self, workspace: Workspace) -> None:
        group = workspace.groups.create(GroupDraft("G", agenda=AGENDA))
        self.group_id = group.id
        self.ann, self.bo = (
            workspace.members.add(group.id, MemberDraft(name)).id for name in ("Ann", "Bo")
        )
        self.clock = FakeClock(100.0)
        self.live: LiveSession = workspace.sessions.start(
            group.id, monotonic=self.clock, rng=random.Random(1)
        )

    @property
    def in_room(self) -> tuple[int, ...]:
        return self.live.snapshot().talk.present


def test_a_member_marked_absent_after_present_leaves_the_talking_order(
    workspace: Workspace,
) -> None:
    """Present, then corrected to absent: they are no longer counted in the room."""
    room = Room(workspace)
    room.live.mark(room.ann, "present")
    room.live.mark(room.bo, "present")
    assert set(room.in_room) == {room.ann, room.bo}
    room.live.mark(room.ann, "absent")
    assert room.in_room == (room.bo,)


def test_a_present_member_corrected_to_late_stays_in_the_talking_order(
    workspace: Workspace,
) -> None:
    """Late is still in the room: the correction takes no one out."""
    room = Room(workspace)
    room.live.mark(room.ann, "present")
    room.live.mark(room.ann, "late")
    assert room.in_room == (room.ann,)


def test_a_member_marked_absent_first_is_never_in_the_room(workspace: Workspace) -> None:
    """Absent straight away, then late: they join once, when they arrive."""
    room = Room(workspace)
    room.live.mark(room.ann, "absent")
    assert room.in_room == ()
    room.live.mark(room.ann, "late")
    assert room.in_room == (room.ann,)


def test_a_late_member_who_leaves_early_keeps_the_time_they_arrived(
    workspace: Workspace,
) -> None:
    """The arrival recorded with "late" stays when they are later marked "left early"."""
    room = Room(workspace)
    room.clock.advance(60.0)
    arrived = room.live.mark(room.ann, "late").arrived_at
    room.clock.advance(600.0)
    left = room.live.mark(room.ann, "left_early")
    assert (left.arrived_at, left.left_at) == (arrived, arrived + 600.0)
    assert room.in_room == ()


def test_an_ended_session_keeps_the_wall_time_it_ended(data_dir: Path) -> None:
    """The session's end is the wall clock at "End", not left blank."""
    wall = [STARTED]
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF, now=lambda: wall[0]) as ws:
        room = Room(ws)
        room.live.toggle()
        room.clock.advance(90.0)
        wall[0] = STARTED + timedelta(minutes=52)
        room.live.end()
        summary = ws.sessions.summary(room.live.session_id)
    assert (summary.started_at, summary.ended_at) == (STARTED, STARTED + timedelta(minutes=52))


def test_an_ended_session_keeps_the_plan_as_it_was_changed_in_the_room(
    workspace: Workspace,
) -> None:
    """Sharing cut from 30 to 20 minutes during the session: history plans 30 minutes in
    all, not the 40 the session started with."""
    room = Room(workspace)
    room.live.toggle()
    room.live.set_segment_minutes(1, 20)
    room.clock.advance(90.0)
    room.live.end()
    (row,) = workspace.history.sessions(room.group_id)
    assert (row.id, row.planned_seconds) == (room.live.session_id, 30 * 60)
