"""A backup written before key ids were stored (its key id is empty) is still brought in
line: the key it opens with is found from its sealed values, and it keeps every value."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace, database_path
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import files_opening_with, key_from, readable_values, sqlite_files

NEW = "a brand new passphrase"


def _with_one_legacy_backup(ws: Workspace) -> Path:
    group = ws.groups.create(GroupDraft("Grief group")).id
    anna = ws.members.add(group, MemberDraft("Anna", full_name="Anna Nowak"))
    ws.notes.create(NoteDraft("first meeting", group, member_ids=(anna.id,)))
    ws.create_backup()
    ws.create_backup()
    legacy = sqlite_files(ws.data_dir / "backups")[0]
    with sqlite3.connect(legacy) as conn:
        conn.execute("UPDATE workspace_meta SET key_id = NULL")
    conn.close()
    return legacy


def _key_id_of(path: Path) -> bytes | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        stored = conn.execute("SELECT key_id FROM workspace_meta WHERE id = 1").fetchone()[0]
    finally:
        conn.close()
    return None if stored is None else bytes(stored)


def test_a_backup_without_a_key_id_gets_the_new_passphrase_and_keeps_its_values(
    workspace: Workspace,
) -> None:
    legacy = _with_one_legacy_backup(workspace)
    report = workspace.change_passphrase(PASSPHRASE, NEW, kdf_params=FAST_KDF)
    assert report.copies_updated == 2
    assert report.copies_removed == ()
    assert legacy.exists()
    assert files_opening_with(workspace.data_dir, passphrase=PASSPHRASE) == []
    assert legacy in files_opening_with(workspace.data_dir, passphrase=NEW)
    dek = key_from(legacy, passphrase=NEW)
    assert dek is not None
    values, failed = readable_values(legacy, dek)
    assert failed == 0
    assert {"Anna Nowak", "first meeting"} <= set(values)
    # Brought in line, it now says which key it is sealed with.
    assert _key_id_of(legacy) == _key_id_of(database_path(workspace.data_dir)) is not None


def test_a_backup_without_a_key_id_is_reencrypted_when_the_data_key_changes(
    workspace: Workspace,
) -> None:
    legacy = _with_one_legacy_backup(workspace)
    old_dek = key_from(legacy, passphrase=PASSPHRASE)
    report = workspace.change_passphrase(PASSPHRASE, NEW, rotate=True, kdf_params=FAST_KDF)
    assert report.rotated
    assert report.copies_reencrypted == 2
    assert report.copies_removed == ()
    new_dek = key_from(legacy, passphrase=NEW)
    assert new_dek is not None and new_dek != old_dek
    values, failed = readable_values(legacy, new_dek)
    assert failed == 0
    assert {"Anna Nowak", "first meeting"} <= set(values)
