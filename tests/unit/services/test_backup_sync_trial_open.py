"""A copy is given new slots only when its values open with the workspace's key afterwards:
a backup whose key id names the current key while its values were sealed under a key no
longer held is removed, never kept with slots that open nothing; a sound backup beside it
is kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.job_runner import current_key_id
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import files_opening_with, sqlite_files

SECOND, THIRD = "a second passphrase", "a third passphrase"


def _label(path: Path, key_id: bytes) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE workspace_meta SET key_id = ? WHERE id = 1", (key_id,))
    finally:
        conn.close()


def test_a_backup_mislabelled_with_the_current_key_is_removed_not_reslotted(
    workspace: Workspace,
) -> None:
    group = workspace.groups.create(GroupDraft("Grief group")).id
    anna = workspace.members.add(group, MemberDraft("Anna", full_name="Anna Nowak"))
    workspace.notes.create(NoteDraft("first meeting", group, member_ids=(anna.id,)))
    workspace.create_backup()
    [stale] = sqlite_files(workspace.data_dir / "backups")
    sealed_under_old_key = stale.read_bytes()
    rotated = workspace.change_passphrase(PASSPHRASE, SECOND, rotate=True, kdf_params=FAST_KDF)
    assert rotated.copies_reencrypted == 1  # the old key is forgotten from here on
    workspace.create_backup()
    [kept] = [p for p in sqlite_files(workspace.data_dir / "backups") if p != stale]
    stale.write_bytes(sealed_under_old_key)
    _label(stale, current_key_id(workspace.context))

    report = workspace.change_passphrase(SECOND, THIRD, kdf_params=FAST_KDF)
    assert report.copies_removed == (stale.name,)
    assert (report.copies_updated, report.copies_reencrypted) == (1, 0)
    assert not stale.exists()
    left = sqlite_files(workspace.data_dir / "backups")
    assert kept in left and stale not in left
    assert files_opening_with(workspace.data_dir / "backups", passphrase=THIRD) == left
