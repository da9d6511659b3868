from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_desktop.models.base import Base
from facilitator_desktop.models.sync import new_uuid
from facilitator_desktop.models.types import CheckedDate, CheckedDateTime


class Member(Base):
    """A person in a group. Everything that identifies them is ciphertext (`*_ct`).

    `rev` is bound into each field's AAD and grows with every write, so an older
    ciphertext put back fails. `alias_index` is a keyed fingerprint of the alias that lets
    the database enforce uniqueness within a group without knowing the alias.
    """

    __tablename__ = "members"
    __table_args__ = (
        Index("uq_members_group_alias", "group_id", "alias_index", unique=True),
        Index("ix_members_group_seat", "group_id", "seat"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The id this row carries on every laptop of a shared group (revision 0008).
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, unique=True, index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    seat: Mapped[int] = mapped_column(Integer)
    rev: Mapped[int] = mapped_column(Integer, default=0)
    alias_ct: Mapped[bytes] = mapped_column(LargeBinary)
    alias_index: Mapped[bytes] = mapped_column(LargeBinary(16))
    full_name_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    contact_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    remarks_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    joined_on: Mapped[date] = mapped_column(CheckedDate)
    left_on: Mapped[date | None] = mapped_column(CheckedDate)
    created_at: Mapped[datetime] = mapped_column(CheckedDateTime)
