"""Import from another laptop: nothing is installed until the file has passed every check.

Each hostile file is refused with its reason, and the data folder (and everything beside
it, the offered file included) is left exactly as it was.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from facilitator_desktop import demo, workspace_import
from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.errors import (
    FacilitatorError,
    ImportRefused,
    WorkspaceExists,
    WorkspaceTooNew,
    WrongPassphrase,
)
from facilitator_desktop.models.migrate import head_revision
from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.workspace import Workspace
from facilitator_desktop.workspace_import import (
    ALTERED,
    BROKEN_LINKS,
    INCOMPLETE,
    MAX_IMPORT_BYTES,
    NO_SPACE,
    NOT_A_FILE,
    NOT_A_WORKSPACE,
    STAGING_PREFIX,
    TOO_LARGE,
    VAULT_DAMAGED,
    import_workspace,
    normalise_sql,
    reference_schema,
)
from tests.conftest import PASSPHRASE
from tests.helpers.hostile_imports import REFUSED, edited, export_at_revision


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with history in every table, exported as a facilitator would."""
    folder = tmp_path_factory.mktemp("old-laptop")
    with Workspace.create(folder / "data", PASSPHRASE, kdf_params=FLOOR) as ws:
        demo.populate(ws, groups=1, weeks=2)
        ws.create_recovery_key()
        return ws.export_to(folder / "usb" / "workspace.fdw")


@pytest.fixture
def offered(exported: Path, tmp_path: Path) -> Path:
    """A private copy of the export for one test to spoil."""
    copy = tmp_path / "usb" / "offered.fdw"
    copy.parent.mkdir()
    shutil.copyfile(exported, copy)
    return copy


def tree(folder: Path) -> dict[str, tuple[int, str]]:
    """Every path under `folder` with its mode and content (large files: size and mtime;
    folders: what is in them, which the listing itself shows)."""
    found: dict[str, tuple[int, str]] = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        if stat.S_ISDIR(info.st_mode):
            content = "folder"
        elif stat.S_ISREG(info.st_mode) and info.st_size < 64 * 1024 * 1024:
            content = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            content = f"{info.st_size}/{info.st_mtime_ns}"
        found[str(path.relative_to(folder))] = (info.st_mode, content)
    return found


