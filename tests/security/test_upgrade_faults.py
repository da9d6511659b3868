"""Upgrades under real faults: SIGKILL at every step, a disk that fills up part-way.

The workspace is a real one at revision 0004 (today's app filled it, Alembic's downgrades
took it back). Whatever happens during the open that upgrades it, the file afterwards is
either exactly the old revision (schema and every row) or exactly the upgraded one, and
the next start upgrades it and reads everything back.
"""

from __future__ import annotations

import multiprocessing
import shutil
import signal
import sqlite3
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.context import ForkServerContext
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from facilitator_desktop.errors import FacilitatorError, StorageError
from facilitator_desktop.models.db import make_engine
from facilitator_desktop.models.migrate import (
    BackupBeforeUpgradeFailed,
    UpgradeDiskFull,
    head_revision,
    upgrade_to_head,
)
from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.services import backups
from facilitator_desktop.workspace import Workspace
from tests.helpers import faults
from tests.helpers.old_workspaces import (
    Rows,
    Schema,
    revision_of,
    rows_of,
    schema_of,
    workspace_at_revision,
)
from tests.security import upgrade_workers

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL"),
]
PASSPHRASE = "the passphrase of an older app"
UPKEEP_TABLES = {"groups", "workspace_meta"}


@dataclass(frozen=True)
class Reference:
    start: str
    pristine: Path
    old: tuple[Schema, Rows]
    upgraded: tuple[Schema, Rows]


@pytest.fixture(scope="module")
def references(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Reference]:
    """A workspace at each starting revision, and what a clean upgrade makes of it."""
    found = {}
    for start in ("0004", "0002"):
        folder = tmp_path_factory.mktemp(f"reference-{start}")
        pristine = workspace_at_revision(folder / "old", start, PASSPHRASE)
        upgraded = folder / "upgraded.db"
        shutil.copyfile(pristine, upgraded)
        engine = make_engine(upgraded)
        try:
            upgrade_to_head(engine)
        finally:
            engine.dispose()
        found[start] = Reference(
            start,
            pristine,
            (schema_of(pristine), rows_of(pristine)),
            (schema_of(upgraded), rows_of(upgraded)),
        )
    return found


@pytest.fixture(scope="module")
def reference(references: dict[str, Reference]) -> Reference:
    return references["0004"]


@pytest.fixture(scope="module")
def forkserver() -> Iterator[ForkServerContext]:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.security.upgrade_workers"])
    yield ctx


def fresh_copy(data_dir: Path, reference: Reference) -> Path:
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir(mode=0o700)
    database = data_dir / DATABASE_NAME
    shutil.copyfile(reference.pristine, database)
    return database


def state_after(database: Path, reference: Reference, *, upkeep_ran: bool = False) -> str:
    """'old' or 'upgraded', after checking the file is exactly one of them. With
    `upkeep_ran`, the open went on past the upgrade: the work done after unlocking (the key
    fingerprint, sealing what older versions kept plain) may have changed those two tables."""
    conn = sqlite3.connect(database)  # as the next start would: a killed WAL is recovered
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    schema, rows = schema_of(database), rows_of(database)
    revision = revision_of(database)
    if revision == reference.start:
        assert (schema, rows) == reference.old
        return "old"
    assert revision == head_revision()
    assert schema == reference.upgraded[0]
    upkept = UPKEEP_TABLES if upkeep_ran else set()
    expected = reference.upgraded[1]
    assert {t: r for t, r in rows.items() if t not in upkept} == {
        t: r for t, r in expected.items() if t not in upkept
    }
    return "upgraded"


def opens_and_reads_back(data_dir: Path) -> None:
    """The next start: it upgrades (again) and every member and note reads back; nothing
    a killed backup left behind stays, and every backup there passes its check."""
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        assert revision_of(data_dir / DATABASE_NAME) == head_revision()
        groups = ws.groups.list()
        assert len(groups) == 2
        assert all(member.alias for g in groups for member in ws.members.list(g.id))
        assert all(note.body for note in ws.notes.find())
        folder = backups.backups_dir(data_dir)
        assert not list(folder.glob(f"{backups.TEMP_PREFIX}*"))
        listed = backups.list_backups(data_dir)
        assert listed
        for info in listed:
            backups.verify_copy(info.path, ws.keyring.workspace_id, ws.keyring.cipher)


def run_until(ctx: ForkServerContext, data_dir: Path, die_at: int) -> tuple[int | None, int]:
    """(exit code, steps counted when it finished without being killed)."""
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(
        target=upgrade_workers.open_and_die_at,
        args=(str(data_dir), PASSPHRASE, die_at, child),
        daemon=True,
    )
    process.start()
    child.close()
    try:
        finished = parent.recv()[1] if parent.poll(60) else 0
    except EOFError:
        finished = 0  # killed before it could say anything
    finally:
        process.join(60)
        parent.close()
    return process.exitcode, finished


def test_killed_at_every_step_of_an_upgrade(
    tmp_path: Path, reference: Reference, forkserver: ForkServerContext
) -> None:
    data_dir = tmp_path / "data"
    fresh_copy(data_dir, reference)
    code, total = run_until(forkserver, data_dir, die_at=10**9)
    assert code == 0 and total > 15, (code, total)
    outcomes: Counter[str] = Counter()
    for die_at in range(1, total + 1):
        database = fresh_copy(data_dir, reference)
        code, _ = run_until(forkserver, data_dir, die_at)
        assert code == -signal.SIGKILL, die_at
        outcomes[state_after(database, reference)] += 1
        if die_at % 6 == 0 or die_at == total:
            opens_and_reads_back(data_dir)
    # The sweep went through the backup, the upgrade and past its commit.
    assert outcomes["old"] > 10 and outcomes["upgraded"] >= 1, outcomes


