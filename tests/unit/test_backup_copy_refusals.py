"""A backup copy that fails its check is refused with words that say which check failed:
the facilitator reads them under Backups, and they decide whether a restore is worth trying."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.services import backups
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    ws = Workspace.create(data_dir, "pass", kdf_params=FLOOR)
    ws.notes.create(NoteDraft("a note to check", ws.groups.create(GroupDraft("Group")).id))
    yield ws
    ws.close()


def refusal(ws: Workspace, copy: Path, workspace_id: bytes | None = None) -> str:
    with pytest.raises(backups.BackupFailed) as refused:
        backups.verify_copy(copy, workspace_id or ws.keyring.workspace_id, ws.keyring.cipher)
    return str(refused.value)


def test_a_copy_whose_index_disagrees_with_its_table_fails_the_integrity_check(
    ws: Workspace,
) -> None:
    """A flipped bit inside an index's only entry: every page still reads, and SQLite's
    integrity check is what finds the index pointing at a row that is not there."""
    copy = ws.create_backup()
    with sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro&immutable=1", uri=True) as db:
        (index, page), *_ = db.execute(
            "SELECT name, rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'notes'"
            " AND sql IS NOT NULL ORDER BY name"
        ).fetchall()
        (size,) = db.execute("PRAGMA page_size").fetchone()
    db.close()
    data = bytearray(copy.read_bytes())
    data[page * size - 1] ^= 0x04  # the last byte of the page: the entry's row id
    copy.write_bytes(bytes(data))
    assert refusal(ws, copy) == "The backup copy failed SQLite's integrity check.", index


def test_another_workspaces_copy_is_not_this_ones(ws: Workspace) -> None:
    copy = ws.create_backup()
    other_id = bytes(b ^ 0xFF for b in ws.keyring.workspace_id)
    assert refusal(ws, copy, other_id) == "The backup copy does not hold this workspace's vault."


def test_a_copy_whose_vault_slot_does_not_parse_is_damaged(ws: Workspace, tmp_path: Path) -> None:
    copy = shutil.copy(ws.create_backup(), tmp_path / "copy.db")
    with sqlite3.connect(copy) as db:
        db.execute("UPDATE vault_slots SET blob = x'00' WHERE kind = 1")
    db.close()
    assert refusal(ws, Path(copy)) == "The backup copy's vault is damaged."


def test_a_file_that_is_not_a_database_cannot_be_read_back(ws: Workspace, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(b"not a database at all " * 400)
    assert refusal(ws, copy) == "The backup copy cannot be read back."
