"""Meetings of a group ("sessions" in the product's vocabulary) and what happened in them.

Everything here is plaintext by design: ids, times, durations and attendance statuses.
`session_events` is the crash-safe log a running session is rebuilt from; `turns`,
`attendance` and `session_segments` are the materialised facts history reads quickly.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from facilitator_desktop.models.base import Base
from facilitator_desktop.models.sync import new_uuid
from facilitator_desktop.models.types import CheckedDateTime


class GroupSession(Base):
    __tablename__ = "sessions"
    __table_args__ = (
        Index("ix_sessions_group_started", "group_id", "started_at"),
        Index("ix_sessions_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The id this row carries on every laptop of a shared group (revision 0008).
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, unique=True, index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(10))  # "running" | "finished"
    started_at: Mapped[datetime] = mapped_column(CheckedDateTime)  # wall clock, UTC
    ended_at: Mapped[datetime | None] = mapped_column(CheckedDateTime)
    # The agenda and seat map the runner was created with (JSON, ids and numbers only).
    plan_json: Mapped[str] = mapped_column(Text)
    seats_json: Mapped[str] = mapped_column(Text)
    soft_limit_min: Mapped[int] = mapped_column(Integer)
    rule_set_id: Mapped[int | None] = mapped_column(ForeignKey("rule_sets.id", ondelete="SET NULL"))
    guests: Mapped[int] = mapped_column(Integer, default=0)
    # Heartbeat: the last session time known to be alive, for resuming after a crash.
    alive_at: Mapped[float] = mapped_column(Float, default=0.0)
    planned_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    elapsed_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    corrected_at: Mapped[datetime | None] = mapped_column(CheckedDateTime)


class SessionEvent(Base):
    __tablename__ = "session_events"
    __table_args__ = (UniqueConstraint("session_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # The id this row carries on every laptop of a shared group (revision 0008).
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, unique=True, index=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[float] = mapped_column(Float)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)


class SessionSegment(Base):
    """Planned vs actual per segment, written when the session ends."""

    __tablename__ = "session_segments"
    __table_args__ = (UniqueConstraint("session_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(8))
    planned_seconds: Mapped[float] = mapped_column(Float)
    actual_seconds: Mapped[float] = mapped_column(Float)


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (Index("ix_attendance_member", "member_id", "session_id"),)

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
    # present | late | left_early | excused | absent
    status: Mapped[str] = mapped_column(String(12))
    arrived_at: Mapped[float | None] = mapped_column(Float)  # session seconds
    left_at: Mapped[float | None] = mapped_column(Float)


class Turn(Base):
    __tablename__ = "turns"
    __table_args__ = (
        Index("ix_turns_session", "session_id"),
        Index("ix_turns_member", "member_id", "session_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The id this row carries on every laptop of a shared group (revision 0008).
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, unique=True, index=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    segment_index: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[float] = mapped_column(Float)
    duration: Mapped[float] = mapped_column(Float)
    passed: Mapped[bool] = mapped_column(Boolean, default=False)


class Correction(Base):
    """What was changed after the fact (attendance, a mis-recorded turn), and when."""

    __tablename__ = "corrections"
    __table_args__ = (Index("ix_corrections_session", "session_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    made_at: Mapped[datetime] = mapped_column(CheckedDateTime)
    what: Mapped[str] = mapped_column(Text)  # ids and values only, never names
