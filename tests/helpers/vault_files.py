"""What an attacker with a copy of the data folder can open: every SQLite file in it, its
vault slots tried with a secret, and every sealed value read with the key that opens."""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from pathlib import Path
from typing import Any

from facilitator_desktop.crypto import vault
from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.services.sealed_columns import SEALED_COLUMNS

SQLITE_MAGIC = b"SQLite format 3\x00"


def sqlite_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.read_bytes()[:16] == SQLITE_MAGIC:
            found.append(path)
    return found


def slots_of(path: Path) -> dict[int, bytes]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {int(k): bytes(b) for k, b in conn.execute("SELECT kind, blob FROM vault_slots")}
    finally:
        conn.close()


@functools.lru_cache(maxsize=256)
def _open_slot(blob: bytes, passphrase: str | None, recovery: str | None) -> bytes | None:
    """Slots are often byte-identical across files: derive each (slot, secret) once."""
    with contextlib.suppress(vault.SlotWrongKey, vault.SlotCorrupt):
        if passphrase is not None:
            return vault.open_with_passphrase(blob, passphrase)[1]
        if recovery is not None:
            return vault.open_with_recovery_key(blob, recovery)[1]
    return None


def key_from(
    path: Path, *, passphrase: str | None = None, recovery: str | None = None
) -> bytes | None:
    """The data key this file gives to `passphrase` (or `recovery`), or None."""
    kind = vault.SlotKind.PASSPHRASE if passphrase is not None else vault.SlotKind.RECOVERY
    blob = slots_of(path).get(kind)
    return None if blob is None else _open_slot(blob, passphrase, recovery)


def files_opening_with(
    folder: Path, *, passphrase: str | None = None, recovery: str | None = None
) -> list[Path]:
    return [
        p for p in sqlite_files(folder) if key_from(p, passphrase=passphrase, recovery=recovery)
    ]


def first_value(path: Path, sql: str) -> Any:
    """The first column of the first row `sql` gives, read from the file without changing it."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def workspace_id_of(path: Path) -> bytes:
    return bytes(first_value(path, "SELECT workspace_id FROM workspace_meta"))


def readable_values(path: Path, dek: bytes) -> tuple[list[str], int]:
    """Every sealed value of `path` that `dek` opens, and how many it does not."""
    cipher = FieldCipher(dek, workspace_id_of(path))
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    opened: list[str] = []
    failed = 0
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for column in SEALED_COLUMNS:
            if column.table not in tables:
                continue
            names = {r[1] for r in conn.execute(f"PRAGMA table_info({column.table})")}
            if column.column not in names:
                continue
            rows = conn.execute(
                f"SELECT id, rev, {column.column} FROM {column.table} "
                f"WHERE {column.column} IS NOT NULL"
            )
            for row_id, rev, blob in rows:
                try:
                    opened.append(cipher.decrypt(column.table, row_id, column.field, rev, blob))
                except FieldDecryptError:
                    failed += 1
    finally:
        conn.close()
    return opened, failed
