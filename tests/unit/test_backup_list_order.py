"""The backup list, as Backups shows it: each workspace's backups together, newest first,
the workspace with the latest backup first, whatever their numbers; each with its size on
disk; a backup removed while the list is read leaves out only itself, and what is only
named like a backup is not listed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.services import backups
from facilitator_desktop.workspace import Workspace, database_path


def _workspace_at(data_dir: Path, moment: datetime) -> Workspace:
    return Workspace.create(data_dir, "pass", kdf_params=FLOOR, now=lambda: moment)


def test_the_workspace_with_the_latest_backup_comes_first_whole(data_dir: Path) -> None:
    """An old workspace's backups 1 to 3, then a new one's backup 1 a day later: the new
    one's comes first, then the old one's, 3 to 1 (not sorted together by number)."""
    old = _workspace_at(data_dir, datetime(2026, 3, 1, 9, 0))
    old_backups = [old.create_backup() for _ in range(3)]
    old.close()
    database_path(data_dir).rename(data_dir / "moved-away.db")  # a new start in this folder
    new = _workspace_at(data_dir, datetime(2026, 3, 2, 9, 0))
    newest = new.create_backup()
    new.close()
    listed = [b.path for b in backups.list_backups(data_dir)]
    assert listed == [newest, *old_backups[::-1]]


def test_each_backup_is_listed_with_its_size_on_disk(workspace: Workspace) -> None:
    made = [workspace.create_backup() for _ in range(2)]
    sizes = {b.path: b.size for b in backups.list_backups(workspace.data_dir)}
    assert sizes == {path: path.stat().st_size for path in made}


def test_a_backup_removed_while_the_list_is_read_leaves_out_only_itself(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = {workspace.create_backup() for _ in range(3)}
    removed: list[Path] = []
    summary = backups._read_summary

    def read_then_first_removed(path: Path) -> tuple[bytes | None, tuple[int, int, int, int]]:
        found = summary(path)
        if not removed:  # the first one the list reads is deleted right after
            path.unlink()
            removed.append(path)
        return found

    monkeypatch.setattr(backups, "_read_summary", read_then_first_removed)
    listed = {b.path for b in backups.list_backups(workspace.data_dir)}
    assert listed == made - set(removed)
    assert len(listed) == 2


def test_files_and_folders_only_named_like_backups_are_not_listed(workspace: Workspace) -> None:
    made = workspace.create_backup()
    folder = backups.backups_dir(workspace.data_dir)
    (folder / f"{backups.PREFIX}copied by hand{backups.SUFFIX}").write_bytes(b"not ours")
    (folder / made.name.replace("-000001-", "-000002-")).mkdir()  # a folder, not a file
    assert [b.path for b in backups.list_backups(workspace.data_dir)] == [made]
