"""A session summary printed with private notes holds that session's notes only, oldest
first, each stamped with its local hour and minute; another session's notes, or a note
about the group, never reach it."""

from __future__ import annotations

from datetime import datetime, timedelta

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.context import to_local
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.handout_data import NoteRow
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace


class Wall:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 6, 18, 5, 9)

    def __call__(self) -> datetime:
        return self.now


def _held(ws: Workspace, group_id: int, member_id: int) -> int:
    live = ws.sessions.start(group_id, monotonic=FakeClock())
    live.mark(member_id, "present")
    live.toggle()
    live.end()
    return live.session_id


def _hh_mm(stored: datetime) -> str:
    local = to_local(stored)
    return f"{local.hour:02d}:{local.minute:02d}"


def test_only_this_sessions_notes_oldest_first(workspace: Workspace) -> None:
    ws = workspace
    wall = Wall()
    object.__setattr__(ws.context, "now", wall)
    group = ws.groups.create(GroupDraft("G", agenda=(SegmentSpec("Talk", 10, "open"),)))
    ann = ws.members.add(group.id, MemberDraft("Ann")).id
    first = _held(ws, group.id, ann)
    second = _held(ws, group.id, ann)
    late = wall.now + timedelta(minutes=50)
    early = wall.now + timedelta(minutes=7)
    wall.now = late
    ws.notes.create(NoteDraft("Written last, about the first.", group.id, first))
    ws.notes.create(NoteDraft("About the second session.", group.id, second))
    ws.notes.create(NoteDraft("About the group only.", group.id))
    wall.now = early
    ws.notes.create(NoteDraft("Written first, about the first.", group.id, first))
    data = ws.handout_data.session_summary(first, include_private_notes=True)
    assert data.notes == (
        NoteRow(_hh_mm(early), "Written first, about the first."),
        NoteRow(_hh_mm(late), "Written last, about the first."),
    )
    assert ws.handout_data.session_summary(first).notes == ()
