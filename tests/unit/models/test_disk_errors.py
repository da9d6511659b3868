"""SQLite's disk errors named for what the disk really is: full, read-only, or another
problem. SQLite says "disk I/O error" for a disk the system turned read-only under the open
database and for some writes that found no room, so the folder is asked by a real write.

Real faults where the machine allows (a tmpfs that fills up or is remounted read-only, an
ext4 image that an error turns read-only); elsewhere the storage layer raises what such a
disk raises. Each test says which ran."""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.errors import StorageError, StorageFull, WorkspaceReadOnly
from facilitator_desktop.models import db
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers import faults


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    if not faults.mounting_allowed():
        yield None
        return
    with faults.small_filesystem(tmp_path / "disk", 256 * 1024) as disk:
        yield disk


def test_a_writable_disk_with_room_is_a_plain_disk_problem(tmp_path: Path) -> None:
    error = db.what_the_disk_says(tmp_path)
    assert type(error) is StorageError
    assert "problem with the disk" in error.message
    assert list(tmp_path.iterdir()) == []  # the probe leaves nothing behind


def test_a_full_disk_is_named_full(
    small_disk: Path | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if small_disk is not None:
        faults.fill(small_disk, 0)
        folder, kind = small_disk, "tmpfs"
    else:
        faults.refuse_new_files(monkeypatch, errno.ENOSPC)
        folder, kind = tmp_path, "storage layer"
    assert isinstance(db.what_the_disk_says(folder), StorageFull), kind


def test_a_nearly_full_disk_is_named_full(
    small_disk: Path | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One byte still fits, SQLite's WAL index (32 KiB) does not."""
    if small_disk is not None:
        faults.fill(small_disk, 8192)
        folder, kind = small_disk, "tmpfs"
    else:
        monkeypatch.setattr(db, "LOW_SPACE_BYTES", 1 << 62)
        folder, kind = tmp_path, "storage layer"
    assert isinstance(db.what_the_disk_says(folder), StorageFull), kind


def test_a_read_only_remount_is_named_read_only(
    small_disk: Path | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if small_disk is not None:
        faults.remount_read_only(small_disk)
        folder, kind = small_disk, "tmpfs"
    else:
        faults.refuse_new_files(monkeypatch, errno.EROFS)
        folder, kind = tmp_path, "storage layer"
    error = db.what_the_disk_says(folder)
    assert isinstance(error, WorkspaceReadOnly), kind
    assert "has become read-only" in error.message
    assert "full" not in error.message


@pytest.fixture
def turning_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Path, Callable[[Engine], None], str]]:
    """A folder, and how to turn its disk read-only under an open engine: an ext4 image
    meeting an error where the machine allows, else the storage layer failing as it does."""
    if faults.loop_ext4_allowed():
        with faults.small_ext4(tmp_path / "disk", 16 * 1024 * 1024) as disk:
            yield disk, lambda _engine: faults.fail_read_only(disk), "ext4 error remount"
        return

    def turn(engine: Engine) -> None:
        faults.failing_writes(engine, "disk I/O error")
        faults.refuse_new_files(monkeypatch, errno.EROFS)

    folder = tmp_path / "disk"
    folder.mkdir()
    yield folder, turn, "storage layer"


def test_an_open_workspace_whose_disk_turns_read_only_says_read_only(
    turning_disk: tuple[Path, Callable[[Engine], None], str],
) -> None:
    """Through the engine: what a service raises when the disk goes read-only mid-use."""
    folder, turn, kind = turning_disk
    ws = Workspace.create(folder / "data", "pass", kdf_params=FLOOR)
    try:
        group = ws.groups.create(GroupDraft("G")).id
        note = ws.notes.create(NoteDraft("before", group)).id
        turn(ws.engine)
        with pytest.raises(WorkspaceReadOnly) as info:
            ws.notes.save_body(note, "after")
        assert "has become read-only" in info.value.message, kind
        assert ws.notes.get(note).body == "before"
    finally:
        ws.close()


def test_other_sqlite_errors_are_left_alone(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "x.db")
    try:
        with pytest.raises(Exception) as info, engine.connect() as conn:
            conn.exec_driver_sql("SELECT * FROM no_such_table")
        assert not isinstance(info.value, StorageError)
    finally:
        engine.dispose()
