"""Notes at the edges the mutation run found loose: edits that must read the body back
from disk when nothing is cached, the autosave sealing the body under its own field name,
the warm-up filling the cache for every note, and a missing note named in the refusal."""

from __future__ import annotations

import pytest

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.errors import NotFound
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft, NoteService
from facilitator_desktop.workspace import Workspace


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
