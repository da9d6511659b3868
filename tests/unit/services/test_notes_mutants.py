"""Notes at the edges the mutation run found loose: edits that must read the body back
from disk when nothing is cached, the autosave sealing the body under its own field name,
the warm-up filling the cache for every note, a missing note named in the refusal,
filters that leave out every other note, and search at its edges (cold cache, a malformed
row, the default limit)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from typing import Any

import pytest

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.errors import NotFound, RecordDamaged
from facilitator_desktop.models import Note, NoteMember
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import DAMAGED_BODY, NoteDraft, NoteFilter, NoteService
from facilitator_desktop.workspace import Workspace
from facilitator_desktop.workspace_backups import database_path
from tests.helpers.measures_setup import session_at


@pytest.fixture
def group_id(workspace: Workspace) -> int:
    return workspace.groups.create(GroupDraft("Group")).id


def test_an_autosaved_body_opens_from_disk(workspace: Workspace, group_id: int) -> None:
    note = workspace.notes.create(NoteDraft("first", group_id=group_id))
    workspace.notes.save_body(note.id, "second draft")
    # A second service has nothing cached: it decrypts what the autosave sealed.
    fresh = NoteService(workspace.context).get(note.id)
    assert (fresh.body, fresh.damaged) == ("second draft", False)


def test_autosaving_a_note_that_is_gone_says_so_and_keeps_the_others(
    workspace: Workspace, group_id: int
) -> None:
    kept = workspace.notes.create(NoteDraft("kept", group_id=group_id))
    with pytest.raises(NotFound) as raised:
        workspace.notes.save_body(kept.id + 1, "lost?")
    assert str(raised.value) == "That note no longer exists."
    assert workspace.notes.get(kept.id).body == "kept"


def test_links_and_follow_ups_change_on_a_note_not_yet_decrypted(
    workspace: Workspace, group_id: int
) -> None:
    anna = workspace.members.add(group_id, MemberDraft("Anna")).id
    note = workspace.notes.create(NoteDraft("body on disk", group_id=group_id))
    workspace.notes.forget_all()
    linked = workspace.notes.set_members(note.id, [anna])
    assert (linked.body, linked.member_ids, linked.damaged) == ("body on disk", (anna,), False)
    workspace.notes.forget_all()
    flagged = workspace.notes.set_follow_up(note.id, True)
    assert (flagged.body, flagged.follow_up, flagged.damaged) == ("body on disk", True, False)
    workspace.notes.forget_all()
    done = workspace.notes.set_done(note.id)
    assert (done.body, done.done, done.damaged) == ("body on disk", True, False)
    assert not workspace.notes.set_done(note.id, False).done  # and open again
    assert [n.id for n in workspace.notes.follow_ups()] == [note.id]


def test_the_warm_up_decrypts_every_note_once(
    workspace: Workspace, group_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    bodies = ["one", "two", "three"]
    ids = [workspace.notes.create(NoteDraft(b, group_id=group_id)).id for b in bodies]
    workspace.notes.save_body(ids[1], "two, edited")  # a later revision is the one cached
    notes = NoteService(workspace.context)  # nothing cached yet
    assert notes.decrypt_all() == 3

    def no_more_decrypting(*_: object) -> str:
        raise AssertionError("read a note the warm-up should have decrypted")

    monkeypatch.setattr(FieldCipher, "decrypt", no_more_decrypting)
    assert notes.decrypt_all() == 3  # again: every revision is cached already
    assert [notes.get(i).body for i in ids] == ["one", "two, edited", "three"]
    assert not any(notes.get(i).damaged for i in ids)


def test_linking_a_member_who_is_gone_says_so_and_links_nobody(
    workspace: Workspace, group_id: int
) -> None:
    anna = workspace.members.add(group_id, MemberDraft("Anna")).id
    with pytest.raises(NotFound) as raised:
        workspace.notes.create(NoteDraft("about?", group_id=group_id, member_ids=(anna, 999)))
    assert str(raised.value) == "A member linked to this note no longer exists."
    assert workspace.notes.find() == []
    note = workspace.notes.create(NoteDraft("kept", group_id=group_id, member_ids=(anna,)))
    with pytest.raises(NotFound) as raised:
        workspace.notes.set_members(note.id, [999])
    assert str(raised.value) == "A member linked to this note no longer exists."
    assert workspace.notes.get(note.id).member_ids == (anna,)


def test_filters_leave_out_every_other_note_and_limits_keep_the_newest(
    workspace: Workspace, group_id: int
) -> None:
    ws = workspace
    clock = iter(datetime(2026, 1, 1) + timedelta(hours=h) for h in range(100))
    object.__setattr__(ws.context, "now", lambda: next(clock))
    other_group = ws.groups.create(GroupDraft("Other")).id
    session = session_at(ws, group_id, datetime(2025, 12, 30, 18))
    plain = ws.notes.create(NoteDraft("plain sleep", group_id=group_id)).id
    in_session = ws.notes.create(NoteDraft("session sleep", group_id, session_id=session)).id
    flagged = ws.notes.create(NoteDraft("flagged sleep", group_id, follow_up=True)).id
    elsewhere = ws.notes.create(NoteDraft("other sleep", other_group, follow_up=True)).id
    done = ws.notes.create(NoteDraft("done sleep", group_id, follow_up=True)).id
    ws.notes.set_done(done)

    def ids(where: NoteFilter, limit: int | None = None) -> list[int]:
        return [n.id for n in ws.notes.find(where, limit=limit)]

    assert ids(NoteFilter(session_id=session)) == [in_session]
    assert ids(NoteFilter(group_id=group_id, follow_up="none")) == [in_session, plain]
    assert ids(NoteFilter(group_id=group_id, follow_up="open")) == [flagged]
    assert ids(NoteFilter(follow_up="done")) == [done]
    assert ids(NoteFilter(), limit=2) == [done, elsewhere]
    assert [n.id for n in ws.notes.follow_ups(group_id=other_group)] == [elsewhere]
    assert [n.id for n in ws.notes.follow_ups()] == [flagged, elsewhere]  # undated: oldest first
    found = ws.notes.search("sleep", NoteFilter(group_id=group_id), limit=2)
    assert [hit.note.id for hit in found] == [done, flagged]
    assert [hit.spans for hit in found] == [((5, 10),), ((8, 13),)]


def test_search_reads_notes_not_yet_decrypted_and_shows_the_match(
    workspace: Workspace, group_id: int
) -> None:
    body = "x" * 300 + " sleep " + "y" * 50
    note = workspace.notes.create(NoteDraft(body, group_id=group_id)).id
    fresh = NoteService(workspace.context)  # nothing cached
    (hit,) = fresh.search("sleep")
    assert hit.note.id == note and hit.spans == ((301, 306),)
    assert hit.snippet.text[hit.snippet.spans[0][0] : hit.snippet.spans[0][1]] == "sleep"
    assert hit.snippet.text.startswith("…")


def test_search_does_not_decrypt_again_what_is_cached(
    workspace: Workspace, group_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [workspace.notes.create(NoteDraft(f"sleep {n}", group_id=group_id)).id for n in range(2)]
    notes = NoteService(workspace.context)
    assert notes.decrypt_all() == 2

    def no_more_decrypting(*_: object) -> str:
        raise AssertionError("decrypted a note already in the cache")

    monkeypatch.setattr(FieldCipher, "decrypt", no_more_decrypting)
    assert [hit.note.id for hit in notes.search("sleep")] == ids[::-1]


def test_a_malformed_row_among_the_matches_hides_none_of_the_others(
    workspace: Workspace, group_id: int
) -> None:
    older = workspace.notes.create(NoteDraft("sleep, older", group_id=group_id)).id
    newer = workspace.notes.create(NoteDraft("sleep, newer", group_id=group_id)).id
    workspace.engine.dispose()
    with sqlite3.connect(database_path(workspace.data_dir)) as conn:  # edited outside the app
        conn.execute("UPDATE notes SET due_on = 'not a date' WHERE id = ?", (newer,))
    assert workspace.notes.get(newer).damaged
    assert [hit.note.id for hit in workspace.notes.search("sleep")] == [older]


def test_search_finds_at_most_200_notes_by_default(workspace: Workspace, group_id: int) -> None:
    with workspace.context.sessions.begin() as s:  # 201 notes, sealed as the app seals them
        cipher = workspace.keyring.cipher
        for n in range(201):
            note = Note(group_id=group_id, rev=0, body_ct=b"", created_at=datetime(2026, 1, 1))
            note.updated_at = note.created_at
            s.add(note)
            s.flush()
            note.body_ct = cipher.encrypt("notes", note.id, "body", 0, f"sleep {n}")
    assert len(workspace.notes.search("sleep")) == 200
    assert len(workspace.notes.search("sleep", limit=201)) == 201


def _many_notes(ws: Workspace, group_id: int, member_id: int, count: int) -> None:
    """`count` notes about one member, sealed as the app seals them, in one transaction."""
    cipher = ws.keyring.cipher
    with ws.context.sessions.begin() as s:
        for n in range(count):
            note = Note(group_id=group_id, rev=0, body_ct=b"", created_at=datetime(2026, 1, 1))
            note.updated_at = note.created_at
            s.add(note)
            s.flush()
            note.body_ct = cipher.encrypt("notes", note.id, "body", 0, f"sleep {n}")
            s.add(NoteMember(note_id=note.id, member_id=member_id))


def test_more_notes_than_one_batch_are_all_read_with_their_links(
    workspace: Workspace, group_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = workspace.members.add(group_id, MemberDraft("Anna")).id
    _many_notes(workspace, group_id, anna, 501)
    notes = NoteService(workspace.context)
    found = notes.find()
    assert len(found) == 501 and all(n.member_ids == (anna,) for n in found)
    notes.forget_all()
    assert notes.decrypt_all() == 501

    opened = FieldCipher.decrypt

    def members_only(cipher: FieldCipher, table: str, *rest: Any) -> str:
        assert table != "notes", "the warm-up left a note out"
        return opened(cipher, table, *rest)  # the members' names are read for the search

    monkeypatch.setattr(FieldCipher, "decrypt", members_only)
    assert len(notes.search("sleep", limit=600)) == 501


def test_a_malformed_row_keeps_what_can_still_be_read_of_it(
    workspace: Workspace, group_id: int
) -> None:
    note = workspace.notes.create(NoteDraft("call Anna", group_id=group_id, follow_up=True))
    workspace.notes.set_done(note.id)
    workspace.engine.dispose()
    with sqlite3.connect(database_path(workspace.data_dir)) as conn:  # edited outside the app
        conn.execute("UPDATE notes SET due_on = 'not a date' WHERE id = ?", (note.id,))
    read = workspace.notes.get(note.id)
    assert read.damaged and read.body == DAMAGED_BODY
    assert (read.group_id, read.follow_up, read.done, read.due_on) == (group_id, True, True, None)
    assert (read.created_at, read.updated_at) == (note.created_at, note.updated_at)


@pytest.mark.parametrize("rev", [-1, 2**63 - 1])
def test_a_revision_out_of_range_is_damage_not_a_crash(
    workspace: Workspace, group_id: int, rev: int
) -> None:
    note = workspace.notes.create(NoteDraft("kept as it was", group_id=group_id))
    workspace.engine.dispose()
    with sqlite3.connect(database_path(workspace.data_dir)) as conn:  # edited outside the app
        conn.execute("UPDATE notes SET rev = ? WHERE id = ?", (rev, note.id))
    assert workspace.notes.get(note.id).damaged
    with pytest.raises(RecordDamaged) as refused:
        workspace.notes.save_body(note.id, "edited")  # the next revision would not fit
    assert refused.value.message == (
        "This record is damaged and cannot be changed. Everything else is fine; a backup may "
        "hold an intact copy."
    )
