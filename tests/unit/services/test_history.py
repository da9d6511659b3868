"""History, member record, insights, follow-ups, corrections and CSV exports, on sessions
run through the real services with a fake clock so every figure is exact."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace

AGENDA = (SegmentSpec("Check-in", 2, "round"), SegmentSpec("Talk", 3, "open"))


class Weeks:
    """A wall clock that moves one week per session."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 6, 18, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def setup(workspace: Workspace) -> tuple[Workspace, int, dict[str, int], Weeks]:
    weeks = Weeks()
    object.__setattr__(workspace.context, "now", weeks)
    group = workspace.groups.create(GroupDraft("G", agenda=AGENDA))
    ids = {a: workspace.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy")}
    return workspace, group.id, ids, weeks


def run(
    ws: Workspace,
    group_id: int,
    weeks: Weeks,
    marks: dict[int, str],
    speeches: list[tuple[int, float]],
    talk_seconds: float = 200.0,
) -> int:
    """One session: marks, then a check-in round of `speeches` (seconds 0 = pass), then an
    open segment of `talk_seconds`, then the end. Returns the session id.

    In the room: N calls the first speaker; after each one, N (spoke) or P (passed) ends
    their turn and calls the next."""
    clock = FakeClock()
    live = ws.sessions.start(group_id, monotonic=clock)
    for member_id, status in marks.items():
        live.mark(member_id, status)
    live.toggle()
    live.start_round(speeches[0][0])
    live.next_speaker()
    for _member_id, seconds in speeches:
        clock.advance(seconds)
        if seconds == 0:
            live.pass_turn()
        else:
            live.next_speaker()
    live.next_segment()
    clock.advance(talk_seconds)
    live.end()
    weeks.now += timedelta(weeks=1)
    return live.session_id


def test_member_record_counts_exactly(setup: tuple[Workspace, int, dict[str, int], Weeks]) -> None:
    ws, gid, m, weeks = setup
    ann, bo, cy = m["Ann"], m["Bo"], m["Cy"]
    run(
        ws,
        gid,
        weeks,
        {ann: "present", bo: "present", cy: "present"},
        [(ann, 60), (bo, 30), (cy, 30)],
    )
    run(ws, gid, weeks, {ann: "present", bo: "excused", cy: "late"}, [(ann, 90), (cy, 30)])
    run(ws, gid, weeks, {ann: "absent", bo: "present", cy: "present"}, [(bo, 40), (cy, 0)])
    run(ws, gid, weeks, {ann: "absent", bo: "present", cy: "present"}, [(bo, 50), (cy, 0)])
    record = ws.history.member_record(ann)
    assert (record.attendance.sessions, record.attendance.attended) == (4, 2)
    assert record.attendance.consecutive_unexcused_absences == 2
    assert [round(x.share, 4) for x in record.sessions] == [0.5, 0.75, 0.0, 0.0]
    assert (record.turns, record.passes) == (2, 0)
    cy_record = ws.history.member_record(cy)
    assert cy_record.passes == 2 and cy_record.silent_streak == 2

    rows = ws.history.sessions(gid)
    assert [r.attended for r in rows] == [2, 2, 2, 3]  # newest first
    assert all(r.segments == 2 for r in rows)
    assert ws.history.sessions(gid, limit=2, before=rows[1].started_at)[0].id == rows[2].id

    kinds = {(f.kind, f.member_id) for f in ws.history.follow_ups(group_id=gid)}
    assert ("absence", ann) in kinds
    assert ("silence", cy) not in kinds  # two silent sessions: not yet three


def test_three_silent_sessions_and_open_note_follow_ups(
    setup: tuple[Workspace, int, dict[str, int], Weeks],
) -> None:
    ws, gid, m, weeks = setup
    ann, bo, cy = m["Ann"], m["Bo"], m["Cy"]
    for _ in range(3):
        run(
            ws,
            gid,
            weeks,
            {ann: "present", bo: "present", cy: "present"},
            [(ann, 60), (bo, 60), (cy, 0)],
        )
    note = ws.notes.create(NoteDraft("Phone Bo", gid, member_ids=(bo,), follow_up=True))
    items = ws.history.follow_ups()
    assert [(i.kind, i.member_id) for i in items] == [("silence", cy), ("note", bo)]
    assert items[0].count == 3 and items[1].note_id == note.id
    ws.notes.set_done(note.id)
    assert [i.kind for i in ws.history.follow_ups()] == ["silence"]


def test_grid_equity_and_overruns(setup: tuple[Workspace, int, dict[str, int], Weeks]) -> None:
    ws, gid, m, weeks = setup
    ann, bo, cy = m["Ann"], m["Bo"], m["Cy"]
    first = run(
        ws,
        gid,
        weeks,
        {ann: "present", bo: "present", cy: "absent"},
        [(ann, 90), (bo, 30)],
        talk_seconds=300,
    )
    second = run(
        ws,
        gid,
        weeks,
        {ann: "present", bo: "present", cy: "excused"},
        [(ann, 60), (bo, 60)],
        talk_seconds=100,
    )
    grid = ws.history.attendance_grid(gid)
    assert [c.session_id for c in grid.columns] == [first, second]
    assert {r[0].alias: r[1] for r in grid.rows} == {
        "Ann": ("present", "present"),
        "Bo": ("present", "present"),
        "Cy": ("absent", "excused"),
    }
    equity = ws.history.equity(gid)
    # Session 1: Ann 90, Bo 30 → Gini = |90-30| / (2·2·60) = 0.25; top share 0.75.
    assert [(e.gini, e.top_share) for e in equity] == [(0.25, 0.75), (0.0, 0.5)]
    (check_in, talk) = ws.history.overruns(gid)
    # Talk: planned 180 s; 300 s is 120 s over (beyond the 60 s tolerance), 100 s is not.
    assert (talk.sessions, talk.overran) == (2, 1)
    assert (check_in.sessions, check_in.overran) == (2, 0)


def test_corrections_are_recorded(setup: tuple[Workspace, int, dict[str, int], Weeks]) -> None:
    ws, gid, m, weeks = setup
    ann, bo, cy = m["Ann"], m["Bo"], m["Cy"]
    sid = run(ws, gid, weeks, {ann: "present", bo: "absent", cy: "present"}, [(ann, 60), (cy, 30)])
    ws.history.correct_attendance(sid, bo, "excused")
    turn_id = ws.history.turns_of(sid)[1][0]
    ws.history.correct_turn(turn_id, member_id=bo)
    summary = ws.sessions.summary(sid)
    assert {a.alias: a.status for a in summary.attendance}["Bo"] == "excused"
    assert {a.alias: a.seconds for a in summary.airtime}["Bo"] == 30
    assert summary.corrected
    assert [what for _, what in ws.history.corrections(sid)] == [
        f"attendance member={bo}: absent -> excused",
        f"turn {turn_id}: member {cy} -> {bo}",
    ]


def test_csv_exports(setup: tuple[Workspace, int, dict[str, int], Weeks]) -> None:
    ws, gid, m, weeks = setup
    run(
        ws,
        gid,
        weeks,
        {m["Ann"]: "present", m["Bo"]: "late", m["Cy"]: "excused"},
        [(m["Ann"], 30), (m["Bo"], 90)],
    )
    attendance = list(csv.reader(io.StringIO(ws.exports.attendance_csv(gid).decode("utf-8-sig"))))
    assert attendance[0] == ["session_start", "member", "status"]
    assert [row[1:] for row in attendance[1:]] == [
        ["Ann", "present"],
        ["Bo", "late"],
        ["Cy", "excused"],
    ]
    airtime = list(csv.reader(io.StringIO(ws.exports.airtime_csv(gid).decode("utf-8-sig"))))
    assert [row[1:] for row in airtime[1:]] == [
        ["Ann", "30", "0.250", "1", "0"],
        ["Bo", "90", "0.750", "1", "0"],
    ]
