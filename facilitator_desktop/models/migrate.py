"""Run Alembic migrations at open; refuse a database written by a newer app."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def is_newer_than_app(connection: Connection) -> bool:
    revision = current_revision(connection)
    return revision is not None and revision not in known_revisions()


class MigrationFailed(RuntimeError):
    """A migration left broken references; nothing of it was committed."""


def upgrade_to_head(engine: Engine, target: str = "head") -> None:
    """Bring the schema to `target` in one transaction.

    Foreign keys are off while migrating: SQLite's batch mode rebuilds a table by copying
    it and dropping the original, and a DROP with foreign keys on would cascade-delete the
    rows that point at it. They are checked once before committing instead.
    """
    config = alembic_config()
    with engine.connect() as connection:
        if current_revision(connection) == head_revision():
            connection.rollback()
            return  # nothing to do: opening must not write
        connection.rollback()
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # no effect inside a transaction
        connection.commit()
        try:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                connection.rollback()
                raise MigrationFailed(f"{len(broken)} broken references after migrating")
            connection.commit()
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
