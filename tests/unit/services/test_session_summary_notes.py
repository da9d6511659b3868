"""The session summary lists the notes taken in the session: oldest first, with their
segment and the members they are about; other sessions' notes stay out; without the key no
note is read."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.validation import SegmentSpec
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import DAMAGED_BODY, NoteDraft
from facilitator_desktop.services.session_summary import with_notes
from facilitator_desktop.workspace import Workspace, database_path
from tests.conftest import PASSPHRASE

AGENDA = (SegmentSpec("Check-in", 5, "round"), SegmentSpec("Sharing", 20, "open"))


def test_notes_taken_are_listed_oldest_first(workspace: Workspace) -> None:
    ws = workspace
    stamps = iter(datetime(2026, 3, 5, 18, 0) + timedelta(minutes=m) for m in range(100))
    object.__setattr__(ws.context, "now", lambda: next(stamps))
    group = ws.groups.create(GroupDraft("Thursday", agenda=AGENDA))
    anna = ws.members.add(group.id, MemberDraft("Anna")).id
    bo = ws.members.add(group.id, MemberDraft("Bo")).id
    clock = FakeClock()
    live = ws.sessions.start(group.id, monotonic=clock)
    live.toggle()
    first = ws.notes.create(
        NoteDraft("Anna: new job", group.id, live.session_id, 0, member_ids=(anna,))
    )
    live.next_segment()
    second = ws.notes.create(
        NoteDraft("Both quiet", group.id, live.session_id, 1, (anna, bo), follow_up=True)
    )
    third = ws.notes.create(NoteDraft("Room too warm", group.id, live.session_id, 1))
    ws.notes.create(NoteDraft("Between sessions", group.id, member_ids=(anna,)))  # no session
    ws.notes.set_done(third.id)
    clock.advance(600)
    live.end()

    bare = ws.sessions.summary(live.session_id)
    assert bare.notes == () and not bare.notes_read
    summary = with_notes(bare, ws.notes, ws.members)
    assert summary.notes_read
    assert [(n.note_id, n.body, n.segment_index, n.about, n.follow_up) for n in summary.notes] == [
        (first.id, "Anna: new job", 0, ("Anna",), False),
        (second.id, "Both quiet", 1, ("Anna", "Bo"), True),
        (third.id, "Room too warm", 1, (), False),
    ]
    assert summary.attendance == bare.attendance  # the rest is unchanged


def test_without_the_key_no_note_is_read(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("Thursday", agenda=AGENDA))
    live = ws.sessions.start(group.id, monotonic=FakeClock())
    live.toggle()
    ws.notes.create(NoteDraft("Private", group.id, live.session_id, 0))
    live.end()
    bare = ws.sessions.summary(live.session_id)
    ws.keyring.lock()
    summary = with_notes(bare, ws.notes, ws.members)
    assert summary.notes == () and not summary.notes_read
    ws.unlock(PASSPHRASE)
    assert [n.body for n in with_notes(bare, ws.notes, ws.members).notes] == ["Private"]


def test_a_damaged_note_is_listed_as_damaged(workspace: Workspace) -> None:
    ws = workspace
    group = ws.groups.create(GroupDraft("Thursday", agenda=AGENDA))
    live = ws.sessions.start(group.id, monotonic=FakeClock())
    live.toggle()
    note = ws.notes.create(NoteDraft("Fine so far", group.id, live.session_id, 0))
    ws.notes.create(NoteDraft("Still fine", group.id, live.session_id, 0))
    live.end()
    ws.engine.dispose()
    db = sqlite3.connect(database_path(ws.data_dir))
    with db:
        db.execute("UPDATE notes SET body_ct = x'0011' WHERE id = ?", (note.id,))
    db.close()
    ws.notes.forget_all()
    summary = with_notes(ws.sessions.summary(live.session_id), ws.notes, ws.members)
    assert sorted((n.body, n.damaged) for n in summary.notes) == [
        ("Still fine", False),
        (DAMAGED_BODY, True),
    ]
