"""When the backups cannot be brought in line right after a change of secret (a full disk,
a locked copy), the change itself stands and says so: the report is the change's own with
`copies_pending` set and no copy counted; the new secret opens the workspace, the job waits
readable, and the next unlock brings every backup in line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from facilitator_desktop.crypto.kdf import FLOOR
from facilitator_desktop.errors import StorageError
from facilitator_desktop.services import job_runner, maintenance
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.key_changes import KeyChangeReport
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.vault_files import files_opening_with

OLD, NEW = "old passphrase", "new passphrase"
FAILURES = [
    StorageError(),
    OSError(28, "No space left on device"),
    OperationalError("UPDATE vault_slots", (), Exception("database is locked")),
]
FAILURE_IDS = ["storage_error", "os_error", "sqlalchemy_error"]


@pytest.fixture
def folder(data_dir: Path) -> Path:
    """A note and two backups."""
    with Workspace.create(data_dir, OLD, kdf_params=FLOOR) as ws:
        group = ws.groups.create(GroupDraft("Grief group")).id
        ws.notes.create(NoteDraft("a note", group))
        ws.create_backup()
        ws.create_backup()
    return data_dir


def _copies_fail(monkeypatch: pytest.MonkeyPatch, failure: Exception) -> None:
    def failing(*_: object) -> object:
        raise failure

    monkeypatch.setattr(job_runner, "sync_copies", failing)


@pytest.mark.parametrize("failure", FAILURES, ids=FAILURE_IDS)
def test_a_routine_change_whose_copies_fail_reports_them_pending(
    folder: Path, monkeypatch: pytest.MonkeyPatch, failure: Exception
) -> None:
    with Workspace.open(folder, OLD) as ws:
        _copies_fail(monkeypatch, failure)
        report = ws.change_passphrase(OLD, NEW, kdf_params=FLOOR)
        waiting = maintenance.pending_jobs(ws.context)
    assert report == KeyChangeReport(False, None, copies_pending=True)
    assert [(job.kind, job.payload, job.damaged) for job in waiting] == [
        (maintenance.RESLOT, {}, False)
    ]
    assert [p.name for p in files_opening_with(folder, passphrase=NEW)] == ["workspace.db"]
    monkeypatch.undo()
    with Workspace.open(folder, NEW):
        pass
    assert len(files_opening_with(folder, passphrase=NEW)) == 3
    assert files_opening_with(folder, passphrase=OLD) == []


@pytest.mark.parametrize("failure", FAILURES, ids=FAILURE_IDS)
def test_a_rotation_whose_copies_fail_keeps_its_own_report(
    folder: Path, monkeypatch: pytest.MonkeyPatch, failure: Exception
) -> None:
    """The values re-sealed and the new recovery key are reported all the same."""
    with Workspace.open(folder, OLD) as ws:
        ws.key_changes.add_recovery_key()
        _copies_fail(monkeypatch, failure)
        report = ws.key_changes.replace_recovery_key(OLD, kdf_params=FLOOR)
        assert ws.notes.find()[0].body == "a note"
    assert report.recovery_key is not None and report.values_resealed > 0
    assert report == KeyChangeReport(
        True, report.recovery_key, report.values_resealed, 0, 0, 0, (), copies_pending=True
    )
    assert [p.name for p in files_opening_with(folder, recovery=report.recovery_key)] == [
        "workspace.db"
    ]
