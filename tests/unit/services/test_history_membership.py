"""A member's record covers their membership and nothing else: from the day they joined to
the day they left, both days counted on the facilitator's calendar, whatever the time zone;
and a member who left is not followed up, even if a mark was added after they went."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest

from facilitator_desktop.domain.attendance import AttendanceStatus
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.member_record import local_day_end, local_day_start
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace


class Wall:
    """The wall clock services read (naive UTC), moved by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def held(ws: Workspace, group_id: int, wall: Wall, marks: dict[int, AttendanceStatus]) -> int:
    """A one-minute session started at the wall clock's time, with these marks."""
    clock = FakeClock()
    live = ws.sessions.start(group_id, monotonic=clock)
    for member_id, status in marks.items():
        live.mark(member_id, status)
    live.toggle()
    clock.advance(60)
    live.end()
    return live.session_id


def weekly(ws: Workspace, wall: Wall) -> tuple[int, int, int]:
    object.__setattr__(ws.context, "now", wall)
    group = ws.groups.create(GroupDraft("Tuesdays"))
    ann = ws.members.add(group.id, MemberDraft("Ann")).id
    bo = ws.members.add(group.id, MemberDraft("Bo")).id
    return group.id, ann, bo


def test_the_session_on_the_day_they_left_stays_in_their_record(workspace: Workspace) -> None:
    wall = Wall(datetime(2026, 1, 6, 18, 0))
    gid, ann, bo = weekly(workspace, wall)
    first = held(workspace, gid, wall, {ann: "present", bo: "present"})
    wall.now += timedelta(weeks=1)
    goodbye = held(workspace, gid, wall, {ann: "present", bo: "present"})
    # Marked as left that evening, as the Members screen does: the day is today.
    workspace.members.set_left(ann, wall.now.date())
    wall.now += timedelta(weeks=1)
    after = held(workspace, gid, wall, {bo: "present"})

    record = workspace.history.member_record(ann)
    assert [x.session_id for x in record.sessions] == [first, goodbye]
    assert (record.attendance.sessions, record.attendance.present) == (2, 2)
    assert after not in {x.session_id for x in record.sessions}
    assert [x.session_id for x in workspace.history.member_record(bo).sessions] == [
        first,
        goodbye,
        after,
    ]


def test_marks_after_they_left_are_not_their_record_nor_a_follow_up(
    workspace: Workspace,
) -> None:
    wall = Wall(datetime(2026, 1, 6, 18, 0))
    gid, ann, bo = weekly(workspace, wall)
    first = held(workspace, gid, wall, {ann: "present", bo: "present"})
    workspace.members.set_left(ann, date(2026, 1, 10))  # between two sessions
    for _ in range(2):
        wall.now += timedelta(weeks=1)
        later = held(workspace, gid, wall, {bo: "present"})
        # A correction marks her absent anyway (a slip, or an old habit of the screen).
        workspace.history.correct_attendance(later, ann, "absent")

    record = workspace.history.member_record(ann)
    assert [x.session_id for x in record.sessions] == [first]
    assert record.attendance.absent == 0
    assert record.attendance.consecutive_unexcused_absences == 0
    assert [f for f in workspace.history.follow_ups() if f.member_id == ann] == []


def test_a_member_who_rejoins_is_counted_again(workspace: Workspace) -> None:
    wall = Wall(datetime(2026, 1, 6, 18, 0))
    gid, ann, bo = weekly(workspace, wall)
    held(workspace, gid, wall, {ann: "present", bo: "present"})
    workspace.members.set_left(ann, date(2026, 1, 7))
    wall.now += timedelta(weeks=1)
    held(workspace, gid, wall, {bo: "present"})
    assert len(workspace.history.member_record(ann).sessions) == 1
    workspace.members.set_left(ann, None)
    wall.now += timedelta(weeks=1)
    held(workspace, gid, wall, {ann: "absent", bo: "present"})
    record = workspace.history.member_record(ann)
    # The session while she was away has no mark: outside her membership, not an absence.
    assert record.attendance.sessions == 2 and record.attendance.absent == 1
    assert [f.kind for f in workspace.history.follow_ups() if f.member_id == ann] == ["absence"]


@pytest.mark.parametrize(
    ("zone", "local_start"),
    [("XXX-13", "07:00 the next day"), ("XXX+10", "08:00 the same day"), ("UTC0", "18:00")],
)
def test_joining_and_leaving_days_are_the_facilitators_days(
    workspace: Workspace, time_zone: Callable[[str], None], zone: str, local_start: str
) -> None:
    """Sessions are stored in UTC; the days joined and left are local dates. A session at
    18:00 UTC is on the next local day in UTC+13: it still counts on both ends."""
    time_zone(zone)
    wall = Wall(datetime(2026, 1, 6, 18, 0))
    gid, ann, bo = weekly(workspace, wall)
    first = held(workspace, gid, wall, {ann: "present", bo: "present"})
    wall.now += timedelta(weeks=1)
    last = held(workspace, gid, wall, {ann: "present", bo: "present"})
    local_day = (wall.now - timedelta(seconds=time.timezone)).date()
    workspace.members.set_left(ann, local_day)
    wall.now += timedelta(weeks=1)
    held(workspace, gid, wall, {bo: "present"})

    assert (
        workspace.members.get(ann).joined_on
        == (datetime(2026, 1, 6, 18, 0) - timedelta(seconds=time.timezone)).date()
    ), local_start
    assert [x.session_id for x in workspace.history.member_record(ann).sessions] == [first, last]


def test_local_days_in_stored_time(time_zone: Callable[[str], None]) -> None:
    time_zone("XXX-13")
    assert local_day_start(date(2026, 1, 7)) == datetime(2026, 1, 6, 11, 0)
    assert local_day_end(date(2026, 1, 7)) == datetime(2026, 1, 7, 11, 0)
    time_zone("XXX+10")
    assert local_day_start(date(2026, 1, 7)) == datetime(2026, 1, 7, 10, 0)
    # "Not known" and the far end of the calendar are limits, not errors.
    assert local_day_start(date.min) == datetime.min
    assert local_day_end(date.max) == datetime.max
