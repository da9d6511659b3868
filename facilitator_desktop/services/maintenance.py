"""Maintenance jobs: work that must finish even if the app is killed half-way.

A change that must also reach every backup (a new passphrase, a new data key, an erased
member) writes its job row in the same transaction as the change itself. The job is done
right after, and its row deleted; if the app dies first, the next unlock finishes it. The
payload is sealed with the data key: it may hold a retired key or the words to redact.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.models import MaintenanceJob
from facilitator_desktop.services.context import ServiceContext

TABLE = "maintenance_jobs"
FIELD = "payload"

RESLOT = "reslot_backups"  # the vault slots changed: copy them into every backup
REKEY = "rekey_backups"  # the data key changed: payload {"retired_key": sealed retired key}
ERASE = "erase_member"  # payload {"member_id", "group_id", "terms"}


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    kind: str
    payload: dict[str, Any]
    damaged: bool = False


def add_job(
    conn: Connection, ctx: ServiceContext, cipher: FieldCipher, kind: str, payload: dict[str, Any]
) -> int:
    """Insert a job inside the caller's transaction (so it commits with the change)."""
    job_id = conn.execute(
        insert(MaintenanceJob)
        .values(kind=kind, rev=0, payload_ct=None, created_at=ctx.now())
        .returning(MaintenanceJob.id)
    ).scalar_one()
    sealed = cipher.encrypt(TABLE, job_id, FIELD, 0, json.dumps(payload))
    conn.execute(
        update(MaintenanceJob).where(MaintenanceJob.id == job_id).values(payload_ct=sealed)
    )
    return int(job_id)


def pending_jobs(ctx: ServiceContext) -> list[Job]:
    cipher = ctx.keyring.cipher
    jobs = []
    with ctx.engine.connect() as conn:
        rows = conn.execute(
            select(
                MaintenanceJob.id,
                MaintenanceJob.kind,
                MaintenanceJob.rev,
                MaintenanceJob.payload_ct,
            ).order_by(MaintenanceJob.id)
        ).all()
    for job_id, kind, rev, blob in rows:
        try:
            text = cipher.decrypt(TABLE, job_id, FIELD, rev, bytes(blob or b""))
            payload = json.loads(text)
            if not isinstance(payload, dict):
                raise ValueError("payload is not an object")
        except (FieldDecryptError, ValueError, TypeError):
            jobs.append(Job(job_id, str(kind), {}, damaged=True))
            continue
        jobs.append(Job(job_id, str(kind), payload))
    return jobs


def finish_jobs(ctx: ServiceContext, job_ids: list[int]) -> None:
    if not job_ids:
        return
    with ctx.engine.begin() as conn:
        conn.execute(delete(MaintenanceJob).where(MaintenanceJob.id.in_(job_ids)))
    with ctx.engine.connect() as conn:
        # Fold the WAL (which held the sealed payloads) into the database and empty it.
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
