"""A backup or a damaged workspace as a hostile or half-written file leaves it: no schema
revision, a revision that is not text, no workspace row, no passphrase slot, a workspace
id or a slot of the wrong type or length. Each gets its verdict; none raises."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.services.restore_choice import (
    Verdict,
    check_backup,
    damaged_workspace_id,
)
from facilitator_desktop.workspace import Workspace, database_path

PASSPHRASE = "pass"


@pytest.fixture
def backup(data_dir: Path) -> Path:
    ws = Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR)
    made = ws.create_backup()
    ws.close()
    return made


def _edited(original: Path, folder: Path, sql: str, *args: object) -> Path:
    copy = folder / f"edited-{len(list(folder.iterdir()))}.db"
    shutil.copyfile(original, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute(sql, args)
    conn.close()
    return copy


EDITS: list[tuple[str, str, tuple[object, ...], Verdict]] = [
    ("no revision", "DELETE FROM alembic_version", (), Verdict.DAMAGED),
    (
        "revision as bytes",
        "UPDATE alembic_version SET version_num = ?",
        (b"0001",),
        Verdict.DAMAGED,
    ),
    ("no workspace row", "DELETE FROM workspace_meta", (), Verdict.VAULT_DAMAGED),
    (
        "workspace id as text",
        "UPDATE workspace_meta SET workspace_id = ?",
        ("0123456789abcdef",),
        Verdict.VAULT_DAMAGED,
    ),
    ("no passphrase slot", "DELETE FROM vault_slots WHERE kind = 1", (), Verdict.VAULT_DAMAGED),
    (
        "slot as text",
        "UPDATE vault_slots SET blob = ? WHERE kind = 1",
        ("not bytes",),
        Verdict.VAULT_DAMAGED,
    ),
]


@pytest.mark.parametrize(
    ("sql", "args", "verdict"), [e[1:] for e in EDITS], ids=[e[0].replace(" ", "_") for e in EDITS]
)
def test_each_hostile_backup_gets_its_verdict(
    backup: Path, tmp_path: Path, sql: str, args: tuple[object, ...], verdict: Verdict
) -> None:
    assert check_backup(backup, PASSPHRASE) is Verdict.GOOD
    assert check_backup(_edited(backup, tmp_path, sql, *args), PASSPHRASE) is verdict


def _with_database(
    data_dir: Path, backup: Path, edit: Callable[[sqlite3.Connection], object]
) -> None:
    shutil.copyfile(backup, database_path(data_dir))
    with sqlite3.connect(database_path(data_dir)) as conn:
        edit(conn)
    conn.close()


def test_a_damaged_workspace_id_is_told_only_when_whole(backup: Path, data_dir: Path) -> None:
    own = damaged_workspace_id(data_dir)
    assert own is not None and len(own) == 16
    for value in (own[:3], own + b"\0", own.hex()[:16]):
        _with_database(
            data_dir,
            backup,
            lambda conn, v=value: conn.execute("UPDATE workspace_meta SET workspace_id = ?", (v,)),
        )
        assert damaged_workspace_id(data_dir) is None, value
    _with_database(data_dir, backup, lambda conn: conn.execute("DELETE FROM workspace_meta"))
    assert damaged_workspace_id(data_dir) is None
