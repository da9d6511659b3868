"""What a rotation of the data key tells its caller: the values re-sealed and, apart, the
ones that were damaged before it (left as they were); the progress window hears the
re-sealing counted to the last value; and the workspace, like its backup, records the new
key's fingerprint at once, so that a copy made now is known to be sealed under it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.services.backups import key_matches
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.key_changes import KeyChangeReport
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace, database_path
from tests.helpers.vault_files import sqlite_files

OLD, NEW = "old passphrase", "new passphrase"
CHANGES = ["change_passphrase", "replace_recovery_key", "remove_recovery_key"]


@pytest.fixture
def folder(data_dir: Path) -> Path:
    """A member, three notes and a backup; then the first note's sealed body damaged in the
    workspace (one byte flipped)."""
    with Workspace.create(data_dir, OLD, kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("Grief group")).id
        anna = ws.members.add(group, MemberDraft("Anna", full_name="Anna Nowak"))
        for i in range(3):
            ws.notes.create(NoteDraft(f"note {i}", group, member_ids=(anna.id,)))
        ws.create_backup()
    with sqlite3.connect(database_path(data_dir)) as conn:
        note_id, blob = conn.execute("SELECT id, body_ct FROM notes ORDER BY id").fetchone()
        damaged = blob[:-1] + bytes([blob[-1] ^ 0x01])
        conn.execute("UPDATE notes SET body_ct = ? WHERE id = ?", (damaged, note_id))
    return data_dir


def _rotate(ws: Workspace, change: str, told: list[tuple[str, int, int]]) -> KeyChangeReport:
    def hear(stage: str, done: int, total: int) -> None:
        told.append((stage, done, total))

    if change == "change_passphrase":
        return ws.change_passphrase(OLD, NEW, rotate=True, kdf_params=FLOOR, progress=hear)
    method = getattr(ws.key_changes, change)
    result: KeyChangeReport = method(OLD, kdf_params=FLOOR, progress=hear)
    return result


@pytest.mark.parametrize("change", CHANGES)
def test_rotation_reports_damaged_values_apart_and_counts_resealing_to_the_last(
    folder: Path, change: str
) -> None:
    """One damaged note body; the re-sealing heard once, at its end: every value counted."""
    told: list[tuple[str, int, int]] = []
    with Workspace.open(folder, OLD) as ws:
        report = _rotate(ws, change, told)
        assert [n.damaged for n in ws.notes.find()].count(True) == 1
    assert report.rotated and report.damaged_values == 1 and report.values_resealed > 1
    total = report.values_resealed + report.damaged_values
    assert [t for t in told if t[0] == "resealing"] == [("resealing", total, total)]


@pytest.mark.parametrize("change", CHANGES)
def test_after_a_rotation_the_workspace_records_the_new_keys_fingerprint(
    folder: Path, change: str
) -> None:
    """Before it is opened again: the old key's fingerprint is gone from every file."""
    with Workspace.open(folder, OLD) as ws:
        old_key = ws.keyring.key_id()
        _rotate(ws, change, [])
        new_key = ws.keyring.key_id()
    assert new_key != old_key
    files = sqlite_files(folder)
    assert len(files) == 2
    assert [key_matches(path, new_key) for path in files] == [True, True]
    assert key_matches(database_path(folder), new_key)
