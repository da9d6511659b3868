"""How members took part in a group's latest sessions: their attendance marks, and their
airtime against an equal share of it. Follow-ups and a member's page both measure "quiet"
from here, so they give the same number."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator_desktop.domain import stats
from facilitator_desktop.models import Attendance, GroupSession, Turn

ATTENDED = tuple(stats.ATTENDED_STATUSES)
# "Silent" compares a member's airtime with an equal share of those present: under 30 % of
# it counts as silent. A fixed share (say 5 %) would flag half of a 15-member group.
SILENT_FRACTION_OF_FAIR_SHARE = 0.3
# Follow-ups look at each group's last few sessions: enough for "three in a row", cheap on
# ten years of history.
FOLLOW_UP_LOOKBACK = 8

Statuses = list[stats.AttendanceStatus | None]
# Per member: their mark and their part in each of the sessions looked at, oldest first.
Participation = dict[int, tuple[Statuses, list[stats.SessionParticipation]]]


def recent_participation(s: Session, group_id: int, lookback: int) -> Participation:
    """Everyone marked in the group's latest `lookback` finished sessions."""
    ids = list(
        reversed(
            s.scalars(
                select(GroupSession.id)
                .where(GroupSession.group_id == group_id, GroupSession.status == "finished")
                .order_by(GroupSession.started_at.desc())
                .limit(lookback)
            ).all()
        )
    )
    if not ids:
        return {}
    marks: dict[int, dict[int, str]] = defaultdict(dict)
    for sid, member_id, status in s.execute(
        select(Attendance.session_id, Attendance.member_id, Attendance.status).where(
            Attendance.session_id.in_(ids)
        )
    ):
        marks[member_id][sid] = status
    spoken: dict[tuple[int, int], tuple[float, int, int]] = {}
    totals: dict[int, float] = defaultdict(float)
    for sid, member_id, seconds, turns, passes in s.execute(
        select(
            Turn.session_id,
            Turn.member_id,
            # A pass is said nothing, however long the member held the floor before it.
            func.sum(func.iif(Turn.passed, 0.0, Turn.duration)),
            func.sum(func.iif(Turn.passed, 0, 1)),
            func.sum(func.iif(Turn.passed, 1, 0)),
        )
        .where(Turn.session_id.in_(ids))
        .group_by(Turn.session_id, Turn.member_id)
    ):
        spoken[(sid, member_id)] = (float(seconds or 0), int(turns or 0), int(passes or 0))
        totals[sid] += float(seconds or 0)
    present: dict[int, int] = defaultdict(int)
    for by_session in marks.values():
        for sid, status in by_session.items():
            if status in stats.ATTENDED_STATUSES:
                present[sid] += 1
    result = {}
    for member_id, by_session in marks.items():
        statuses: Statuses = []
        participation = []
        for sid in ids:
            mark = by_session.get(sid)
            statuses.append(attendance_status(mark))
            seconds, turns, passes = spoken.get((sid, member_id), (0.0, 0, 0))
            participation.append(
                stats.SessionParticipation(
                    attended=mark in stats.ATTENDED_STATUSES,
                    turns_spoken=turns,
                    passes=passes,
                    share=fair_share_ratio(seconds, totals[sid], present[sid]),
                    recorded=totals[sid] > 0,
                )
            )
        result[member_id] = (statuses, participation)
    return result


def quiet_streak(participation: list[stats.SessionParticipation]) -> int:
    """Sessions in a row, up to the newest, in which the member said little."""
    return stats.silent_streak(participation, SILENT_FRACTION_OF_FAIR_SHARE)


def fair_share_ratio(seconds: float, total: float, present: int) -> float:
    """A member's airtime as a fraction of an equal share (1.0 = exactly fair), capped
    at 1 because the statistics take a share in 0..1 and only the low end matters."""
    if total <= 0 or present <= 0:
        return 0.0
    return min(1.0, (seconds / total) * present)


def attendance_status(value: str | None) -> stats.AttendanceStatus | None:
    """A stored status as the statistics know it; None for no mark (or an unknown one)."""
    for status in stats.ALL_STATUSES:
        if value == status:
            return status
    return None
