"""Correcting attendance after the session, at its edges: a late arrival or an early leave
kept when the status stays, dropped when it changes; a member never marked; an unknown
status, a missing or a running session refused word for word with nothing changed; turns
listed by when they started, not by when they were stored."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import count

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.errors import NotFound
from facilitator_desktop.models import Attendance, Turn
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace

Held = tuple[Workspace, int, dict[str, int]]


@pytest.fixture
def held(workspace: Workspace) -> Held:
    """A finished session: Ann came 2 minutes late, Bo left after 5, Cy was not marked
    (the end marks him absent)."""
    minutes = count()  # each change a minute after the last: corrections list by time
    start = datetime(2026, 1, 6, 18, 0)
    object.__setattr__(workspace.context, "now", lambda: start + timedelta(minutes=next(minutes)))
    group = workspace.groups.create(GroupDraft("G", agenda=(SegmentSpec("Round", 10, "round"),)))
    ids = {a: workspace.members.add(group.id, MemberDraft(a)).id for a in ("Ann", "Bo", "Cy")}
    clock = FakeClock()
    live = workspace.sessions.start(group.id, monotonic=clock)
    live.mark(ids["Bo"], "present")
    live.toggle()
    clock.advance(120)
    live.mark(ids["Ann"], "late")
    clock.advance(180)
    live.mark(ids["Bo"], "left_early")
    live.end()
    return workspace, live.session_id, ids


def _times(ws: Workspace, session_id: int, member_id: int) -> tuple[float | None, float | None]:
    with ws.context.sessions() as s:
        mark = s.get(Attendance, (session_id, member_id))
        assert mark is not None
        return mark.arrived_at, mark.left_at


def test_arrival_and_leaving_times_follow_the_status(held: Held) -> None:
    ws, sid, ids = held
    arrived, _ = _times(ws, sid, ids["Ann"])
    _, left = _times(ws, sid, ids["Bo"])
    assert arrived is not None and left is not None
    # The same status again keeps its time.
    ws.history.correct_attendance(sid, ids["Ann"], "late")
    ws.history.correct_attendance(sid, ids["Bo"], "left_early")
    assert _times(ws, sid, ids["Ann"]) == (arrived, None)
    assert _times(ws, sid, ids["Bo"]) == (None, left)
    # Another status drops the time it no longer means.
    ws.history.correct_attendance(sid, ids["Ann"], "present")
    ws.history.correct_attendance(sid, ids["Bo"], "present")
    assert _times(ws, sid, ids["Ann"]) == (None, None)
    assert _times(ws, sid, ids["Bo"]) == (None, None)


def test_a_member_without_a_mark_reads_unmarked(held: Held) -> None:
    ws, sid, ids = held
    group_id = ws.groups.list()[0].id
    dee = ws.members.add(group_id, MemberDraft("Dee")).id  # joined after the session
    ws.history.correct_attendance(sid, dee, "excused")
    ws.history.correct_attendance(sid, ids["Cy"], "excused")
    assert [what for _, what in ws.history.corrections(sid)] == [
        f"attendance member={dee}: unmarked -> excused",
        f"attendance member={ids['Cy']}: absent -> excused",
    ]
    assert _times(ws, sid, dee) == (None, None)


def test_refusals_word_for_word_and_nothing_changed(held: Held) -> None:
    ws, sid, ids = held
    with pytest.raises(NotFound) as unknown:
        ws.history.correct_attendance(sid, ids["Ann"], "maybe")
    assert unknown.value.message == "Unknown attendance status."
    with pytest.raises(NotFound) as missing:
        ws.history.correct_attendance(sid + 1000, ids["Ann"], "present")
    assert missing.value.message == "Only finished sessions can be corrected."
    assert ws.history.corrections(sid) == []
    assert _times(ws, sid, ids["Ann"])[0] is not None


def test_a_running_session_is_not_corrected(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("G", agenda=(SegmentSpec("Round", 10, "round"),)))
    ann = workspace.members.add(group.id, MemberDraft("Ann")).id
    live = workspace.sessions.start(group.id, monotonic=FakeClock())
    live.mark(ann, "present")
    with pytest.raises(NotFound) as running:
        workspace.history.correct_attendance(live.session_id, ann, "absent")
    assert running.value.message == "Only finished sessions can be corrected."
    assert workspace.history.corrections(live.session_id) == []


def test_turns_listed_by_start_not_by_storage(held: Held) -> None:
    ws, sid, ids = held
    with ws.context.sessions.begin() as s:
        for member, start in ((ids["Ann"], 400.0), (ids["Bo"], 30.0), (ids["Cy"], 200.0)):
            s.add(
                Turn(
                    session_id=sid,
                    member_id=member,
                    segment_index=0,
                    started_at=start,
                    duration=5.0,
                    passed=False,
                )
            )
    assert [(t[1], t[3]) for t in ws.history.turns_of(sid)] == [
        (ids["Bo"], 30.0),
        (ids["Cy"], 200.0),
        (ids["Ann"], 400.0),
    ]
