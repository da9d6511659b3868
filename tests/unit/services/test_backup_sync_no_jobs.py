"""A copy is a snapshot, not a to-do list: a backup made while a job waited (its row holds
what the job needs) keeps no job once it is brought in line, and the workspace's own jobs
are done."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_desktop.services import job_runner, maintenance
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import files_opening_with, first_value, sqlite_files

SECOND, THIRD = "a second passphrase", "a third passphrase"


def _job_rows(path: Path) -> int:
    return int(first_value(path, "SELECT count(*) FROM maintenance_jobs"))


def test_a_backup_made_while_a_job_waited_keeps_no_job_once_in_line(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = workspace.groups.create(GroupDraft("Grief group")).id
    workspace.notes.create(NoteDraft("a note", group))

    def failing(*_: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(job_runner, "sync_copies", failing)
    pending = workspace.change_passphrase(PASSPHRASE, SECOND, kdf_params=FAST_KDF)
    assert pending.copies_pending
    workspace.create_backup()
    [copy] = sqlite_files(workspace.data_dir / "backups")
    assert _job_rows(copy) == 1  # the waiting job went into the snapshot
    monkeypatch.undo()

    report = workspace.change_passphrase(SECOND, THIRD, kdf_params=FAST_KDF)
    assert (report.copies_updated, report.copies_removed, report.copies_pending) == (1, (), False)
    assert _job_rows(copy) == 0
    assert files_opening_with(workspace.data_dir / "backups", passphrase=THIRD) == [copy]
    assert maintenance.pending_jobs(workspace.context) == []
