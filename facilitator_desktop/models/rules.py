from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitator_desktop.models.base import Base
from facilitator_desktop.models.sync import new_uuid
from facilitator_desktop.models.types import CheckedDate, CheckedDateTime


class RuleSet(Base):
    """One version of a group's ground rules. Versions are never edited once saved."""

    __tablename__ = "rule_sets"
    __table_args__ = (UniqueConstraint("group_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # The id this row carries on every laptop of a shared group (revision 0008).
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, unique=True, index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(CheckedDateTime)

    cards: Mapped[list[RuleCard]] = relationship(
        order_by="RuleCard.position", cascade="all, delete-orphan"
    )


class RuleCard(Base):
    __tablename__ = "rule_cards"
    __table_args__ = (UniqueConstraint("rule_set_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # The id this row carries on every laptop of a shared group (revision 0008).
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, unique=True, index=True)
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("rule_sets.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(60))
    statement: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text, default="")
    library_key: Mapped[str | None] = mapped_column(String(60))


class Acknowledgement(Base):
    """A member read and signed a specific rule set version."""

    __tablename__ = "acknowledgements"
    __table_args__ = (UniqueConstraint("member_id", "rule_set_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # The id this row carries on every laptop of a shared group (revision 0008).
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, unique=True, index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("rule_sets.id", ondelete="CASCADE"))
    signed_on: Mapped[date] = mapped_column(CheckedDate)
    recorded_at: Mapped[datetime] = mapped_column(CheckedDateTime)
