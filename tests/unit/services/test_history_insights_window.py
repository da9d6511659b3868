"""The insight charts read a window of this group's latest finished sessions: 26 for the
attendance grid and 52 for airtime equity and overruns unless asked otherwise; a member
who left still has their row; airtime equity counts those who came and said nothing."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from facilitator_desktop.domain.attendance import AttendanceStatus
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace

AGENDA = (SegmentSpec("Round", 1, "round"),)


class Wall:
    def __init__(self) -> None:
        self.now = datetime(2025, 1, 7, 18, 0)

    def __call__(self) -> datetime:
        return self.now


def session(
    ws: Workspace,
    wall: Wall,
    group_id: int,
    marks: dict[int, AttendanceStatus],
    speakers: list[tuple[int, float]] = [],  # noqa: B006 (never changed)
    *,
    seconds: float = 60,
    end: bool = True,
) -> int:
    clock = FakeClock()
    live = ws.sessions.start(group_id, monotonic=clock)
    for member_id, status in marks.items():
        live.mark(member_id, status)
    live.toggle()
    if speakers:
        live.start_round(speakers[0][0])
        live.next_speaker()
        for _member, spoke in speakers:
            clock.advance(spoke)
            if spoke:
                live.next_speaker()
            else:
                live.pass_turn()
    clock.advance(seconds)
    if end:
        live.end()
    wall.now += timedelta(weeks=1)
    return live.session_id


@pytest.fixture
def long_history(workspace: Workspace) -> tuple[Workspace, Wall, int, list[int], int, int]:
    ws = workspace
    wall = Wall()
    object.__setattr__(ws.context, "now", wall)
    group = ws.groups.create(GroupDraft("Tuesdays", agenda=AGENDA))
    other = ws.groups.create(GroupDraft("Fridays", agenda=AGENDA))
    ann, gone = (ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Gone"))
    zed = ws.members.add(other.id, MemberDraft("Zed")).id
    ids = []
    for week in range(53):
        # The first session overran its one minute by far; the rest kept to time.
        marks: dict[int, AttendanceStatus] = {ann: "present"}
        if week <= 50:
            marks[gone] = "present"
        ids.append(session(ws, wall, group.id, marks, seconds=600 if week == 0 else 30))
        if week == 50:
            ws.members.set_left(gone, wall.now.date())
    session(ws, wall, other.id, {zed: "present"}, seconds=600)
    session(ws, wall, group.id, {ann: "present"}, seconds=600, end=False)  # still running
    return ws, wall, group.id, ids, ann, gone


def test_windows_of_latest_finished_sessions(
    long_history: tuple[Workspace, Wall, int, list[int], int, int],
) -> None:
    ws, _, gid, ids, ann, gone = long_history
    grid = ws.history.attendance_grid(gid)
    assert [c.session_id for c in grid.columns] == ids[-26:]
    assert all(c.started_at.weekday() == 1 for c in grid.columns)  # Tuesdays, as held
    assert {m.alias: row[-1] for m, row in grid.rows} == {"Ann": "present", "Gone": None}
    assert len(ws.history.attendance_grid(gid, last=3).columns) == 3

    equity = ws.history.equity(gid)
    assert [e.session_id for e in equity] == ids[-52:]
    assert equity[-1].started_at == grid.columns[-1].started_at
    assert len(ws.history.equity(gid, last=2)) == 2

    (segment,) = ws.history.overruns(gid)
    assert (segment.sessions, segment.overran) == (52, 0)  # the overrun is 53 sessions back
    (segment,) = ws.history.overruns(gid, last=53)
    assert (segment.sessions, segment.overran) == (53, 1)
    assert ann in {m.id for m, _ in grid.rows} and gone in {m.id for m, _ in grid.rows}


def test_equity_counts_the_silent_and_not_the_absent(workspace: Workspace) -> None:
    ws = workspace
    wall = Wall()
    object.__setattr__(ws.context, "now", wall)
    group = ws.groups.create(GroupDraft("G", agenda=AGENDA))
    ann, bo, cy, di = (ws.members.add(group.id, MemberDraft(a)).id for a in "ABCD")
    marks: dict[int, AttendanceStatus] = {ann: "present", bo: "present", cy: "late", di: "absent"}
    # Ann 90 s, Bo passes, Cy 30 s; Di was not there.
    session(ws, wall, group.id, marks, [(ann, 90), (bo, 0), (cy, 30)])
    (point,) = ws.history.equity(group.id)
    # Values (0, 30, 90): G = Σ(2k−n−1)x / (n·S) = (−2·0 + 0·30 + 2·90) / (3·120) = 0.5
    assert point.gini == 0.5
    assert point.top_share == 0.75
