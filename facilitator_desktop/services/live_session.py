"""A running session: the domain runner plus write-through persistence.

Every change made in the room (session events, attendance marks with their times, the guest
count, the end) is written in one small transaction before the call returns, so a crash, a
flat battery or a kill loses nothing that was shown. If a write fails (a full disk, a
read-only folder, the key being changed), every change stays queued in memory
(room_writes.UnsavedChanges), :class:`SaveFailed` says why, and the next action, the next
heartbeat or the end stores all of it: once the disk takes it, what is stored is what the
screen shows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from facilitator_desktop.domain.agenda import SegmentPlan
from facilitator_desktop.domain.attendance import (
    UNMARKED_AT_END,
    AttendanceStatus,
    Mark,
    next_mark,
)
from facilitator_desktop.domain.events import Event
from facilitator_desktop.domain.session_events import LaptopSlept, SessionRecovered
from facilitator_desktop.domain.session_state import PendingSleep, SessionRunner, SessionSnapshot
from facilitator_desktop.domain.sleep import Sleep
from facilitator_desktop.errors import (
    N_,
    FacilitatorError,
    KeyChanging,
    Phrase,
    StorageError,
    StorageFull,
    WorkspaceReadOnly,
)
from facilitator_desktop.models import GroupSession, SessionEvent, Turn
from facilitator_desktop.services.checkin_scores import CheckinScale, HeldScore, hold
from facilitator_desktop.services.context import ServiceContext
from facilitator_desktop.services.room_writes import (
    EndRecord,
    SegmentRecord,
    UnsavedChanges,
    store,
)
from facilitator_desktop.services.wall_clock import clock_anchors, stored_anchors, wall_clock_at

#: Why changes are waiting: the disk is full, the folder read-only, the key being changed,
#: or the disk failed otherwise.
SaveProblem = Literal["full", "read_only", "key_changing", "disk"]


class SaveFailed(FacilitatorError):
    default_message = (
        "The last action could not be saved (is the disk full?). It is kept in memory and "
        "will be saved with the next one; please do not close the app yet."
    )

    def __init__(
        self, message: str | None = None, /, *, problem: SaveProblem = "disk", **params: object
    ) -> None:
        super().__init__(message, **params)
        self.problem: SaveProblem = problem


def save_problem(error: StorageError) -> SaveProblem:
    if isinstance(error, StorageFull):
        return "full"
    if isinstance(error, WorkspaceReadOnly):
        return "read_only"
    if isinstance(error, KeyChanging):
        return "key_changing"
    return "disk"


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
        # The runner's log and turns are the record: those past what is stored wait, with
        # the rest that waits (marks, guests, the end) in _unsaved.
        self._unsaved = UnsavedChanges()
        self._end_stored = False
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
        """How many changes made in the room wait for the disk (0: all stored)."""
        return len(self.runner.events_since(self._seq)) + self._unsaved.count()

    @property
    def ended_and_stored(self) -> bool:
        """The end is stored: the session is history now."""
        return self._end_stored

    @property
    def pending_sleep(self) -> PendingSleep | None:
        return self.runner.pending_sleep

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
        events = self.runner.resume_after_crash(crash_at, now.isoformat())
        self._anchor(events, now)
        self._flush()
        return events

    # --- a laptop that slept -----------------------------------------------------------------

    def note_sleep(self, sleep: Sleep) -> PendingSleep:
        """The laptop slept: the session's clock reads as if it had not until the
        facilitator decides (see SessionRunner.note_sleep). Stores nothing."""
        return self.runner.note_sleep(sleep)

    def decide_sleep(self, counted: bool) -> list[Event]:
        """The facilitator's answer about the pending sleep, stored with the wall-clock
        time it was given at (later session times map to the clock from there)."""
        now = self._ctx.now()
        events = self.runner.decide_sleep(counted, now.isoformat())
        self._anchor(events, now)
        self._flush()
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

    def edit_segment(
        self, index: int, *, name: str | None = None, minutes: float | None = None
    ) -> list[Event]:
        """Rename a segment and/or change its minutes: one change, stored as one (what
        is unchanged is left out)."""
        plan = self.runner.plans[index] if 0 <= index < len(self.runner.plans) else None

        def edit() -> list[Event]:
            events: list[Event] = []
            if name is not None and (plan is None or name != plan.name):
                events += self.runner.rename_segment(index, name)
            if minutes is not None and (plan is None or minutes != plan.minutes):
                events += self.runner.set_segment_minutes(index, minutes)
            return events

        return self._do(edit)

    def start_round(self, first_member_id: int | None = None) -> list[Event]:
        return self._do(lambda: self.runner.start_round(first_member_id))

    def start_round_with(self, member_id: int) -> list[Event]:
        """One input starts the round with a chosen member, who speaks at once."""
        return self._do(lambda: [*self.runner.start_round(member_id), *self.runner.next_speaker()])

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
        mark = self._mark_in_memory(member_id, status)
        self._flush()
        return mark

    def mark_all_unmarked_present(self) -> None:
        """Everyone not marked yet is here: one change, stored (or kept) as one."""
        for member_id in sorted(self._seats, key=self._seats.__getitem__):
            if member_id not in self._marks:
                self._mark_in_memory(member_id, "present")
        self._flush()

    def set_guests(self, guests: int) -> None:
        self._guests = max(0, guests)
        self._unsaved.guests = self._guests
        self._flush()

    def _mark_in_memory(self, member_id: int, status: AttendanceStatus) -> Mark:
        """Apply a mark (and what it does to the talking order) and keep it to store."""
        if member_id not in self._seats:
            raise FacilitatorError("That member is not part of this session.")
        at = self.snapshot().at
        previous = self._marks.get(member_id)
        mark = next_mark(previous, status, at)
        was_in = previous is not None and previous.in_room
        if mark.in_room and not was_in:
            self.runner.member_arrived(member_id)
        elif was_in and not mark.in_room:
            self.runner.member_left(member_id)
        self._marks[member_id] = mark
        self._unsaved.marks[member_id] = mark
        return mark

    # --- check-in scores --------------------------------------------------------------------

    def record_checkin(self, member_id: int, score: int, scale: CheckinScale) -> None:
        """A member's check-in score on the group's `scale`, held sealed until the disk
        takes it (services/checkin_scores.py); entering another replaces it."""
        if member_id not in self._seats:
            raise FacilitatorError("That member is not part of this session.")
        self._unsaved.checkins[member_id] = hold(self._ctx.keyring, scale, score, self._ctx.now())
        self._flush()

    @property
    def waiting_checkins(self) -> dict[int, HeldScore]:
        """Check-in scores the disk does not have yet, by member (sealed)."""
        return dict(self._unsaved.checkins)

    # --- life of the session ----------------------------------------------------------------

    def heartbeat(self) -> float:
        """Record that the session is alive now (called every few seconds by the UI), so a
        crash ends the current turn close to when it really stopped, and store whatever
        waits. Returns that time. While a sleep waits for the facilitator's decision the
        sign of life stays where the sleep began: the session's times since then cannot be
        put on the wall clock until the decision is stored."""
        at = self.snapshot().at
        if self.runner.pending_sleep is None:
            self._unsaved.note_alive(at)
        self._flush()
        return at

    def end(self) -> None:
        """Finish: end the session in the runner, store planned vs actual, attendance
        (members never marked count as absent without notice) and the guest count, and
        make it history. If the disk refuses, all of it waits and goes with the next write
        (a heartbeat, or end() again)."""
        if self._end_stored:
            return
        if not self.finished:
            self.runner.end_session()
        if self._unsaved.end is None:
            snap = self.snapshot()
            for member_id in self._seats:
                if member_id not in self._marks:
                    self._marks[member_id] = self._unsaved.marks[member_id] = Mark(UNMARKED_AT_END)
            self._unsaved.guests = self._guests
            self._unsaved.end = EndRecord(
                segments=tuple(
                    SegmentRecord(view.name, view.kind, view.planned_seconds, view.elapsed_seconds)
                    for view in snap.agenda.segments
                ),
                ended_at=self._ctx.now(),
                elapsed_seconds=snap.agenda.session_elapsed,
                planned_seconds=sum(v.planned_seconds for v in snap.agenda.segments),
            )
        self._flush()

    # --- persistence ---------------------------------------------------------------------------

    def _do(self, operation: Callable[[], list[Event]]) -> list[Event]:
        # Events an operation recorded before it failed half-way wait with the rest.
        events = operation()
        self._flush()
        return events

    def _flush(self) -> None:
        """Store all that waits in one transaction. Raises SaveFailed, keeping it all."""
        changes = self._unsaved
        events = self.runner.events_since(self._seq)
        new_turns = self.runner.turns[self._turns_saved :]
        ending = changes.end is not None
        complete: list[bool] = []
        keyring = self._ctx.keyring

        def body(s: Session) -> None:
            complete.append(
                store(s, self.session_id, self._seq, events, new_turns, changes, keyring)
            )

        self._write(body)
        self._seq += len(events)
        self._turns_saved += len(new_turns)
        # Check-in scores (and the end after them) wait while the workspace is locked.
        stored_all = all(complete)
        changes.clear(keep_checkins=not stored_all)
        self._end_stored = self._end_stored or (ending and stored_all)

    def _write(self, body: Callable[[Session], object]) -> None:
        try:
            with self._ctx.sessions.begin() as s:
                body(s)
        except StorageError as exc:
            raise SaveFailed(
                N_("{why} The session goes on; it is kept in memory."),
                problem=save_problem(exc),
                why=Phrase(exc.template, exc.params),
            ) from exc
        except (SQLAlchemyError, OSError) as exc:
            raise SaveFailed() from exc

    def _anchor(self, events: list[Event], wall: datetime) -> None:
        """A resume or a sleep decision maps its session time to the wall clock."""
        for event in events:
            if isinstance(event, SessionRecovered | LaptopSlept):
                self._anchors.append((event.at, wall))

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
