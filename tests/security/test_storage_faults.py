"""A full disk, a read-only folder: a clear message, and nothing acknowledged is lost."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.errors import StorageFull, WorkspaceReadOnly
from facilitator_desktop.services import backups
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.live_session import SaveFailed
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace


@pytest.fixture
def ws(data_dir: Path) -> Workspace:
    ws = Workspace.create(data_dir, "pass", kdf_params=FLOOR)
    group = ws.groups.create(GroupDraft("G"))
    ws.members.add(group.id, MemberDraft("Ann"))
    return ws


def fill_the_disk(ws: Workspace) -> None:
    """From now on every write fails as SQLite fails when the disk is full (ENOSPC)."""

    def full(conn, cursor, statement, *rest):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError("database or disk is full")

    event.listen(ws.engine, "before_cursor_execute", full)


def test_full_disk_when_saving_a_note(ws: Workspace) -> None:
    group_id = ws.groups.list()[0].id
    kept = ws.notes.create(NoteDraft("saved before the disk filled", group_id))
    fill_the_disk(ws)
    with pytest.raises(StorageFull) as info:
        ws.notes.save_body(kept.id, "this edit cannot be saved")
    assert "disk is full" in info.value.message
    assert ws.notes.get(kept.id).body == "saved before the disk filled"
    data_dir = ws.data_dir
    ws.close()
    with Workspace.open(data_dir, "pass") as reopened:
        assert reopened.notes.get(kept.id).body == "saved before the disk filled"


def test_full_disk_during_a_session_keeps_it_in_memory(ws: Workspace) -> None:
    group_id = ws.groups.list()[0].id
    clock = FakeClock()
    live = ws.sessions.start(group_id, monotonic=clock)
    live.mark_all_unmarked_present()
    fill_the_disk(ws)
    with pytest.raises(SaveFailed, match="disk is full"):
        live.toggle()
    assert live.unsaved == 1 and live.snapshot().agenda.phase == "running"


def test_full_disk_during_a_backup_leaves_earlier_backups(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = ws.create_backup()

    def no_space(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "fsync_path", no_space)
    with pytest.raises(backups.BackupFailed):
        ws.create_backup()
    monkeypatch.undo()
    assert [b.path for b in backups.list_backups(ws.data_dir)] == [good]
    assert not list(backups.backups_dir(ws.data_dir).glob(f"{backups.TEMP_PREFIX}*"))
    ws.close()


def test_read_only_data_folder_says_so(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = ws.data_dir
    ws.close()
    if os.geteuid() == 0:  # root ignores permission bits: present the folder as read-only
        monkeypatch.setattr(os, "access", lambda path, mode: False)
    else:
        data_dir.chmod(0o500)
    try:
        with pytest.raises(WorkspaceReadOnly) as info:
            Workspace.open(data_dir, "pass")
        assert "read-only" in info.value.message
    finally:
        data_dir.chmod(0o700)
