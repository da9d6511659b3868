"""Notes at the edges the mutation run found loose: edits that must read the body back
from disk when nothing is cached, the autosave sealing the body under its own field name,
the warm-up filling the cache for every note, a missing note named in the refusal, and
filters that leave out every other note."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.errors import NotFound
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft, NoteFilter, NoteService
from facilitator_desktop.workspace import Workspace
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
