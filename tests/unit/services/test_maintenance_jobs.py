"""Pending maintenance jobs read back in the order they were written; a job whose sealed
payload does not open, or is not an object, is listed as damaged, never dropped."""

from __future__ import annotations

from sqlalchemy import update

from facilitator_desktop.models import MaintenanceJob
from facilitator_desktop.services import maintenance
from facilitator_desktop.services.maintenance import Job
from facilitator_desktop.workspace import Workspace


def add(ws: Workspace, kind: str, payload: dict[str, object]) -> int:
    with ws.context.engine.begin() as conn:
        return maintenance.add_job(conn, ws.context, ws.keyring.cipher, kind, payload)


def test_jobs_read_back_in_order_and_a_damaged_one_is_listed_as_such(
    workspace: Workspace,
) -> None:
    first = add(workspace, maintenance.RESLOT, {})
    broken = add(workspace, maintenance.ERASE, {"member_id": 3, "group_id": 1, "terms": ["Ann"]})
    last = add(workspace, maintenance.REKEY, {"retired_key": "sealed"})
    with workspace.context.engine.begin() as conn:
        conn.execute(
            update(MaintenanceJob).where(MaintenanceJob.id == broken).values(payload_ct=b"\0" * 40)
        )
    assert maintenance.pending_jobs(workspace.context) == [
        Job(first, maintenance.RESLOT, {}),
        Job(broken, maintenance.ERASE, {}, damaged=True),
        Job(last, maintenance.REKEY, {"retired_key": "sealed"}),
    ]


def test_a_payload_that_is_not_an_object_is_damaged(workspace: Workspace) -> None:
    job = add(workspace, maintenance.ERASE, {})
    sealed = workspace.keyring.cipher.encrypt(maintenance.TABLE, job, maintenance.FIELD, 0, "[1]")
    with workspace.context.engine.begin() as conn:
        conn.execute(
            update(MaintenanceJob).where(MaintenanceJob.id == job).values(payload_ct=sealed)
        )
    assert maintenance.pending_jobs(workspace.context) == [
        Job(job, maintenance.ERASE, {}, damaged=True)
    ]
