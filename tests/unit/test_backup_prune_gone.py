"""A backup deleted by hand (or by another program) while the app prunes is passed over:
the new backup still succeeds and the other old ones are pruned."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_desktop.services import backups
from facilitator_desktop.services.settings import BACKUP_KEEP
from facilitator_desktop.workspace import Workspace


def test_a_backup_gone_before_pruning_reaches_it_is_passed_over(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    oldest, older, newer = (workspace.create_backup() for _ in range(3))
    workspace.settings.set(BACKUP_KEEP, 1)
    listed = backups.list_backups

    def listed_then_oldest_deleted(
        data_dir: Path, workspace_id: bytes | None = None
    ) -> list[backups.BackupInfo]:
        found = listed(data_dir, workspace_id)
        oldest.unlink()  # between the listing and the pruning
        return found

    monkeypatch.setattr(backups, "list_backups", listed_then_oldest_deleted)
    newest = workspace.create_backup()
    monkeypatch.undo()

    assert [b.path for b in backups.list_backups(workspace.data_dir)] == [newest]
    assert not any(p.exists() for p in (oldest, older, newer))
