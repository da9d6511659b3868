"""Workspaces as an older app left them: real data, schema at an earlier revision.

Built the honest way round: today's app fills a workspace (the demo's groups, members,
sessions, notes and acknowledgements), then Alembic's own downgrades take the schema back to
`revision`. What an older app could not store (sealed descriptions, the key fingerprint) is
dropped by those downgrades, as it never existed then.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from alembic import command

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.demo import populate
from facilitator_desktop.models.migrate import alembic_config
from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.workspace import Workspace

# (type, name, table, SQL) of every schema object, and every row of every table.
Schema = list[tuple[str, str, str, str | None]]
Rows = dict[str, list[tuple[object, ...]]]


def workspace_at_revision(
    data_dir: Path, revision: str, passphrase: str, *, groups: int = 2, weeks: int = 6
) -> Path:
    """A closed workspace in `data_dir` at `revision`, holding demo data; returns its
    database file (in WAL mode, yet one self-contained file: no -wal beside it)."""
    with Workspace.create(data_dir, passphrase, kdf_params=FLOOR) as ws:
        populate(ws, groups=groups, weeks=weeks)
        take_back(ws, revision)
    database = data_dir / DATABASE_NAME
    conn = sqlite3.connect(database)
    try:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
        if "sessions" not in tables:  # notes could not name a session before 0003
            conn.execute("UPDATE notes SET session_id = NULL")
            conn.commit()
        conn.execute("PRAGMA journal_mode=DELETE")  # fold the WAL in: copies are one file
        conn.execute("VACUUM")  # the downgrade's dropped pages gone: a copy is small
        conn.execute("PRAGMA journal_mode=WAL")  # as every workspace is (the WAL goes on close)
    finally:
        conn.close()
    return database


def take_back(ws: Workspace, revision: str) -> None:
    """The open workspace's database taken back to `revision` by the migrations' own
    downgrades, as an older version left it (close the workspace right after)."""
    with ws.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
        connection.commit()


def schema_of(database: Path) -> Schema:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return sorted(
            conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(),
            key=repr,
        )
    finally:
        conn.close()


def rows_of(database: Path) -> Rows:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {table: _table_rows(conn, table) for table in tables}
    finally:
        conn.close()


def _table_rows(conn: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    """A table's rows in a stable order. A uuid column holds random ids drawn when the row
    or the upgrade (revision 0008's backfill) made it, so two upgrades of one file differ
    there only: each well-formed uuid reads as "<uuid>", anything else as it is."""
    cursor = conn.execute(f'SELECT * FROM "{table}"')
    uuid_columns = {i for i, column in enumerate(cursor.description) if column[0] == "uuid"}
    rows = [
        tuple(
            "<uuid>" if i in uuid_columns and _is_uuid(value) else value
            for i, value in enumerate(row)
        )
        for row in cursor.fetchall()
    ]
    return sorted(rows, key=repr)


def _is_uuid(value: object) -> bool:
    try:
        return isinstance(value, str) and str(uuid.UUID(value)) == value
    except ValueError:
        return False


def revision_of(database: Path) -> str | None:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return None if row is None else str(row[0])
