"""A running session as a log of events: the in-room runner and its crash-safe history.

Pure Python, no Qt, no I/O. :class:`SessionRunner` composes an
:class:`~facilitator_desktop.domain.agenda.AgendaTimer` and a
:class:`~facilitator_desktop.domain.talking_order.TalkingOrder` behind the operations the UI
needs (one per key or button). Every operation returns the list of :class:`Event` it
produced (``[]`` when there was nothing to do) and hands each one to the optional
``on_event`` callback as soon as it has been applied, so the caller can persist it before
the next key press. Operations that are not possible raise
:class:`~facilitator_desktop.domain.agenda.AgendaError`,
:class:`~facilitator_desktop.domain.talking_order.TalkingOrderError` or
:class:`SessionError` (all ``ValueError``) and record nothing.

Never lose a session
--------------------
Events are facts with the session time ``at`` at which they happened, not key presses: a
random round start is stored as the resulting order, a fewer-turns-first queue insertion
as its index. All state changes go through one ``apply`` path, used both live and by
:meth:`SessionRunner.replay`, so replaying the recorded events (same agenda, same seat
map) rebuilds the identical state. Events serialise to plain JSON-able dicts
(:meth:`Event.to_dict`, :func:`event_from_dict`); floats survive a JSON round trip exactly.

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

Time
----
The runner reads ``now`` once per operation; all events of one operation share that
``at``. The runner never uses a time earlier than its last event (a clock that goes
backwards is held at the last event), so the log's ``at`` values never decrease.
"""

from __future__ import annotations

import dataclasses
import math
import random
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ClassVar, Final, Literal

from facilitator_desktop.domain.agenda import (
    DEFAULT_WARN_SECONDS,
    AgendaError,
    AgendaSnapshot,
    AgendaTimer,
    Phase,
    SegmentKind,
    SegmentPlan,
)
from facilitator_desktop.domain.clock import Now
from facilitator_desktop.domain.sleep import Sleep
from facilitator_desktop.domain.talking_order import (
    Arrive,
    DeferTurn,
    EndTurn,
    JoinRound,
    Leave,
    RaiseHand,
    RemoveFromOrder,
    ReorderQueue,
    ReturnTurn,
    SetFewerTurnsFirst,
    StartRound,
    StartTurn,
    TalkingOrder,
    TalkingOrderError,
    TalkSnapshot,
    TalkStep,
    Turn,
)

__all__ = [
    "EVENT_TYPES",
    "Event",
    "JsonValue",
    "HandRaised",
    "LaptopSlept",
    "MemberArrived",
    "MemberLeft",
    "Paused",
    "PendingSleep",
    "QueuePolicyChanged",
    "QueueReordered",
    "RemovedFromOrder",
    "Resumed",
    "RoundJoined",
    "RoundStarted",
    "SegmentAdded",
    "SegmentChanged",
    "SegmentExtended",
    "SegmentMinutesChanged",
    "SegmentMoved",
    "SegmentRemoved",
    "SegmentRenamed",
    "SessionEnded",
    "SessionError",
    "SessionRecovered",
    "SessionRunner",
    "SessionSnapshot",
    "SessionStarted",
    "TurnDeferred",
    "TurnEnded",
    "TurnReturned",
    "TurnStarted",
    "event_from_dict",
]


class SessionError(ValueError):
    """A session-level problem: an unreadable event, a log that cannot be replayed."""


#: A value of :meth:`Event.to_dict` (what ``json.dumps`` accepts).
JsonValue = None | bool | int | float | str | list["JsonValue"]

# ---------------------------------------------------------------------------- events


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """Base of all events: ``at`` is the session time in seconds, ``kind`` a stable name."""

    kind: ClassVar[str] = ""
    at: float

    def __post_init__(self) -> None:
        if isinstance(self.at, bool) or not isinstance(self.at, int | float):
            raise SessionError(f"event time must be a number, got {self.at!r}")
        if not math.isfinite(self.at):
            raise SessionError(f"event time must be finite, got {self.at!r}")

    def to_dict(self) -> dict[str, JsonValue]:
        """``{"kind": ..., "at": ..., <fields>}`` with tuples as lists (JSON-able)."""
        out: dict[str, JsonValue] = {"kind": self.kind}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        return out


