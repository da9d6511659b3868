"""Engine creation: SQLite with the pragmas every connection must carry."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, ExceptionContext, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from facilitator_desktop.errors import StorageError, StorageFull, WorkspaceReadOnly

BUSY_TIMEOUT_MS = 5000

# Applied on every new DB-API connection, pooled or not (asserted in tests).
PRAGMAS: tuple[tuple[str, str], ...] = (
    ("foreign_keys", "ON"),
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("temp_store", "MEMORY"),
    ("secure_delete", "ON"),
    ("busy_timeout", str(BUSY_TIMEOUT_MS)),
)


def _apply_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for name, value in PRAGMAS:
            cursor.execute(f"PRAGMA {name}={value}")
    finally:
        cursor.close()


def _storage_error(context: ExceptionContext) -> BaseException | None:
    """Turn SQLite's disk problems into errors with a message for the facilitator."""
    original = context.original_exception
    if not isinstance(original, sqlite3.OperationalError):
        return None
    text = str(original).lower()
    if "disk is full" in text:
        return StorageFull()
    if "readonly" in text or "read-only" in text:
        return WorkspaceReadOnly()
    if "disk i/o error" in text:
        return StorageError()
    return None


def make_engine(path: Path, **kwargs: Any) -> Engine:
    engine = create_engine(f"sqlite:///{path}", **kwargs)
    event.listen(engine, "connect", _apply_pragmas)
    event.listen(engine, "handle_error", _storage_error)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services return plain data built inside the transaction.
    return sessionmaker(engine, expire_on_commit=False)
