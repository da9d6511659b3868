"""Session notes at the edges the mutation run found loose: the facts read on their own
name the members present, and the unsigned list is each row in full, oldest session first
(whatever order they were written in), one group's when a group is asked for."""

from __future__ import annotations

from datetime import datetime, timedelta

from facilitator_desktop.domain.session_note import NoteBody, Section
from facilitator_desktop.services.session_note_views import UnsignedNote
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import small_group, typical_session

NOW = datetime(2026, 3, 9, 12, 0)


def _at_now(ws: Workspace) -> Workspace:
    object.__setattr__(ws.context, "now", lambda: NOW)
    return ws


def _begin(ws: Workspace, session_id: int) -> None:
    ws.session_notes.save(session_id, body=NoteBody((Section("Note", "begun"),), ()))


def test_the_facts_name_the_members_present(workspace: Workspace) -> None:
    ws = _at_now(workspace)
    group = small_group(ws)
    session_id = typical_session(ws, group)
    facts = ws.session_notes.facts(session_id)
    assert [(m.member_id, m.alias) for m in facts.members] == [
        (group.anna, "Anna"),
        (group.bo, "Bo"),
        (group.cleo, "Cleo"),
    ]


def test_unsigned_notes_come_oldest_first_in_full_and_by_group(workspace: Workspace) -> None:
    ws = _at_now(workspace)
    carers = small_group(ws)
    grief = small_group(ws, "Grief")
    later = NOW - timedelta(days=2)
    earlier = NOW - timedelta(days=5)
    # Written newest first, so the session ids run against the dates; two groups met at
    # the same time: the one with the lower session id comes first.
    newest = typical_session(ws, carers, started_at=later)
    same_time_b = typical_session(ws, grief, started_at=earlier)
    same_time_a = typical_session(ws, carers, started_at=earlier)
    for session_id in (newest, same_time_a, same_time_b):  # notes begun out of id order
        _begin(ws, session_id)
    carers_earlier = UnsignedNote(same_time_a, carers.group_id, "Thursday carers", earlier, 5)
    grief_earlier = UnsignedNote(same_time_b, grief.group_id, "Grief", earlier, 5)
    carers_later = UnsignedNote(newest, carers.group_id, "Thursday carers", later, 2)
    assert ws.session_notes.unsigned(0) == [grief_earlier, carers_earlier, carers_later]
    assert ws.session_notes.unsigned(0, group_id=carers.group_id) == [
        carers_earlier,
        carers_later,
    ]
    assert ws.session_notes.unsigned(0, group_id=grief.group_id) == [grief_earlier]