# --- session and agenda


@dataclass(frozen=True, slots=True, kw_only=True)
class SessionStarted(Event):
    """The session starts at segment 0 and runs."""

    kind: ClassVar[str] = "session_started"


@dataclass(frozen=True, slots=True, kw_only=True)
class Paused(Event):
    """Space while running: the segment, session and speaker clocks stop."""

    kind: ClassVar[str] = "paused"


@dataclass(frozen=True, slots=True, kw_only=True)
class Resumed(Event):
    """Space while paused."""

    kind: ClassVar[str] = "resumed"


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentChanged(Event):
    """Segment ``index`` becomes current (next, previous or a jump)."""

    kind: ClassVar[str] = "segment_changed"
    index: int


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentExtended(Event):
    """The current segment's plan grows by ``minutes`` (negative: a correction)."""

    kind: ClassVar[str] = "segment_extended"
    minutes: float


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentAdded(Event):
    """A segment is inserted at ``index``."""

    kind: ClassVar[str] = "segment_added"
    index: int
    name: str
    minutes: float
    segment_kind: SegmentKind


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentRemoved(Event):
    kind: ClassVar[str] = "segment_removed"
    index: int


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentMoved(Event):
    """The segment at ``from_index`` ends up at ``to_index``."""

    kind: ClassVar[str] = "segment_moved"
    from_index: int
    to_index: int


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentMinutesChanged(Event):
    kind: ClassVar[str] = "segment_minutes_changed"
    index: int
    minutes: float


@dataclass(frozen=True, slots=True, kw_only=True)
class SegmentRenamed(Event):
    kind: ClassVar[str] = "segment_renamed"
    index: int
    name: str


@dataclass(frozen=True, slots=True, kw_only=True)
class SessionEnded(Event):
    """The session is finished (final)."""

    kind: ClassVar[str] = "session_ended"


@dataclass(frozen=True, slots=True, kw_only=True)
class SessionRecovered(Event):
    """The session was resumed after a crash; the old run was last alive at ``crash_at``.
    ``wall`` is the wall-clock time of the resume as given by the caller (ISO 8601), or ""
    (events stored before it was recorded lack it)."""

    kind: ClassVar[str] = "session_recovered"
    crash_at: float
    wall: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class LaptopSlept(Event):
    """The laptop slept from ``slept_at`` for ``seconds``; at ``at`` the facilitator decided.
    ``counted``: the sleep counts as session time (the clock jumped forward by it and the
    turn running at ``slept_at`` ended there); otherwise the clock went on from where it
    stopped. ``wall`` is the wall-clock time of ``at`` (ISO 8601): it maps later session
    times back to the clock, which a sleep left out of the session has moved on from."""

    kind: ClassVar[str] = "laptop_slept"
    slept_at: float
    seconds: float
    counted: bool
    wall: str = ""


# --- talking order (one per talking_order step)


