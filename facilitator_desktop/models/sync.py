"""What sharing a group keeps on the laptop (revision 0008): the facilitator's identity, the
shared groups with their keys and co-facilitators, the changes waiting to go (outbox) or
sent, how far each other laptop's changes are applied, the replication state of each shared
row (who wrote each field when), the conflicts to resolve and the problems seen.

Sealed with the data key (listed in services/sealed_columns.py): the identity's private keys,
the group keys, the server password and a conflict's other value. Everything else here is
ids, clocks, keyed digests, public keys, and changes already sealed with a group key.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_desktop.models.base import Base
from facilitator_desktop.models.types import CheckedDateTime


def new_uuid() -> str:
    """The id a shared row carries on every laptop (local integer ids differ)."""
    return str(uuid.uuid4())


class SyncIdentity(Base):
    """One row: this workspace as a facilitator and a device. `clock` is the Lamport clock
    every local change to a shared group takes a tick of (the outbox triggers bump it)."""

    __tablename__ = "sync_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    wrap_public: Mapped[bytes] = mapped_column(LargeBinary)
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    rev: Mapped[int] = mapped_column(Integer, default=0)
    secret_ct: Mapped[bytes] = mapped_column(LargeBinary)
    clock: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(CheckedDateTime)


class SyncServer(Base):
    """One row: the agency's PostgreSQL server. The password is sealed."""

    __tablename__ = "sync_server"

    id: Mapped[int] = mapped_column(primary_key=True)
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int] = mapped_column(Integer, default=5432)
    dbname: Mapped[str] = mapped_column(String(63))
    role: Mapped[str] = mapped_column(String(63))
    rev: Mapped[int] = mapped_column(Integer, default=0)
    password_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(CheckedDateTime)


