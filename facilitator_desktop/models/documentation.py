"""Session notes (a group narrative and a progress entry per member present), check-in
scores and outcome measures. Every text and every score is sealed (`*_ct`, AAD bound to the
row's `rev`); what stays plain is ids, dates and whether a note is signed."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Float,
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
from facilitator_desktop.models.sync import new_uuid
from facilitator_desktop.models.types import CheckedDate, CheckedDateTime


class NoteTemplate(Base):
    """The sections of a session note (free text, DAP, BIRP, SOAP or the facilitator's own).
    Section headings only, never content: plain."""

    __tablename__ = "note_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(10))  # free | dap | birp | soap | custom
    sections_json: Mapped[str] = mapped_column(Text)
    builtin_key: Mapped[str | None] = mapped_column(String(20), unique=True)
    created_at: Mapped[datetime] = mapped_column(CheckedDateTime)


class SessionNote(Base):
    """The documentation of one session. `body_ct` holds the sections and themes (JSON);
    once `signed_at` is set the note is read-only and changes come as addenda."""

    __tablename__ = "session_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The id this row carries on every laptop of a shared group (revision 0008).
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, unique=True, index=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), unique=True
    )
    template_id: Mapped[int | None] = mapped_column(
        ForeignKey("note_templates.id", ondelete="SET NULL")
    )
    rev: Mapped[int] = mapped_column(Integer, default=0)
    body_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    signed_at: Mapped[datetime | None] = mapped_column(CheckedDateTime)
    created_at: Mapped[datetime] = mapped_column(CheckedDateTime)
    updated_at: Mapped[datetime] = mapped_column(CheckedDateTime)


class ProgressEntry(Base):
    """One member's part of a session note: the facilitator's own lines (the facts are
    computed from the session when shown)."""

    __tablename__ = "progress_entries"
    __table_args__ = (
        UniqueConstraint("session_note_id", "member_id"),
        Index("ix_progress_entries_member", "member_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_note_id: Mapped[int] = mapped_column(ForeignKey("session_notes.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    rev: Mapped[int] = mapped_column(Integer, default=0)
    body_ct: Mapped[bytes | None] = mapped_column(LargeBinary)


class NoteAddendum(Base):
    """A dated addition to a signed session note, to the group narrative (no member) or to
    one member's progress entry."""

    __tablename__ = "note_addenda"
    __table_args__ = (Index("ix_note_addenda_note", "session_note_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # The id this row carries on every laptop of a shared group (revision 0008).
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, unique=True, index=True)
    session_note_id: Mapped[int] = mapped_column(ForeignKey("session_notes.id", ondelete="CASCADE"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    rev: Mapped[int] = mapped_column(Integer, default=0)
    body_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(CheckedDateTime)


class CheckinScore(Base):
    """A member's self-rating said aloud in the check-in round: sealed, never on the room
    display. The scale and wording are the group's (groups.checkin_*)."""

    __tablename__ = "checkin_scores"
    __table_args__ = (
        UniqueConstraint("session_id", "member_id"),
        Index("ix_checkin_scores_member", "member_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The id this row carries on every laptop of a shared group (revision 0008).
    uuid: Mapped[str | None] = mapped_column(String(36), default=new_uuid, unique=True, index=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    rev: Mapped[int] = mapped_column(Integer, default=0)
    score_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    recorded_at: Mapped[datetime] = mapped_column(CheckedDateTime)


class MeasureInstrument(Base):
    """A questionnaire: a shipped one (PHQ-9, GAD-7; `builtin`) or one the facilitator
    defines for a licensed instrument whose text is not shipped. Its definition names
    nobody: plain."""

    __tablename__ = "measure_instruments"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    items: Mapped[int] = mapped_column(Integer)
    item_min: Mapped[int] = mapped_column(Integer)
    item_max: Mapped[int] = mapped_column(Integer)
    higher_is_worse: Mapped[bool] = mapped_column(Boolean, default=True)
    bands_json: Mapped[str] = mapped_column(Text, default="[]")
    reliable_change: Mapped[float | None] = mapped_column(Float)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(CheckedDateTime)
    archived_at: Mapped[datetime | None] = mapped_column(CheckedDateTime)


class MeasureEntry(Base):
    """One completed measure: the answers (or the total from paper) are sealed."""

    __tablename__ = "measure_entries"
    __table_args__ = (Index("ix_measure_entries_member", "member_id", "taken_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    instrument_id: Mapped[int] = mapped_column(
        ForeignKey("measure_instruments.id", ondelete="CASCADE")
    )
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    taken_on: Mapped[date] = mapped_column(CheckedDate)
    rev: Mapped[int] = mapped_column(Integer, default=0)
    answers_ct: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(CheckedDateTime)
