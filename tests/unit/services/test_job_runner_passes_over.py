"""A job the runner cannot use is passed over, not the jobs after it: an erasure queued behind
a damaged job, or behind a key change whose retired key no longer opens, still reaches every
backup."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import update

from facilitator_desktop.models import MaintenanceJob
from facilitator_desktop.services import maintenance
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.helpers.vault_files import key_from, readable_values, sqlite_files


def damaged_rekey(ws: Workspace) -> None:
    with ws.context.engine.begin() as conn:
        job = maintenance.add_job(conn, ws.context, ws.keyring.cipher, maintenance.REKEY, {})
        conn.execute(
            update(MaintenanceJob).where(MaintenanceJob.id == job).values(payload_ct=b"\0" * 40)
        )


def rekey_with(payload: dict[str, object]) -> Callable[[Workspace], None]:
    def add(ws: Workspace) -> None:
        with ws.context.engine.begin() as conn:
            maintenance.add_job(conn, ws.context, ws.keyring.cipher, maintenance.REKEY, payload)

    return add


def backup_values(ws: Workspace) -> list[str]:
    copies = sqlite_files(ws.data_dir / "backups")
    assert copies
    values: list[str] = []
    for path in copies:
        dek = key_from(path, passphrase=PASSPHRASE)
        assert dek is not None, path
        values += readable_values(path, dek)[0]
    return values


@pytest.mark.parametrize(
    "job_before",
    [
        damaged_rekey,
        rekey_with({}),  # no retired key named
        rekey_with({"retired_key": "not a sealed key"}),  # one that does not open
    ],
    ids=["damaged", "no-retired-key", "retired-key-unreadable"],
)
def test_an_erasure_behind_a_job_that_cannot_run_still_reaches_the_backups(
    workspace: Workspace, job_before: Callable[[Workspace], None]
) -> None:
    group = workspace.groups.create(GroupDraft("Carers")).id
    zofia = workspace.members.add(group, MemberDraft("Zosia", full_name="Zofia Wiśniewska"))
    workspace.create_backup()
    assert "Zofia Wiśniewska" in backup_values(workspace)
    job_before(workspace)
    report = workspace.erasure.erase(zofia.id)
    assert report.copies_updated == 1 and report.copies_removed == ()
    values = backup_values(workspace)
    assert not any("Zofia" in v or "Zosia" in v for v in values)
    assert maintenance.pending_jobs(workspace.context) == []
