"""Deleting a test session: everything recorded in it goes in one transaction; its notes are
kept, unlinked, unless the facilitator asks for them to go too; follow-ups count again."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
import sqlalchemy
from sqlalchemy import func, select

from facilitator_desktop.domain.attendance import AttendanceStatus
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import FacilitatorError, NotFound
from facilitator_desktop.models import (
    Attendance,
    Correction,
    GroupSession,
    Note,
    NoteMember,
    SessionEvent,
    SessionSegment,
    Turn,
)
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft, NoteFilter
from facilitator_desktop.workspace import Workspace

AGENDA = (SegmentSpec("Check-in", 2, "round"), SegmentSpec("Talk", 3, "open"))
PER_SESSION = (Attendance, Turn, SessionEvent, SessionSegment, Correction)


class Weeks:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 6, 18, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def weeks(workspace: Workspace) -> Weeks:
    clock = Weeks()
    object.__setattr__(workspace.context, "now", clock)
    return clock


@pytest.fixture
def group(workspace: Workspace, weeks: Weeks) -> tuple[int, dict[str, int]]:
    group = workspace.groups.create(GroupDraft("G", agenda=AGENDA))
    ids = {a: workspace.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy")}
    return group.id, ids


def run(ws: Workspace, group_id: int, weeks: Weeks, marks: dict[int, AttendanceStatus]) -> int:
    """A short finished session: the marks, a round of everyone present, the end."""
    clock = FakeClock()
    live = ws.sessions.start(group_id, monotonic=clock)
    for member_id, status in marks.items():
        live.mark(member_id, status)
    live.toggle()
    live.start_round()
    live.next_speaker()
    for _ in live.snapshot().talk.present:
        clock.advance(30)
        live.next_speaker()
    live.end()
    weeks.now += timedelta(weeks=1)
    return live.session_id


def rows(ws: Workspace, session_id: int) -> dict[str, int]:
    with ws.context.sessions() as s:
        counts = {
            t.__tablename__: int(
                s.scalar(select(func.count()).select_from(t).where(t.session_id == session_id)) or 0
            )
            for t in (*PER_SESSION, Note)
        }
        counts["sessions"] = int(
            s.scalar(select(func.count()).where(GroupSession.id == session_id)) or 0
        )
    return counts


def test_contents_counts_what_would_go(
    workspace: Workspace, weeks: Weeks, group: tuple[int, dict[str, int]]
) -> None:
    gid, m = group
    sid = run(workspace, gid, weeks, {m["Ann"]: "present", m["Bo"]: "late", m["Cy"]: "absent"})
    workspace.history.correct_attendance(sid, m["Cy"], "excused")
    workspace.notes.create(NoteDraft("Plain", gid, sid))
    workspace.notes.create(NoteDraft("Call Bo", gid, sid, member_ids=(m["Bo"],), follow_up=True))
    called = workspace.notes.create(NoteDraft("Call Cy", gid, sid, follow_up=True))
    workspace.notes.set_done(called.id, True)  # a follow-up done is no longer open
    contents = workspace.sessions.contents(sid)
    assert (contents.attendance, contents.turns, contents.segments) == (3, 2, 2)
    assert contents.corrections == 1 and contents.events > 0
    assert (contents.notes, contents.open_follow_ups) == (3, 1)
    assert contents.status == "finished" and contents.group_id == gid


def test_delete_keeps_notes_unlinked_and_everything_else_goes(
    workspace: Workspace, weeks: Weeks, group: tuple[int, dict[str, int]]
) -> None:
    gid, m = group
    kept = run(workspace, gid, weeks, {m["Ann"]: "present", m["Bo"]: "present"})
    test = run(workspace, gid, weeks, {m["Ann"]: "present", m["Cy"]: "present"})
    workspace.history.correct_attendance(test, m["Bo"], "excused")
    note = workspace.notes.create(
        NoteDraft("Cy spoke of moving", gid, test, segment_index=1, member_ids=(m["Cy"],))
    )
    other = workspace.notes.create(NoteDraft("Kept session's note", gid, kept))
    before_kept = rows(workspace, kept)

    gone = workspace.sessions.delete(test)

    assert gone.id == test and gone.notes == 1 and not gone.notes_deleted
    assert rows(workspace, test) == dict.fromkeys(rows(workspace, test), 0)
    assert rows(workspace, kept) == before_kept
    moved = workspace.notes.get(note.id)
    assert (moved.session_id, moved.segment_index) == (None, None)
    assert (moved.body, moved.group_id, moved.member_ids) == ("Cy spoke of moving", gid, (m["Cy"],))
    assert workspace.notes.get(other.id).session_id == kept
    assert [r.id for r in workspace.history.sessions(gid)] == [kept]
    assert workspace.notes.find(NoteFilter(member_id=m["Cy"]))[0].id == note.id
    with pytest.raises(NotFound):
        workspace.sessions.summary(test)


def test_delete_with_its_notes(
    workspace: Workspace, weeks: Weeks, group: tuple[int, dict[str, int]]
) -> None:
    gid, m = group
    sid = run(workspace, gid, weeks, {m["Ann"]: "present"})
    note = workspace.notes.create(NoteDraft("Test note", gid, sid, member_ids=(m["Ann"],)))
    loose = workspace.notes.create(NoteDraft("Not from a session", gid, member_ids=(m["Ann"],)))
    gone = workspace.sessions.delete(sid, delete_notes=True)
    assert gone.notes == 1 and gone.notes_deleted
    with pytest.raises(NotFound):
        workspace.notes.get(note.id)
    assert workspace.notes.get(loose.id).body == "Not from a session"
    with workspace.context.sessions() as s:
        links = s.scalars(select(NoteMember.note_id)).all()
    assert links == [loose.id]


def test_follow_ups_are_counted_again_without_it(
    workspace: Workspace, weeks: Weeks, group: tuple[int, dict[str, int]]
) -> None:
    gid, m = group
    everyone: dict[int, AttendanceStatus] = {
        m["Ann"]: "present",
        m["Bo"]: "present",
        m["Cy"]: "present",
    }
    run(workspace, gid, weeks, everyone)
    # Two test sessions in which Cy was (wrongly) left absent without notice.
    tests = [run(workspace, gid, weeks, {**everyone, m["Cy"]: "absent"}) for _ in range(2)]
    absences = [f for f in workspace.history.follow_ups() if f.kind == "absence"]
    assert [(f.member_id, f.count) for f in absences] == [(m["Cy"], 2)]
    assert workspace.history.member_record(m["Cy"]).attendance.sessions == 3

    workspace.sessions.delete(tests[1])
    still = [f for f in workspace.history.follow_ups() if f.kind == "absence"]
    assert all(f.count == 1 for f in still)  # one absence left: whatever the threshold
    workspace.sessions.delete(tests[0])
    assert [f for f in workspace.history.follow_ups() if f.kind == "absence"] == []
    record = workspace.history.member_record(m["Cy"])
    assert (record.attendance.sessions, record.attendance.attended) == (1, 1)


def test_a_follow_up_note_of_the_session_goes_only_with_its_notes(
    workspace: Workspace, weeks: Weeks, group: tuple[int, dict[str, int]]
) -> None:
    gid, m = group
    first = run(workspace, gid, weeks, {m["Bo"]: "present"})
    second = run(workspace, gid, weeks, {m["Bo"]: "present"})
    for sid in (first, second):
        workspace.notes.create(
            NoteDraft("Call Bo", gid, sid, member_ids=(m["Bo"],), follow_up=True)
        )
    workspace.sessions.delete(first)
    assert len([f for f in workspace.history.follow_ups() if f.kind == "note"]) == 2
    workspace.sessions.delete(second, delete_notes=True)
    assert len([f for f in workspace.history.follow_ups() if f.kind == "note"]) == 1


def test_a_running_session_is_not_deleted_here(
    workspace: Workspace, group: tuple[int, dict[str, int]]
) -> None:
    gid, m = group
    live = workspace.sessions.start(gid, monotonic=FakeClock())
    live.mark(m["Ann"], "present")
    with pytest.raises(FacilitatorError, match="still running"):
        workspace.sessions.delete(live.session_id)
    assert rows(workspace, live.session_id)["attendance"] == 1
    assert [r.id for r in workspace.sessions.running()] == [live.session_id]


def test_a_session_already_gone(
    workspace: Workspace, weeks: Weeks, group: tuple[int, dict[str, int]]
) -> None:
    gid, m = group
    sid = run(workspace, gid, weeks, {m["Ann"]: "present"})
    workspace.sessions.delete(sid)
    with pytest.raises(NotFound):
        workspace.sessions.delete(sid)
    with pytest.raises(NotFound):
        workspace.sessions.contents(sid)
    with pytest.raises(NotFound):
        workspace.sessions.delete(-1)


def test_all_or_nothing(
    workspace: Workspace,
    weeks: Weeks,
    group: tuple[int, dict[str, int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A failure half-way (here: deleting the session row) leaves every row in place."""
    gid, m = group
    sid = run(workspace, gid, weeks, {m["Ann"]: "present", m["Bo"]: "present"})
    workspace.notes.create(NoteDraft("Note", gid, sid))
    before = rows(workspace, sid)

    from facilitator_desktop.services import sessions as module

    def failing(table: Any) -> Any:
        if table is GroupSession:
            raise OSError("disk gone")
        return sqlalchemy.delete(table)

    monkeypatch.setattr(module, "delete", failing)
    with pytest.raises(OSError):
        workspace.sessions.delete(sid, delete_notes=True)
    assert rows(workspace, sid) == before
