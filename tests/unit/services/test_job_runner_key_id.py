"""Which data key the maintenance jobs take as the current one: the fingerprint the workspace
records, or, in a workspace from before fingerprints were recorded, the open key's own."""

from __future__ import annotations

from sqlalchemy import update

from facilitator_desktop.models import WorkspaceMeta
from facilitator_desktop.services.job_runner import current_key_id
from facilitator_desktop.workspace import Workspace


def record(ws: Workspace, key_id: bytes | None) -> None:
    with ws.context.sessions.begin() as s:
        s.execute(update(WorkspaceMeta).where(WorkspaceMeta.id == 1).values(key_id=key_id))


def test_the_recorded_fingerprint_is_the_current_key(workspace: Workspace) -> None:
    assert current_key_id(workspace.context) == workspace.keyring.key_id()
    record(workspace, b"\x07" * 16)
    assert current_key_id(workspace.context) == b"\x07" * 16


def test_without_a_recorded_fingerprint_the_open_key_is_the_current_one(
    workspace: Workspace,
) -> None:
    record(workspace, None)
    assert current_key_id(workspace.context) == workspace.keyring.key_id()
