"""The vault slots as rows: read them without trusting them, write them in one transaction.

Reading checks, without writing a byte: the schema is ours and not newer than the app, the
workspace id and the slot are there. Each slot stands alone, so a damaged or deleted
passphrase slot never stops the recovery key from opening the workspace.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, Engine, delete, insert, inspect, select, update
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from facilitator_desktop.crypto import vault
from facilitator_desktop.crypto.keys import DataKey
from facilitator_desktop.errors import (
    WorkspaceCorrupt,
    WorkspaceTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from facilitator_desktop.models import VaultSlotRow, WorkspaceMeta
from facilitator_desktop.models.migrate import is_newer_than_app


def read_workspace_id(engine: Engine) -> bytes:
    """The workspace id, after checking the file is a workspace this app can open."""
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if "alembic_version" not in tables:
                raise WorkspaceCorrupt()
            if is_newer_than_app(conn):
                raise WorkspaceTooNew()
            if not {"workspace_meta", "vault_slots"} <= tables:
                raise WorkspaceCorrupt()
            workspace_id = conn.scalar(
                select(WorkspaceMeta.workspace_id).where(WorkspaceMeta.id == 1)
            )
    except (DBAPIError, SQLAlchemyError) as exc:
        raise WorkspaceCorrupt() from exc
    if not isinstance(workspace_id, bytes) or len(workspace_id) != vault.WORKSPACE_ID_LENGTH:
        raise WorkspaceCorrupt()
    return workspace_id


def read_slot(engine: Engine, kind: vault.SlotKind) -> bytes | None:
    try:
        with engine.connect() as conn:
            blob = conn.scalar(select(VaultSlotRow.blob).where(VaultSlotRow.kind == int(kind)))
    except (DBAPIError, SQLAlchemyError) as exc:
        raise WorkspaceCorrupt() from exc
    if blob is not None and not isinstance(blob, bytes):
        raise WorkspaceCorrupt()
    return blob


def read_vault(engine: Engine) -> tuple[bytes, bytes]:
    """(workspace id, passphrase slot); a missing slot is damage."""
    workspace_id = read_workspace_id(engine)
    slot = read_slot(engine, vault.SlotKind.PASSPHRASE)
    if slot is None:
        raise WorkspaceCorrupt()
    return workspace_id, slot


def all_slots(engine: Engine) -> dict[int, bytes]:
    with engine.connect() as conn:
        return {
            kind: bytes(blob)
            for kind, blob in conn.execute(select(VaultSlotRow.kind, VaultSlotRow.blob))
        }


def recovery_slot_intact(engine: Engine) -> bool:
    """Whether a recovery key could still open this workspace (its slot is there, whole,
    and of this workspace): then a damaged passphrase slot is not the end."""
    try:
        workspace_id = read_workspace_id(engine)
        slot = read_slot(engine, vault.SlotKind.RECOVERY)
        if slot is None:
            return False
        header = vault.parse_slot(slot)[0]
    except (WorkspaceCorrupt, WorkspaceTooNew, vault.SlotCorrupt):
        return False
    return header.kind is vault.SlotKind.RECOVERY and header.workspace_id == workspace_id


def unwrap(slot: bytes, passphrase: str, workspace_id: bytes) -> DataKey:
    try:
        header, dek = vault.open_with_passphrase(slot, passphrase)
    except vault.SlotCorrupt as exc:
        raise WorkspaceCorrupt() from exc
    except vault.SlotWrongKey as exc:
        raise WrongPassphrase() from exc
    if header.workspace_id != workspace_id:
        raise WorkspaceCorrupt()
    return dek


def check_passphrase(slot: bytes, passphrase: str, workspace_id: bytes) -> None:
    """WrongPassphrase (or WorkspaceCorrupt) unless `passphrase` opens the slot; the key it
    opens is wiped at once."""
    unwrap(slot, passphrase, workspace_id).wipe()


def unwrap_recovery(slot: bytes | None, recovery_key: str, workspace_id: bytes) -> DataKey:
    if slot is None:
        raise WrongRecoveryKey("This workspace has no recovery key.")
    try:
        header, dek = vault.open_with_recovery_key(slot, recovery_key)
    except vault.SlotCorrupt as exc:
        raise WorkspaceCorrupt(
            "The recovery key's part of this workspace is damaged, so it cannot open it. "
            "Nothing has been changed on disk. Restore a backup, or keep the folder and ask "
            "for help."
        ) from exc
    except vault.SlotWrongKey as exc:
        raise WrongRecoveryKey() from exc
    if header.workspace_id != workspace_id:
        raise WorkspaceCorrupt()
    return dek


def replace_slots(conn: Connection, slots: dict[vault.SlotKind, bytes], stamp: datetime) -> None:
    """Put exactly these slots in place (a kind left out is removed), inside the caller's
    transaction."""
    conn.execute(delete(VaultSlotRow))
    for kind, blob in slots.items():
        conn.execute(insert(VaultSlotRow).values(kind=int(kind), blob=blob, updated_at=stamp))


def write_slot(conn: Connection, kind: vault.SlotKind, blob: bytes, stamp: datetime) -> None:
    """Insert or replace one slot, leaving the other kind as it is."""
    changed = conn.execute(
        update(VaultSlotRow)
        .where(VaultSlotRow.kind == int(kind))
        .values(blob=blob, updated_at=stamp)
    ).rowcount
    if not changed:
        conn.execute(insert(VaultSlotRow).values(kind=int(kind), blob=blob, updated_at=stamp))
