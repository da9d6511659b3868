"""A running session as a log of events: the in-room runner and its crash-safe history.

Pure Python, no Qt, no I/O. :class:`SessionRunner` drives an
:class:`~facilitator_desktop.domain.agenda.AgendaTimer` and a
:class:`~facilitator_desktop.domain.talking_order.TalkingOrder` behind the operations the UI
needs (one per key or button), on the event log of
:class:`~facilitator_desktop.domain.session_log.SessionLog` (how events are applied,
replayed and timed). Every operation returns the list of events it produced (``[]`` when
there was nothing to do). Operations that are not possible raise
:class:`~facilitator_desktop.domain.agenda.AgendaError`,
:class:`~facilitator_desktop.domain.talk_state.TalkingOrderError` or
:class:`~facilitator_desktop.domain.events.SessionError` (all ``ValueError``) and record
nothing.

Resume after a crash
--------------------
1. ``runner = SessionRunner.replay(plan, members, stored_events, now=clock)`` where
   ``clock = SessionClock(offset=crash_at)``: the new timeline continues where the old one
   stopped (the downtime is not part of the session; pass a larger offset to count it).
2. ``runner.resume_after_crash(crash_at)`` where ``crash_at`` is the last moment the old
   run is known to have been alive (e.g. its last persisted heartbeat; at least the time of
   the last event). A speaker who was talking gets their turn ended at ``crash_at``; a
   running session is paused at ``crash_at``, so neither the turn nor the segment counts
   the downtime. The session then waits, **paused**, for the facilitator to press Space:
   after an interruption the room needs a moment before the clock runs again. A
   :class:`SessionRecovered` marker records when and from what time the session resumed,
   and the wall-clock time of the resume if the caller passes it (the session timeline
   skips the downtime, so this is what maps later session times back to the clock).

A laptop that slept
-------------------
The monotonic clock stops while a laptop sleeps on some systems and counts on in others
(see :mod:`~facilitator_desktop.domain.sleep`). :meth:`SessionRunner.note_sleep` first sets
the session's clock to what it would read had the sleep not happened, on every system, and
records nothing; the facilitator then decides with :meth:`SessionRunner.decide_sleep`,
recorded as a :class:`LaptopSlept` event: counted, the clock jumps forward by the sleep and
the turn running when it began ends there (the speaker is not credited with the sleep); not
counted, the clock goes on from where it stopped. The jump is a live adjustment of the
clock only: the recorded times after the event already hold it, so a replay needs none.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from facilitator_desktop.domain.agenda import (
    AgendaError,
    AgendaSnapshot,
    SegmentPlan,
    refused_while,
)
from facilitator_desktop.domain.events import Event, SessionError
from facilitator_desktop.domain.refusal import Reason
from facilitator_desktop.domain.session_events import (
    LaptopSlept,
    Paused,
    Resumed,
    SegmentAdded,
    SegmentChanged,
    SegmentExtended,
    SegmentMinutesChanged,
    SegmentMoved,
    SegmentRemoved,
    SegmentRenamed,
    SessionEnded,
    SessionEvent,
    SessionRecovered,
    SessionStarted,
)
from facilitator_desktop.domain.session_log import SessionLog
from facilitator_desktop.domain.sleep import Sleep
from facilitator_desktop.domain.talk_events import TalkEvent
from facilitator_desktop.domain.talk_reads import TalkSnapshot

__all__ = ["PendingSleep", "SessionRunner", "SessionSnapshot"]


def _number(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise AgendaError(f"{what} must be a finite number, got {value!r}")
    return float(value)


@dataclass(frozen=True, slots=True)
class PendingSleep:
    """A sleep noticed and not yet decided: it began at session time ``slept_at`` (on the
    clock as it reads now, without the sleep) and lasted ``seconds``."""

    slept_at: float
    seconds: float


@dataclass(frozen=True, slots=True)
class SessionSnapshot:
    """The whole session at one clock reading (what the main window and room display show)."""

    at: float
    agenda: AgendaSnapshot
    talk: TalkSnapshot


class SessionRunner(SessionLog):
    """The in-room session: the room's operations on a :class:`SessionLog`.

    ``SessionRunner(plan, members, now, rng=None, warn_seconds=120.0,
    soft_limit_minutes=None, on_event=None)``, and ``SessionRunner.replay(...)`` after a
    crash (see :class:`SessionLog`). Nobody is present until :meth:`set_present` /
    :meth:`member_arrived`.

    A "round" segment uses round mode, an "open" one the raise-hand queue; changing segment
    ends the current turn, and each segment keeps its own round/queue (going back to a
    segment continues its round). Talking-order operations need a running or paused session.
    Read the state with :meth:`snapshot` (one clock reading for everything).
    """

    #: The sleep noticed and waiting for the facilitator's decision.
    _sleep: PendingSleep | None = None

    def resume_after_crash(self, crash_at: float, wall: str = "") -> list[Event]:
        """Close what a crash left open (see the module docstring); the session stays paused.

        ``crash_at`` must lie between the last event and now; ``wall`` (the clock time of
        the resume, ISO 8601) is only recorded. Returns ``[]`` when the session was not
        started or had ended.
        """
        if self._agenda.phase not in ("running", "paused"):
            return []
        last = self._events[-1].at if self._events else -math.inf
        if not math.isfinite(crash_at) or crash_at < last:
            raise SessionError(f"crash time {crash_at!r} is before the last event ({last!r})")
        t = self._now()
        if crash_at > t:
            raise SessionError(f"crash time {crash_at!r} is after now ({t!r})")
        mark = len(self._events)
        with self._pin(crash_at):
            self._record(self._talk.end_turn())
            if self._agenda.phase == "running":
                self._commit(Paused(at=crash_at))
        with self._pin(t):
            self._commit(SessionRecovered(at=t, crash_at=crash_at, wall=wall))
        return self._events[mark:]

    # ------------------------------------------------------------------ a laptop that slept

    def note_sleep(self, sleep: Sleep) -> PendingSleep:
        """The laptop slept: from now on the clock reads as if it had not (whatever the
        source counted) until :meth:`decide_sleep`. Records nothing; a second sleep before
        the decision adds to the first. Returns what waits for the decision."""
        for name in ("seconds", "counted", "awake"):
            value = getattr(sleep, name)
            if not math.isfinite(value) or value < 0:
                raise SessionError(f"sleep {name} must be a finite number >= 0, got {value!r}")
        self._skew -= sleep.counted
        t = self._now()
        if self._sleep is not None:
            pending = PendingSleep(self._sleep.slept_at, self._sleep.seconds + sleep.seconds)
        else:
            floor = self._events[-1].at if self._events else 0.0
            pending = PendingSleep(max(t - sleep.awake, floor), sleep.seconds)
        self._sleep = pending
        return pending

    @property
    def pending_sleep(self) -> PendingSleep | None:
        """The sleep waiting for the facilitator's decision, if any."""
        return self._sleep

    def decide_sleep(self, counted: bool, wall: str = "") -> list[Event]:
        """Record the facilitator's decision about the pending sleep (see the module
        docstring). ``wall`` is only recorded. ``[]`` once the session has ended."""
        pending = self._sleep
        if pending is None:
            raise SessionError("no sleep is waiting for a decision")
        self._sleep = None
        if self._agenda.phase == "finished":
            return []
        mark = len(self._events)
        if counted:
            if self._agenda.phase == "running":
                # The turn ends when the sleep began (not before what is recorded already).
                cut = max(pending.slept_at, self._events[-1].at if self._events else 0.0)
                with self._pin(min(cut, self._now())):
                    self._record(self._talk.end_turn())
            self._skew += pending.seconds
        t = self._now()
        with self._pin(t):
            self._commit(
                LaptopSlept(
                    at=t,
                    slept_at=pending.slept_at,
                    seconds=pending.seconds,
                    counted=bool(counted),
                    wall=wall,
                )
            )
        return self._events[mark:]

    def snapshot(self) -> SessionSnapshot:
        """Agenda and talking order computed from a single clock reading."""
        t = self._now()
        return SessionSnapshot(
            at=t, agenda=self._agenda.snapshot_at(t), talk=self._talk.snapshot_at(t)
        )

    # ------------------------------------------------------------------ agenda operations

    def start(self) -> list[Event]:
        """Start the session (segment 0 runs)."""
        if self._agenda.phase != "not_started":
            raise refused_while("start", self._agenda.phase)
        return self._single(SessionStarted)

    def pause(self) -> list[Event]:
        if self._agenda.phase != "running":
            raise refused_while("pause", self._agenda.phase)
        return self._single(Paused)

    def resume(self) -> list[Event]:
        if self._agenda.phase != "paused":
            raise refused_while("resume", self._agenda.phase)
        return self._single(Resumed)

    def toggle(self) -> list[Event]:
        """Space: start, pause or resume; ``[]`` once the session has ended."""
        phase = self._agenda.phase
        if phase == "not_started":
            return self.start()
        if phase == "running":
            return self.pause()
        if phase == "paused":
            return self.resume()
        return []

    def next_segment(self) -> list[Event]:
        """Next segment; on the last segment this ends the session."""
        self._require_in_session("go to the next segment")
        if self._agenda.is_last:
            return self.end_session()
        return self.go_to_segment(self._agenda.index + 1)

    def previous_segment(self) -> list[Event]:
        self._require_in_session("go to the previous segment")
        if self._agenda.index == 0:
            raise AgendaError("already at the first segment", Reason.FIRST_SEGMENT)
        return self.go_to_segment(self._agenda.index - 1)

    def go_to_segment(self, index: int) -> list[Event]:
        """Jump to segment ``index``; the current turn ends first."""
        self._require_in_session("change segment")
        if isinstance(index, bool) or not isinstance(index, int):
            raise AgendaError(f"segment index must be an int, got {index!r}")
        if not 0 <= index < len(self._agenda):
            raise AgendaError(f"no segment {index} (agenda has {len(self._agenda)})")
        if index == self._agenda.index:
            raise AgendaError(f"segment {index} is already current", Reason.SEGMENT_CURRENT)

        def body(t: float) -> None:
            self._record(self._talk.end_turn())
            self._commit(SegmentChanged(at=t, index=index))

        return self._operate(body)

    def end_session(self) -> list[Event]:
        """End the session (final); the current turn ends first."""
        self._require_in_session("end the session")

        def body(t: float) -> None:
            self._record(self._talk.end_turn())
            self._commit(SessionEnded(at=t))

        return self._operate(body)

    def extend(self, minutes: float) -> list[Event]:
        """Extend the current segment by ``minutes`` (e.g. +1, +5)."""
        value = _number(minutes, "extension minutes")
        return self._operate(lambda t: self._commit(SegmentExtended(at=t, minutes=value)))

    def add_segment(self, plan: SegmentPlan, index: int | None = None) -> list[Event]:
        """Insert a segment (default at the end); see the agenda's editing rules."""
        if not isinstance(plan, SegmentPlan):
            raise AgendaError(f"not a SegmentPlan: {plan!r}")
        at_index = len(self._agenda) if index is None else index
        return self._operate(
            lambda t: self._commit(
                SegmentAdded(
                    at=t,
                    index=at_index,
                    name=plan.name,
                    minutes=float(plan.minutes),
                    segment_kind=plan.kind,
                )
            )
        )

    def remove_segment(self, index: int) -> list[Event]:
        return self._operate(lambda t: self._commit(SegmentRemoved(at=t, index=index)))

    def move_segment(self, from_index: int, to_index: int) -> list[Event]:
        return self._operate(
            lambda t: self._commit(SegmentMoved(at=t, from_index=from_index, to_index=to_index))
        )

    def set_segment_minutes(self, index: int, minutes: float) -> list[Event]:
        value = _number(minutes, "segment minutes")
        return self._operate(
            lambda t: self._commit(SegmentMinutesChanged(at=t, index=index, minutes=value))
        )

    def rename_segment(self, index: int, name: str) -> list[Event]:
        return self._operate(lambda t: self._commit(SegmentRenamed(at=t, index=index, name=name)))

    # ------------------------------------------------------------------ talking order

    def start_round(self, first_member_id: int | None = None) -> list[Event]:
        """Start the round of the current round segment at a member (None: random)."""
        return self._talk_command(lambda: self._talk.start_round(first_member_id))

    def next_speaker(self) -> list[Event]:
        """N: end the current turn and call the next waiting member."""
        return self._talk_command(self._talk.next_speaker)

    def pass_turn(self) -> list[Event]:
        """P: the member whose turn it is passes; the next one starts."""
        return self._talk_command(self._talk.pass_turn)

    def come_back_later(self) -> list[Event]:
        """The current speaker goes to the end of the round; the next one starts."""
        return self._talk_command(self._talk.come_back_later)

    def end_turn(self) -> list[Event]:
        """End the current turn without calling anyone."""
        return self._talk_command(self._talk.end_turn)

    def previous_speaker(self) -> list[Event]:
        """Back to the previous speaker: the current turn goes back to the member who
        spoke before, from when it began (see talking_order)."""
        return self._talk_command(self._talk.previous_speaker)

    def raise_hand(self, member_id: int) -> list[Event]:
        """Queue a member in an open segment (already queued: ``[]``)."""
        return self._talk_command(lambda: self._talk.raise_hand(member_id))

    def remove(self, member_id: int) -> list[Event]:
        """Take a member out of the waiting order (queue or round)."""
        return self._talk_command(lambda: self._talk.remove(member_id))

    def move(self, member_id: int, new_index: int) -> list[Event]:
        """Move a queued member to ``new_index`` (drag to reorder)."""
        return self._talk_command(lambda: self._talk.move(member_id, new_index))

    def set_fewer_turns_first(self, enabled: bool) -> list[Event]:
        """Queue policy: favour members with fewer turns, then less airtime."""
        return self._talk_command(
            lambda: self._talk.set_fewer_turns_first(enabled), needs_session=False
        )

    # ------------------------------------------------------------------ attendance

    def set_present(self, member_ids: Iterable[int]) -> list[Event]:
        """Exactly these members are present (leaves, then arrivals)."""
        ids = list(member_ids)
        return self._talk_command(lambda: self._talk.set_present(ids), needs_session=False)

    def member_arrived(self, member_id: int, seat: int | None = None) -> list[Event]:
        """A member arrives (late arrivals join a started round, see talking_order)."""
        return self._talk_command(lambda: self._talk.arrive(member_id, seat), needs_session=False)

    def member_left(self, member_id: int) -> list[Event]:
        """A member leaves: their turn ends, they leave every waiting order."""
        return self._talk_command(lambda: self._talk.leave(member_id), needs_session=False)

    # ------------------------------------------------------------------ internals

    def _single(self, event_type: Callable[..., SessionEvent]) -> list[Event]:
        return self._operate(lambda t: self._commit(event_type(at=t)))

    def _talk_command(
        self, command: Callable[[], tuple[TalkEvent, ...]], *, needs_session: bool = True
    ) -> list[Event]:
        if needs_session:
            self._require_in_session("change the talking order")
        return self._operate(lambda _t: self._record(command()))

    def _require_in_session(self, what: str) -> None:
        if self._agenda.phase not in ("running", "paused"):
            raise refused_while(what, self._agenda.phase)
