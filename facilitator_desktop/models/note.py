from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_desktop.models.base import Base
from facilitator_desktop.models.sync import new_uuid
from facilitator_desktop.models.types import CheckedDate, CheckedDateTime


class Note(Base):
    """The facilitator's private note. Only `body_ct` carries text, and it is ciphertext.

    Links to members live in `note_members` as bare ids (ids identify nobody; the aliases
    they point to are encrypted), so a member's notes can be found through an index.
    """

    __tablename__ = "notes"
    __table_args__ = (
        Index("ix_notes_group_created", "group_id", "created_at"),
        Index("ix_notes_session", "session_id"),
        Index("ix_notes_follow_up", "follow_up", "done_at", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The id this row carries on every laptop of a shared group (revision 0008).
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, unique=True, index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="SET NULL"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    segment_index: Mapped[int | None] = mapped_column(Integer)
    rev: Mapped[int] = mapped_column(Integer, default=0)
    body_ct: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(CheckedDateTime)
    updated_at: Mapped[datetime] = mapped_column(CheckedDateTime)
    follow_up: Mapped[bool] = mapped_column(Boolean, default=False)
    due_on: Mapped[date | None] = mapped_column(CheckedDate)
    done_at: Mapped[datetime | None] = mapped_column(CheckedDateTime)
    # "For co-facilitators": shared with the group's co-facilitators, sealed with the
    # group key (revision 0008). Every other note stays on this laptop.
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class NoteMember(Base):
    __tablename__ = "note_members"
    __table_args__ = (Index("ix_note_members_member", "member_id"),)

    note_id: Mapped[int] = mapped_column(
        ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
