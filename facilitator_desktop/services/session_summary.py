"""What a finished (or running) session amounts to, read from the materialised tables, and
the notes taken in it (:func:`with_notes`, which needs the vault open)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_desktop.errors import NotFound, VaultLocked
from facilitator_desktop.models import Attendance, Group, GroupSession, SessionSegment, Turn
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.members import MemberService
from facilitator_desktop.services.notes import NoteFilter, NoteService
from facilitator_desktop.services.wall_clock import Anchor, stored_anchors, wall_clock_at


@dataclass(frozen=True, slots=True)
class SegmentOutcome:
    name: str
    kind: str
    planned_seconds: float
    actual_seconds: float

    @property
    def over_seconds(self) -> float:
        return self.actual_seconds - self.planned_seconds


@dataclass(frozen=True, slots=True)
class AttendanceLine:
    member_id: int
    alias: str
    status: str
    arrived_at: float | None
    left_at: float | None


@dataclass(frozen=True, slots=True)
class AirtimeLine:
    member_id: int
    alias: str
    seconds: float
    share: float
    turns: int
    passes: int


@dataclass(frozen=True, slots=True)
class TurnLine:
    member_id: int
    segment_index: int
    started_at: float
    duration: float
    passed: bool


@dataclass(frozen=True, slots=True)
class NoteLine:
    """A note taken in the session, for the summary (the body is decrypted: keep it in
    memory only)."""

    note_id: int
    written_at: datetime  # naive UTC, as stored
    segment_index: int | None
    body: str
    about: tuple[str, ...]  # aliases of the members it is about
    follow_up: bool  # still to follow up
    damaged: bool


@dataclass(frozen=True, slots=True)
class SessionSummary:
    session_id: int
    group_id: int
    group_name: str
    started_at: datetime
    ended_at: datetime | None
    segments: tuple[SegmentOutcome, ...]
    attendance: tuple[AttendanceLine, ...]
    airtime: tuple[AirtimeLine, ...]
    turns: tuple[TurnLine, ...]
    guests: int
    corrected: bool
    # Session time → clock time (a resume after a crash skips the downtime); see wall_clock.
    anchors: tuple[Anchor, ...] = ()
    # The notes taken in the session, oldest first (see with_notes); notes_read is False
    # until they are read, or when the vault was locked.
    notes: tuple[NoteLine, ...] = ()
    notes_read: bool = False

    def wall_at(self, session_seconds: float) -> datetime:
        """Clock time (naive UTC, as stored) of a moment in the session."""
        return wall_clock_at(self.anchors or ((0.0, self.started_at),), session_seconds)

    @property
    def planned_seconds(self) -> float:
        return sum(s.planned_seconds for s in self.segments)

    @property
    def actual_seconds(self) -> float:
        return sum(s.actual_seconds for s in self.segments)

    @property
    def turn_count(self) -> int:
        return sum(1 for t in self.turns if not t.passed)

    @property
    def pass_count(self) -> int:
        return sum(1 for t in self.turns if t.passed)

    @property
    def attended(self) -> int:
        return sum(1 for a in self.attendance if a.status in ("present", "late", "left_early"))


def build_summary(ctx: ServiceContext, members: MemberService, session_id: int) -> SessionSummary:
    with ctx.sessions() as s:
        row = s.get(GroupSession, session_id)
        if row is None:
            raise NotFound("That session no longer exists.")
        group = s.get(Group, row.group_id)
        assert group is not None
        segments = tuple(
            SegmentOutcome(seg.name, seg.kind, seg.planned_seconds, seg.actual_seconds)
            for seg in s.scalars(
                select(SessionSegment)
                .where(SessionSegment.session_id == session_id)
                .order_by(SessionSegment.position)
            )
        )
        marks = list(s.scalars(select(Attendance).where(Attendance.session_id == session_id)))
        turns = tuple(_turns(s, session_id))
        anchors = tuple(stored_anchors(s, session_id, row.started_at))
    aliases = _aliases(members, row.group_id)
    seat = {m_id: i for i, m_id in enumerate(aliases)}
    attendance = tuple(
        sorted(
            (
                AttendanceLine(
                    m.member_id, aliases.get(m.member_id, "?"), m.status, m.arrived_at, m.left_at
                )
                for m in marks
            ),
            key=lambda a: seat.get(a.member_id, len(seat)),
        )
    )
    return SessionSummary(
        session_id=session_id,
        group_id=row.group_id,
        group_name=group.name,
        started_at=row.started_at,
        ended_at=row.ended_at,
        segments=segments,
        attendance=attendance,
        airtime=airtime_lines(turns, aliases, [a.member_id for a in attendance]),
        turns=turns,
        guests=row.guests,
        corrected=row.corrected_at is not None,
        anchors=anchors,
    )


def with_notes(
    summary: SessionSummary, notes: NoteService, members: MemberService
) -> SessionSummary:
    """The summary with the notes taken in its session, oldest first. With the vault locked
    it comes back as it was (notes_read False): notes are never shown without the key."""
    try:
        found = notes.find(NoteFilter(session_id=summary.session_id))
    except VaultLocked:
        return summary
    aliases = _aliases(members, summary.group_id)
    lines = tuple(
        NoteLine(
            note.id,
            note.created_at,
            note.segment_index,
            note.body,
            tuple(aliases.get(m, "?") for m in note.member_ids),
            note.follow_up and not note.done,
            note.damaged,
        )
        for note in sorted(found, key=lambda n: (n.created_at, n.id))
    )
    return replace(summary, notes=lines, notes_read=True)


def airtime_lines(
    turns: tuple[TurnLine, ...], aliases: dict[int, str], member_ids: list[int]
) -> tuple[AirtimeLine, ...]:
    """Per member: seconds spoken, share of all spoken time, turns and passes."""
    seconds: dict[int, float] = {}
    spoken: dict[int, int] = {}
    passes: dict[int, int] = {}
    for turn in turns:
        if turn.passed:
            passes[turn.member_id] = passes.get(turn.member_id, 0) + 1
        else:
            seconds[turn.member_id] = seconds.get(turn.member_id, 0.0) + turn.duration
            spoken[turn.member_id] = spoken.get(turn.member_id, 0) + 1
    ids = list(dict.fromkeys([*member_ids, *seconds, *passes]))
    total = sum(seconds.values())
    return tuple(
        AirtimeLine(
            m,
            aliases.get(m, "?"),
            seconds.get(m, 0.0),
            (seconds.get(m, 0.0) / total) if total else 0.0,
            spoken.get(m, 0),
            passes.get(m, 0),
        )
        for m in ids
    )


def _turns(s: Session, session_id: int) -> list[TurnLine]:
    return [
        TurnLine(t.member_id, t.segment_index, t.started_at, t.duration, t.passed)
        for t in s.scalars(
            select(Turn).where(Turn.session_id == session_id).order_by(Turn.started_at, Turn.id)
        )
    ]


def _aliases(members: MemberService, group_id: int) -> dict[int, str]:
    """Seat-ordered aliases; without the key, neutral labels (the summary is still useful)."""
    try:
        return {m.id: m.alias for m in members.list(group_id, include_left=True)}
    except VaultLocked:
        return {}
