"""Import a workspace exported on another laptop, installing nothing until it has passed.

The chosen file is never opened where it lies. A private copy (in a private folder beside
the data folder) goes through the checks in order, cheapest first: its size and SQLite
header, a schema that is exactly one our own migrations produce, SQLite's integrity check,
and a trial unlock with the passphrase. Its rows are then copied into a fresh database that
this app creates and migrates, and only that database is renamed into the data folder. Any
failure leaves the data folder exactly as it was.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import stat
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool, StaticPool

from facilitator_desktop.errors import (
    N_,
    ImportRefused,
    Phrase,
    StorageError,
    StorageFull,
    WorkspaceCorrupt,
    WorkspaceExists,
    WorkspaceTooNew,
)
from facilitator_desktop.models import Base
from facilitator_desktop.models.db import make_engine
from facilitator_desktop.models.migrate import (
    MigrationFailed,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from facilitator_desktop.partial_files import IMPORT_STAGING_PREFIX, sweep_import_staging
from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.private_files import OwnedTempDir
from facilitator_desktop.services.backups import fsync_path
from facilitator_desktop.workspace import SQLITE_MAGIC, _read_vault, _unwrap

# Far above any real workspace (ten years of weekly sessions is a few tens of MB), low
# enough that a hostile file cannot fill the disk with our private copy of it.
MAX_IMPORT_BYTES = 2 * 1024**3
STAGING_PREFIX = IMPORT_STAGING_PREFIX  # marked as its process's; swept at start if it ended
CANDIDATE_NAME = "candidate.db"
_HEADER_LENGTH = 100
_CHUNK = 1024 * 1024
_WORKSPACE_TABLES = ("alembic_version", "workspace_meta", "vault_slots")

# The reasons a facilitator reads (after "This file cannot be imported:").
EMPTY = "it is empty."
TOO_LARGE = "it is far larger than any workspace (over 2 GiB)."
NOT_A_FILE = "it is not an ordinary file."
NOT_A_WORKSPACE = "it is not a workspace exported by Facilitator Desktop."
INCOMPLETE = "it is incomplete or damaged (it may have been cut short while copying)."
DAMAGED = "it is damaged (it failed SQLite's integrity check)."
ALTERED = (
    "its structure is not one Facilitator Desktop ever wrote (extra or missing tables, "
    "indexes, triggers or views), so it may have been altered."
)
VAULT_DAMAGED = "the key that unlocks it (its vault) is damaged."
BROKEN_LINKS = "some of its records refer to records that are not there."
NO_SPACE = "there is not enough free disk space beside the data folder to check and copy it."
WRITE_FAILED = N_("it could not be written into the data folder ({reason}).")
READ_FAILED = N_("it cannot be read ({reason}).")

# (type, name, table, normalised SQL) for each row of sqlite_master.
SchemaEntry = tuple[str, str, str, str | None]
Schema = frozenset[SchemaEntry]

# Our own schema at each revision: computed once from the migrations, then reused.
_reference_schemas: dict[str, Schema] = {}


def import_workspace(
    source: Path, data_dir: Path, passphrase: str, *, max_bytes: int = MAX_IMPORT_BYTES
) -> None:
    """Check `source` and install it as the workspace of the empty `data_dir`.

    Raises ImportRefused (with the reason), WorkspaceTooNew, WrongPassphrase or
    WorkspaceExists; whatever it raises, the data folder is left as it was.
    """
    data_dir = Path(data_dir)
    if (data_dir / DATABASE_NAME).exists():
        raise WorkspaceExists()
    staging_parent = data_dir if data_dir.is_dir() else data_dir.parent
    try:
        staging_parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _sweep_leftovers(staging_parent)
        owned = OwnedTempDir.create(STAGING_PREFIX, staging_parent)  # 0700
    except OSError as exc:
        raise _disk_problem(exc) from exc
    staging = owned.path
    try:
        candidate = staging / CANDIDATE_NAME
        _private_copy(Path(source), candidate, max_bytes)
        revision = check_candidate(candidate)
        workspace_id, slot = trial_unlock(candidate, passphrase)
        fresh = staging / DATABASE_NAME
        _rebuild(candidate, fresh, revision, (workspace_id, slot))
        _install(fresh, data_dir)
    except OSError as exc:
        raise _disk_problem(exc) from exc
    finally:
        owned.remove()


# --- the private copy ------------------------------------------------------------------------


def _private_copy(source: Path, copy: Path, max_bytes: int) -> None:
    """Copy at most `max_bytes` of `source` into a new 0600 file. Non-blocking open: a FIFO
    or a device must be refused, not waited on or read forever."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(source, flags)
    except OSError as exc:
        raise ImportRefused(READ_FAILED, reason=exc.strerror or str(exc)) from exc
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise ImportRefused(NOT_A_FILE)
    with os.fdopen(fd, "rb", buffering=0) as reader:
        if info.st_size == 0:
            raise ImportRefused(EMPTY)
        if info.st_size > max_bytes:
            raise ImportRefused(TOO_LARGE)
        out = os.open(
            copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
        )
        with os.fdopen(out, "wb") as writer:
            copied = 0
            while chunk := reader.read(_CHUNK):
                copied += len(chunk)
                if copied > max_bytes:  # the file grew while we read it
                    raise ImportRefused(TOO_LARGE)
                writer.write(chunk)
    if copied == 0:
        raise ImportRefused(EMPTY)


