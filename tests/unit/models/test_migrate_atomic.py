"""Upgrades are one transaction: a failure anywhere leaves the previous revision exactly.

Real revisions on real data: a workspace filled by today's app, taken back to an older
revision by Alembic's downgrades, then upgraded while a statement or a migration step fails.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import alembic.op
import pytest
from sqlalchemy import Engine, event

from facilitator_desktop.errors import StorageFull
from facilitator_desktop.models.db import make_engine
from facilitator_desktop.models.migrate import (
    MigrationFailed,
    head_revision,
    upgrade_to_head,
)
from facilitator_desktop.workspace import Workspace
from tests.helpers.old_workspaces import revision_of, rows_of, schema_of, workspace_at_revision

PASSPHRASE = "an older app's passphrase"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One workspace file per starting revision, built once and copied for each test."""
    folder = tmp_path_factory.mktemp("old")
    return {
        revision: workspace_at_revision(folder / revision, revision, PASSPHRASE)
        for revision in ("0002", "0004")
    }


@pytest.fixture
def engine_at(tmp_path: Path, pristine: dict[str, Path]) -> Iterator[Callable[[str], Engine]]:
    engines: list[Engine] = []

    def make(revision: str) -> Engine:
        data_dir = tmp_path / "data"
        data_dir.mkdir()
        shutil.copyfile(pristine[revision], data_dir / "workspace.db")
        engine = make_engine(data_dir / "workspace.db")
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.dispose()


def database_of(engine: Engine) -> Path:
    assert engine.url.database is not None
    return Path(engine.url.database)


def fail_in_the_last_revision(monkeypatch: pytest.MonkeyPatch) -> None:
    """0005 adds three columns, creates one table, then fails creating its second."""
    real = alembic.op.create_table

    def create_table(name: str, *columns: Any, **kw: Any) -> Any:
        if name == "sealed_settings":
            raise RuntimeError("a migration step failed half-way")
        return real(name, *columns, **kw)

    monkeypatch.setattr(alembic.op, "create_table", create_table)


@pytest.mark.parametrize("start", ["0004", "0002"])
def test_a_failure_half_way_through_leaves_the_start_revision_exactly(
    start: str, engine_at: Callable[[str], Engine], monkeypatch: pytest.MonkeyPatch
) -> None:
    """From 0002 the upgrade runs 0003, 0004 and most of 0005 before failing: none of it
    may stay (Alembic alone would have committed each revision; the driver alone each
    CREATE TABLE)."""
    engine = engine_at(start)
    database = database_of(engine)
    schema, rows = schema_of(database), rows_of(database)
    fail_in_the_last_revision(monkeypatch)
    with pytest.raises(MigrationFailed) as info:
        upgrade_to_head(engine)
    assert "left exactly as it was" in info.value.message
    engine.dispose()
    assert revision_of(database) == start
    assert schema_of(database) == schema
    assert rows_of(database) == rows
    # No half-built table of a batch rebuild is left to trip the next attempt.
    assert not [entry for entry in schema_of(database) if "_alembic_tmp" in entry[1]]
    with engine.connect() as conn:  # the pooled connection is back to its usual settings
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.connection.driver_connection.isolation_level == ""  # type: ignore[union-attr]


def test_the_next_attempt_upgrades_and_the_data_reads_back(
    engine_at: Callable[[str], Engine], monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = engine_at("0004")
    database = database_of(engine)
    fail_in_the_last_revision(monkeypatch)
    with pytest.raises(MigrationFailed):
        upgrade_to_head(engine)
    monkeypatch.undo()
    engine.dispose()
    with Workspace.open(database.parent, PASSPHRASE) as ws:
        assert revision_of(database) == head_revision()
        group = ws.groups.list()[0]
        assert len(ws.members.list(group.id)) > 0
        assert all(note.body for note in ws.notes.find())


def full_disk_at(failing: int) -> Callable[..., None]:
    """A statement listener: the `failing`th statement fails as on a full disk."""
    seen = 0

    def full(_conn: object, _cursor: object, _statement: str, *_rest: object) -> None:
        nonlocal seen
        seen += 1
        if seen == failing:
            raise sqlite3.OperationalError("database or disk is full")

    return full


@pytest.mark.parametrize("start", ["0004", "0002"])
def test_a_full_disk_at_any_statement_leaves_the_start_revision(
    start: str, engine_at: Callable[[str], Engine]
) -> None:
    """Storage-layer fault: every statement of the upgrade in turn fails as SQLite fails
    when the disk is full (the real full disk is in tests/security/test_upgrade_faults)."""
    engine = engine_at(start)
    database = database_of(engine)
    schema, rows = schema_of(database), rows_of(database)
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    shutil.copyfile(database, database.with_name("spare.db"))
    upgrade_to_head(engine)
    event.remove(engine, "before_cursor_execute", count)
    engine.dispose()
    total = len(statements)
    assert total > 12, statements  # the sweep below is worth something
    # Up to COMMIT itself; only the statement after it (foreign keys back on) is left out.
    for failing in range(1, total):
        shutil.copyfile(database.with_name("spare.db"), database)
        full = full_disk_at(failing)
        event.listen(engine, "before_cursor_execute", full)
        try:
            with pytest.raises((StorageFull, MigrationFailed)):
                upgrade_to_head(engine)
        finally:
            event.remove(engine, "before_cursor_execute", full)
            engine.dispose()
        assert revision_of(database) == start, (failing, statements[failing - 1])
        assert schema_of(database) == schema, (failing, statements[failing - 1])
        assert rows_of(database) == rows


def test_before_upgrade_runs_only_when_there_is_something_to_upgrade(
    engine_at: Callable[[str], Engine], tmp_path: Path
) -> None:
    seen: list[str] = []
    engine = engine_at("0004")
    upgrade_to_head(engine, before_upgrade=seen.append)
    assert seen == ["0004"]
    upgrade_to_head(engine, before_upgrade=seen.append)  # at head already
    assert seen == ["0004"]
    fresh = make_engine(tmp_path / "fresh.db")
    try:
        upgrade_to_head(fresh, before_upgrade=seen.append)  # nothing there to keep
    finally:
        fresh.dispose()
    assert seen == ["0004"]


def test_a_refusal_before_the_upgrade_changes_nothing(engine_at: Callable[[str], Engine]) -> None:
    """The backup before the upgrade failed: the upgrade does not start."""
    engine = engine_at("0004")
    database = database_of(engine)
    before = database.read_bytes()

    def no_backup(_revision: str) -> None:
        raise StorageFull()

    with pytest.raises(StorageFull):
        upgrade_to_head(engine, before_upgrade=no_backup)
    engine.dispose()
    assert database.read_bytes() == before
