"""Verified backups, pruning, restore, export/import to another laptop."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.errors import WorkspaceCorrupt, WrongPassphrase
from facilitator_desktop.services import backups
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace, database_path


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def ws(data_dir: Path) -> Workspace:
    clock = Clock()
    ws = Workspace.create(data_dir, "pass", kdf_params=FLOOR, now=clock)
    group = ws.groups.create(GroupDraft("Group"))
    ws.members.add(group.id, MemberDraft("Anna"))
    ws.notes.create(NoteDraft("first note", group.id))
    return ws


def test_backup_is_verified_listed_and_pruned(ws: Workspace) -> None:
    clock = ws.context.now
    assert isinstance(clock, Clock)
    ws.settings.backup_keep = 3
    made = []
    for _ in range(5):
        made.append(ws.create_backup())
        clock.now += timedelta(hours=1)
    listed = backups.list_backups(ws.data_dir)
    assert [b.path for b in listed] == made[::-1][:3]
    assert (listed[0].groups, listed[0].members, listed[0].notes) == (1, 1, 1)
    assert not list(backups.backups_dir(ws.data_dir).glob(".partial-*"))
    ws.close()


def test_backup_if_due_is_at_most_daily(ws: Workspace) -> None:
    clock = ws.context.now
    assert isinstance(clock, Clock)
    assert ws.backup_if_due() is not None
    clock.now += timedelta(hours=23)
    assert ws.backup_if_due() is None
    clock.now += timedelta(hours=2)
    assert ws.backup_if_due() is not None
    ws.close()


def test_a_backup_failing_its_check_never_replaces_a_good_one(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = ws.create_backup()
    before = good.read_bytes()

    def reject(*_args: object) -> None:
        raise backups.BackupFailed("trial decryption failed")

    monkeypatch.setattr(backups, "verify_copy", reject)
    with pytest.raises(backups.BackupFailed):
        ws.create_backup()
    raw = ws.engine.raw_connection()
    try:  # even aimed straight at the good file, a rejected copy does not replace it
        with pytest.raises(backups.BackupFailed):
            backups.write_backup(raw.driver_connection, good, reject)
    finally:
        raw.close()
    assert good.read_bytes() == before
    assert [p.name for p in backups.backups_dir(ws.data_dir).iterdir()] == [good.name]
    ws.close()


def test_trial_decryption_catches_a_copy_under_another_key(ws: Workspace, tmp_path: Path) -> None:
    other = Workspace.create(tmp_path / "other", "pass", kdf_params=FLOOR)
    copy = ws.create_backup()
    with pytest.raises(backups.BackupFailed):
        backups.verify_copy(copy, other.keyring.workspace_id, other.keyring.cipher)
    other.close()
    ws.close()


def test_restore_brings_back_the_backed_up_state(ws: Workspace) -> None:
    backup = ws.create_backup()
    group_id = ws.groups.list()[0].id
    ws.notes.create(NoteDraft("written after the backup", group_id))
    ws.create_backup()  # the current state is backed up before restoring
    data_dir = ws.data_dir
    ws.close()
    Workspace.restore(data_dir, backup)
    with Workspace.open(data_dir, "pass") as reopened:
        assert [n.body for n in reopened.notes.find()] == ["first note"]
    assert len(backups.list_backups(data_dir)) == 2


@pytest.mark.parametrize("damage", ["truncate", "zero", "garbage"])
def test_a_damaged_database_can_be_set_aside_and_restored(ws: Workspace, damage: str) -> None:
    backup = ws.create_backup()
    data_dir = ws.data_dir
    ws.close()
    path = database_path(data_dir)
    content = path.read_bytes()
    path.write_bytes(
        {"truncate": content[:2048], "zero": bytes(len(content)), "garbage": b"x" * 9000}[damage]
    )
    with pytest.raises(WorkspaceCorrupt):
        Workspace.open(data_dir, "pass")
    assert backups.list_backups(data_dir)[0].path == backup  # offered to the user
    aside = Workspace.set_aside_damaged(data_dir, datetime(2026, 3, 2))
    assert aside is not None and aside.exists()
    Workspace.restore(data_dir, backup)
    with Workspace.open(data_dir, "pass") as reopened:
        assert reopened.notes.find()[0].body == "first note"


def test_stale_or_missing_wal_never_gives_an_empty_workspace(ws: Workspace) -> None:
    data_dir = ws.data_dir
    ws.close()
    wal = Path(f"{database_path(data_dir)}-wal")
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 4000)  # a WAL header from nowhere
    with Workspace.open(data_dir, "pass") as reopened:
        assert reopened.notes.find()[0].body == "first note"
    wal.unlink(missing_ok=True)
    with Workspace.open(data_dir, "pass") as reopened:
        assert reopened.members.list(reopened.groups.list()[0].id)[0].alias == "Anna"


def test_move_to_a_new_laptop(ws: Workspace, tmp_path: Path) -> None:
    exported = ws.export_to(tmp_path / "usb" / "my-workspace.fdw")
    ws.close()
    new_laptop = tmp_path / "new-laptop"
    Workspace.import_file(exported, new_laptop, "pass")
    with pytest.raises(WrongPassphrase):
        Workspace.open(new_laptop, "other")
    with Workspace.open(new_laptop, "pass") as moved:
        assert moved.notes.find()[0].body == "first note"
    conn = sqlite3.connect(exported)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
