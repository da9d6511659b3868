from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator_desktop.models.base import Base
from facilitator_desktop.models.sync import new_uuid
from facilitator_desktop.models.types import CheckedDateTime


class Group(Base):
    """A standing group. Its name and schedule are plaintext by design; the description
    invites names, so it is sealed (`description_ct`, AAD bound to `rev`). The plaintext
    `description` column is only read once, to seal what an older version stored there."""

    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The id this row carries on every laptop of a shared group (revision 0008).
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, unique=True, index=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")  # legacy, emptied on unlock
    rev: Mapped[int] = mapped_column(Integer, default=0)
    description_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    weekday: Mapped[int | None] = mapped_column(Integer)  # 0 = Monday
    start_time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM"
    default_minutes: Mapped[int] = mapped_column(Integer, default=90)
    speaker_soft_limit_min: Mapped[int] = mapped_column(Integer, default=5)
    # The language of the group's handouts and room display ("pl", "pt_BR"); "" = the app's.
    handout_language: Mapped[str] = mapped_column(String(16), default="", server_default="")
    # The check-in self-rating: its scale and the question said aloud ("" = the default).
    checkin_min: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    checkin_max: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    checkin_question: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The session-note template the group documents with (None = free text).
    note_template_id: Mapped[int | None] = mapped_column(
        ForeignKey("note_templates.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(CheckedDateTime)
    archived_at: Mapped[datetime | None] = mapped_column(CheckedDateTime)

    agenda: Mapped[list[AgendaTemplateSegment]] = relationship(
        order_by="AgendaTemplateSegment.position",
        cascade="all, delete-orphan",
        back_populates="group",
    )


class AgendaTemplateSegment(Base):
    __tablename__ = "agenda_template_segments"
    __table_args__ = (UniqueConstraint("group_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(80))
    minutes: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # "round" | "open"

    group: Mapped[Group] = relationship(back_populates="agenda")
