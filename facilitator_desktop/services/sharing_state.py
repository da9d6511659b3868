"""The sharing tables as the service and the engine both use them: this laptop's identity
(made once, its private keys sealed with the data key), a shared group's keys per epoch
(sealed likewise), its laptops (peers), and the outbox rows the service writes itself (who
is in a group; everything a group holds when sharing starts).
"""

from __future__ import annotations

import base64
import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from facilitator_desktop.crypto.field_cipher import FieldCipher, FieldDecryptError
from facilitator_desktop.crypto.group_keys import (
    GroupCipher,
    GroupKey,
    open_group_key,
    seal_group_key,
)
from facilitator_desktop.crypto.identity import (
    Identity,
    PublicKeys,
    open_identity,
    seal_identity,
)
from facilitator_desktop.errors import NotFound, RecordDamaged
from facilitator_desktop.models.sync import (
    SharedGroup,
    SyncGroupKey,
    SyncIdentity,
    SyncOutbox,
    SyncPeer,
    SyncSent,
)

PEERS = "peers"  # the outbox's name for a change to who is in a shared group

FIRST_EPOCH = 1  # the key a group is first shared with (share_group): no removal began it


def ensure_identity(s: Session, cipher: FieldCipher, now: datetime) -> SyncIdentity:
    row = s.get(SyncIdentity, 1)
    if row is not None:
        return row
    identity = Identity.generate()
    row = SyncIdentity(
        id=1,
        device_id=str(uuid.uuid4()),
        wrap_public=identity.public.wrap,
        sign_public=identity.public.sign,
        rev=0,
        secret_ct=seal_identity(cipher, "sync_identity", 1, "secret", 0, identity),
        clock=0,
        created_at=now,
    )
    s.add(row)
    s.flush()
    return row


def load_identity(s: Session, cipher: FieldCipher) -> tuple[Identity, str] | None:
    row = s.get(SyncIdentity, 1)
    if row is None:
        return None
    try:
        identity = open_identity(cipher, "sync_identity", 1, "secret", row.rev, row.secret_ct)
    except FieldDecryptError as exc:
        raise RecordDamaged() from exc
    return identity, row.device_id


def group_ciphers(s: Session, cipher: FieldCipher, shared: SharedGroup) -> dict[int, GroupCipher]:
    """Every epoch of a shared group's key this laptop holds."""
    found = {}
    for row in s.scalars(select(SyncGroupKey).where(SyncGroupKey.shared_group_id == shared.id)):
        found[row.epoch] = GroupCipher(shared.group_uuid, row.epoch, _opened(cipher, row))
    return found


def held_group_key(s: Session, cipher: FieldCipher, shared: SharedGroup, epoch: int) -> GroupKey:
    row = s.scalar(
        select(SyncGroupKey).where(
            SyncGroupKey.shared_group_id == shared.id, SyncGroupKey.epoch == epoch
        )
    )
    if row is None:
        raise NotFound("That key is not held here.")
    return _opened(cipher, row)


def _opened(cipher: FieldCipher, row: SyncGroupKey) -> GroupKey:
    try:
        return open_group_key(cipher, "sync_group_keys", row.id, "key", row.rev, row.key_ct)
    except FieldDecryptError as exc:
        raise RecordDamaged() from exc


def store_group_key(
    s: Session, cipher: FieldCipher, shared: SharedGroup, epoch: int, key: GroupKey
) -> None:
    row = SyncGroupKey(shared_group_id=shared.id, epoch=epoch, rev=0, key_ct=b"")
    s.add(row)
    s.flush()
    row.key_ct = seal_group_key(cipher, "sync_group_keys", row.id, "key", 0, key)
    if epoch > shared.epoch:
        shared.epoch = epoch


def find_peer(s: Session, shared: SharedGroup, device_id: str) -> SyncPeer | None:
    return s.scalar(
        select(SyncPeer).where(
            SyncPeer.shared_group_id == shared.id, SyncPeer.device_id == device_id
        )
    )


