"""Run Alembic migrations at open; refuse a database written by a newer app.

An upgrade is one real SQLite transaction, from the first revision it applies to the last:
SQLite's DDL is transactional, but Python's sqlite3 module runs DDL outside any transaction
unless told otherwise (it only opens one before INSERT, UPDATE or DELETE), and Alembic
commits after each revision on SQLite. So the migrating connection is put in the driver's
autocommit mode (no transaction of its own making) and the app issues BEGIN and COMMIT
itself around everything Alembic runs. A kill, a full disk or an error anywhere in between
leaves the database exactly at the revision it had, to be upgraded again at the next start.
"""

from __future__ import annotations

import errno
import functools
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from facilitator_desktop.errors import FacilitatorError, StorageError, StorageFull

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Called with the current revision once it is known that there is something to upgrade,
# before anything is written (the workspace makes its verified backup there).
BeforeUpgrade = Callable[[str], None]
# Room beyond the database's own size that an upgrade or its backup may need.
SPACE_MARGIN = 1024 * 1024


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@functools.cache
def _scripts() -> ScriptDirectory:
    """The migration scripts ship with the app: read (and compiled) once per run."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in _scripts().walk_revisions()}


def resolve_revision(target: str) -> str:
    """`head` or a revision id, as the id it names."""
    return head_revision() if target == "head" else target


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def is_newer_than_app(connection: Connection) -> bool:
    revision = current_revision(connection)
    return revision is not None and revision not in known_revisions()


class MigrationFailed(FacilitatorError, RuntimeError):
    """An upgrade did not finish; nothing of it was committed."""

    default_message = (
        "This workspace could not be brought up to date for this version of Facilitator "
        "Desktop. It has been left exactly as it was, and a backup was made first. Please "
        "keep the folder as it is and ask for help."
    )


class UpgradeDiskFull(StorageFull):
    """The disk filled up during an upgrade; nothing of it was committed."""

    default_message = (
        "The disk is full, so this workspace could not be brought up to date for this "
        "version of Facilitator Desktop. Nothing has been changed. Free some disk space, "
        "then unlock again."
    )


class BackupBeforeUpgradeFailed(FacilitatorError):
    """The verified backup an upgrade starts with could not be made: no upgrade was tried."""

    default_message = (
        "This version of Facilitator Desktop brings the workspace up to date, and makes a "
        "backup first. The backup could not be written or did not pass its check, so "
        "nothing has been changed and your earlier backups are untouched."
    )
    disk_full_message = (
        "This version of Facilitator Desktop brings the workspace up to date, and makes a "
        "backup first. The disk is full, so the backup could not be written and nothing has "
        "been changed. Free some disk space, then unlock again."
    )

    @classmethod
    def because_of(cls, cause: BaseException, database: Path) -> BackupBeforeUpgradeFailed:
        if disk_full(cause, database):
            return cls(cls.disk_full_message)
        return cls()


def disk_full(cause: BaseException, database: Path | None) -> bool:
    """Whether `cause` (or what caused it) is a full disk. SQLite reports some writes that
    failed for want of space as a plain I/O error, so that counts too when the database's
    disk has less room left than the database itself takes (plus a margin)."""
    seen: BaseException | None = cause
    io_error = False
    while seen is not None:
        if isinstance(seen, StorageFull):
            return True
        if isinstance(seen, OSError) and seen.errno == errno.ENOSPC:
            return True
        if isinstance(seen, sqlite3.Error | StorageError | OSError):
            text = str(seen).lower()
            if "disk is full" in text:
                return True
            io_error = True
        seen = seen.__cause__ or seen.__context__
    return io_error and database is not None and _room_left(database) < _room_needed(database)


def _room_left(database: Path) -> int:
    try:
        return shutil.disk_usage(database.parent).free
    except OSError:
        return 0


def _room_needed(database: Path) -> int:
    try:
        return database.stat().st_size + SPACE_MARGIN
    except OSError:
        return SPACE_MARGIN


def upgrade_to_head(
    engine: Engine, target: str = "head", *, before_upgrade: BeforeUpgrade | None = None
) -> None:
    """Bring the schema to `target` in one transaction.

    Foreign keys are off while migrating: SQLite's batch mode rebuilds a table by copying
    it and dropping the original, and a DROP with foreign keys on would cascade-delete the
    rows that point at it. They are checked once before committing instead.

    Raises UpgradeDiskFull, another StorageError (a read-only folder) or MigrationFailed;
    whichever it is, the database is left at the revision it had.
    """
    wanted = resolve_revision(target)
    with engine.connect() as probe:
        current = current_revision(probe)
        probe.rollback()
    if current == wanted:
        return  # nothing to do: opening must not write
    if before_upgrade is not None and current is not None:
        before_upgrade(current)  # a new, empty database has nothing to keep
    with engine.connect() as connection:
        # The driver's autocommit mode: it issues no BEGIN or COMMIT of its own, so ours
        # span every statement. SQLAlchemy restores the mode when the connection goes back.
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        raw = connection.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # no effect inside a transaction
        try:
            _upgrade_in_one_transaction(connection, raw, target, _database_file(engine))
        finally:
            try:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            except (DBAPIError, SQLAlchemyError, FacilitatorError):
                connection.invalidate()  # the pool must never hand it out without them


def _database_file(engine: Engine) -> Path | None:
    name = engine.url.database
    return Path(name) if name and name != ":memory:" else None


def _upgrade_in_one_transaction(
    connection: Connection, raw: sqlite3.Connection, target: str, database: Path | None
) -> None:
    try:
        # IMMEDIATE: take the write lock now, so no other connection slips in between our
        # reads of the schema and the writes that rely on them.
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise MigrationFailed()
        connection.exec_driver_sql("COMMIT")
    except BaseException as exc:
        # SQLite may already have rolled back on its own (a full disk can do that).
        if raw.in_transaction:
            try:
                connection.exec_driver_sql("ROLLBACK")
            except (DBAPIError, SQLAlchemyError, StorageError):
                pass  # the file is still as it was: the journal undoes it at the next open
        if disk_full(exc, database):
            raise UpgradeDiskFull() from exc
        if isinstance(exc, FacilitatorError) or not isinstance(exc, Exception):
            raise  # a read-only folder, broken references; or Ctrl+C
        # Anything else (a damaged table, a migration's own bug) gets the same calm words;
        # the cause stays chained for the crash log.
        raise MigrationFailed() from exc
