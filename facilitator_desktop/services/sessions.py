"""Starting, resuming, reading and deleting group sessions."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.domain.attendance import Mark
from facilitator_desktop.domain.clock import SessionClock
from facilitator_desktop.domain.event_kinds import event_from_dict
from facilitator_desktop.domain.session_state import SessionRunner
from facilitator_desktop.errors import FacilitatorError, NotFound
from facilitator_desktop.models import (
    Attendance,
    Correction,
    Group,
    GroupSession,
    Member,
    Note,
    SessionEvent,
    SessionSegment,
    Turn,
)
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.live_session import LiveSession, count_rows
from facilitator_desktop.services.members import MemberService
from facilitator_desktop.services.rules import RuleService
from facilitator_desktop.services.session_summary import SessionSummary, build_summary

Monotonic = Callable[[], float]


class SessionAlreadyRunning(FacilitatorError):
    default_message = "A session of this group is already running. Resume it or end it first."


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: int
    group_id: int
    group_name: str
    status: str
    started_at: datetime
    ended_at: datetime | None


@dataclass(frozen=True, slots=True)
class SessionContents:
    """What a stored session holds, counted (no text): what deleting it takes away."""

    id: int
    group_id: int
    status: str
    started_at: datetime
    attendance: int  # members with a mark
    turns: int  # turns and passes
    events: int  # the timeline it was rebuilt from
    segments: int  # planned vs actual, per segment
    corrections: int
    notes: int  # notes written in it (kept, unlinked, unless deleted too)
    open_follow_ups: int  # of those notes, follow-ups not done yet
    notes_deleted: bool = False


def plan_from_group(group: Group) -> list[SegmentPlan]:
    return [
        SegmentPlan(seg.name, float(seg.minutes), "round" if seg.kind == "round" else "open")
        for seg in group.agenda
    ]


def _plan_json(plan: Sequence[SegmentPlan]) -> str:
    return json.dumps([{"name": p.name, "minutes": p.minutes, "kind": p.kind} for p in plan])


def _plan_from_json(text: str) -> list[SegmentPlan]:
    return [SegmentPlan(p["name"], float(p["minutes"]), p["kind"]) for p in json.loads(text)]


class GroupSessionService:
    def __init__(self, ctx: ServiceContext, members: MemberService, rules: RuleService) -> None:
        self._ctx = ctx
        self._members = members
        self._rules = rules

    def start(
        self,
        group_id: int,
        plan: Sequence[SegmentPlan] | None = None,
        *,
        monotonic: Monotonic = time.monotonic,
        rng: random.Random | None = None,
    ) -> LiveSession:
        """Create a session for the group from its agenda template (or `plan`)."""
        with self._ctx.sessions.begin() as s:
            group = s.get(Group, group_id)
            if group is None:
                raise NotFound("That group no longer exists.")
            running = s.scalar(
                select(GroupSession.id).where(
                    GroupSession.group_id == group_id, GroupSession.status == "running"
                )
            )
            if running is not None:
                raise SessionAlreadyRunning()
            agenda = list(plan) if plan is not None else plan_from_group(group)
            if not agenda:
                raise FacilitatorError("Give the group at least one agenda segment first.")
            seats = {
                m_id: seat
                for m_id, seat in s.execute(
                    select(Member.id, Member.seat)
                    .where(Member.group_id == group_id, Member.left_on.is_(None))
                    .order_by(Member.seat)
                )
            }
            current_rules = self._rules.current(group_id)
            row = GroupSession(
                group_id=group_id,
                status="running",
                started_at=self._ctx.now(),
                plan_json=_plan_json(agenda),
                seats_json=json.dumps({str(k): v for k, v in seats.items()}),
                soft_limit_min=group.speaker_soft_limit_min,
                rule_set_id=current_rules.id if current_rules else None,
                guests=0,
                alive_at=0.0,
                planned_seconds=sum(p.seconds for p in agenda),
            )
            s.add(row)
            s.flush()
            session_id, soft_limit = row.id, row.soft_limit_min
        runner = SessionRunner(
            agenda,
            seats,
            SessionClock(monotonic),
            rng=rng,
            soft_limit_minutes=float(soft_limit),
        )
        return LiveSession(self._ctx, session_id, group_id, runner, {}, 0, 0, 0)

    def running(self) -> list[SessionInfo]:
        """Sessions left running (after a crash, or still open): offered for resuming."""
        with self._ctx.sessions() as s:
            rows = s.execute(
                select(GroupSession, Group.name)
                .join(Group, Group.id == GroupSession.group_id)
                .where(GroupSession.status == "running")
                .order_by(GroupSession.started_at)
            ).all()
            return [_info(row, name) for row, name in rows]

    def resume(
        self,
        session_id: int,
        *,
        monotonic: Monotonic = time.monotonic,
        rng: random.Random | None = None,
    ) -> LiveSession:
        """Rebuild a running session from its event log. A speaker talking at the crash has
        their turn ended at the last moment the session was known alive; the session waits,
        paused, for the facilitator."""
        with self._ctx.sessions() as s:
            row = s.get(GroupSession, session_id)
            if row is None:
                raise NotFound("That session no longer exists.")
            if row.status != "running":
                raise FacilitatorError("That session has already ended.")
            plan = _plan_from_json(row.plan_json)
            seats = {int(k): int(v) for k, v in json.loads(row.seats_json).items()}
            events = [
                event_from_dict(json.loads(payload))
                for payload in s.scalars(
                    select(SessionEvent.payload)
                    .where(SessionEvent.session_id == session_id)
                    .order_by(SessionEvent.seq)
                )
            ]
            marks = {
                a.member_id: Mark(a.status, a.arrived_at, a.left_at)  # type: ignore[arg-type]
                for a in s.scalars(select(Attendance).where(Attendance.session_id == session_id))
            }
            group_id, guests, alive_at = row.group_id, row.guests, row.alive_at
            soft_limit = float(row.soft_limit_min)
        last_event_at = events[-1].at if events else 0.0
        crash_at = max(alive_at, last_event_at)
        runner = SessionRunner.replay(
            plan,
            seats,
            events,
            SessionClock(monotonic, offset=crash_at),
            rng=rng,
            soft_limit_minutes=soft_limit,
        )
        stored_events, stored_turns = count_rows(self._ctx, session_id)
        live = LiveSession(
            self._ctx, session_id, group_id, runner, marks, guests, stored_events, stored_turns
        )
        live.resume_after_crash(crash_at)
        return live

    def summary(self, session_id: int) -> SessionSummary:
        return build_summary(self._ctx, self._members, session_id)

    def discard(self, session_id: int) -> None:
        """Delete a session started by mistake (and everything recorded in it)."""
        with self._ctx.sessions.begin() as s:
            row = s.get(GroupSession, session_id)
            if row is None:
                raise NotFound("That session no longer exists.")
            s.delete(row)

    def contents(self, session_id: int) -> SessionContents:
        """Counts of what a session holds, for the question before deleting it."""
        with self._ctx.sessions() as s:
            return _contents(s, session_id)

    def delete(self, session_id: int, *, delete_notes: bool = False) -> SessionContents:
        """Delete a finished session (a test, a mistake) with everything recorded in it:
        attendance, turns, timeline, planned vs actual, corrections. Its notes are kept,
        no longer linked to a session (nor to one of its segments), unless `delete_notes`.
        One transaction: all of it goes, or nothing. Returns what went."""
        with self._ctx.sessions.begin() as s:
            gone = _contents(s, session_id)
            if gone.status == "running":
                raise FacilitatorError(
                    "That session is still running: end it (or discard it) on the Session "
                    "page first."
                )
            notes = Note.session_id == session_id
            if delete_notes:
                s.execute(delete(Note).where(notes))  # their member links cascade
            else:
                s.execute(update(Note).where(notes).values(session_id=None, segment_index=None))
            # Explicit, not left to ON DELETE CASCADE: what goes is listed right here.
            for table in (Correction, Turn, Attendance, SessionEvent, SessionSegment):
                s.execute(delete(table).where(table.session_id == session_id))
            s.execute(delete(GroupSession).where(GroupSession.id == session_id))
        return replace(gone, notes_deleted=delete_notes)


def _contents(s: Session, session_id: int) -> SessionContents:
    row = s.get(GroupSession, session_id)
    if row is None:
        raise NotFound("That session no longer exists.")

    def count(table: type[Attendance | Turn | SessionEvent | SessionSegment | Correction]) -> int:
        return int(
            s.scalar(select(func.count()).select_from(table).where(table.session_id == session_id))
            or 0
        )

    notes = s.execute(
        select(func.count(), func.count().filter(Note.follow_up, Note.done_at.is_(None))).where(
            Note.session_id == session_id
        )
    ).one()
    return SessionContents(
        id=row.id,
        group_id=row.group_id,
        status=row.status,
        started_at=row.started_at,
        attendance=count(Attendance),
        turns=count(Turn),
        events=count(SessionEvent),
        segments=count(SessionSegment),
        corrections=count(Correction),
        notes=int(notes[0]),
        open_follow_ups=int(notes[1]),
    )


def _info(row: GroupSession, group_name: str) -> SessionInfo:
    return SessionInfo(row.id, row.group_id, group_name, row.status, row.started_at, row.ended_at)
