"""An erasure whose job can no longer be read (its sealed payload damaged) cannot say whom
to take out of the backups, so no backup may keep them: every copy is removed, the report
names each, and the job is done; a damaged job of another kind removes nothing."""

from __future__ import annotations

from sqlalchemy import update

from facilitator_desktop.models import MaintenanceJob
from facilitator_desktop.services import job_runner, maintenance
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.helpers.vault_files import sqlite_files


def damaged_job(ws: Workspace, kind: str) -> None:
    with ws.context.engine.begin() as conn:
        job = maintenance.add_job(conn, ws.context, ws.keyring.cipher, kind, {"member_id": 1})
        conn.execute(
            update(MaintenanceJob).where(MaintenanceJob.id == job).values(payload_ct=b"\0" * 40)
        )


def test_an_erasure_that_cannot_be_read_leaves_no_backup(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("Grief group")).id
    workspace.members.add(group, MemberDraft("Ann"))
    workspace.create_backup()
    copies = sqlite_files(workspace.data_dir / "backups")
    assert copies
    damaged_job(workspace, maintenance.ERASE)
    damaged_job(workspace, maintenance.REKEY)  # a later damaged job does not undo it
    report = job_runner.run_jobs(workspace.context, workspace.data_dir)
    assert sorted(report.removed) == sorted(copies)
    assert sqlite_files(workspace.data_dir / "backups") == []
    assert maintenance.pending_jobs(workspace.context) == []


def test_a_damaged_job_of_another_kind_removes_no_backup(workspace: Workspace) -> None:
    group = workspace.groups.create(GroupDraft("Grief group")).id
    workspace.members.add(group, MemberDraft("Ann"))
    workspace.create_backup()
    copies = sqlite_files(workspace.data_dir / "backups")
    damaged_job(workspace, maintenance.REKEY)
    report = job_runner.run_jobs(workspace.context, workspace.data_dir)
    assert report.removed == []
    assert sqlite_files(workspace.data_dir / "backups") == copies
    assert maintenance.pending_jobs(workspace.context) == []
