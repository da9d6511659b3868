"""Engine creation: SQLite with the pragmas every connection must carry."""

from __future__ import annotations

import errno
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, ExceptionContext, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from facilitator_desktop.errors import StorageError, StorageFull, WorkspaceReadOnly

BUSY_TIMEOUT_MS = 5000
# An I/O error with less room than this left on the disk is taken for a full disk: SQLite
# reports some writes that found no space (the WAL index, a checkpoint) as plain I/O errors.
LOW_SPACE_BYTES = 1024 * 1024

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


def _storage_error(folder: Path, context: ExceptionContext) -> BaseException | None:
    """Turn SQLite's disk problems into errors with a message for the facilitator."""
    original = context.original_exception
    if not isinstance(original, sqlite3.OperationalError):
        return None
    text = str(original).lower()
    if "disk is full" in text:
        return StorageFull()
    if "readonly" in text or "read-only" in text:
        return WorkspaceReadOnly.while_open()
    if "disk i/o error" in text:
        return what_the_disk_says(folder)
    return None


def what_the_disk_says(folder: Path) -> StorageError:
    """Name an I/O error by what the folder says when written to now. A disk the system
    remounted read-only after an error, or one that filled up, often reaches SQLite as a
    plain I/O error; permission bits and the mount flags may still look writable (root, an
    error remount), so only a real write tells. The probe is one zero byte in an unnamed
    temporary file (O_TMPFILE where there is one), gone when closed."""
    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(b"\0")
            probe.flush()
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return StorageFull()
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return WorkspaceReadOnly.while_open()
        return StorageError()
    try:
        low = shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        low = False
    return StorageFull() if low else StorageError()


def make_engine(path: Path, **kwargs: Any) -> Engine:
    engine = create_engine(f"sqlite:///{path}", **kwargs)
    event.listen(engine, "connect", _apply_pragmas)
    folder = Path(path).parent

    def storage_error(context: ExceptionContext) -> BaseException | None:
        return _storage_error(folder, context)

    event.listen(engine, "handle_error", storage_error)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services return plain data built inside the transaction.
    return sessionmaker(engine, expire_on_commit=False)
