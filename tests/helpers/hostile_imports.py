"""Files a facilitator (or someone else) might offer to "Import from another laptop":
each spoils a copy of a good export in place, the way a bad copy or an attacker would."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from facilitator_desktop.crypto import vault
from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.models.db import make_engine
from facilitator_desktop.models.migrate import upgrade_to_head
from facilitator_desktop.workspace_import import (
    ALTERED,
    DAMAGED,
    EMPTY,
    INCOMPLETE,
    MAX_IMPORT_BYTES,
    NOT_A_WORKSPACE,
    TOO_LARGE,
)
from tests.conftest import PASSPHRASE

Spoil = Callable[[Path], None]


def edited(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    return path


def emptied(path: Path) -> None:
    path.write_bytes(b"")


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def random_behind_header(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:100] + os.urandom(len(data) - 100))


def foreign(path: Path) -> None:
    path.unlink()
    edited(
        path,
        "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT, phone TEXT)",
        "INSERT INTO contacts (name, phone) VALUES ('Anna', '555-0100')",
    )


def huge(path: Path) -> None:
    """Beyond the size limit, and sparse: it takes no room on the test machine's disk."""
    with path.open("r+b") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)


def damaged_page(path: Path) -> None:
    """The cell pointers of the vault's page (never empty) overwritten: the file header
    still adds up, the damage is inside."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    query = "SELECT rootpage FROM sqlite_master WHERE name = 'vault_slots'"
    root = conn.execute(query).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size + 8
    data[start : start + 32] = b"\xff" * 32
    path.write_bytes(bytes(data))


def with_sql(*statements: str) -> Spoil:
    def spoil(path: Path) -> None:
        edited(path, *statements)

    return spoil


EXTRA_TABLE = "CREATE TABLE exfiltrate (x BLOB)"
EXTRA_TRIGGER = "CREATE TRIGGER wipe AFTER INSERT ON groups BEGIN DELETE FROM vault_slots; END"
EXTRA_VIEW = "CREATE VIEW everyone AS SELECT * FROM members"
NEWER_REVISION = "UPDATE alembic_version SET version_num = '0099'"

# name: (how to spoil a good export, the reason ImportRefused gives)
REFUSED: dict[str, tuple[Spoil, str]] = {
    "empty": (emptied, EMPTY),
    "truncated": (truncated, INCOMPLETE),
    "random bytes behind a valid header": (random_behind_header, DAMAGED),
    "foreign database": (foreign, NOT_A_WORKSPACE),
    "huge sparse file": (huge, TOO_LARGE),
    "extra table": (with_sql(EXTRA_TABLE), ALTERED),
    "extra trigger that fires on insert": (with_sql(EXTRA_TRIGGER), ALTERED),
    "extra view": (with_sql(EXTRA_VIEW), ALTERED),
    "damaged page": (damaged_page, DAMAGED),
}


def export_at_revision(folder: Path, revision: str, passphrase: str = PASSPHRASE) -> Path:
    """A workspace file as an older app wrote it: schema at `revision` (still in WAL mode,
    as every workspace is), its vault, and one group named "Grief group"."""
    path = folder / f"workspace-{revision}.db"
    engine = make_engine(path)
    upgrade_to_head(engine, revision)
    engine.dispose()
    workspace_id = os.urandom(vault.WORKSPACE_ID_LENGTH)
    slot = vault.seal_with_passphrase(workspace_id, os.urandom(32), passphrase, FLOOR)
    stamp = "2025-01-01 09:00:00"
    conn = sqlite3.connect(path)
    try:
        conn.execute(
            "INSERT INTO workspace_meta (id, workspace_id, created_at) VALUES (1, ?, ?)",
            (workspace_id, stamp),
        )
        conn.execute(
            "INSERT INTO vault_slots (kind, blob, updated_at) VALUES (1, ?, ?)", (slot, stamp)
        )
        conn.execute(
            "INSERT INTO groups (id, name, description, default_minutes, "
            "speaker_soft_limit_min, created_at) VALUES (1, 'Grief group', '', 90, 5, ?)",
            (stamp,),
        )
        conn.commit()
    finally:
        conn.close()
    return path