def _sweep_leftovers(folder: Path) -> None:
    """An import killed half-way leaves its private folder behind: remove it (not one
    another copy of the app is importing into right now)."""
    sweep_import_staging(folder)


# --- checks on the copy ----------------------------------------------------------------------


def check_candidate(candidate: Path) -> str:
    """Header, schema and integrity of the private copy; returns its schema revision.

    The schema is compared before any table is read or checked: only the schema table is
    read from a file we do not know yet, so no view, trigger or virtual table of its own
    ever runs."""
    _check_header(candidate)
    try:
        conn = _open_read_only(candidate)
    except sqlite3.Error as exc:
        raise ImportRefused(DAMAGED) from exc
    try:
        entries = normalised_schema(
            conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        )
        tables = {entry[1]: entry for entry in entries if entry[0] == "table"}
        if not set(_WORKSPACE_TABLES) <= set(tables):
            raise ImportRefused(NOT_A_WORKSPACE)
        if tables["alembic_version"] not in reference_schema(head_revision()):
            raise ImportRefused(ALTERED)  # the same plain table at every revision
        versions = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        if len(versions) != 1 or not isinstance(versions[0][0], str):
            raise ImportRefused(NOT_A_WORKSPACE)
        revision = versions[0][0]
        if revision not in known_revisions():
            raise WorkspaceTooNew()
        if entries != reference_schema(revision):
            raise ImportRefused(ALTERED)
        if conn.execute("PRAGMA integrity_check(1)").fetchone() != ("ok",):
            raise ImportRefused(DAMAGED)
    except sqlite3.Error as exc:
        raise ImportRefused(DAMAGED) from exc
    finally:
        conn.close()
    return revision


