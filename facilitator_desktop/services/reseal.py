"""Re-encrypt every sealed value of one database from one data key to another.

Works on any SQLite connection through a `Run` callable, so the same code re-keys the
workspace (inside its one transaction) and each backup copy. Only the columns a file has
are touched: a backup made by an older version lacks some. Each value keeps its table, row,
field and revision in the AAD; only the key changes, so an old ciphertext put back fails.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Connection

from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.services.sealed_columns import SEALED_COLUMNS, SealedColumn, alias_scope

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 200


class Run(Protocol):
    """One SQL statement on an open transaction: the rows it returned (none for writes)."""

    def __call__(self, sql: str, params: Sequence[Any] = ..., /) -> list[tuple[Any, ...]]: ...

    def many(self, sql: str, rows: Sequence[Sequence[Any]], /) -> None: ...


class _SqliteRun:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __call__(self, sql: str, params: Sequence[Any] = (), /) -> list[tuple[Any, ...]]:
        return self._conn.execute(sql, tuple(params)).fetchall()

    def many(self, sql: str, rows: Sequence[Sequence[Any]], /) -> None:
        self._conn.executemany(sql, [tuple(r) for r in rows])


class _AlchemyRun:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def __call__(self, sql: str, params: Sequence[Any] = (), /) -> list[tuple[Any, ...]]:
        result = self._conn.exec_driver_sql(sql, tuple(params))
        return [tuple(row) for row in result] if result.returns_rows else []

    def many(self, sql: str, rows: Sequence[Sequence[Any]], /) -> None:
        if rows:
            self._conn.exec_driver_sql(sql, [tuple(r) for r in rows])


def sqlite_run(conn: sqlite3.Connection) -> Run:
    return _SqliteRun(conn)


def sqlalchemy_run(conn: Connection) -> Run:
    return _AlchemyRun(conn)


@dataclass(frozen=True, slots=True)
class ResealCount:
    values: int
    damaged: int  # could not be opened with the old key: left as they were


def present_columns(run: Run) -> list[SealedColumn]:
    tables = {name for (name,) in run("SELECT name FROM sqlite_master WHERE type='table'", ())}
    present = []
    for column in SEALED_COLUMNS:
        if column.table not in tables:
            continue
        names = {row[1] for row in run(f"PRAGMA table_info({column.table})", ())}
        if {column.column, "rev", "id"} <= names:
            present.append(column)
    return present


def count_values(run: Run) -> int:
    return sum(
        run(f"SELECT count(*) FROM {c.table} WHERE {c.column} IS NOT NULL", ())[0][0]
        for c in present_columns(run)
    )


def reseal(
    run: Run, old: FieldCipher, new: FieldCipher, progress: Progress | None = None
) -> ResealCount:
    columns = present_columns(run)
    total = count_values(run)
    done = damaged = 0
    for column in columns:
        is_alias = (column.table, column.field) == ("members", "alias")
        extra = ", group_id" if is_alias else ""
        rows = run(
            f"SELECT id, rev, {column.column}{extra} FROM {column.table} "
            f"WHERE {column.column} IS NOT NULL",
            (),
        )
        updates: list[tuple[Any, ...]] = []
        for row in rows:
            row_id, rev, blob = row[0], row[1], row[2]
            done += 1
            try:
                plain = old.decrypt(column.table, row_id, column.field, rev, bytes(blob))
            except (FieldDecryptError, TypeError, ValueError, OverflowError):
                damaged += 1
                continue
            sealed = new.encrypt(column.table, row_id, column.field, rev, plain)
            if is_alias:
                updates.append((sealed, new.blind_index(alias_scope(row[3]), plain), row_id))
            else:
                updates.append((sealed, row_id))
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
        sets = f"{column.column} = ?" + (", alias_index = ?" if is_alias else "")
        run.many(f"UPDATE {column.table} SET {sets} WHERE id = ?", updates)
    if progress is not None:
        progress(total, total)
    return ResealCount(done - damaged, damaged)


def opens_with(run: Run, cipher: FieldCipher, samples: int = 3) -> bool | None:
    """Whether this file's sealed values open with `cipher`: None when it has none."""
    tried = False
    for column in present_columns(run):
        rows = run(
            f"SELECT id, rev, {column.column} FROM {column.table} "
            f"WHERE {column.column} IS NOT NULL AND length({column.column}) > 0 "
            f"ORDER BY id DESC LIMIT {samples}",
            (),
        )
        for row_id, rev, blob in rows:
            tried = True
            try:
                cipher.decrypt(column.table, row_id, column.field, rev, bytes(blob))
                return True
            except (FieldDecryptError, TypeError, ValueError):
                continue
    return False if tried else None
