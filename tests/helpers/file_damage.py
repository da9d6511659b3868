"""Damage as a failing disk leaves it: a byte flipped in a page of a closed SQLite file, or
one sealed value altered in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

HEADER = 100  # page 1 starts with the file header


def root_page(path: Path, table: str) -> tuple[int, int]:
    """(root page number, page size) of `table`'s b-tree."""
    # immutable: a read-only connection to a WAL file would still leave -wal/-shm behind.
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        row = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    finally:
        conn.close()
    assert row is not None, f"no table {table}"
    return int(row[0]), int(page_size)


def flip_page_byte(path: Path, table: str, mask: int = 0xFF) -> None:
    """Flip the page-type byte of `table`'s root page: SQLite reads it as malformed the
    moment a query walks that table. The file must be closed (no -wal beside it)."""
    assert not Path(f"{path}-wal").exists(), "checkpoint and close first"
    page, size = root_page(path, table)
    offset = (page - 1) * size + (HEADER if page == 1 else 0)
    data = bytearray(path.read_bytes())
    data[offset] ^= mask
    path.write_bytes(bytes(data))


def alter_sealed_value(path: Path, table: str, column: str, row_id: int) -> None:
    """Flip one byte in the middle of a sealed value: only that record fails to open."""
    conn = sqlite3.connect(path)
    try:
        (blob,) = conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)).fetchone()
        damaged = bytearray(blob)
        damaged[len(damaged) // 2] ^= 0x01
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (bytes(damaged), row_id))
        conn.commit()
    finally:
        conn.close()