def _check_header(path: Path) -> None:
    """The first 100 bytes describe the file; the page count times the page size must be
    its length (SQLite has written that count since 2010), so a cut-off copy is caught."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        header = handle.read(_HEADER_LENGTH)
        if len(header) < _HEADER_LENGTH or not header.startswith(SQLITE_MAGIC):
            raise ImportRefused(NOT_A_WORKSPACE)
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        if page_size < 512 or page_size & (page_size - 1):
            raise ImportRefused(INCOMPLETE)
        if header[18] not in (1, 2) or header[19] not in (1, 2) or header[21:24] != b"\x40\x20\x20":
            raise ImportRefused(INCOMPLETE)
        page_count = int.from_bytes(header[28:32], "big")
        if page_count == 0 or header[24:28] != header[92:96] or page_count * page_size != size:
            raise ImportRefused(INCOMPLETE)
        if int.from_bytes(header[56:60], "big") != 1:  # ours are UTF-8, and ATTACH needs that
            raise ImportRefused(NOT_A_WORKSPACE)
        if header[18:20] != b"\x01\x01":
            # Our copy came without its -wal: mark it as a rollback-journal file so SQLite
            # reads exactly what is in it and never looks for a journal beside it.
            handle.seek(18)
            handle.write(b"\x01\x01")


def _uri(path: Path, mode: str) -> str:
    return f"{path.resolve().as_uri()}?mode={mode}"


def _harden(conn: sqlite3.Connection) -> None:
    # Nothing in a file's schema may call functions with side effects; damaged cells are
    # caught as they are read rather than trusted.
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")


def _open_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(_uri(path, "ro"), uri=True)
    try:
        _harden(conn)
        conn.execute("PRAGMA query_only=ON")
    except BaseException:
        conn.close()
        raise
    return conn


def normalise_sql(sql: str | None) -> str | None:
    """Schema text as compared: case, whitespace and identifier quoting differ between
    SQLite versions (a renamed table gains quotes) without changing what it means. The file's
    own schema text is never installed (its rows go into our schema), so this can be lax."""
    if sql is None:
        return None
    text = re.sub(r'["`\[\]]', "", sql.lower())
    text = re.sub(r"\s+", " ", text)
    return re.sub(r" ?([(),=]) ?", r"\1", text).strip()


def normalised_schema(entries: Iterable[tuple[str, str, str, str | None]]) -> Schema:
    return frozenset((kind, name, table, normalise_sql(sql)) for kind, name, table, sql in entries)


def reference_schema(revision: str) -> Schema:
    """What our migrations build on an empty database at `revision` (in memory, cached)."""
    cached = _reference_schemas.get(revision)
    if cached is not None:
        return cached
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        upgrade_to_head(engine, revision)
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT type, name, tbl_name, sql FROM sqlite_master").all()
    finally:
        engine.dispose()
    schema = normalised_schema((r[0], r[1], r[2], r[3]) for r in rows)
    _reference_schemas[revision] = schema
    return schema


def _read_only_engine(path: Path) -> Engine:
    return create_engine("sqlite://", creator=lambda: _open_read_only(path), poolclass=NullPool)


def trial_unlock(candidate: Path, passphrase: str) -> tuple[bytes, bytes]:
    """Open the copy's vault with the passphrase; returns (workspace id, passphrase slot).
    Raises WrongPassphrase, or ImportRefused when the vault itself is damaged."""
    engine = _read_only_engine(candidate)
    try:
        workspace_id, slot = _read_vault(engine)
        _unwrap(slot, passphrase, workspace_id)
    except WorkspaceCorrupt as exc:
        raise ImportRefused(VAULT_DAMAGED) from exc
    finally:
        engine.dispose()
    return workspace_id, slot


# --- the fresh database ----------------------------------------------------------------------


def _rebuild(candidate: Path, fresh: Path, revision: str, vault_rows: tuple[bytes, bytes]) -> None:
    """Our own schema at the file's revision, its rows copied in, then migrated to head
    like any workspace; left as one self-contained file."""
    # uri=True lets ATTACH read the copy through a read-only URI.
    engine = make_engine(fresh, connect_args={"uri": True}, poolclass=NullPool)
    try:
        upgrade_to_head(engine, revision)
        _copy_rows(engine, candidate)
        upgrade_to_head(engine)
        if _read_vault(engine) != vault_rows:  # what was unlocked is what was copied
            raise ImportRefused(VAULT_DAMAGED)
    except (MigrationFailed, WorkspaceCorrupt) as exc:
        raise ImportRefused(DAMAGED) from exc
    except StorageFull as exc:
        raise ImportRefused(NO_SPACE) from exc
    except StorageError as exc:
        raise ImportRefused(WRITE_FAILED, reason=Phrase(N_("a problem with the disk"))) from exc
    except sqlite3.OperationalError as exc:
        if "disk is full" in str(exc).lower():
            raise ImportRefused(NO_SPACE) from exc
        raise ImportRefused(DAMAGED) from exc
    except (DBAPIError, SQLAlchemyError, sqlite3.Error) as exc:
        raise ImportRefused(DAMAGED) from exc
    finally:
        engine.dispose()
    _settle(fresh)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _copy_rows(engine: Engine, candidate: Path) -> None:
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        conn.isolation_level = None  # explicit BEGIN/COMMIT below; ATTACH needs none open
        _harden(conn)
        conn.execute("PRAGMA foreign_keys=OFF")  # rows arrive in any order; checked below
        conn.execute("ATTACH DATABASE ? AS src", (_uri(candidate, "ro"),))
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for table in _tables_in_copy_order(conn):
                    columns = [
                        row[1] for row in conn.execute(f"PRAGMA main.table_info({_quoted(table)})")
                    ]
                    listed = ", ".join(_quoted(c) for c in columns)
                    conn.execute(
                        f"INSERT INTO main.{_quoted(table)} ({listed}) "
                        f"SELECT {listed} FROM src.{_quoted(table)}"
                    )
                if conn.execute("PRAGMA main.foreign_key_check").fetchone() is not None:
                    raise ImportRefused(BROKEN_LINKS)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:  # SQLite ends some failed transactions itself
                    conn.execute("ROLLBACK")
                raise
        finally:
            conn.execute("DETACH DATABASE src")
            conn.execute("PRAGMA foreign_keys=ON")
    finally:
        raw.close()


def _tables_in_copy_order(conn: sqlite3.Connection) -> list[str]:
    """Every table of our schema at this revision (alembic_version is already written),
    parents before children as the models order them."""
    present = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name != 'alembic_version'"
        )
    }
    ordered = [t.name for t in Base.metadata.sorted_tables if t.name in present]
    return ordered + sorted(present - set(ordered))  # tables a later revision dropped


def _settle(fresh: Path) -> None:
    """Fold the write-ahead log into the file so it can be renamed alone, then flush it."""
    conn = sqlite3.connect(fresh)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    os.chmod(fresh, 0o600)
    fsync_path(fresh)


def _install(fresh: Path, data_dir: Path) -> None:
    """The one step that touches the data folder: an atomic rename, flushed. Journal files
    an earlier, deleted database left there would be replayed into this one: they are moved
    aside first (into the private folder, removed with it) and put back if the rename fails."""
    created = not data_dir.exists()
    data_dir.mkdir(mode=0o700, exist_ok=True)
    target = data_dir / DATABASE_NAME
    moved: list[tuple[Path, Path]] = []
    try:
        if target.exists():  # another window got there first
            raise WorkspaceExists()
        for suffix in ("-wal", "-shm", "-journal"):
            stale = Path(f"{target}{suffix}")
            if stale.exists():
                aside = fresh.with_name(f"stale{suffix}")
                os.replace(stale, aside)
                moved.append((aside, stale))
        os.replace(fresh, target)
    except BaseException:
        for aside, stale in moved:
            os.replace(aside, stale)
        if created:
            shutil.rmtree(data_dir, ignore_errors=True)
        raise
    os.chmod(data_dir, 0o700)  # private, whatever mode an earlier start created it with
    fsync_path(data_dir)
    if created:
        fsync_path(data_dir.parent)


def _disk_problem(exc: OSError) -> ImportRefused:
    if exc.errno == errno.ENOSPC:
        return ImportRefused(NO_SPACE)
    return ImportRefused(WRITE_FAILED, reason=exc.strerror or str(exc))
