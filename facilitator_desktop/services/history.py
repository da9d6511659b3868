"""Between sessions: past sessions, a member's record, group insights and follow-ups.

Every screen asks for what it shows and no more: the history list is paged, a member's page
reads only that member's rows, follow-ups read only the last few sessions of each group.
Queries go through the indexes on (group_id, started_at), (member_id, session_id) and
(session_id); the benchmark checks the plans and the times on ten years of data.

The list of past sessions is read here; each other question has its own module, and
`HistoryService` is the one door the screens knock on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from facilitator_desktop.domain import stats
from facilitator_desktop.models import Attendance, GroupSession, SessionSegment
from facilitator_desktop.services.acknowledgements import AcknowledgementService
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.corrections import SessionCorrections
from facilitator_desktop.services.follow_ups import FollowUps
from facilitator_desktop.services.group_insights import GroupInsights
from facilitator_desktop.services.member_record import (
    MemberRecords,
    local_day_end,
    local_day_start,
)
from facilitator_desktop.services.members import MemberService
from facilitator_desktop.services.notes import NoteService
from facilitator_desktop.services.participation import ATTENDED

OVERRUN_TOLERANCE_S = stats.DEFAULT_OVERRUN_TOLERANCE_S


@dataclass(frozen=True, slots=True)
class SessionRow:
    id: int
    started_at: datetime
    elapsed_seconds: float
    planned_seconds: float
    attended: int
    segments: int
    overruns: int
    guests: int
    corrected: bool


class HistoryService:
    def __init__(
        self,
        ctx: ServiceContext,
        members: MemberService,
        notes: NoteService,
        acknowledgements: AcknowledgementService,
    ) -> None:
        self._ctx = ctx
        records = MemberRecords(ctx, members, notes, acknowledgements)
        insights = GroupInsights(ctx, members)
        corrections = SessionCorrections(ctx)
        # A member's page (member_record.py).
        self.member_record = records.record
        self.quiet_streak = records.quiet_streak
        # Group insights (group_insights.py).
        self.attendance_grid = insights.attendance_grid
        self.equity = insights.equity
        self.overruns = insights.overruns
        # Needs attention (follow_ups.py).
        self.follow_ups = FollowUps(ctx, members, notes).find
        # Corrections after the fact (corrections.py).
        self.correct_attendance = corrections.correct_attendance
        self.correct_turn = corrections.correct_turn
        self.turns_of = corrections.turns_of
        self.corrections = corrections.corrections

    def sessions(
        self,
        group_id: int,
        *,
        since: date | None = None,
        until: date | None = None,
        limit: int = 50,
        before: datetime | None = None,
    ) -> list[SessionRow]:
        """Finished sessions, newest first, `limit` at a time (`before` = the last row's
        start for the next page)."""
        attended = (
            select(func.count())
            .where(Attendance.session_id == GroupSession.id, Attendance.status.in_(ATTENDED))
            .scalar_subquery()
        )
        segments = (
            select(func.count())
            .where(SessionSegment.session_id == GroupSession.id)
            .scalar_subquery()
        )
        overruns = (
            select(func.count())
            .where(
                SessionSegment.session_id == GroupSession.id,
                SessionSegment.actual_seconds
                > SessionSegment.planned_seconds + OVERRUN_TOLERANCE_S,
            )
            .scalar_subquery()
        )
        query = select(GroupSession, attended, segments, overruns).where(
            GroupSession.group_id == group_id, GroupSession.status == "finished"
        )
        # Days on the computer's calendar, as the date pickers show them; starts are UTC.
        if since is not None:
            query = query.where(GroupSession.started_at >= local_day_start(since))
        if until is not None:  # the whole last day, up to the next one's first moment
            query = query.where(GroupSession.started_at < local_day_end(until))
        if before is not None:
            query = query.where(GroupSession.started_at < before)
        query = query.order_by(GroupSession.started_at.desc()).limit(limit)
        with self._ctx.sessions() as s:
            return [
                SessionRow(
                    row.id,
                    row.started_at,
                    row.elapsed_seconds,
                    row.planned_seconds,
                    n_attended,
                    n_segments,
                    n_overruns,
                    row.guests,
                    row.corrected_at is not None,
                )
                for row, n_attended, n_segments, n_overruns in s.execute(query)
            ]
