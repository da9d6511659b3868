"""A running session: the domain runner plus write-through persistence.

Every operation's events are written in one small transaction before the call returns, so
a crash, a flat battery or a kill loses nothing that was shown. If a write fails (full
disk), the events stay queued in memory, the user is told, and the next action retries.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.domain.attendance import (
    UNMARKED_AT_END,
    AttendanceStatus,
    Mark,
    next_mark,
)
from facilitator_desktop.domain.session_state import Event, SessionRunner, SessionSnapshot
from facilitator_desktop.errors import FacilitatorError, StorageError
from facilitator_desktop.models import Attendance, GroupSession, SessionEvent, SessionSegment, Turn
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.wall_clock import clock_anchors, stored_anchors, wall_clock_at


class SaveFailed(FacilitatorError):
    default_message = (
        "The last action could not be saved (is the disk full?). It is kept in memory and "
        "will be saved with the next one; please do not close the app yet."
    )


class LiveSession:
    def __init__(
        self,
        ctx: ServiceContext,
        session_id: int,
        group_id: int,
        runner: SessionRunner,
        marks: dict[int, Mark],
        guests: int,
        persisted_events: int,
        persisted_turns: int,
    ) -> None:
        self._ctx = ctx
        self.session_id = session_id
        self.group_id = group_id
        self.runner = runner
        self._marks = marks
        self._guests = guests
        self._pending: list[Event] = []
        self._seq = persisted_events
        self._turns_saved = persisted_turns
        self._seats: dict[int, int] = {}
        self._started_wall = self._load_started_wall()
        self._anchors = clock_anchors(self._started_wall, runner.events)

    # --- reading -------------------------------------------------------------------------

    def snapshot(self) -> SessionSnapshot:
        return self.runner.snapshot()

    @property
    def marks(self) -> dict[int, Mark]:
        return dict(self._marks)

    @property
    def guests(self) -> int:
        return self._guests

    @property
    def seats(self) -> dict[int, int]:
        """member id → seat number, as the session started."""
        return dict(self._seats)

    @property
    def finished(self) -> bool:
        return self.runner.phase == "finished"

    @property
    def unsaved(self) -> int:
        return len(self._pending)

    def wall_time(self, session_seconds: float) -> str:
        """Local clock time of a session moment, e.g. an arrival, for display. After a
        resume the session timeline skips the downtime, so later moments are counted from
        the wall time of the resume."""
        moment = wall_clock_at(self._anchors, session_seconds)
        return moment.replace(tzinfo=UTC).astimezone().strftime("%H:%M")

    # --- the runner's operations, each persisted before returning ------------------------

    def resume_after_crash(self, crash_at: float) -> list[Event]:
        # The resume's wall time is stored with it: a later resume must still map the
        # session times between the two to the clock.
        now = self._ctx.now()
        events = self._do(lambda: self.runner.resume_after_crash(crash_at, now.isoformat()))
        self._anchors.append((self.snapshot().at, now))
        return events

    def toggle(self) -> list[Event]:
        return self._do(self.runner.toggle)

    def next_segment(self) -> list[Event]:
        return self._do(self.runner.next_segment)

    def previous_segment(self) -> list[Event]:
        return self._do(self.runner.previous_segment)

    def extend(self, minutes: float) -> list[Event]:
        return self._do(lambda: self.runner.extend(minutes))

    def add_segment(self, plan: SegmentPlan, index: int | None = None) -> list[Event]:
        return self._do(lambda: self.runner.add_segment(plan, index))

    def remove_segment(self, index: int) -> list[Event]:
        return self._do(lambda: self.runner.remove_segment(index))

    def move_segment(self, from_index: int, to_index: int) -> list[Event]:
        return self._do(lambda: self.runner.move_segment(from_index, to_index))

    def set_segment_minutes(self, index: int, minutes: float) -> list[Event]:
        return self._do(lambda: self.runner.set_segment_minutes(index, minutes))

    def start_round(self, first_member_id: int | None = None) -> list[Event]:
        return self._do(lambda: self.runner.start_round(first_member_id))

    def next_speaker(self) -> list[Event]:
        return self._do(self.runner.next_speaker)

    def pass_turn(self) -> list[Event]:
        return self._do(self.runner.pass_turn)

    def come_back_later(self) -> list[Event]:
        return self._do(self.runner.come_back_later)

    def end_turn(self) -> list[Event]:
        return self._do(self.runner.end_turn)

    def previous_speaker(self) -> list[Event]:
        return self._do(self.runner.previous_speaker)

    def raise_hand(self, member_id: int) -> list[Event]:
        return self._do(lambda: self.runner.raise_hand(member_id))

    def remove(self, member_id: int) -> list[Event]:
        return self._do(lambda: self.runner.remove(member_id))

    def move(self, member_id: int, new_index: int) -> list[Event]:
        return self._do(lambda: self.runner.move(member_id, new_index))

    def set_fewer_turns_first(self, enabled: bool) -> list[Event]:
        return self._do(lambda: self.runner.set_fewer_turns_first(enabled))

    # --- attendance ------------------------------------------------------------------------

    def mark(self, member_id: int, status: AttendanceStatus) -> Mark:
        """Set a member's attendance; the talking order follows who is in the room."""
        if member_id not in self._seats:
            raise FacilitatorError("That member is not part of this session.")
        at = self.snapshot().at
        previous = self._marks.get(member_id)
        mark = next_mark(previous, status, at)
        was_in = previous is not None and previous.in_room
        if mark.in_room and not was_in:
            events = self.runner.member_arrived(member_id)
        elif was_in and not mark.in_room:
            events = self.runner.member_left(member_id)
        else:
            events = []
        self._marks[member_id] = mark
        self._save(events, attendance=[(member_id, mark)])
        return mark

    def mark_all_unmarked_present(self) -> None:
        for member_id in sorted(self._seats, key=self._seats.__getitem__):
            if member_id not in self._marks:
                self.mark(member_id, "present")

    def set_guests(self, guests: int) -> None:
        self._guests = max(0, guests)
        self._write(
            lambda s: s.execute(
                update(GroupSession)
                .where(GroupSession.id == self.session_id)
                .values(guests=self._guests)
            )
        )

    # --- life of the session ----------------------------------------------------------------

    def heartbeat(self) -> float:
        """Record that the session is alive now (called every few seconds by the UI), so a
        crash ends the current turn close to when it really stopped. Returns that time."""
        at = self.snapshot().at
        self._save([], alive_at=at)
        return at

    def end(self) -> None:
        """Finish: end the session in the runner, store planned vs actual and attendance
        (members never marked count as absent without notice), and make it history."""
        if not self.finished:
            self._do(self.runner.end_session)
        elif self._pending:
            self._save([])  # a retried end: what failed to save the first time goes first
        snap = self.snapshot()
        segments = [
            {
                "session_id": self.session_id,
                "position": i,
                "name": view.name,
                "kind": view.kind,
                "planned_seconds": view.planned_seconds,
                "actual_seconds": view.elapsed_seconds,
            }
            for i, view in enumerate(snap.agenda.segments)
        ]
        for member_id in self._seats:
            if member_id not in self._marks:
                self._marks[member_id] = Mark(UNMARKED_AT_END)
        marks = list(self._marks.items())

        def finish(s: Session) -> None:
            if segments:
                s.execute(insert(SessionSegment), segments)
            self._upsert_marks(s, marks)
            s.execute(
                update(GroupSession)
                .where(GroupSession.id == self.session_id)
                .values(
                    status="finished",
                    ended_at=self._ctx.now(),
                    elapsed_seconds=snap.agenda.session_elapsed,
                    planned_seconds=sum(v.planned_seconds for v in snap.agenda.segments),
                )
            )

        self._write(finish)

    # --- persistence ---------------------------------------------------------------------------

    def _do(self, operation: Callable[[], list[Event]]) -> list[Event]:
        events = operation()
        self._save(events)
        return events

    def _save(
        self,
        events: list[Event],
        *,
        attendance: list[tuple[int, Mark]] | None = None,
        alive_at: float | None = None,
    ) -> None:
        self._pending.extend(events)
        pending = list(self._pending)
        new_turns = self.runner.turns[self._turns_saved :]
        last_at = alive_at if alive_at is not None else (pending[-1].at if pending else None)

        def write(s: Session) -> None:
            if pending:
                s.execute(
                    insert(SessionEvent),
                    [
                        {
                            "session_id": self.session_id,
                            "seq": self._seq + i,
                            "at": e.at,
                            "kind": e.kind,
                            "payload": json.dumps(e.to_dict()),
                        }
                        for i, e in enumerate(pending)
                    ],
                )
            if new_turns:
                s.execute(
                    insert(Turn),
                    [
                        {
                            "session_id": self.session_id,
                            "member_id": t.member_id,
                            "segment_index": t.segment_index,
                            "started_at": t.started_at,
                            "duration": t.duration,
                            "passed": t.passed,
                        }
                        for t in new_turns
                    ],
                )
            if attendance:
                self._upsert_marks(s, attendance)
            if last_at is not None:
                s.execute(
                    update(GroupSession)
                    .where(GroupSession.id == self.session_id, GroupSession.alive_at < last_at)
                    .values(alive_at=last_at)
                )

        self._write(write)
        self._seq += len(pending)
        self._turns_saved += len(new_turns)
        self._pending.clear()

    def _write(self, body: Callable[[Session], object]) -> None:
        try:
            with self._ctx.sessions.begin() as s:
                body(s)
        except StorageError as exc:
            raise SaveFailed(f"{exc.message} The session goes on; it is kept in memory.") from exc
        except (SQLAlchemyError, OSError) as exc:
            raise SaveFailed() from exc

    def _upsert_marks(self, s: Session, marks: list[tuple[int, Mark]]) -> None:
        for member_id, mark in marks:
            s.merge(
                Attendance(
                    session_id=self.session_id,
                    member_id=member_id,
                    status=mark.status,
                    arrived_at=mark.arrived_at,
                    left_at=mark.left_at,
                )
            )

    def _load_started_wall(self) -> datetime:
        with self._ctx.sessions() as s:
            row = s.get(GroupSession, self.session_id)
            assert row is not None
            self._seats = {int(k): int(v) for k, v in json.loads(row.seats_json).items()}
            return row.started_at


def count_rows(ctx: ServiceContext, session_id: int) -> tuple[int, int]:
    """(events, turns) already stored for a session."""
    with ctx.sessions() as s:
        events = s.scalar(select(func.count()).where(SessionEvent.session_id == session_id))
        turns = s.scalar(select(func.count()).where(Turn.session_id == session_id))
    return int(events or 0), int(turns or 0)


def last_alive(ctx: ServiceContext, session_id: int) -> datetime | None:
    """When a running session was last known alive, as stored (naive UTC): the clock time
    of its latest heartbeat or event (counted from its start or latest resume). For
    "interrupted at 19:42"."""
    with ctx.sessions() as s:
        row = s.get(GroupSession, session_id)
        if row is None:
            return None
        latest_event = s.scalar(
            select(func.max(SessionEvent.at)).where(SessionEvent.session_id == session_id)
        )
        seconds = max(row.alive_at or 0.0, float(latest_event or 0.0))
        return wall_clock_at(stored_anchors(s, session_id, row.started_at), seconds)
