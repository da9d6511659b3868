"""Storage: pragmas on every pooled connection, migrations from empty."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import facilitator_desktop.models as models
from facilitator_desktop.models.db import PRAGMAS, make_engine
from facilitator_desktop.models.migrate import current_revision, head_revision, upgrade_to_head

EXPECTED = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "temp_store": 2,  # MEMORY
    "secure_delete": 1,
    "busy_timeout": 5000,
}


def test_pragmas_list_is_what_we_check() -> None:
    assert {name for name, _ in PRAGMAS} == set(EXPECTED)


def test_pragmas_hold_on_every_pooled_connection(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "p.db", pool_size=3, max_overflow=0)
    try:
        held = [engine.raw_connection() for _ in range(3)]
        for conn in held:
            cursor = conn.cursor()
            for name, value in EXPECTED.items():
                assert cursor.execute(f"PRAGMA {name}").fetchone()[0] == value, name
        for conn in held:
            conn.close()
        # Connections come back from the pool with the same settings.
        again = engine.raw_connection()
        assert again.cursor().execute("PRAGMA secure_delete").fetchone()[0] == 1
        again.close()
    finally:
        engine.dispose()


def test_migrations_from_empty_match_the_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "m.db")
    try:
        upgrade_to_head(engine)
        with engine.connect() as conn:
            assert current_revision(conn) == head_revision()
            diff = compare_metadata(MigrationContext.configure(conn), models.Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_upgrade_at_head_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "n.db"
    engine = make_engine(path)
    try:
        upgrade_to_head(engine)
        engine.dispose()
        before = path.read_bytes()
        upgrade_to_head(engine)
        engine.dispose()
        assert path.read_bytes() == before
    finally:
        engine.dispose()


def test_table_rebuilds_keep_rows_that_point_at_them(tmp_path: Path) -> None:
    """0003 rebuilds `notes` (batch mode); its member links must survive the rebuild."""
    engine = make_engine(tmp_path / "r.db")
    try:
        upgrade_to_head(engine, target="0002")
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO groups (id, name, description, default_minutes, "
                "speaker_soft_limit_min, created_at) VALUES (1, 'G', '', 90, 5, '2026-01-01')"
            )
            conn.exec_driver_sql(
                "INSERT INTO members (id, group_id, seat, rev, alias_ct, alias_index, "
                "joined_on, created_at) VALUES (1, 1, 1, 0, x'00', x'00', '2026-01-01', "
                "'2026-01-01')"
            )
            conn.exec_driver_sql(
                "INSERT INTO notes (id, group_id, rev, body_ct, created_at, updated_at, "
                "follow_up) VALUES (1, 1, 0, x'00', '2026-01-01', '2026-01-01', 0)"
            )
            conn.exec_driver_sql("INSERT INTO note_members (note_id, member_id) VALUES (1, 1)")
        upgrade_to_head(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM note_members").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
