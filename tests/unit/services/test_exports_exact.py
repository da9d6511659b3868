"""The CSV exports, cell by cell: only this group's finished sessions, oldest first and by
member within a session, start times to the minute, passes apart from speech, shares of
what was said, and a row whose member the group no longer lists marked "?"."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta

import pytest

from facilitator_desktop.domain.attendance import AttendanceStatus
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace

AGENDA = (SegmentSpec("Check-in", 10, "round"),)


class Wall:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 6, 18, 0, 42)  # seconds the export leaves out

    def __call__(self) -> datetime:
        return self.now


def held(
    ws: Workspace,
    group_id: int,
    marks: list[tuple[int, AttendanceStatus]],
    round_: list[tuple[int, float]],
    *,
    end: bool = True,
) -> int:
    """Marks in the order given, then a round from the first member on, in seat order: each
    (member, seconds) speaks in turn (0 seconds: passes)."""
    clock = FakeClock()
    live = ws.sessions.start(group_id, monotonic=clock)
    for member_id, status in marks:
        live.mark(member_id, status)
    live.toggle()
    live.start_round(round_[0][0])
    live.next_speaker()
    for _member, seconds in round_:
        clock.advance(seconds)
        if seconds:
            live.next_speaker()
        else:
            live.pass_turn()
    if end:
        live.end()
    return live.session_id


def rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheets need for Ελένη
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.fixture
def history(workspace: Workspace) -> tuple[Workspace, int, dict[str, int]]:
    wall = Wall()
    object.__setattr__(workspace.context, "now", wall)
    ws = workspace
    group = ws.groups.create(GroupDraft("Tuesdays", agenda=AGENDA))
    other = ws.groups.create(GroupDraft("Fridays", agenda=AGENDA))
    ids = {a: ws.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Ελένη", "Cy")}
    ann, eleni, cy = ids["Ann"], ids["Ελένη"], ids["Cy"]
    stranger = ws.members.add(other.id, MemberDraft("Stranger")).id
    # Marked last to first, the round from the second seat: the export sorts by member.
    first = held(
        ws,
        group.id,
        [(cy, "late"), (eleni, "present"), (ann, "present")],
        [(eleni, 90), (cy, 0), (ann, 30)],
    )
    wall.now += timedelta(weeks=1)
    held(ws, other.id, [(stranger, "present")], [(stranger, 300)])
    wall.now += timedelta(days=1)
    second = held(ws, group.id, [(ann, "absent"), (eleni, "excused"), (cy, "present")], [(cy, 0)])
    # A mark for someone the group does not list (moved, or a slip of the past).
    ws.history.correct_attendance(second, stranger, "present")
    wall.now += timedelta(weeks=1)
    held(ws, group.id, [(ann, "present")], [(ann, 45)], end=False)  # still running
    return ws, group.id, ids | {"first": first, "second": second}


def test_attendance_rows_exactly(history: tuple[Workspace, int, dict[str, int]]) -> None:
    ws, gid, _ = history
    assert rows(ws.exports.attendance_csv(gid)) == [
        ["session_start", "member", "status"],
        ["2026-01-06 18:00", "Ann", "present"],
        ["2026-01-06 18:00", "Ελένη", "present"],
        ["2026-01-06 18:00", "Cy", "late"],
        ["2026-01-14 18:00", "Ann", "absent"],
        ["2026-01-14 18:00", "Ελένη", "excused"],
        ["2026-01-14 18:00", "Cy", "present"],
        ["2026-01-14 18:00", "?", "present"],
    ]


def test_airtime_rows_exactly(history: tuple[Workspace, int, dict[str, int]]) -> None:
    ws, gid, _ = history
    assert rows(ws.exports.airtime_csv(gid)) == [
        ["session_start", "member", "seconds", "share", "turns", "passes"],
        ["2026-01-06 18:00", "Ann", "30", "0.250", "1", "0"],
        ["2026-01-06 18:00", "Ελένη", "90", "0.750", "1", "0"],
        ["2026-01-06 18:00", "Cy", "0", "0.000", "0", "1"],
        # Only a pass: nothing said, no share to divide.
        ["2026-01-14 18:00", "Cy", "0", "0.000", "0", "1"],
    ]


def test_a_group_without_finished_sessions_exports_the_header_only(
    history: tuple[Workspace, int, dict[str, int]],
) -> None:
    ws, _, _ = history
    empty = ws.groups.create(GroupDraft("New", agenda=AGENDA))
    assert rows(ws.exports.attendance_csv(empty.id)) == [["session_start", "member", "status"]]
    assert len(rows(ws.exports.airtime_csv(empty.id))) == 1
