"""A member over time: their sessions since they joined (attendance, airtime share, turns,
passes), how quiet they have been lately, the rule sets they signed and the notes about
them. Only that member's rows are read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from facilitator_desktop.domain import stats
from facilitator_desktop.errors import NotFound
from facilitator_desktop.models import Attendance, GroupSession, Member, Turn
from facilitator_desktop.services.acknowledgements import (
    AcknowledgementInfo,
    AcknowledgementService,
)
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.members import MemberInfo, MemberService
from facilitator_desktop.services.notes import NoteFilter, NoteInfo, NoteService
from facilitator_desktop.services.participation import (
    FOLLOW_UP_LOOKBACK,
    attendance_status,
    runs_up_to_latest,
)


@dataclass(frozen=True, slots=True)
class SessionShare:
    session_id: int
    started_at: datetime
    status: str
    seconds: float
    share: float
    turns: int
    passes: int


@dataclass(frozen=True, slots=True)
class MemberRecord:
    member: MemberInfo
    attendance: stats.AttendanceSummary
    sessions: tuple[SessionShare, ...]  # oldest → newest, within membership
    passes: int
    turns: int
    silent_streak: int
    acknowledgements: tuple[AcknowledgementInfo, ...]
    notes: tuple[NoteInfo, ...]

    @property
    def open_follow_ups(self) -> tuple[NoteInfo, ...]:
        return tuple(n for n in self.notes if n.follow_up and not n.done)


class MemberRecords:
    def __init__(
        self,
        ctx: ServiceContext,
        members: MemberService,
        notes: NoteService,
        acknowledgements: AcknowledgementService,
    ) -> None:
        self._ctx = ctx
        self._members = members
        self._notes = notes
        self._acks = acknowledgements

    def record(self, member_id: int) -> MemberRecord:
        member = self._members.get(member_id)
        with self._ctx.sessions() as s:
            shares = _member_sessions(s, member)
            runs = runs_up_to_latest(s, member.group_id).get(member_id)
        statuses = [attendance_status(x.status) for x in shares]
        # The follow-ups' measure, so a member's page and the follow-ups list agree.
        quiet = runs.quiet if runs is not None else 0
        notes = tuple(self._notes.find(NoteFilter(member_id=member_id)))
        return MemberRecord(
            member=member,
            attendance=stats.summarize_attendance(statuses),
            sessions=tuple(shares),
            passes=sum(x.passes for x in shares),
            turns=sum(x.turns for x in shares),
            silent_streak=quiet,
            acknowledgements=tuple(self._acks.for_member(member_id)),
            notes=notes,
        )

    def quiet_streak(self, member_id: int, *, lookback: int = FOLLOW_UP_LOOKBACK) -> int:
        """Sessions in a row, up to the latest, in which the member said little (the
        group's last `lookback` are read first, further back only while the run goes on),
        measured as the follow-ups measure it, so a member's page and the follow-ups list
        give the same number."""
        with self._ctx.sessions() as s:
            group_id = s.scalar(select(Member.group_id).where(Member.id == member_id))
            if group_id is None:
                raise NotFound("That member no longer exists.")
            runs = runs_up_to_latest(s, group_id, lookback).get(member_id)
        return runs.quiet if runs is not None else 0


def _member_sessions(s: Session, member: MemberInfo) -> list[SessionShare]:
    # Membership runs from the first moment of the day they joined to the last moment of
    # the day they left (a member who says goodbye in a session, and is marked as left
    # that evening, keeps that session), both days on the facilitator's calendar.
    window = [
        GroupSession.group_id == member.group_id,
        GroupSession.status == "finished",
        GroupSession.started_at >= local_day_start(member.joined_on),
    ]
    if member.left_on is not None:
        window.append(GroupSession.started_at < local_day_end(member.left_on))
    rows = s.execute(
        select(GroupSession.id, GroupSession.started_at, Attendance.status)
        .outerjoin(
            Attendance,
            and_(Attendance.session_id == GroupSession.id, Attendance.member_id == member.id),
        )
        .where(*window)
        .order_by(GroupSession.started_at)
    ).all()
    if not rows:
        return []
    # Per session: everyone's spoken seconds, and this member's seconds/turns/passes. By the
    # window, not by id: a session recorded on another laptop of a shared group arrives with
    # a higher id than sessions held here after it.
    totals = dict(
        s.execute(
            select(Turn.session_id, func.sum(Turn.duration))
            .join(GroupSession, GroupSession.id == Turn.session_id)
            .where(*window, Turn.passed.is_(False))
            .group_by(Turn.session_id)
        ).all()
    )
    own: dict[int, tuple[float, int, int]] = {}
    for session_id, seconds, spoken, passed in s.execute(
        select(
            Turn.session_id,
            # Spoken seconds only, as in the totals: a pass is said nothing.
            func.sum(func.iif(Turn.passed, 0.0, Turn.duration)),
            func.sum(func.iif(Turn.passed, 0, 1)),
            func.sum(func.iif(Turn.passed, 1, 0)),
        )
        .where(Turn.member_id == member.id)
        .group_by(Turn.session_id)
    ):
        own[session_id] = (float(seconds or 0.0), int(spoken or 0), int(passed or 0))
    result = []
    for session_id, started, status in rows:
        seconds, spoken, passed = own.get(session_id, (0.0, 0, 0))
        total = float(totals.get(session_id) or 0.0)
        result.append(
            SessionShare(
                session_id,
                started,
                status or "",
                seconds,
                seconds / total if total else 0.0,
                spoken,
                passed,
            )
        )
    return result


def local_day_start(day: date) -> datetime:
    """The first moment of a day on the computer's calendar, as times are stored (naive
    UTC). Dates beyond the range a clock can hold (date.min: "not known") give the limits."""
    try:
        return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)
    except (OverflowError, ValueError):
        return datetime.min if day.year == date.min.year else datetime.max


def local_day_end(day: date) -> datetime:
    """The first moment after that day (the start of the next one), stored as UTC."""
    if day >= date.max:
        return datetime.max
    return local_day_start(day + timedelta(days=1))
