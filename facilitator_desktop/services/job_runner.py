"""Run the pending maintenance jobs: bring every copy in the data folder in line, then
forget the jobs (and with them any retired key or erased name they held)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from facilitator_desktop.crypto.field_cipher import FieldCipher
from facilitator_desktop.crypto.retired_keys import RetiredKeyUnreadable
from facilitator_desktop.models import WorkspaceMeta
from facilitator_desktop.services import maintenance, vault_store
from facilitator_desktop.services.backup_sync import (
    SyncReport,
    VaultState,
    copies_in,
    remove_copy,
    sync_copies,
)
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.erasure import Erasure

Progress = Callable[[str, int, int], None]


def current_key_id(ctx: ServiceContext) -> bytes:
    with ctx.engine.connect() as conn:
        stored = conn.scalar(select(WorkspaceMeta.key_id).where(WorkspaceMeta.id == 1))
    return bytes(stored) if stored is not None else ctx.keyring.key_id()


def run_jobs(ctx: ServiceContext, data_dir: Path, progress: Progress | None = None) -> SyncReport:
    jobs = maintenance.pending_jobs(ctx)
    if not jobs:
        return SyncReport()
    workspace_id = ctx.keyring.workspace_id
    retired: dict[bytes, FieldCipher] = {}
    erasures: list[Erasure] = []
    lost_erasure = False
    for job in jobs:
        if job.damaged:
            lost_erasure |= job.kind == maintenance.ERASE
            continue
        if job.kind == maintenance.REKEY:
            try:
                old = ctx.keyring.recall_retired(str(job.payload["retired_key"]))
            except (RetiredKeyUnreadable, KeyError):
                continue  # as a damaged job: copies only that key opened stay as they are
            retired[old.key_id()] = FieldCipher(old, workspace_id)
            old.wipe()  # the cipher derived its own subkeys
        elif job.kind == maintenance.ERASE:
            erasures.append(Erasure.from_payload(job.payload))
    report = SyncReport()
    if lost_erasure:
        # Whom to erase can no longer be read: no copy may keep them, so none is kept.
        for path in copies_in(data_dir):
            remove_copy(path)
            report.removed.append(path)
    else:
        state = VaultState(
            workspace_id,
            vault_store.all_slots(ctx.engine),
            ctx.keyring.cipher,
            current_key_id(ctx),
            retired,
            tuple(erasures),
        )

        def copying(done: int, total: int) -> None:
            if progress is not None:
                progress("copies", done, total)

        try:
            report = sync_copies(data_dir, state, copying)
        finally:
            for cipher in retired.values():
                cipher.wipe()
    maintenance.finish_jobs(ctx, [job.id for job in jobs])
    return report
