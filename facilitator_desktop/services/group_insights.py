"""How a group is doing over its latest finished sessions: who came (an attendance grid),
how evenly the airtime was shared, and which segments keep running long."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from facilitator_desktop.domain import stats
from facilitator_desktop.models import Attendance, GroupSession, SessionSegment, Turn
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.members import MemberInfo, MemberService
from facilitator_desktop.services.participation import ATTENDED


@dataclass(frozen=True, slots=True)
class GridColumn:
    session_id: int
    started_at: datetime


@dataclass(frozen=True, slots=True)
class AttendanceGrid:
    columns: tuple[GridColumn, ...]  # oldest → newest
    rows: tuple[tuple[MemberInfo, tuple[str | None, ...]], ...]  # status per column or None


@dataclass(frozen=True, slots=True)
class EquityPoint:
    session_id: int
    started_at: datetime
    gini: float
    top_share: float


class GroupInsights:
    def __init__(self, ctx: ServiceContext, members: MemberService) -> None:
        self._ctx = ctx
        self._members = members

    def attendance_grid(self, group_id: int, *, last: int = 26) -> AttendanceGrid:
        with self._ctx.sessions() as s:
            columns = list(
                reversed(
                    s.execute(
                        select(GroupSession.id, GroupSession.started_at)
                        .where(GroupSession.group_id == group_id, GroupSession.status == "finished")
                        .order_by(GroupSession.started_at.desc())
                        .limit(last)
                    ).all()
                )
            )
            ids = [c[0] for c in columns]
            marks: dict[tuple[int, int], str] = {
                (m, sid): status
                for sid, m, status in s.execute(
                    select(Attendance.session_id, Attendance.member_id, Attendance.status).where(
                        Attendance.session_id.in_(ids)
                    )
                )
            }
        members = [
            m
            for m in self._members.list(group_id, include_left=True)
            if any((m.id, sid) in marks for sid in ids)
        ]
        return AttendanceGrid(
            columns=tuple(GridColumn(sid, started) for sid, started in columns),
            rows=tuple((m, tuple(marks.get((m.id, sid)) for sid in ids)) for m in members),
        )

    def equity(self, group_id: int, *, last: int = 52) -> list[EquityPoint]:
        """Per session: Gini coefficient of airtime among those who attended, and the top
        speaker's share (oldest → newest)."""
        with self._ctx.sessions() as s:
            sessions = list(
                reversed(
                    s.execute(
                        select(GroupSession.id, GroupSession.started_at)
                        .where(GroupSession.group_id == group_id, GroupSession.status == "finished")
                        .order_by(GroupSession.started_at.desc())
                        .limit(last)
                    ).all()
                )
            )
            ids = [x[0] for x in sessions]
            seconds: dict[int, dict[int, float]] = defaultdict(dict)
            for sid, member_id in s.execute(
                select(Attendance.session_id, Attendance.member_id).where(
                    Attendance.session_id.in_(ids), Attendance.status.in_(ATTENDED)
                )
            ):
                seconds[sid][member_id] = 0.0
            for sid, member_id, total in s.execute(
                select(Turn.session_id, Turn.member_id, func.sum(Turn.duration))
                .where(Turn.session_id.in_(ids), Turn.passed.is_(False))
                .group_by(Turn.session_id, Turn.member_id)
            ):
                seconds[sid][member_id] = float(total or 0.0)
        return [
            EquityPoint(
                sid,
                started,
                stats.gini(seconds[sid].values()),
                stats.top_speaker_share(seconds[sid].values()),
            )
            for sid, started in sessions
        ]

    def overruns(self, group_id: int, *, last: int = 52) -> list[stats.OverrunStat]:
        with self._ctx.sessions() as s:
            recent = (
                select(GroupSession.id)
                .where(GroupSession.group_id == group_id, GroupSession.status == "finished")
                .order_by(GroupSession.started_at.desc())
                .limit(last)
                .scalar_subquery()
            )
            rows = s.execute(
                select(
                    SessionSegment.name,
                    SessionSegment.planned_seconds,
                    SessionSegment.actual_seconds,
                )
                .where(SessionSegment.session_id.in_(recent))
                .order_by(SessionSegment.session_id, SessionSegment.position)
            ).all()
        return stats.segment_overruns((r[0], r[1], r[2]) for r in rows)