@dataclass(frozen=True, slots=True, kw_only=True)
class RoundStarted(Event):
    kind: ClassVar[str] = "round_started"
    order: tuple[int, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnStarted(Event):
    kind: ClassVar[str] = "turn_started"
    member_id: int


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnEnded(Event):
    """The current speaker's turn ends; ``passed`` marks a pass."""

    kind: ClassVar[str] = "turn_ended"
    member_id: int
    passed: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnDeferred(Event):
    """Come back later: the turn is discarded and the member goes to the round's end."""

    kind: ClassVar[str] = "turn_deferred"
    member_id: int


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnReturned(Event):
    """Back to the previous speaker: the turn of ``member_id`` goes back to
    ``to_member_id`` from when it began; ``member_id`` waits again and leaves no turn."""

    kind: ClassVar[str] = "turn_returned"
    member_id: int
    to_member_id: int


@dataclass(frozen=True, slots=True, kw_only=True)
class RoundJoined(Event):
    """A late member joins the round at ``position`` (``None``: at the end)."""

    kind: ClassVar[str] = "round_joined"
    member_id: int
    position: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class HandRaised(Event):
    kind: ClassVar[str] = "hand_raised"
    member_id: int
    index: int


@dataclass(frozen=True, slots=True, kw_only=True)
class RemovedFromOrder(Event):
    kind: ClassVar[str] = "removed_from_order"
    member_id: int


@dataclass(frozen=True, slots=True, kw_only=True)
class QueueReordered(Event):
    kind: ClassVar[str] = "queue_reordered"
    order: tuple[int, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class QueuePolicyChanged(Event):
    kind: ClassVar[str] = "queue_policy_changed"
    fewer_turns_first: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class MemberArrived(Event):
    kind: ClassVar[str] = "member_arrived"
    member_id: int
    seat: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class MemberLeft(Event):
    kind: ClassVar[str] = "member_left"
    member_id: int


#: Every event class by its ``kind``.
EVENT_TYPES: Final[Mapping[str, type[Event]]] = types.MappingProxyType(
    {
        cls.kind: cls
        for cls in (
            SessionStarted,
            Paused,
            Resumed,
            SegmentChanged,
            SegmentExtended,
            SegmentAdded,
            SegmentRemoved,
            SegmentMoved,
            SegmentMinutesChanged,
            SegmentRenamed,
            SessionEnded,
            SessionRecovered,
            LaptopSlept,
            RoundStarted,
            TurnStarted,
            TurnEnded,
            TurnDeferred,
            TurnReturned,
            RoundJoined,
            HandRaised,
            RemovedFromOrder,
            QueueReordered,
            QueuePolicyChanged,
            MemberArrived,
            MemberLeft,
        )
    }
)


def _coerce(value: object, hint: object, where: str) -> object:
    """Check/convert one JSON value against a field type of an event."""
    origin = typing.get_origin(hint)
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SessionError(f"{where}: expected a number, got {value!r}")
        if not math.isfinite(value):
            raise SessionError(f"{where}: expected a finite number, got {value!r}")
        return float(value)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SessionError(f"{where}: expected an integer, got {value!r}")
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise SessionError(f"{where}: expected true/false, got {value!r}")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise SessionError(f"{where}: expected text, got {value!r}")
        return value
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise SessionError(f"{where}: expected a list, got {value!r}")
        (item, _ellipsis) = typing.get_args(hint)
        return tuple(_coerce(v, item, f"{where}[{i}]") for i, v in enumerate(value))
    if origin is Literal:
        if value not in typing.get_args(hint):
            raise SessionError(f"{where}: expected one of {typing.get_args(hint)}, got {value!r}")
        return value
    if origin in (types.UnionType, typing.Union):
        args = typing.get_args(hint)
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _coerce(value, inner, where)
    raise SessionError(f"{where}: unsupported field type {hint!r}")  # pragma: no cover


def event_from_dict(data: Mapping[str, object]) -> Event:
    """Rebuild an event from :meth:`Event.to_dict` output (e.g. after ``json.loads``).

    Raises :class:`SessionError` for an unknown ``kind``, missing (required) or unexpected
    keys, or a value of the wrong type.
    """
    kind = data.get("kind")
    if not isinstance(kind, str) or kind not in EVENT_TYPES:
        raise SessionError(f"unknown event kind {kind!r}")
    cls = EVENT_TYPES[kind]
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)
    names = [f.name for f in fields]
    # A field with a default was added later: events stored before it may lack it.
    missing = [f.name for f in fields if f.name not in data and f.default is dataclasses.MISSING]
    extra = sorted(set(data) - {"kind", *names})
    if missing or extra:
        raise SessionError(f"{kind} event: missing {missing}, unexpected {extra}")
    kwargs: dict[str, Any] = {
        n: _coerce(data[n], hints[n], f"{kind}.{n}") for n in names if n in data
    }
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:  # pragma: no cover - defensive
        raise SessionError(f"{kind} event: {exc}") from exc


def _event_for_step(step: TalkStep, at: float) -> Event:
    if isinstance(step, StartRound):
        return RoundStarted(at=at, order=step.order)
    if isinstance(step, StartTurn):
        return TurnStarted(at=at, member_id=step.member_id)
    if isinstance(step, EndTurn):
        return TurnEnded(at=at, member_id=step.member_id, passed=step.passed)
    if isinstance(step, DeferTurn):
        return TurnDeferred(at=at, member_id=step.member_id)
    if isinstance(step, ReturnTurn):
        return TurnReturned(at=at, member_id=step.member_id, to_member_id=step.to_member_id)
    if isinstance(step, JoinRound):
        return RoundJoined(at=at, member_id=step.member_id, position=step.position)
    if isinstance(step, RaiseHand):
        return HandRaised(at=at, member_id=step.member_id, index=step.index)
    if isinstance(step, RemoveFromOrder):
        return RemovedFromOrder(at=at, member_id=step.member_id)
    if isinstance(step, ReorderQueue):
        return QueueReordered(at=at, order=step.order)
    if isinstance(step, SetFewerTurnsFirst):
        return QueuePolicyChanged(at=at, fewer_turns_first=step.enabled)
    if isinstance(step, Arrive):
        return MemberArrived(at=at, member_id=step.member_id, seat=step.seat)
    if isinstance(step, Leave):
        return MemberLeft(at=at, member_id=step.member_id)
    raise SessionError(f"no event for step {step!r}")  # pragma: no cover


def _step_for_event(event: Event) -> TalkStep | None:
    if isinstance(event, RoundStarted):
        return StartRound(event.order)
    if isinstance(event, TurnStarted):
        return StartTurn(event.member_id)
    if isinstance(event, TurnEnded):
        return EndTurn(event.member_id, event.passed)
    if isinstance(event, TurnDeferred):
        return DeferTurn(event.member_id)
    if isinstance(event, TurnReturned):
        return ReturnTurn(event.member_id, event.to_member_id)
    if isinstance(event, RoundJoined):
        return JoinRound(event.member_id, event.position)
    if isinstance(event, HandRaised):
        return RaiseHand(event.member_id, event.index)
    if isinstance(event, RemovedFromOrder):
        return RemoveFromOrder(event.member_id)
    if isinstance(event, QueueReordered):
        return ReorderQueue(event.order)
    if isinstance(event, QueuePolicyChanged):
        return SetFewerTurnsFirst(event.fewer_turns_first)
    if isinstance(event, MemberArrived):
        return Arrive(event.member_id, event.seat)
    if isinstance(event, MemberLeft):
        return Leave(event.member_id)
    return None


# ---------------------------------------------------------------------------- runner


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


class SessionRunner:
    """The in-room session: agenda timer + talking order + event log.

    ``SessionRunner(plan, members, now, rng=None, warn_seconds=120.0,
    soft_limit_minutes=None, on_event=None)``

    * ``plan``: the agenda (at least one :class:`SegmentPlan`).
    * ``members``: ``{member_id: seat}`` of everyone who may take part. Nobody is present
      until :meth:`set_present` / :meth:`member_arrived`.
    * ``now``: session seconds, e.g. ``SessionClock(time.monotonic)``.
    * ``rng``: picks the random first member of a round.
    * ``on_event``: called with each event right after it has been applied.

    A "round" segment uses round mode, an "open" one the raise-hand queue; changing segment
    ends the current turn, and each segment keeps its own round/queue (going back to a
    segment continues its round). Talking-order operations need a running or paused session.
    Read the state with :meth:`snapshot` (one clock reading for everything).
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
        self._sleep: PendingSleep | None = None
        self._events: list[Event] = []
        self._on_event = on_event
        self._agenda = AgendaTimer(plan, self._clock, warn_seconds=warn_seconds)
        self._talk = TalkingOrder(
            self._clock, members, rng=rng, soft_limit_minutes=soft_limit_minutes
        )

    # ------------------------------------------------------------------ replay

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
    ) -> SessionRunner:
        """Rebuild a runner from its recorded events (``plan``/``members`` as at creation).

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
            self._record_steps(self._talk.end_turn(), crash_at)
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
                    self._record_steps(self._talk.end_turn(), self._clock())
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
            raise AgendaError(f"cannot start: the session is {self._agenda.phase}")
        return self._single(SessionStarted)

    def pause(self) -> list[Event]:
        if self._agenda.phase != "running":
            raise AgendaError(f"cannot pause: the session is {self._agenda.phase}")
        return self._single(Paused)

    def resume(self) -> list[Event]:
        if self._agenda.phase != "paused":
            raise AgendaError(f"cannot resume: the session is {self._agenda.phase}")
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
            raise AgendaError("already at the first segment")
        return self.go_to_segment(self._agenda.index - 1)

    def go_to_segment(self, index: int) -> list[Event]:
        """Jump to segment ``index``; the current turn ends first."""
        self._require_in_session("change segment")
        if isinstance(index, bool) or not isinstance(index, int):
            raise AgendaError(f"segment index must be an int, got {index!r}")
        if not 0 <= index < len(self._agenda):
            raise AgendaError(f"no segment {index} (agenda has {len(self._agenda)})")
        if index == self._agenda.index:
            raise AgendaError(f"segment {index} is already current")

        def body(t: float) -> None:
            self._record_steps(self._talk.end_turn(), t)
            self._commit(SegmentChanged(at=t, index=index))

        return self._operate(body)

    def end_session(self) -> list[Event]:
        """End the session (final); the current turn ends first."""
        self._require_in_session("end the session")

        def body(t: float) -> None:
            self._record_steps(self._talk.end_turn(), t)
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

    def _single(self, event_type: Callable[..., Event]) -> list[Event]:
        return self._operate(lambda t: self._commit(event_type(at=t)))

    def _talk_command(
        self, command: Callable[[], tuple[TalkStep, ...]], *, needs_session: bool = True
    ) -> list[Event]:
        if needs_session:
            self._require_in_session("change the talking order")
        return self._operate(lambda t: self._record_steps(command(), t))

    def _require_in_session(self, what: str) -> None:
        if self._agenda.phase not in ("running", "paused"):
            raise AgendaError(f"cannot {what}: the session is {self._agenda.phase}")

    def _record_steps(self, steps: Iterable[TalkStep], at: float) -> None:
        """Log steps the talking order has already applied."""
        for step in steps:
            self._log(_event_for_step(step, at))

    def _commit(self, event: Event) -> None:
        """Apply an agenda/session event, then log it."""
        self._apply(event)
        self._log(event)

    def _log(self, event: Event) -> None:
        self._events.append(event)
        if self._on_event is not None:
            self._on_event(event)

    def _apply(self, event: Event) -> None:
        """The one path from an event to state (live and replay)."""
        agenda, talk = self._agenda, self._talk
        step = _step_for_event(event)
        if step is not None:
            talk.apply(step)
        elif isinstance(event, SessionStarted):
            agenda.start()
            talk.enter_segment(agenda.index, agenda.current.kind)
        elif isinstance(event, Paused):
            agenda.pause()
            talk.hold()
        elif isinstance(event, Resumed):
            agenda.resume()
            talk.release()
        elif isinstance(event, SegmentChanged):
            if talk.speaker is not None:
                raise TalkingOrderError("a turn is running; it must end before a segment change")
            agenda.go_to(event.index)
            talk.enter_segment(agenda.index, agenda.current.kind)
        elif isinstance(event, SessionEnded):
            if talk.speaker is not None:
                raise TalkingOrderError("a turn is running; it must end before the session ends")
            agenda.finish()
            talk.leave_segment()
            if talk.held:
                talk.release()
        elif isinstance(event, SegmentExtended):
            agenda.extend(event.minutes)
        elif isinstance(event, SegmentAdded):
            plan = SegmentPlan(event.name, event.minutes, event.segment_kind)
            agenda.add_segment(plan, event.index)
        elif isinstance(event, SegmentRemoved):
            agenda.remove_segment(event.index)
        elif isinstance(event, SegmentMoved):
            agenda.move_segment(event.from_index, event.to_index)
        elif isinstance(event, SegmentMinutesChanged):
            agenda.set_minutes(event.index, event.minutes)
        elif isinstance(event, SegmentRenamed):
            agenda.rename(event.index, event.name)
        elif isinstance(event, SessionRecovered | LaptopSlept):
            pass  # markers for the record: the pause or turn end before them did the work
        else:  # pragma: no cover - every kind is handled above
            raise SessionError(f"unknown event {event!r}")
