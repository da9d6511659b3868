"""A backup's temporary file must be new: a link planted under its name (by another program
that guessed it, after the old partial files were swept) makes the backup fail, and
whatever the link points at is left exactly as it was, not overwritten with the
workspace."""

from __future__ import annotations

import stat
import uuid
from pathlib import Path

import pytest

from facilitator_desktop.services import backups
from facilitator_desktop.workspace import Workspace

GUESSED = uuid.UUID("12345678-1234-5678-1234-567812345678")


def test_a_link_planted_at_the_temporary_name_is_not_followed(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "elsewhere.db"
    victim.touch(mode=0o644)  # empty: SQLite would take it for a new database
    victim.chmod(0o644)
    folder = backups.backups_dir(workspace.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    planted = folder / f"{backups.TEMP_PREFIX}{GUESSED.hex}{backups.SUFFIX}"

    def guessed_and_planted() -> uuid.UUID:  # after the sweep of old partial files
        planted.symlink_to(victim)
        return GUESSED

    monkeypatch.setattr(backups.uuid, "uuid4", guessed_and_planted)

    with pytest.raises(backups.BackupFailed):
        workspace.create_backup()

    assert victim.read_bytes() == b""
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644
    assert backups.list_backups(workspace.data_dir) == []
