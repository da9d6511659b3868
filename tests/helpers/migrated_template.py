"""A new workspace's schema copied from one migrated once per test process.

Replaying every migration costs about 0.3 s, most of what `Workspace.create` takes, and
most tests create a workspace. A new, empty database migrated to head is always the same
schema, so it is migrated for real once per process, kept as bytes, and copied page for
page (SQLite's backup) into each new workspace's file. Anything but a new, empty database
going to head (an upgrade, a revision asked for by a test) runs the real migrations.

Tests about migrating itself are marked `real_migrations` and never see this copy.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import Engine

from facilitator_desktop.models.db import make_engine
from facilitator_desktop.models.migrate import BeforeUpgrade, current_revision, upgrade_to_head

_template: bytes | None = None


def template_bytes() -> bytes:
    """The database file of a new workspace's schema at head, migrated once."""
    global _template
    if _template is None:
        with tempfile.TemporaryDirectory(prefix="fd-schema-") as folder:
            path = Path(folder) / "schema.sqlite3"
            engine = make_engine(path)
            try:
                upgrade_to_head(engine)
            finally:
                engine.dispose()
            source = sqlite3.connect(path)
            try:
                # A WAL-mode file cannot be opened in memory: the copy is a rollback-journal
                # file, and the backup keeps the new workspace's own mode (WAL).
                source.execute("PRAGMA journal_mode=DELETE")
                _template = source.serialize()
            finally:
                source.close()
    return _template


def upgrade_from_template(
    engine: Engine, target: str = "head", *, before_upgrade: BeforeUpgrade | None = None
) -> None:
    """`upgrade_to_head`, with a new empty database at head copied from the template."""
    if target != "head" or not _is_new_and_empty(engine):
        upgrade_to_head(engine, target, before_upgrade=before_upgrade)
        return
    # Deserialised into a connection of our own in the test's process: nothing of SQLite
    # is shared with the process that built the template (mutation runs fork from it).
    copy = sqlite3.connect(":memory:")
    try:
        copy.deserialize(template_bytes())
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            copy.backup(raw)
    finally:
        copy.close()


def _is_new_and_empty(engine: Engine) -> bool:
    with engine.connect() as connection:
        empty = (
            current_revision(connection) is None
            and connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar() == 0
        )
        connection.rollback()
    return empty