def add_peer(
    s: Session, shared: SharedGroup, device_id: str, keys: PublicKeys, state: str, now: datetime
) -> SyncPeer:
    peer = SyncPeer(
        shared_group_id=shared.id,
        device_id=device_id,
        wrap_public=keys.wrap,
        sign_public=keys.sign,
        state=state,
        added_at=now,
    )
    s.add(peer)
    s.flush()
    return peer


def tick_outbox(
    s: Session,
    shared: SharedGroup,
    record: str,
    key: str | None,
    row_id: int | None = None,
    row_id2: int | None = None,
) -> None:
    """An outbox row written by the service itself (the triggers see only table writes)."""
    if shared.group_id is None:
        return
    s.execute(update(SyncIdentity).values(clock=SyncIdentity.clock + 1))
    clock = s.scalar(select(SyncIdentity.clock)) or 0
    s.add(
        SyncOutbox(
            group_id=shared.group_id,
            tbl=record,
            row_id=row_id,
            row_id2=row_id2,
            row_key=key,
            deleted=False,
            decided=False,
            clock=clock,
        )
    )
    s.flush()


def seed_outbox(
    s: Session, group_id: int, rows: list[tuple[str, tuple[int | None, int | None]]]
) -> None:
    """Everything a group holds when sharing starts, into the outbox at once (a clock tick
    each, in one statement: ten years of a group are tens of thousands of rows)."""
    if not rows:
        return
    s.execute(update(SyncIdentity).values(clock=SyncIdentity.clock + len(rows)))
    top = int(s.scalar(select(SyncIdentity.clock)) or 0)
    first = top - len(rows) + 1
    s.execute(
        insert(SyncOutbox),
        [
            {
                "group_id": group_id,
                "tbl": record,
                "row_id": a,
                "row_id2": b,
                "row_key": None,
                "deleted": False,
                "decided": False,
                "clock": first + i,
            }
            for i, (record, (a, b)) in enumerate(rows)
        ],
    )


def peer_record(peer: SyncPeer, upto: int) -> dict[str, Any]:
    """The fields of a "peers" record: who is in the group, as the others must learn it;
    for a removal, the epoch it began and the check of that epoch's key."""
    check = peer.removed_key_check
    return {
        "wrap": base64.b64encode(peer.wrap_public).decode(),
        "sign": base64.b64encode(peer.sign_public).decode(),
        "removed": peer.state == "removed",
        "upto": upto,
        "epoch": peer.removed_epoch,
        "check": None if check is None else base64.b64encode(check).decode(),
    }


def announced_key(fields: dict[str, Any]) -> tuple[int | None, bytes | None]:
    """The epoch and key check a "peers" record of a removal announces (`peer_record`)."""
    epoch, check = fields.get("epoch"), fields.get("check")
    if epoch is None or check is None:
        return None, None
    return int(epoch), base64.b64decode(check, validate=True)


def dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, sort_keys=True)


# The groups whose changes still go to the server (a group left, or this laptop removed
# from it, sends nothing more).
SYNCING = ("active", "pending")


def changes_waiting(s: Session) -> int:
    """This laptop's changes not on the server yet, in groups that still sync: written (in
    the outbox) or sealed and not uploaded. What a group left or removed holds never goes,
    so it does not wait."""
    syncing = select(SharedGroup).where(SharedGroup.state.in_(SYNCING)).subquery()
    outbox = s.scalar(
        select(func.count())
        .select_from(SyncOutbox)
        .join(syncing, syncing.c.group_id == SyncOutbox.group_id)
    )
    sent = s.scalar(
        select(func.count())
        .select_from(SyncSent)
        .join(syncing, syncing.c.id == SyncSent.shared_group_id)
        .where(SyncSent.uploaded.is_(False))
    )
    return int(outbox or 0) + int(sent or 0)
