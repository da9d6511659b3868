"""What the Notes page keeps across a lock, without a window: a note sealed before the key
goes is saved after the unlock where it belongs, handed back when the disk still refuses it,
and said lost (never guessed at) when it cannot be opened again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from facilitator_desktop.errors import NotFound, StorageFull
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.ui.notes.keeping import HeldOutcome, save_held, seal_note
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE


def test_a_new_note_held_across_a_lock_is_stored_with_its_links(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("Carers")).id
    anna = workspace.members.add(group, MemberDraft("Anna")).id
    draft = NoteDraft("", group, member_ids=(anna,), follow_up=True, due_on=date(2026, 3, 9))
    typed = "Zoë called — 李娜 🙂"
    held = seal_note(workspace.keyring, typed, StorageFull(), note_id=None, draft=draft, cursor=4)
    assert held is not None and held.cursor == 4
    assert held.text.why == "the disk is full"
    assert typed.encode() not in held.text.sealed and "Zoë" not in repr(held)

    workspace.lock()
    workspace.unlock(PASSPHRASE)
    outcome = save_held(held, workspace.keyring, workspace.notes)
    assert outcome.saved_id is not None and outcome.error is None and outcome.body is None
    stored = workspace.notes.get(outcome.saved_id)
    assert stored.body == typed
    assert (stored.group_id, stored.member_ids) == (group, (anna,))
    assert stored.follow_up and stored.due_on == date(2026, 3, 9)


def test_a_stored_note_held_across_a_lock_keeps_its_place(workspace: Workspace) -> None:
    note = workspace.notes.create(NoteDraft("Before the lock", None)).id
    held = seal_note(
        workspace.keyring,
        "Before the lock, and after",
        None,
        note_id=note,
        draft=NoteDraft("", None),
        cursor=0,
    )
    assert held is not None
    outcome = save_held(held, workspace.keyring, workspace.notes)
    assert outcome == HeldOutcome(saved_id=note)
    assert workspace.notes.get(note).body == "Before the lock, and after"
    assert len(workspace.notes.find()) == 1  # no second note


def test_a_note_deleted_meanwhile_comes_back_as_text_with_the_reason(
    workspace: Workspace,
) -> None:
    note = workspace.notes.create(NoteDraft("Soon gone", None)).id
    held = seal_note(
        workspace.keyring, "Typed on", None, note_id=note, draft=NoteDraft("", None), cursor=3
    )
    assert held is not None
    workspace.notes.delete(note)
    outcome = save_held(held, workspace.keyring, workspace.notes)
    assert outcome.saved_id is None
    assert outcome.body == "Typed on" and isinstance(outcome.error, NotFound)


def test_text_sealed_under_another_key_is_lost_not_guessed(
    workspace: Workspace, tmp_path: Path
) -> None:
    held = seal_note(
        workspace.keyring, "Only here", None, note_id=None, draft=NoteDraft("", None), cursor=0
    )
    assert held is not None
    with Workspace.create(tmp_path / "other", PASSPHRASE, kdf_params=FAST_KDF) as other:
        assert save_held(held, other.keyring, other.notes) == HeldOutcome()
        assert other.notes.find() == []


def test_nothing_is_sealed_once_the_key_is_gone(workspace: Workspace) -> None:
    workspace.lock()
    held = seal_note(
        workspace.keyring, "Too late", None, note_id=None, draft=NoteDraft("", None), cursor=0
    )
    assert held is None
