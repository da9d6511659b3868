from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_desktop.models.base import Base
from facilitator_desktop.models.types import CheckedDateTime


class WorkspaceMeta(Base):
    """One row: the workspace's identity (bound into every ciphertext's AAD)."""

    __tablename__ = "workspace_meta"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[bytes] = mapped_column(LargeBinary(16))
    created_at: Mapped[datetime] = mapped_column(CheckedDateTime)
    # A one-way fingerprint of the data key (HKDF, not the key): tells whether a backup is
    # sealed under the same key as the workspace without trying to open anything.
    key_id: Mapped[bytes | None] = mapped_column(LargeBinary(16))


class VaultSlotRow(Base):
    """A wrapped copy of the data key: kind 1 = passphrase, 2 = recovery key."""

    __tablename__ = "vault_slots"

    kind: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    blob: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(CheckedDateTime)
