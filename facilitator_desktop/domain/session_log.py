"""A session's log of events: applied as they happen, replayed to the same state.

Pure Python, no Qt, no I/O. :class:`SessionLog` holds the agenda timer, the talking order
and the list of events, and is the one path from an event to state;
:class:`~facilitator_desktop.domain.session_state.SessionRunner` adds the room's operations
on top of it.

Never lose a session
--------------------
Events are facts with the session time ``at`` at which they happened, not key presses: a
random round start is stored as the resulting order, a fewer-turns-first queue insertion
as its index. Each event applies itself (:mod:`~facilitator_desktop.domain.talk_events`,
:mod:`~facilitator_desktop.domain.session_events`), live and in :meth:`SessionLog.replay`,
so replaying the recorded events (same agenda, same seat map) rebuilds the identical state.
Every event is handed to the optional ``on_event`` callback as soon as it has been
applied, so the caller can persist it before the next key press.

Time
----
An operation reads ``now`` once and pins the clock the agenda and the talking order read to
that reading, so all events of one operation share that ``at``. The log never uses a time
earlier than its last event (a clock that goes backwards is held at the last event), so the
log's ``at`` values never decrease. A replay pins the clock to each event's ``at``.
"""

from __future__ import annotations

import random
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import contextmanager
from typing import Self

from facilitator_desktop.domain.agenda import DEFAULT_WARN_SECONDS, AgendaError, Phase, SegmentPlan
from facilitator_desktop.domain.agenda_timer import AgendaTimer
from facilitator_desktop.domain.clock import Now
from facilitator_desktop.domain.events import Event, SessionError
from facilitator_desktop.domain.session_events import SessionEvent
from facilitator_desktop.domain.talk_events import TalkEvent
from facilitator_desktop.domain.talk_state import TalkingOrderError, Turn
from facilitator_desktop.domain.talking_order import TalkingOrder

__all__ = ["SessionLog"]


class SessionLog:
    """Agenda timer + talking order + the events that built them (see the module docstring).

    ``SessionLog(plan, members, now, rng=None, warn_seconds=120.0, soft_limit_minutes=None,
    on_event=None)``: ``plan`` the agenda (at least one :class:`SegmentPlan`), ``members``
    ``{member_id: seat}`` of everyone who may take part, ``now`` session seconds (e.g.
    ``SessionClock(time.monotonic)``), ``rng`` picks the random first member of a round,
    ``on_event`` is called with each event right after it has been applied.
    """

    def __init__(
        self,
        plan: Sequence[SegmentPlan],
        members: Mapping[int, int],
        now: Now,
        *,
        rng: random.Random | None = None,
        warn_seconds: float = DEFAULT_WARN_SECONDS,
        soft_limit_minutes: float | None = None,
        on_event: Callable[[Event], None] | None = None,
    ) -> None:
        self._source = now
        self._pinned: float | None = None
        #: Seconds added to ``now``: a sleep the source counted and the session does not
        #: (negative), or one the facilitator counted that it did not (positive). Live only.
        self._skew = 0.0
        self._events: list[Event] = []
        self._on_event = on_event
        self._agenda = AgendaTimer(plan, self._clock, warn_seconds=warn_seconds)
        self._talk = TalkingOrder(
            self._clock, members, rng=rng, soft_limit_minutes=soft_limit_minutes
        )

    @classmethod
    def replay(
        cls,
        plan: Sequence[SegmentPlan],
        members: Mapping[int, int],
        events: Iterable[Event],
        now: Now,
        *,
        rng: random.Random | None = None,
        warn_seconds: float = DEFAULT_WARN_SECONDS,
        soft_limit_minutes: float | None = None,
        on_event: Callable[[Event], None] | None = None,
    ) -> Self:
        """Rebuild a session from its recorded events (``plan``/``members`` as at creation).

        ``on_event`` is not called for the replayed events, only for later ones. Raises
        :class:`SessionError` if the log cannot be applied (times going backwards, an event
        that is impossible at its point).
        """
        runner = cls(
            plan,
            members,
            now,
            rng=rng,
            warn_seconds=warn_seconds,
            soft_limit_minutes=soft_limit_minutes,
            on_event=on_event,
        )
        for number, event in enumerate(events):
            if not isinstance(event, Event):
                raise SessionError(f"event #{number} is not an Event: {event!r}")
            if runner._events and event.at < runner._events[-1].at:
                raise SessionError(f"event #{number} ({event.kind}) goes back in time")
            try:
                with runner._pin(event.at):
                    runner._apply(event)
            except (AgendaError, TalkingOrderError) as exc:
                raise SessionError(
                    f"event #{number} ({event.kind}) cannot be replayed: {exc}"
                ) from exc
            runner._events.append(event)
        return runner

    # ------------------------------------------------------------------ reads

    @property
    def events(self) -> tuple[Event, ...]:
        """Every event so far, in order."""
        return tuple(self._events)

    def events_since(self, count: int) -> tuple[Event, ...]:
        """The events after the first `count` (those not stored yet, say)."""
        return tuple(self._events[count:])

    @property
    def phase(self) -> Phase:
        return self._agenda.phase

    @property
    def plans(self) -> tuple[SegmentPlan, ...]:
        """The agenda as it stands now (minutes as edited, extensions not included)."""
        return self._agenda.plans

    @property
    def turns(self) -> tuple[Turn, ...]:
        return self._talk.turns

    @property
    def soft_limit_minutes(self) -> float | None:
        """Speaker soft limit for the cue (display setting, not recorded as an event)."""
        return self._talk.soft_limit_minutes

    @soft_limit_minutes.setter
    def soft_limit_minutes(self, minutes: float | None) -> None:
        self._talk.soft_limit_minutes = minutes

    # ------------------------------------------------------------------ internals

    def _clock(self) -> float:
        if self._pinned is not None:
            return self._pinned
        return self._now()

    def _now(self) -> float:
        t = self._source() + self._skew
        if self._events and t < self._events[-1].at:
            return self._events[-1].at
        return t

    @contextmanager
    def _pin(self, t: float) -> typing.Iterator[None]:
        self._pinned = t
        try:
            yield
        finally:
            self._pinned = None

    def _operate(self, body: Callable[[float], None]) -> list[Event]:
        """Run one operation at one pinned clock reading; return the events it recorded."""
        t = self._now()
        mark = len(self._events)
        with self._pin(t):
            body(t)
        return self._events[mark:]

    def _record(self, events: Iterable[TalkEvent]) -> None:
        """Log events the talking order has already applied (stamped with the pinned time)."""
        for event in events:
            self._log(event)

    def _commit(self, event: SessionEvent) -> None:
        """Apply a session event, then log it."""
        self._apply(event)
        self._log(event)

    def _log(self, event: Event) -> None:
        self._events.append(event)
        if self._on_event is not None:
            self._on_event(event)

    def _apply(self, event: Event) -> None:
        """The one path from a recorded event to state: each event applies itself (live,
        the talking order's commands have applied theirs)."""
        if isinstance(event, TalkEvent):
            self._talk.apply(event)
        elif isinstance(event, SessionEvent):
            event.apply(self._agenda, self._talk)
        else:
            raise SessionError(f"not a session or talking-order event: {event!r}")