@pytest.fixture
def full_disk_fault(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """'tmpfs' where the machine lets tests mount one, else 'storage layer'."""
    kind = "tmpfs" if faults.mounting_allowed() else "storage layer"
    request.node.user_properties.append(("fault", kind))
    if kind == "tmpfs":
        with faults.small_filesystem(tmp_path / "disk", 4 * 1024 * 1024):
            yield kind
    else:
        (tmp_path / "disk").mkdir()
        yield kind


def test_a_full_disk_at_unlock_changes_nothing_until_there_is_room(
    tmp_path: Path, reference: Reference, full_disk_fault: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Free space from none to plenty, a page at a time. The backup comes first and needs
    the most room, so a full disk stops the open there: it says the disk is full and that
    nothing changed, and the file stays at its revision; with room, the open upgrades.
    (With no room even for SQLite's shared-memory file the open fails earlier, as a storage
    error; past the upgrade, the upkeep after unlocking may meet a full disk too.)"""
    disk = tmp_path / "disk"
    data_dir = disk / "data"
    size = reference.pristine.stat().st_size
    outcomes: Counter[str] = Counter()
    for leave in range(0, 3 * size + 128 * 1024, 4096):
        database = fresh_copy(data_dir, reference)
        with space_left(disk, leave, full_disk_fault, monkeypatch, backup_too=True):
            try:
                Workspace.open(data_dir, PASSPHRASE).close()
                outcomes["opened"] += 1
            except FacilitatorError as exc:
                assert isinstance(exc, StorageError | BackupBeforeUpgradeFailed), (leave, exc)
                if isinstance(exc, BackupBeforeUpgradeFailed | UpgradeDiskFull):
                    assert "The disk is full" in exc.message, (leave, exc.message)
                    assert "nothing has been changed" in exc.message.lower()
                outcomes[type(exc).__name__] += 1
        # Read once the space is back, as a restart would.
        state_after(database, reference, upkeep_ran=True)
        if outcomes["opened"] >= 3:
            break
    else:
        pytest.fail(f"never enough space to open: {outcomes}")
    opens_and_reads_back(data_dir)
    assert outcomes[BackupBeforeUpgradeFailed.__name__] > 3, (full_disk_fault, outcomes)


@pytest.mark.parametrize("start", ["0004", "0002"])
def test_a_disk_that_fills_up_in_the_middle_of_the_upgrade(
    start: str,
    tmp_path: Path,
    references: dict[str, Reference],
    full_disk_fault: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The upgrade itself (no backup before it, as when the backup went to another disk)
    with free space from none to enough: SQLite runs out of room part-way through the
    revisions; each time the file is exactly the start revision and the error says so."""
    reference = references[start]
    disk = tmp_path / "disk"
    data_dir = disk / "data"
    outcomes: Counter[str] = Counter()
    # On a tmpfs, below 32 KiB SQLite cannot even make its shared-memory file to start.
    first = 32 * 1024 if full_disk_fault == "tmpfs" else 0
    size = reference.pristine.stat().st_size
    # A page at a time up to twice the file, then coarser: revision 0008 rewrites every
    # shareable table (a uuid for each row), so the upgrade needs a few times the file.
    leaves = [*range(first, 2 * size, 4096), *range(2 * size, 8 * size, 32 * 1024)]
    for leave in leaves:
        database = fresh_copy(data_dir, reference)
        engine = make_engine(database)
        try:
            with space_left(disk, leave, full_disk_fault, monkeypatch):
                try:
                    upgrade_to_head(engine)
                    outcomes["upgraded"] += 1
                except UpgradeDiskFull as exc:
                    assert "Nothing has been changed" in exc.message
                    outcomes["disk full"] += 1
        finally:
            engine.dispose()
        assert state_after(database, reference) == (
            "upgraded" if outcomes["upgraded"] else "old"
        ), leave
        if outcomes["upgraded"]:
            break
    assert outcomes["disk full"] > 0 and outcomes["upgraded"] == 1, (full_disk_fault, outcomes)


@contextmanager
def space_left(
    disk: Path,
    leave: int,
    fault: str,
    monkeypatch: pytest.MonkeyPatch,
    *,
    backup_too: bool = False,
) -> Iterator[None]:
    """About `leave` bytes free while inside: for real on a tmpfs, else writes fail with
    SQLite's full-disk error once that much is spent (each statement that writes costs a
    page; with `backup_too`, a backup costs twice the database's size, its peak on disk)."""
    if fault == "tmpfs":
        filler = faults.fill(disk, leave)
        try:
            yield
        finally:
            filler.unlink()
        return
    spent = 0

    def spend(amount: int) -> None:
        nonlocal spent
        spent += amount
        if spent > leave:
            raise sqlite3.OperationalError("database or disk is full")

    real_write = backups.write_backup

    def write_backup(source: sqlite3.Connection, target: Path, check: Any) -> Any:
        try:
            spend(2 * source.execute("PRAGMA page_count").fetchone()[0] * 4096)
        except sqlite3.OperationalError as exc:
            raise backups.BackupFailed() from exc  # as write_backup reports any failure
        return real_write(source, target, check)

    def statement(_conn: object, _cursor: object, text: str, *_rest: object) -> None:
        if not text.lstrip().upper().startswith(("SELECT", "PRAGMA")):
            spend(4096)

    if backup_too:
        monkeypatch.setattr(backups, "write_backup", write_backup)
    event.listen(Engine, "before_cursor_execute", statement)
    try:
        yield
    finally:
        event.remove(Engine, "before_cursor_execute", statement)
        monkeypatch.undo()