@pytest.fixture(params=["new folder", "existing folder"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The data folder: not there yet (a first start), or there with backups in it (the
    database was lost)."""
    data_dir = tmp_path / "data"
    if request.param == "existing folder":
        (data_dir / "backups").mkdir(parents=True, mode=0o700)
        (data_dir / "backups" / "workspace-20260301-090000-000000.db").write_bytes(b"kept")
    return data_dir


def refusal(
    source: Path,
    data_dir: Path,
    expected: type[FacilitatorError] = ImportRefused,
    passphrase: str = PASSPHRASE,
    max_bytes: int = MAX_IMPORT_BYTES,
) -> FacilitatorError:
    """Import must fail with `expected`, leaving everything beside the data folder (the
    folder itself, its neighbours, the offered file) exactly as it was."""
    before = tree(data_dir.parent)
    with pytest.raises(expected) as caught:
        import_workspace(source, data_dir, passphrase, max_bytes=max_bytes)
    assert tree(data_dir.parent) == before, "a refused import changed files"
    return caught.value


def refused(source: Path, data_dir: Path, max_bytes: int = MAX_IMPORT_BYTES) -> str:
    """The reason an ImportRefused gives, after checking its whole message."""
    error = refusal(source, data_dir, max_bytes=max_bytes)
    assert isinstance(error, ImportRefused)
    assert error.message.startswith("This file cannot be imported: ")
    assert error.message.endswith("Nothing has been changed.")
    return error.reason


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()


# --- the right file with the right passphrase --------------------------------------------


def test_right_passphrase_installs_a_fresh_copy_of_every_row(
    offered: Path, target: Path, tmp_path: Path
) -> None:
    before = tree(tmp_path)
    import_workspace(offered, target, PASSPHRASE)
    installed = target / DATABASE_NAME
    assert rows(installed) == rows(offered)
    assert stat.S_IMODE(installed.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    # Only the database was added: no journal, no private copy left anywhere.
    after = tree(tmp_path)
    assert set(after) - set(before) - {"data", "data/workspace.db"} == set()
    assert after["usb/offered.fdw"] == before["usb/offered.fdw"]  # the file is only read
    with Workspace.open(target, PASSPHRASE) as moved:
        group = moved.groups.list()[0]
        assert moved.members.list(group.id)
        assert all(note.body for note in moved.notes.find())
        assert moved.has_recovery_key
    with pytest.raises(WorkspaceExists):  # a second import never replaces the first
        import_workspace(offered, target, PASSPHRASE)


def test_wrong_passphrase_installs_nothing(offered: Path, target: Path) -> None:
    error = refusal(offered, target, WrongPassphrase, passphrase="not the passphrase")
    assert error.message == WrongPassphrase().message


def test_an_existing_workspace_is_never_replaced(
    offered: Path, data_dir: Path, tmp_path: Path
) -> None:
    Workspace.create(data_dir, "another passphrase", kdf_params=FLOOR).close()
    refusal(offered, data_dir, WorkspaceExists)


# --- files that are not a workspace, or not one as we wrote it ----------------------------


@pytest.mark.parametrize("kind", list(REFUSED))
def test_hostile_file_is_refused_with_its_reason(offered: Path, target: Path, kind: str) -> None:
    spoil, reason = REFUSED[kind]
    spoil(offered)
    assert refused(offered, target) == reason


def test_missing_file(tmp_path: Path, target: Path) -> None:
    assert "cannot be read" in refused(tmp_path / "nowhere.fdw", target)


def test_a_folder_or_a_fifo_is_refused_without_waiting(tmp_path: Path, target: Path) -> None:
    (tmp_path / "folder.fdw").mkdir()
    assert refused(tmp_path / "folder.fdw", target) == NOT_A_FILE
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.fdw")  # opened for reading, a FIFO waits for a writer
        assert refused(tmp_path / "pipe.fdw", target) == NOT_A_FILE


def test_text_file(tmp_path: Path, target: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Dear group, ...\n" * 50)
    assert refused(text, target) == NOT_A_WORKSPACE


def test_truncated_export(offered: Path, target: Path) -> None:
    data = offered.read_bytes()
    offered.write_bytes(data[: len(data) // 2])
    assert refused(offered, target) == INCOMPLETE
    offered.write_bytes(data[:100])  # the header alone
    assert refused(offered, target) == INCOMPLETE
    offered.write_bytes(data[:40])
    assert refused(offered, target) == NOT_A_WORKSPACE


def test_a_header_that_lies_about_the_page_size(offered: Path, target: Path) -> None:
    data = bytearray(offered.read_bytes())
    data[16:18] = (1000).to_bytes(2, "big")  # not a power of two
    offered.write_bytes(bytes(data))
    assert refused(offered, target) == INCOMPLETE


def test_foreign_sqlite_database(tmp_path: Path, target: Path) -> None:
    foreign = edited(
        tmp_path / "contacts.db",
        "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT, phone TEXT)",
        "INSERT INTO contacts (name, phone) VALUES ('Anna', '555-0100')",
    )
    assert refused(foreign, target) == NOT_A_WORKSPACE


def test_another_apps_alembic_database_is_not_called_newer(tmp_path: Path, target: Path) -> None:
    foreign = edited(
        tmp_path / "other-app.db",
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
        "INSERT INTO alembic_version VALUES ('ae1027a6acf')",
        "CREATE TABLE accounts (id INTEGER PRIMARY KEY)",
    )
    assert refused(foreign, target) == NOT_A_WORKSPACE


def test_utf16_database_is_not_ours(tmp_path: Path, target: Path) -> None:
    foreign = edited(tmp_path / "utf16.db", "PRAGMA encoding='UTF-16le'", "CREATE TABLE t (x TEXT)")
    assert refused(foreign, target) == NOT_A_WORKSPACE


def test_huge_sparse_file_is_refused_before_reading(tmp_path: Path, target: Path) -> None:
    huge = tmp_path / "huge.fdw"
    with huge.open("wb") as handle:
        handle.write(b"SQLite format 3\x00")
        handle.truncate(MAX_IMPORT_BYTES * 4)  # were it read, this test would take minutes
    assert refused(huge, target) == TOO_LARGE


def test_the_size_limit_holds_however_the_file_is_made(offered: Path, target: Path) -> None:
    limit = offered.stat().st_size - 1
    assert refused(offered, target, max_bytes=limit) == TOO_LARGE


# --- workspaces that were altered ----------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        pytest.param("CREATE TABLE exfiltrate (x BLOB)", id="extra table"),
        pytest.param(
            "CREATE TRIGGER wipe AFTER INSERT ON groups BEGIN DELETE FROM vault_slots; END",
            id="extra trigger that fires on insert",
        ),
        pytest.param(
            "CREATE TRIGGER keep_names AFTER INSERT ON members "
            "BEGIN INSERT INTO settings VALUES ('leak', new.alias_ct); END",
            id="extra trigger that copies a field",
        ),
        pytest.param("CREATE VIEW everyone AS SELECT * FROM members", id="extra view"),
        pytest.param("CREATE INDEX ix_extra ON notes (body_ct)", id="extra index"),
        pytest.param("DROP INDEX ix_notes_follow_up", id="missing index"),
        pytest.param("DROP TABLE acknowledgements", id="missing table"),
        pytest.param("ALTER TABLE members ADD COLUMN stolen TEXT", id="extra column"),
    ],
)
def test_schema_that_is_not_ours(offered: Path, target: Path, statement: str) -> None:
    edited(offered, statement)
    assert refused(offered, target) == ALTERED


def test_a_table_replaced_by_a_view_of_the_same_name(offered: Path, target: Path) -> None:
    edited(
        offered,
        "DROP TABLE settings",
        "CREATE VIEW settings AS SELECT 'key' AS key, 'value' AS value",
    )
    assert refused(offered, target) == ALTERED


def test_a_version_table_that_is_not_a_plain_table_is_never_queried(
    offered: Path, target: Path
) -> None:
    """The revision is read before the whole schema can be compared: only from the one
    plain table every revision has, never from a view or a virtual table of the file's."""
    edited(
        offered,
        "DROP TABLE alembic_version",
        "CREATE VIEW alembic_version AS SELECT '0005' AS version_num",
    )
    assert refused(offered, target) == NOT_A_WORKSPACE


def test_a_virtual_table_is_refused_before_it_is_used(offered: Path, target: Path) -> None:
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no FTS5")
    finally:
        probe.close()
    edited(
        offered,
        "DROP TABLE alembic_version",
        "CREATE VIRTUAL TABLE alembic_version USING fts5(version_num)",
        "INSERT INTO alembic_version VALUES ('0005')",
    )
    assert refused(offered, target) == ALTERED


def test_damaged_vault(offered: Path, target: Path) -> None:
    edited(offered, "UPDATE vault_slots SET blob = zeroblob(length(blob)) WHERE kind = 1")
    assert refused(offered, target) == VAULT_DAMAGED


def test_records_that_point_nowhere(offered: Path, target: Path) -> None:
    edited(offered, "PRAGMA foreign_keys=OFF", "DELETE FROM groups")  # members now orphaned
    assert refused(offered, target) == BROKEN_LINKS


def test_newer_schema_is_refused_as_too_new(offered: Path, target: Path) -> None:
    edited(offered, "UPDATE alembic_version SET version_num = '0099'")
    assert refusal(offered, target, WorkspaceTooNew).message == WorkspaceTooNew().message


def test_a_full_disk_at_the_last_step_installs_nothing(
    offered: Path, target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if target.exists():  # a journal a deleted database left: put back as it was
        (target / f"{DATABASE_NAME}-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 28)
    rename = os.replace

    def no_room_for_the_database(source: Path, destination: Path) -> None:
        if Path(destination).name == DATABASE_NAME:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        rename(source, destination)

    monkeypatch.setattr(os, "replace", no_room_for_the_database)
    assert refused(offered, target) == NO_SPACE


def test_journals_of_a_deleted_database_are_not_replayed_into_the_import(
    offered: Path, data_dir: Path
) -> None:
    data_dir.mkdir()
    stale = data_dir / f"{DATABASE_NAME}-wal"
    stale.write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 28)
    import_workspace(offered, data_dir, PASSPHRASE)
    assert sorted(p.name for p in data_dir.iterdir()) == [DATABASE_NAME]


def test_a_full_disk_while_copying_rows_installs_nothing(
    offered: Path, target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_room(_conn: sqlite3.Connection) -> list[str]:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(workspace_import, "_tables_in_copy_order", no_room)
    assert refused(offered, target) == NO_SPACE


def test_leftovers_of_a_killed_import_are_swept(offered: Path, tmp_path: Path) -> None:
    leftover = tmp_path / f"{STAGING_PREFIX}killed"
    leftover.mkdir()
    (leftover / "candidate.db").write_bytes(b"a copy of someone's workspace")
    import_workspace(offered, tmp_path / "data", PASSPHRASE)
    assert not leftover.exists()


# --- an older workspace is migrated like any other ----------------------------------------


def test_older_revision_is_migrated_to_head(tmp_path: Path, target: Path) -> None:
    old = export_at_revision(tmp_path, "0004")
    assert sqlite3.connect(old).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    import_workspace(old, target, PASSPHRASE)
    installed = sqlite3.connect(target / DATABASE_NAME)
    assert installed.execute("SELECT version_num FROM alembic_version").fetchall() == [
        (head_revision(),)
    ]
    installed.close()
    with Workspace.open(target, PASSPHRASE) as moved:
        assert [g.name for g in moved.groups.list()] == ["Grief group"]


def test_older_revision_with_a_later_table_is_altered(tmp_path: Path, target: Path) -> None:
    """A 0004 file holding a table that only 0005 creates is not a 0004 workspace."""
    old = export_at_revision(tmp_path, "0004")
    edited(old, "CREATE TABLE sealed_settings (id INTEGER PRIMARY KEY)")
    assert refused(old, target) == ALTERED


# --- the schema comparison itself ---------------------------------------------------------


def test_quoting_case_and_whitespace_do_not_count() -> None:
    ours = (
        'CREATE TABLE "notes" (\n\tid INTEGER NOT NULL, \n\tCONSTRAINT pk_notes PRIMARY KEY (id)\n)'
    )
    theirs = "create table notes (id INTEGER NOT NULL,CONSTRAINT pk_notes PRIMARY KEY(id))"
    assert normalise_sql(ours) == normalise_sql(theirs)
    assert normalise_sql(ours) != normalise_sql(theirs.replace("NOT NULL", ""))
    assert normalise_sql(None) is None


def test_reference_schema_is_what_a_new_workspace_has(workspace: Workspace) -> None:
    conn = sqlite3.connect(workspace.data_dir / DATABASE_NAME)
    entries = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    conn.close()
    assert workspace_import.normalised_schema(entries) == reference_schema(head_revision())
    assert reference_schema(head_revision()) is reference_schema(head_revision())  # cached
