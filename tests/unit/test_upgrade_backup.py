"""Opening an older workspace: a verified backup of it as it was, then the upgrade."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from facilitator_desktop.models.migrate import BackupBeforeUpgradeFailed, head_revision
from facilitator_desktop.services import backups
from facilitator_desktop.workspace import Workspace
from facilitator_desktop.workspace_backups import restore
from tests.helpers.old_workspaces import revision_of, rows_of, schema_of, workspace_at_revision

PASSPHRASE = "kept since last year"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return workspace_at_revision(tmp_path_factory.mktemp("old") / "data", "0004", PASSPHRASE)


@pytest.fixture
def old_workspace(data_dir: Path, pristine: Path) -> Path:
    data_dir.mkdir()
    shutil.copyfile(pristine, data_dir / pristine.name)
    return data_dir / pristine.name


def test_the_upgrade_starts_from_a_verified_backup_of_the_old_revision(
    old_workspace: Path, data_dir: Path
) -> None:
    schema, rows = schema_of(old_workspace), rows_of(old_workspace)
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        assert revision_of(old_workspace) == head_revision()
        (made,) = backups.list_backups(data_dir)
        # The copy is the workspace exactly as the older app left it, and it opens.
        assert revision_of(made.path) == "0004"
        assert schema_of(made.path) == schema
        assert rows_of(made.path) == rows
        found = backups.verify_copy(made.path, ws.keyring.workspace_id, ws.keyring.cipher)
        assert found.checked > 0 and found.damaged == 0
        # Checked as it was made, before the key was open: the file and its vault only.
        locked = backups.verify_copy(made.path, ws.keyring.workspace_id, None)
        assert locked == backups.Verification(checked=0, damaged=0)
        assert oct(made.path.stat().st_mode & 0o777) == "0o600"
        members_before = {m.id: m.alias for g in ws.groups.list() for m in ws.members.list(g.id)}
    # Restoring that copy gives the same workspace back (upgraded again on opening).
    restore(data_dir, made.path)
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        assert {
            m.id: m.alias for g in ws.groups.list() for m in ws.members.list(g.id)
        } == members_before


def test_no_backup_when_there_is_nothing_to_upgrade(old_workspace: Path, data_dir: Path) -> None:
    Workspace.open(data_dir, PASSPHRASE).close()
    first = backups.list_backups(data_dir)
    Workspace.open(data_dir, PASSPHRASE).close()
    assert backups.list_backups(data_dir) == first


def test_no_upgrade_without_the_backup(
    old_workspace: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Storage-layer fault: the backup's flush fails as on a full disk (the real full disk
    is in tests/security/test_upgrade_faults)."""
    schema, rows = schema_of(old_workspace), rows_of(old_workspace)

    def no_space(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "fsync_path", no_space)
    with pytest.raises(BackupBeforeUpgradeFailed) as info:
        Workspace.open(data_dir, PASSPHRASE)
    assert "disk is full" in info.value.message
    assert "nothing has been changed" in info.value.message
    assert revision_of(old_workspace) == "0004"
    assert (schema_of(old_workspace), rows_of(old_workspace)) == (schema, rows)
    folder = backups.backups_dir(data_dir)
    assert not list(folder.glob(f"{backups.TEMP_PREFIX}*"))
    monkeypatch.undo()
    with Workspace.open(data_dir, PASSPHRASE):  # space is back: the next unlock upgrades
        assert revision_of(old_workspace) == head_revision()


def test_a_copy_that_fails_its_check_stops_the_upgrade(
    old_workspace: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise backups.BackupFailed("The backup copy failed SQLite's integrity check.")

    monkeypatch.setattr(backups, "verify_copy", refuse)
    with pytest.raises(BackupBeforeUpgradeFailed) as info:
        Workspace.open(data_dir, PASSPHRASE)
    assert "did not pass its check" in info.value.message
    assert revision_of(old_workspace) == "0004"
    assert backups.list_backups(data_dir) == []
