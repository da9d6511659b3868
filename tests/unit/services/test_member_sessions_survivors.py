"""Which sessions a member's copy lists, and how: only finished ones of their own group,
newest first with the later made first when two began at the same moment, and a note
written in a group's only session counted as written."""

from __future__ import annotations

from datetime import datetime

from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import (
    Sitting,
    SmallGroup,
    small_group,
    typical_session,
    write_session,
)


def test_the_only_session_of_a_group_shows_its_note_written_and_signed(
    ws: Workspace, group: SmallGroup
) -> None:
    """A group's one session: its note is found (not only notes beside another session)."""
    only = typical_session(ws, group)
    ws.session_notes.save(only, entries={group.anna: "Anna spoke first."})
    ws.session_notes.sign(only)
    listed = ws.session_notes.member_sessions(group.anna)
    assert [(m.session_id, m.status, m.written, m.signed) for m in listed] == [
        (only, "present", True, True)
    ]


def test_a_session_not_finished_is_not_in_a_members_list(ws: Workspace, group: SmallGroup) -> None:
    """A session still running, the member marked present in it, is left out."""
    done = typical_session(ws, group, started_at=datetime(2026, 2, 5, 17, 0))
    typical_session(ws, group, started_at=datetime(2026, 2, 12, 17, 0), status="running")
    listed = ws.session_notes.member_sessions(group.anna)
    assert [m.session_id for m in listed] == [done]
    (session,) = ws.session_notes.member_report(group.anna).sessions
    assert session.day.isoformat() == "2026-02-05"


def test_a_mark_in_another_groups_session_stays_out_of_a_members_copy(
    ws: Workspace, group: SmallGroup
) -> None:
    """A mark for the member in another group's session (nothing in the database forbids
    one) does not bring that group's session, or its facts, into their list or copy."""
    other = small_group(ws, "Parents")
    ours = typical_session(ws, group, started_at=datetime(2026, 2, 5, 17, 0))
    write_session(
        ws,
        other.group_id,
        Sitting(
            started_at=datetime(2026, 2, 6, 17, 0), marks={group.anna: ("present", None, None)}
        ),
    )
    assert [m.session_id for m in ws.session_notes.member_sessions(group.anna)] == [ours]
    report = ws.session_notes.member_report(group.anna)
    assert [s.day.isoformat() for s in report.sessions] == ["2026-02-05"]


def test_sessions_begun_at_the_same_moment_list_the_later_made_first(
    ws: Workspace, group: SmallGroup
) -> None:
    """Equal start times: newest first still holds, by the order they were made."""
    same = datetime(2026, 2, 5, 17, 0)
    first, second, third = (typical_session(ws, group, started_at=same) for _ in range(3))
    listed = ws.session_notes.member_sessions(group.anna)
    assert [m.session_id for m in listed] == [third, second, first]
