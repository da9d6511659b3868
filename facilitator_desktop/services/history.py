"""Between sessions: past sessions, a member's record, group insights and follow-ups.

Every screen asks for what it shows and no more: the history list is paged, a member's page
reads only that member's rows, follow-ups read only the last few sessions of each group.
Queries go through the indexes on (group_id, started_at), (member_id, session_id) and
(session_id); the benchmark checks the plans and the times on ten years of data.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from facilitator_desktop.domain import stats
from facilitator_desktop.errors import NotFound
from facilitator_desktop.models import (
    Attendance,
    Correction,
    Group,
    GroupSession,
    Member,
    SessionSegment,
    Turn,
)
from facilitator_desktop.services.acknowledgements import (
    AcknowledgementInfo,
    AcknowledgementService,
)
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.members import MemberInfo, MemberService
from facilitator_desktop.services.notes import NoteFilter, NoteInfo, NoteService
from facilitator_desktop.services.settings import SettingsService

OVERRUN_TOLERANCE_S = stats.DEFAULT_OVERRUN_TOLERANCE_S
# "Silent" compares a member's airtime with an equal share of those present: under 30 % of
# it counts as silent. A fixed share (say 5 %) would flag half of a 15-member group.
SILENT_FRACTION_OF_FAIR_SHARE = 0.3
# Follow-ups look at each group's last few sessions: enough for "three in a row", cheap on
# ten years of history.
FOLLOW_UP_LOOKBACK = 8
ATTENDED = tuple(stats.ATTENDED_STATUSES)


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


@dataclass(frozen=True, slots=True)
class FollowUpItem:
    kind: Literal["absence", "silence", "note"]
    group_id: int
    group_name: str
    member_id: int | None
    note_id: int | None
    text: str
    due_on: date | None
    count: int = 0


class HistoryService:
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
        # Settings are read per call (how many absences make a follow-up).
        self._settings = SettingsService(ctx)

    # --- the history list ----------------------------------------------------------------------

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
        if since is not None:
            query = query.where(
                GroupSession.started_at >= datetime.combine(since, datetime.min.time())
            )
        if until is not None:
            query = query.where(
                GroupSession.started_at < datetime.combine(until, datetime.max.time())
            )
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

    # --- a member's page ------------------------------------------------------------------------

    def member_record(self, member_id: int) -> MemberRecord:
        member = self._members.get(member_id)
        with self._ctx.sessions() as s:
            shares = self._member_sessions(s, member)
            recent = self._recent_participation(s, member.group_id, FOLLOW_UP_LOOKBACK)
        statuses = [_status(x.status) for x in shares]
        # The follow-ups' measure, so a member's page and the follow-ups list agree.
        quiet = (
            stats.silent_streak(recent[member_id][1], SILENT_FRACTION_OF_FAIR_SHARE)
            if member_id in recent
            else 0
        )
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

    def _member_sessions(self, s: Session, member: MemberInfo) -> list[SessionShare]:
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
        first_id = rows[0][0]
        # Per session: everyone's spoken seconds, and this member's seconds/turns/passes.
        totals = dict(
            s.execute(
                select(Turn.session_id, func.sum(Turn.duration))
                .join(GroupSession, GroupSession.id == Turn.session_id)
                .where(*window, Turn.passed.is_(False), Turn.session_id >= first_id)
                .group_by(Turn.session_id)
            ).all()
        )
        own: dict[int, tuple[float, int, int]] = {}
        for session_id, seconds, spoken, passed in s.execute(
            select(
                Turn.session_id,
                func.sum(Turn.duration),
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

    # --- group insights ---------------------------------------------------------------------------

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

    # --- follow-ups -----------------------------------------------------------------------

    def follow_ups(
        self,
        *,
        group_id: int | None = None,
        lookback: int = FOLLOW_UP_LOOKBACK,
        absences: int | None = None,
    ) -> list[FollowUpItem]:
        """Members whose latest sessions end with `absences` or more absences in a row
        without notice (by default the setting, itself 1 unless changed: the first one),
        members silent for three sessions or more, and open note follow-ups by due date."""
        if absences is None:
            absences = self._settings.follow_up_absences
        if absences < 1:
            raise ValueError("absences must be 1 or more")
        lookback = max(lookback, absences)
        items: list[FollowUpItem] = []
        with self._ctx.sessions() as s:
            query = select(Group.id, Group.name).where(Group.archived_at.is_(None))
            if group_id is not None:
                query = query.where(Group.id == group_id)
            groups = s.execute(query.order_by(Group.name)).all()
            recent = {gid: self._recent_participation(s, gid, lookback) for gid, _ in groups}
        for gid, name in groups:
            per_member = recent[gid]
            if not per_member:
                continue
            aliases = {m.id: m for m in self._members.list(gid)}
            for member_id, (statuses, participation) in per_member.items():
                member = aliases.get(member_id)
                if member is None:  # has left the group
                    continue
                run = _absences_to_follow(statuses, absences)
                if run:
                    missed = "a session" if run == 1 else f"{run} sessions in a row"
                    items.append(
                        FollowUpItem(
                            "absence",
                            gid,
                            name,
                            member_id,
                            None,
                            f"{member.alias} missed {missed} without notice",
                            None,
                            run,
                        )
                    )
                streak = stats.silent_streak(participation, SILENT_FRACTION_OF_FAIR_SHARE)
                if stats.needs_followup_silence(streak):
                    items.append(
                        FollowUpItem(
                            "silence",
                            gid,
                            name,
                            member_id,
                            None,
                            f"{member.alias} has been quiet for {streak} sessions",
                            None,
                            streak,
                        )
                    )
        names = dict(groups)
        notes = self._notes.follow_ups(group_id=group_id)
        with self._ctx.sessions() as s:
            homes = _groups_of(s, notes)
        for note in notes:
            if homes[note.id] and not homes[note.id] & names.keys():
                continue  # only about an archived group (or, asked for one, another group)
            items.append(
                FollowUpItem(
                    "note",
                    note.group_id or 0,
                    names.get(note.group_id or 0, ""),
                    note.member_ids[0] if note.member_ids else None,
                    note.id,
                    note.title,
                    note.due_on,
                )
            )
        return items

    def _recent_participation(
        self, s: Session, group_id: int, lookback: int
    ) -> dict[int, tuple[list[stats.AttendanceStatus | None], list[stats.SessionParticipation]]]:
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
                func.sum(Turn.duration),
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
            statuses: list[stats.AttendanceStatus | None] = []
            participation = []
            for sid in ids:
                mark = by_session.get(sid)
                statuses.append(_status(mark))
                seconds, turns, passes = spoken.get((sid, member_id), (0.0, 0, 0))
                participation.append(
                    stats.SessionParticipation(
                        attended=mark in stats.ATTENDED_STATUSES,
                        turns_spoken=turns,
                        passes=passes,
                        share=_fair_share_ratio(seconds, totals[sid], present[sid]),
                        recorded=totals[sid] > 0,
                    )
                )
            result[member_id] = (statuses, participation)
        return result

    def quiet_streak(self, member_id: int, *, lookback: int = FOLLOW_UP_LOOKBACK) -> int:
        """Sessions in a row (among the group's last `lookback`) in which the member said
        little, measured as the follow-ups measure it, so a member's page and the
        follow-ups list give the same number."""
        with self._ctx.sessions() as s:
            group_id = s.scalar(select(Member.group_id).where(Member.id == member_id))
            if group_id is None:
                raise NotFound("That member no longer exists.")
            recent = self._recent_participation(s, group_id, lookback)
        if member_id not in recent:
            return 0
        return stats.silent_streak(recent[member_id][1], SILENT_FRACTION_OF_FAIR_SHARE)

    # --- corrections after the fact -------------------------------------------------------

    def correct_attendance(self, session_id: int, member_id: int, status: str) -> None:
        """Change a member's attendance in a past session; the change is recorded."""
        checked = _status(status)
        if checked is None:
            raise NotFound("Unknown attendance status.")
        with self._ctx.sessions.begin() as s:
            row = self._finished(s, session_id)
            mark = s.get(Attendance, (session_id, member_id))
            before = mark.status if mark else "unmarked"
            if mark is None:
                mark = Attendance(session_id=session_id, member_id=member_id)
                s.add(mark)
            mark.status = checked
            if checked != "late":
                mark.arrived_at = None
            if checked != "left_early":
                mark.left_at = None
            self._record(s, row, f"attendance member={member_id}: {before} -> {checked}")

    def correct_turn(
        self,
        turn_id: int,
        *,
        member_id: int | None = None,
        duration: float | None = None,
        passed: bool | None = None,
    ) -> None:
        """Fix a mis-recorded turn (wrong member, wrong length, a pass that was not)."""
        with self._ctx.sessions.begin() as s:
            turn = s.get(Turn, turn_id)
            if turn is None:
                raise NotFound("That turn no longer exists.")
            row = self._finished(s, turn.session_id)
            changes = []
            if member_id is not None and member_id != turn.member_id:
                changes.append(f"member {turn.member_id} -> {member_id}")
                turn.member_id = member_id
            if duration is not None and duration != turn.duration:
                if duration < 0:
                    raise NotFound("A turn cannot last less than zero seconds.")
                changes.append(f"duration {turn.duration:.0f}s -> {duration:.0f}s")
                turn.duration = duration
            if passed is not None and passed != turn.passed:
                changes.append(f"passed {turn.passed} -> {passed}")
                turn.passed = passed
                if passed:
                    turn.duration = 0.0
            if changes:
                self._record(s, row, f"turn {turn_id}: " + ", ".join(changes))

    def turns_of(self, session_id: int) -> list[tuple[int, int, int, float, float, bool]]:
        """(turn id, member id, segment index, start, duration, passed) in order."""
        with self._ctx.sessions() as s:
            return [
                (t.id, t.member_id, t.segment_index, t.started_at, t.duration, t.passed)
                for t in s.scalars(
                    select(Turn).where(Turn.session_id == session_id).order_by(Turn.started_at)
                )
            ]

    def corrections(self, session_id: int) -> list[tuple[datetime, str]]:
        with self._ctx.sessions() as s:
            return [
                (c.made_at, c.what)
                for c in s.scalars(
                    select(Correction)
                    .where(Correction.session_id == session_id)
                    .order_by(Correction.made_at)
                )
            ]

    @staticmethod
    def _finished(s: Session, session_id: int) -> GroupSession:
        row = s.get(GroupSession, session_id)
        if row is None or row.status != "finished":
            raise NotFound("Only finished sessions can be corrected.")
        return row

    def _record(self, s: Session, row: GroupSession, what: str) -> None:
        stamp = self._ctx.now()
        row.corrected_at = stamp
        s.add(Correction(session_id=row.id, made_at=stamp, what=what))


def _groups_of(s: Session, notes: list[NoteInfo]) -> dict[int, set[int]]:
    """The groups each note is about: its own, or else those of its session and of the
    members it names (a note written without a group still belongs to theirs). Empty for a
    note about no group at all."""
    loose = [n for n in notes if n.group_id is None]
    session_ids = {n.session_id for n in loose if n.session_id is not None}
    member_ids = {m for n in loose for m in n.member_ids}
    by_session: dict[int, int] = {}
    by_member: dict[int, int] = {}
    if session_ids:
        by_session = {
            sid: gid
            for sid, gid in s.execute(
                select(GroupSession.id, GroupSession.group_id).where(
                    GroupSession.id.in_(session_ids)
                )
            )
        }
    if member_ids:
        by_member = {
            mid: gid
            for mid, gid in s.execute(
                select(Member.id, Member.group_id).where(Member.id.in_(member_ids))
            )
        }
    homes: dict[int, set[int]] = {}
    for note in notes:
        if note.group_id is not None:
            homes[note.id] = {note.group_id}
            continue
        home = {by_member[m] for m in note.member_ids if m in by_member}
        if note.session_id in by_session:
            home.add(by_session[note.session_id])
        homes[note.id] = home
    return homes


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


def _fair_share_ratio(seconds: float, total: float, present: int) -> float:
    """A member's airtime as a fraction of an equal share (1.0 = exactly fair), capped
    at 1 because the statistics take a share in 0..1 and only the low end matters."""
    if total <= 0 or present <= 0:
        return 0.0
    return min(1.0, (seconds / total) * present)


def _status(value: str | None) -> stats.AttendanceStatus | None:
    for status in stats.ALL_STATUSES:
        if value == status:
            return status
    return None


def _absences_to_follow(statuses: list[stats.AttendanceStatus | None], threshold: int) -> int:
    """The run of absences without notice that ends the record when it is `threshold` long
    or longer, else 0. Excused sessions neither break nor extend the run; a record whose
    newest entry is outside membership (the member left) is not followed up."""
    if not statuses or statuses[-1] is None:
        return 0
    run = stats.consecutive_unexcused_absences(statuses)
    return run if run >= threshold else 0
