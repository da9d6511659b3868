"""The backup a restore offer proposes: the newest that passes the integrity check and a
trial unlock with the passphrase typed; the newer ones that failed, each with its reason."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.services.restore_choice import (
    Verdict,
    check_backup,
    choose_backup,
    damaged_workspace_id,
)
from facilitator_desktop.workspace import Workspace, database_path
from tests.helpers.file_damage import flip_page_byte

PASSPHRASE = "pass"


@pytest.fixture
def three_backups(data_dir: Path) -> tuple[Workspace, list[Path]]:
    ws = Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR)
    group = ws.groups.create(GroupDraft("Group"))
    made = []
    for index in range(3):
        ws.notes.create(NoteDraft(f"note {index} " + "words " * 80, group.id))
        made.append(ws.create_backup())
    return ws, made


def test_the_newest_good_backup_is_chosen(three_backups: tuple[Workspace, list[Path]]) -> None:
    ws, made = three_backups
    ws.close()
    choice = choose_backup(ws.data_dir, PASSPHRASE)
    assert choice.chosen is not None and choice.chosen.path == made[-1]
    assert choice.skipped == () and choice.looked_at == 3


def test_a_damaged_newer_backup_is_skipped_with_its_reason(
    three_backups: tuple[Workspace, list[Path]],
) -> None:
    ws, made = three_backups
    ws.close()
    flip_page_byte(made[-1], "notes")
    database_path(ws.data_dir).write_bytes(b"\0" * 8192)
    choice = choose_backup(ws.data_dir, PASSPHRASE)
    assert choice.chosen is not None and choice.chosen.path == made[1]
    assert [(s.backup.path, s.verdict) for s in choice.skipped] == [(made[-1], Verdict.DAMAGED)]


def test_reasons_told_apart(three_backups: tuple[Workspace, list[Path]], tmp_path: Path) -> None:
    ws, made = three_backups
    ws.close()
    assert check_backup(made[0], "not it") is Verdict.WRONG_PASSPHRASE
    with sqlite3.connect(made[1]) as conn:
        conn.execute("UPDATE vault_slots SET blob = ? WHERE kind = 1", (b"garbage",))
    conn.close()
    assert check_backup(made[1], PASSPHRASE) is Verdict.VAULT_DAMAGED
    with sqlite3.connect(made[2]) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    assert check_backup(made[2], PASSPHRASE) is Verdict.TOO_NEW
    truncated = tmp_path / "cut.db"
    truncated.write_bytes(made[0].read_bytes()[:3000])
    assert check_backup(truncated, PASSPHRASE) is Verdict.DAMAGED
    assert check_backup(tmp_path / "absent.db", PASSPHRASE) is Verdict.DAMAGED
    choice = choose_backup(ws.data_dir, PASSPHRASE)
    assert choice.chosen is not None and choice.chosen.path == made[0]
    assert [s.verdict for s in choice.skipped] == [Verdict.TOO_NEW, Verdict.VAULT_DAMAGED]


def test_none_good_says_so(three_backups: tuple[Workspace, list[Path]]) -> None:
    ws, made = three_backups
    ws.close()
    choice = choose_backup(ws.data_dir, "a passphrase that opens none")
    assert choice.chosen is None and choice.looked_at == 3
    assert [s.backup.path for s in choice.skipped] == made[::-1]


def test_a_damaged_workspace_that_still_tells_its_id_is_offered_only_its_own_backups(
    data_dir: Path,
) -> None:
    first = Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR)
    first.create_backup()
    first.close()
    database_path(data_dir).rename(data_dir / "first.db")
    second = Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR)
    for _ in range(5):
        second.groups.create(GroupDraft(f"Group {_}"))
    own = second.create_backup()
    second_id = second.keyring.workspace_id
    second.close()
    flip_page_byte(own, "groups")
    flip_page_byte(database_path(data_dir), "groups")
    assert damaged_workspace_id(data_dir) == second_id
    choice = choose_backup(data_dir, PASSPHRASE)
    assert choice.chosen is None  # the first workspace's backup is not this one
    assert [s.backup.path for s in choice.skipped] == [own]
    # Missing: nothing tells which workspace it was, so every backup is tried.
    database_path(data_dir).unlink()
    choice = choose_backup(data_dir, PASSPHRASE)
    assert choice.chosen is not None and choice.chosen.workspace_id != second_id
