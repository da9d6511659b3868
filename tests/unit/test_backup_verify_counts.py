"""What checking a finished backup copy reports: every sealed record it tried, one by one
(a group, a member and a note are three, whatever columns each seals), the ones that did
not open among them; and a copy without its vault is refused in words, not with a crash."""

from __future__ import annotations

import sqlite3

import pytest

from facilitator_desktop.services import backups
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace


def _filled(ws: Workspace) -> None:
    group_id = ws.groups.create(GroupDraft("Mondays", description="For carers")).id
    ws.members.add(group_id, MemberDraft("Anna", "Anna Berg"))
    ws.notes.create(NoteDraft("call Anna", group_id=group_id))


def test_every_sealed_record_tried_is_counted_once(workspace: Workspace) -> None:
    _filled(workspace)
    made = workspace.create_backup()
    keyring = workspace.keyring
    assert backups.verify_copy(made, keyring.workspace_id, keyring.cipher) == (
        backups.Verification(checked=3, damaged=0)
    )


def test_records_that_do_not_open_are_counted_one_by_one(workspace: Workspace) -> None:
    _filled(workspace)
    made = workspace.create_backup()
    with sqlite3.connect(made) as conn:
        conn.execute("UPDATE groups SET description_ct = x'00ff00ff'")
        conn.execute("UPDATE notes SET body_ct = x'00ff00ff'")
    conn.close()
    keyring = workspace.keyring
    assert backups.verify_copy(made, keyring.workspace_id, keyring.cipher) == (
        backups.Verification(checked=3, damaged=2)
    )


@pytest.mark.parametrize(
    "damage", ["DELETE FROM vault_slots", "DELETE FROM workspace_meta"], ids=["slot", "meta"]
)
def test_a_copy_without_its_vault_is_refused_in_words(workspace: Workspace, damage: str) -> None:
    made = workspace.create_backup()
    with sqlite3.connect(made) as conn:
        conn.execute(damage)
    conn.close()
    with pytest.raises(backups.BackupFailed) as refused:
        backups.verify_copy(made, workspace.keyring.workspace_id, workspace.keyring.cipher)
    assert str(refused.value.message) == "The backup copy does not hold this workspace's vault."
