"""How members took part in a group's latest sessions: their attendance marks, and their
airtime against an equal share of it. Follow-ups and a member's page both measure "quiet"
from here, so they give the same number."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator_desktop.domain import stats
from facilitator_desktop.models import Attendance, GroupSession, Turn

ATTENDED = tuple(stats.ATTENDED_STATUSES)
# "Silent" compares a member's airtime with an equal share of those present: under 30 % of
# it counts as silent. A fixed share (say 5 %) would flag half of a 15-member group.
SILENT_FRACTION_OF_FAIR_SHARE = 0.3
# Follow-ups read each group's last few sessions first: enough for "three in a row", cheap
# on ten years of history. A run that reaches back past them is read to its start.
FOLLOW_UP_LOOKBACK = 8

Statuses = list[stats.AttendanceStatus | None]
# Per member: their mark and their part in each of the sessions looked at, oldest first.
Participation = dict[int, tuple[Statuses, list[stats.SessionParticipation]]]


def recent_participation(
    s: Session, group_id: int, lookback: int | None, members: Collection[int] | None = None
) -> Participation:
    """Everyone marked in the group's latest `lookback` finished sessions (all: None), or
    only `members` (a share is still measured against everyone present)."""
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
    present: dict[int, int] = dict(
        s.execute(
            select(Attendance.session_id, func.count())
            .where(Attendance.session_id.in_(ids), Attendance.status.in_(ATTENDED))
            .group_by(Attendance.session_id)
        ).all()
    )
    # A pass is said nothing, however long the member held the floor before it.
    said = func.sum(func.iif(Turn.passed, 0.0, Turn.duration))
    totals: dict[int, float] = {
        sid: float(seconds or 0)
        for sid, seconds in s.execute(
            select(Turn.session_id, said).where(Turn.session_id.in_(ids)).group_by(Turn.session_id)
        )
    }
    marked = select(Attendance.session_id, Attendance.member_id, Attendance.status).where(
        Attendance.session_id.in_(ids)
    )
    taken = (
        select(
            Turn.session_id,
            Turn.member_id,
            said,
            func.sum(func.iif(Turn.passed, 0, 1)),
            func.sum(func.iif(Turn.passed, 1, 0)),
        )
        .where(Turn.session_id.in_(ids))
        .group_by(Turn.session_id, Turn.member_id)
    )
    if members is not None:
        marked = marked.where(Attendance.member_id.in_(members))
        taken = taken.where(Turn.member_id.in_(members))
    marks: dict[int, dict[int, str]] = defaultdict(dict)
    for sid, member_id, status in s.execute(marked):
        marks[member_id][sid] = status
    spoken = {
        (sid, member_id): (float(seconds or 0), int(turns or 0), int(passes or 0))
        for sid, member_id, seconds, turns, passes in s.execute(taken)
    }
    result = {}
    for member_id, by_session in marks.items():
        statuses: Statuses = []
        participation = []
        for sid in ids:
            mark = by_session.get(sid)
            statuses.append(attendance_status(mark))
            seconds, turns, passes = spoken.get((sid, member_id), (0.0, 0, 0))
            total = totals.get(sid, 0.0)
            participation.append(
                stats.SessionParticipation(
                    attended=mark in stats.ATTENDED_STATUSES,
                    turns_spoken=turns,
                    passes=passes,
                    share=fair_share_ratio(seconds, total, present.get(sid, 0)),
                    recorded=total > 0,
                )
            )
        result[member_id] = (statuses, participation)
    return result


class Runs(NamedTuple):
    """Where a member's record stands at the group's latest session."""

    absences: int  # absences without notice in a row (excused ones skipped)
    quiet: int  # sessions attended in a row with little said (`quiet_streak`); 0 once left
    marked_last: bool  # marked in the latest session: False once they have left


def runs_up_to_latest(
    s: Session, group_id: int, lookback: int = FOLLOW_UP_LOOKBACK
) -> dict[int, Runs]:
    """Each member's runs, counted whole: "missed 11 sessions in a row", not the first
    read's 8. The latest `lookback` sessions are read first; a run of absences that goes
    on past them is counted in SQL (a member who stopped coming and was never marked as
    left is common), and a quiet run that does (rare) reads that member's whole record
    in the group, measured against everyone's airtime. A member not marked in the latest
    session has left (or is away): no quiet run is kept for them, as no absence is chased,
    so the answer is the same however many sessions are read first."""
    found = recent_participation(s, group_id, lookback)
    windowed = bool(found) and len(next(iter(found.values()))[0]) == lookback
    runs = {}
    for member_id, (statuses, taken) in found.items():
        absences = stats.consecutive_unexcused_absences(statuses)
        if windowed and _absent_past_window(statuses):  # excused ones hide no run
            absences = _absences_since_last_attended(s, group_id, member_id)
        marked_last = statuses[-1] is not None
        runs[member_id] = Runs(absences, quiet_streak(taken) if marked_last else 0, marked_last)
    quiet = [
        m
        for m, (_, taken) in found.items()
        if windowed and runs[m].marked_last and _quiet_past_window(taken)
    ]
    if quiet:  # only theirs is read back, against everyone's airtime
        for member_id, (_, taken) in recent_participation(s, group_id, None, quiet).items():
            runs[member_id] = runs[member_id]._replace(quiet=quiet_streak(taken))
    return runs


def _absent_past_window(statuses: Statuses) -> bool:
    """Not there at any session read. Away at the oldest one (not marked) is no exception:
    sessions without them neither end nor extend a run, so it may go on before it."""
    return not any(x in stats.ATTENDED_STATUSES for x in statuses)


def _quiet_past_window(taken: list[stats.SessionParticipation]) -> bool:
    """Quiet at every session read that they attended (or at none attended). Sessions
    without them neither break nor extend the run, so it may go on before the oldest one
    read: not marked there (away, and brought back), or absent at every one read."""
    streak = quiet_streak(taken)
    return streak == sum(p.attended and p.recorded for p in taken)


def _absences_since_last_attended(s: Session, group_id: int, member_id: int) -> int:
    """The member's absences without notice in the group's finished sessions after the
    last one they attended (or all of them): the whole run, from two indexed reads."""
    theirs = (
        select(GroupSession.started_at)
        .join(Attendance, Attendance.session_id == GroupSession.id)
        .where(
            Attendance.member_id == member_id,
            GroupSession.group_id == group_id,
            GroupSession.status == "finished",
        )
    )
    last_attended = s.scalar(
        theirs.where(Attendance.status.in_(ATTENDED))
        .order_by(GroupSession.started_at.desc())
        .limit(1)
    )
    absent = theirs.where(Attendance.status == "absent")
    if last_attended is not None:
        absent = absent.where(GroupSession.started_at > last_attended)
    return s.scalar(select(func.count()).select_from(absent.subquery())) or 0


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