class SharedGroup(Base):
    """A group shared with co-facilitators. `group_id` is empty while an accepted
    invitation waits for the group's first changes. `next_seq` and `chain` are this
    laptop's own stream of changes for the group (sequence and hash of the last one)."""

    __tablename__ = "sync_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="SET NULL"), unique=True
    )
    state: Mapped[str] = mapped_column(String(10))  # active | pending | left
    epoch: Mapped[int] = mapped_column(Integer, default=0)  # the newest key we hold
    next_seq: Mapped[int] = mapped_column(Integer, default=1)
    chain: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    joined_at: Mapped[datetime] = mapped_column(CheckedDateTime)
    synced_at: Mapped[datetime | None] = mapped_column(CheckedDateTime)
    first_sync_done: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncGroupKey(Base):
    """One epoch of a shared group's key, sealed with the data key."""

    __tablename__ = "sync_group_keys"
    __table_args__ = (UniqueConstraint("shared_group_id", "epoch"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shared_group_id: Mapped[int] = mapped_column(ForeignKey("sync_groups.id", ondelete="CASCADE"))
    epoch: Mapped[int] = mapped_column(Integer)
    rev: Mapped[int] = mapped_column(Integer, default=0)
    key_ct: Mapped[bytes] = mapped_column(LargeBinary)


class SyncPeer(Base):
    """A facilitator's laptop in a shared group (this one too, state "self"). "trusted":
    its safety number was compared here; "introduced": a trusted co-facilitator added it;
    "removed": its changes after the removal are refused, and it holds no newer key."""

    __tablename__ = "sync_peers"
    __table_args__ = (UniqueConstraint("shared_group_id", "device_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shared_group_id: Mapped[int] = mapped_column(ForeignKey("sync_groups.id", ondelete="CASCADE"))
    device_id: Mapped[str] = mapped_column(String(36))
    wrap_public: Mapped[bytes] = mapped_column(LargeBinary)
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(12))
    added_at: Mapped[datetime] = mapped_column(CheckedDateTime)
    removed_at: Mapped[datetime | None] = mapped_column(CheckedDateTime)
    # A removed laptop's changes up to this sequence stay (the remover had applied them);
    # later ones are refused on every laptop alike.
    removed_upto: Mapped[int | None] = mapped_column(Integer)
    # The epoch the removal began and the public check of its key (crypto.group_keys
    # .key_check): a key for that epoch is taken from a grant only if it passes the check,
    # so a laptop removed (or gone wrong) cannot choose the key the others seal with.
    removed_epoch: Mapped[int | None] = mapped_column(Integer)
    removed_key_check: Mapped[bytes | None] = mapped_column(LargeBinary)


class SyncOutbox(Base):
    """A local change to a shared group, written by a trigger in the same transaction as
    the change itself: which row (local ids; the key for a deleted row), and the Lamport
    clock it took. Push turns these into sealed, signed changes."""

    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_group", "group_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(Integer)
    tbl: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[int | None] = mapped_column(Integer)
    row_id2: Mapped[int | None] = mapped_column(Integer)
    row_key: Mapped[str | None] = mapped_column(String(80))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    decided: Mapped[bool] = mapped_column(Boolean, default=False)
    clock: Mapped[int] = mapped_column(Integer)


class SyncSent(Base):
    """One of this laptop's changes, sealed and signed, kept until the server has it (and
    after, so a re-upload sends the very same bytes)."""

    __tablename__ = "sync_sent"

    shared_group_id: Mapped[int] = mapped_column(
        ForeignKey("sync_groups.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    clock: Mapped[int] = mapped_column(Integer)
    epoch: Mapped[int] = mapped_column(Integer)
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    uploaded: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncCursor(Base):
    """How far another laptop's stream of changes for a group is applied here: its last
    sequence and that change's digest (the next one must name it)."""

    __tablename__ = "sync_cursors"

    shared_group_id: Mapped[int] = mapped_column(
        ForeignKey("sync_groups.id", ondelete="CASCADE"), primary_key=True
    )
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_digest: Mapped[bytes] = mapped_column(LargeBinary, default=b"")


class SyncRow(Base):
    """The replication state of one shared row: its local id, and per field the stamp of
    the write it holds ([clock, device]) and a keyed digest of the value (what push
    compares to find the fields that changed). `deleted` is final."""

    __tablename__ = "sync_rows"

    tbl: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    shared_group_id: Mapped[int] = mapped_column(ForeignKey("sync_groups.id", ondelete="CASCADE"))
    local_id: Mapped[int | None] = mapped_column(Integer)
    stamps: Mapped[str] = mapped_column(Text, default="{}")
    digests: Mapped[str] = mapped_column(Text, default="{}")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncFact(Base):
    """An attendance mark or a turn of a shared session as replicated, with the session it
    was recorded in (times, statuses and ids only: plain, like the tables they fill). The
    rows of a session are rebuilt from these, so two laptops that ran the same meeting
    merge into one session whatever order their changes arrive in."""

    __tablename__ = "sync_facts"
    __table_args__ = (Index("ix_sync_facts_session", "session_key"),)

    tbl: Mapped[str] = mapped_column(String(16), primary_key=True)  # attendance | turns
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    session_key: Mapped[str] = mapped_column(String(36))
    value: Mapped[str] = mapped_column(Text)
    clock: Mapped[int] = mapped_column(Integer)
    device: Mapped[str] = mapped_column(String(36))


class SyncSessionAlias(Base):
    """A session merged into another one (the same meeting run on two laptops)."""

    __tablename__ = "sync_session_alias"

    alias: Mapped[str] = mapped_column(String(36), primary_key=True)
    canonical: Mapped[str] = mapped_column(String(36))


class SyncConflict(Base):
    """A field two laptops changed at once: the kept value is in the row; the other one is
    here, sealed, until the facilitator resolves it."""

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(primary_key=True)
    shared_group_id: Mapped[int] = mapped_column(ForeignKey("sync_groups.id", ondelete="CASCADE"))
    tbl: Mapped[str] = mapped_column(String(32))
    row_key: Mapped[str] = mapped_column(String(80))
    field: Mapped[str] = mapped_column(String(40))
    rev: Mapped[int] = mapped_column(Integer, default=0)
    value_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    kept_device: Mapped[str] = mapped_column(String(36))
    other_device: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(CheckedDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(CheckedDateTime)


class SyncProblem(Base):
    """A change refused (a bad signature, a gap, a replay) or another sync failure, for the
    status line and the facilitator's eyes. Never holds content."""

    __tablename__ = "sync_problems"

    id: Mapped[int] = mapped_column(primary_key=True)
    shared_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("sync_groups.id", ondelete="CASCADE")
    )
    device_id: Mapped[str] = mapped_column(String(36), default="")
    seq: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime] = mapped_column(CheckedDateTime)


class SyncApplyGuard(Base):
    """Holds a row only inside the transaction that applies others' changes: the outbox
    triggers stay silent then, so applied changes are not sent back."""

    __tablename__ = "sync_apply_guard"

    id: Mapped[int] = mapped_column(primary_key=True)
