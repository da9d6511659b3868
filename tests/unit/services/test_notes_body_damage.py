"""A note whose sealed body or revision was changed outside the app reads as damaged, with
the words that say so and everything else of it that still reads, and stays out of search,
even by the name of a member it is about, and takes no place from the notes beside it,
which read as written."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.errors import RecordDamaged
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import DAMAGED_BODY, NoteDraft, NoteInfo
from facilitator_desktop.workspace import Workspace
from facilitator_desktop.workspace_backups import database_path
from tests.conftest import PASSPHRASE

EDITS = {
    "body-as-text": "body_ct = 'call Anna'",
    "body-as-number": "body_ct = 42",
    "revision-as-text": "rev = 'one'",
    "revision-as-fraction": "rev = 1.5",
    "body-emptied": "body_ct = x''",
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_a_body_or_revision_changed_outside_the_app_reads_as_damaged(
    workspace: Workspace, edit: str
) -> None:
    group_id = workspace.groups.create(GroupDraft("Mondays")).id
    anna = (workspace.members.add(group_id, MemberDraft("Anna")).id,)
    notes = workspace.notes
    kept = notes.create(NoteDraft("call back", group_id=group_id, member_ids=anna)).id
    changed = notes.create(NoteDraft("call again", group_id=group_id, member_ids=anna)).id
    workspace.engine.dispose()
    with sqlite3.connect(database_path(workspace.data_dir)) as conn:
        conn.execute(f"UPDATE notes SET {edit} WHERE id = ?", (changed,))
    conn.close()
    workspace.keyring.lock()  # nothing left decrypted from before the change
    workspace.unlock(PASSPHRASE)

    read = notes.get(changed)
    assert (read.damaged, read.body) == (True, DAMAGED_BODY)
    assert (notes.get(kept).damaged, notes.get(kept).body) == (False, "call back")
    assert [hit.note.id for hit in notes.search("call")] == [kept]
    assert [hit.note.id for hit in notes.search("Anna", limit=1)] == [kept]  # the newer is out
    assert [(n.id, n.damaged) for n in notes.find()] == [(changed, True), (kept, False)]


def test_a_damaged_note_keeps_every_link_and_date_that_still_reads(workspace: Workspace) -> None:
    """Only the revision is damaged: the session, its part, the members, the due date and
    "for co-facilitators" are shown as they were, with the body replaced by the notice."""
    group_id = workspace.groups.create(GroupDraft("Mondays")).id
    anna = workspace.members.add(group_id, MemberDraft("Anna")).id
    bo = workspace.members.add(group_id, MemberDraft("Bo")).id
    live = workspace.sessions.start(group_id, monotonic=FakeClock())
    live.toggle()
    live.end()
    draft = NoteDraft(
        "call Anna",
        group_id=group_id,
        session_id=live.session_id,
        segment_index=1,
        member_ids=(anna, bo),
        follow_up=True,
        due_on=date(2026, 3, 20),
    )
    note = workspace.notes.create(draft)
    workspace.engine.dispose()
    with sqlite3.connect(database_path(workspace.data_dir)) as conn:
        conn.execute("UPDATE notes SET rev = 'one', shared = 1 WHERE id = ?", (note.id,))
    conn.close()

    read = workspace.notes.get(note.id)
    assert read == NoteInfo(
        id=note.id,
        body=DAMAGED_BODY,
        group_id=group_id,
        session_id=live.session_id,
        segment_index=1,
        member_ids=(anna, bo),
        created_at=note.created_at,
        updated_at=note.updated_at,
        follow_up=True,
        due_on=date(2026, 3, 20),
        done=False,
        damaged=True,
        shared=True,
    )


def test_a_damaged_note_about_no_one_is_about_no_one(workspace: Workspace) -> None:
    group_id = workspace.groups.create(GroupDraft("Mondays")).id
    note = workspace.notes.create(NoteDraft("room booked", group_id=group_id))
    workspace.engine.dispose()
    with sqlite3.connect(database_path(workspace.data_dir)) as conn:
        conn.execute("UPDATE notes SET rev = 'one' WHERE id = ?", (note.id,))
    conn.close()
    [read] = workspace.notes.find()
    assert (read.damaged, read.member_ids) == (True, ())


@pytest.mark.parametrize("column", ["created_at", "updated_at"])
def test_a_date_that_does_not_read_is_the_earliest_and_the_lists_still_sort(
    workspace: Workspace, column: str
) -> None:
    group_id = workspace.groups.create(GroupDraft("Mondays")).id
    notes = workspace.notes
    damaged = notes.create(NoteDraft("call Anna", group_id=group_id, follow_up=True)).id
    kept = notes.create(NoteDraft("call Bo", group_id=group_id, follow_up=True)).id
    workspace.engine.dispose()
    with sqlite3.connect(database_path(workspace.data_dir)) as conn:
        conn.execute(f"UPDATE notes SET {column} = 'yesterday' WHERE id = ?", (damaged,))
    conn.close()

    read = notes.get(damaged)
    assert read.damaged and getattr(read, column) == datetime.min
    assert [n.id for n in notes.follow_ups()] == [damaged, kept]  # oldest first


def test_a_follow_up_or_shared_flag_that_does_not_read_reads_as_no(workspace: Workspace) -> None:
    group_id = workspace.groups.create(GroupDraft("Mondays")).id
    note = workspace.notes.create(NoteDraft("call Anna", group_id=group_id, follow_up=True))
    workspace.engine.dispose()
    with sqlite3.connect(database_path(workspace.data_dir)) as conn:
        conn.execute(
            "UPDATE notes SET follow_up = 'yes', shared = 'maybe' WHERE id = ?", (note.id,)
        )
    conn.close()
    read = workspace.notes.get(note.id)
    assert (read.damaged, read.follow_up, read.due_on, read.shared) == (True, False, None, False)


def test_a_note_one_revision_from_the_limit_takes_its_last_edit(workspace: Workspace) -> None:
    """A revision raised outside the app to two below the largest the file holds: one more
    edit fits and is kept; the next is refused and changes nothing."""
    group_id = workspace.groups.create(GroupDraft("Mondays")).id
    note = workspace.notes.create(NoteDraft("first", group_id=group_id))
    workspace.engine.dispose()
    with sqlite3.connect(database_path(workspace.data_dir)) as conn:
        conn.execute("UPDATE notes SET rev = ? WHERE id = ?", (2**63 - 3, note.id))
    conn.close()
    saved = workspace.notes.save_body(note.id, "last edit")
    assert (saved.body, saved.damaged) == ("last edit", False)
    with pytest.raises(RecordDamaged):
        workspace.notes.save_body(note.id, "one too many")
    assert workspace.notes.get(note.id).body == "last edit"
