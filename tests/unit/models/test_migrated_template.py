"""The tests' shortcut for a new workspace's schema is the schema the migrations make.

Most tests get a new workspace's schema copied from one migrated once per process
(tests/helpers/migrated_template.py). These tests replay the migrations for real and
compare: if the copy ever differed, every other test would be testing another database.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator_desktop.models.db import make_engine
from facilitator_desktop.models.migrate import current_revision, head_revision, upgrade_to_head
from facilitator_desktop.workspace import Workspace
from facilitator_desktop.workspace_backups import database_path
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.migrated_template import upgrade_from_template

pytestmark = pytest.mark.real_migrations


def _schema(path: Path) -> tuple[list[tuple[str, str, str]], list[tuple[str, ...]], str]:
    with sqlite3.connect(path) as db:
        objects = db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "ORDER BY type, name"
        ).fetchall()
        versions = db.execute("SELECT version_num FROM alembic_version").fetchall()
        mode = db.execute("PRAGMA journal_mode").fetchone()[0]
    db.close()
    return objects, versions, mode


def test_the_copied_schema_is_the_migrated_one(tmp_path: Path) -> None:
    for name, upgrade in (("migrated", upgrade_to_head), ("copied", upgrade_from_template)):
        engine = make_engine(tmp_path / f"{name}.db")
        try:
            upgrade(engine)
            with engine.connect() as connection:
                assert current_revision(connection) == head_revision()
        finally:
            engine.dispose()
    migrated = _schema(tmp_path / "migrated.db")
    assert migrated[2] == "wal"
    assert _schema(tmp_path / "copied.db") == migrated
    assert len(migrated[0]) > 20  # the tables, their indexes and triggers are there


def test_rows_the_migrations_write_are_copied_too(tmp_path: Path) -> None:
    """Data a migration seeds (not only the schema) is in the copy, table by table."""
    paths = []
    for name, upgrade in (("migrated", upgrade_to_head), ("copied", upgrade_from_template)):
        engine = make_engine(tmp_path / f"{name}.db")
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        paths.append(tmp_path / f"{name}.db")
    tables = [name for kind, name, _ in _schema(paths[0])[0] if kind == "table"]
    assert "alembic_version" in tables
    for path in paths[1:]:
        with sqlite3.connect(paths[0]) as a, sqlite3.connect(path) as b:
            for table in tables:
                query = f'SELECT * FROM "{table}" ORDER BY 1'
                assert a.execute(query).fetchall() == b.execute(query).fetchall(), table
        a.close()
        b.close()


def test_an_existing_database_is_migrated_not_replaced(tmp_path: Path) -> None:
    """Only a new, empty file takes the copy: one at an older revision is upgraded."""
    engine = make_engine(tmp_path / "old.db")
    try:
        upgrade_to_head(engine, "0002")
        upgrade_from_template(engine)
        with engine.connect() as connection:
            assert current_revision(connection) == head_revision()
    finally:
        engine.dispose()


def test_a_workspace_made_with_the_copy_opens_and_keeps_wal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import facilitator_desktop.workspace as workspace_module

    monkeypatch.setattr(workspace_module, "upgrade_to_head", upgrade_from_template)
    data = tmp_path / "data"
    Workspace.create(data, PASSPHRASE, kdf_params=FAST_KDF).close()
    assert _schema(database_path(data))[2] == "wal"
    with sqlite3.connect(database_path(data)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()
    Workspace.open(data, PASSPHRASE).close()
