"""Who speaks when: rounds in seat order, the raise-hand queue, turns and airtime.

Pure Python, no Qt, no I/O. A :class:`TalkingOrder` holds the seat map, who is present, the
current speaker, the finished :class:`Turn` records and, per segment, a round or a queue.
Time comes from an injected ``now`` callable (session seconds), never from counting ticks.

Members are ``int`` ids with a seat number (``seats: {member_id: seat}``).

Steps: commands and replay
--------------------------
Every command (:meth:`TalkingOrder.next_speaker`, :meth:`~TalkingOrder.pass_turn`, ...)
decides what happens, applies it as a short sequence of primitive **steps**
(:data:`TalkStep`: facts such as :class:`StartTurn`, :class:`EndTurn`, :class:`RaiseHand`)
and returns those steps. :meth:`TalkingOrder.apply` applies one step and is the only code path
that mutates state, so applying the returned steps again to a fresh object (at the same
clock times) rebuilds the identical state. Steps record outcomes, not intentions: a random
round start is stored as the resulting order, a fewer-turns-first insertion as the index.
A command that has nothing to do returns ``()``; an impossible one raises
:class:`TalkingOrderError` and changes nothing.

Round mode (segment kind ``"round"``)
-------------------------------------
* :meth:`~TalkingOrder.start_round` orders the present members by seat, starting at a
  chosen member (or ``rng.choice`` of the seat-ordered present members) and going round
  the seats upward, wrapping. No turn starts yet; ``up_next`` is the first member.
  :meth:`~TalkingOrder.next_speaker` on a round segment whose round was not started starts
  one with a random first member.
* N (:meth:`~TalkingOrder.next_speaker`): ends the current turn and starts the next member's.
* P (:meth:`~TalkingOrder.pass_turn`): the member whose turn it is (the current speaker, or
  the member up next if nobody speaks) passes — recorded as a turn with ``passed=True`` —
  and the following member's turn starts.
* :meth:`~TalkingOrder.come_back_later`: the current speaker's turn is discarded (no
  :class:`Turn`, no airtime) and they move to the end of the round; the next member starts.
  Refused when nobody else is waiting.
* :meth:`~TalkingOrder.previous_speaker` (a clicker's "back", in rounds and the queue): the
  current turn goes back to the member who spoke before in this segment, from the moment
  it began (a stray "next" leaves no turn for the member it called, who waits again where
  they were, first in line; the previous member's time runs on, as a new turn). A second
  "back" goes one further. With nobody speaking, the member who spoke last speaks again.
* The round is finished when nobody is waiting and nobody speaks: every member present at
  the start (and every late arrival added) has spoken or passed, has left, or was taken out
  of the order with :meth:`~TalkingOrder.remove`.
* Late arrival (:meth:`~TalkingOrder.arrive`) during a started round: if the round has not
  yet reached their seat (their seat lies after the seat of the last member called in seat
  order), they are inserted at their seat position; otherwise they are added at the end of
  the round, so they can still check in. A member who already spoke in this round is not
  added again.

Open mode (segment kind ``"open"``)
-----------------------------------
* :meth:`~TalkingOrder.raise_hand` appends to the queue (no duplicates: raising again is a
  no-op; the current speaker may queue again). With *fewer turns first* on, the member is
  inserted before the first queued member who has had more turns, or as many turns and more
  airtime (stable otherwise); switching it on re-sorts the queue once the same way.
  Manual moves are always respected afterwards.
* :meth:`~TalkingOrder.remove`, :meth:`~TalkingOrder.move` (drag to reorder),
  N pops the head and starts their turn, P ends the current turn as a pass and pops the head.

Turns, airtime, cue
-------------------
A turn that spans a pause (:meth:`~TalkingOrder.hold`/:meth:`~TalkingOrder.release`) records
the paused seconds; ``Turn.duration`` excludes them. Airtime is the sum of durations of
turns that were not passes, plus the current speaker's live time; a pass counts in
``passes``, not in ``turns`` or airtime. The live turn counts as a turn while it runs.
Shares are airtime / total airtime (all 0.0 while the total is 0).
The speaker cue (:func:`speaker_cue`) is ``"amber"`` from 75 % of the soft limit and
``"red"`` when over it, both compared in whole seconds as displayed.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from facilitator_desktop.domain.clock import Now, floor_seconds, format_mmss

__all__ = [
    "AMBER_FRACTION",
    "AirtimeStats",
    "Arrive",
    "Cue",
    "DeferTurn",
    "EndTurn",
    "JoinRound",
    "Leave",
    "Mode",
    "RaiseHand",
    "RemoveFromOrder",
    "ReorderQueue",
    "SetFewerTurnsFirst",
    "SpeakerView",
    "StartRound",
    "StartTurn",
    "TalkSnapshot",
    "TalkStep",
    "TalkingOrder",
    "TalkingOrderError",
    "Turn",
    "ReturnTurn",
    "previous_member",
    "speaker_cue",
]

Mode = Literal["round", "open"]
Cue = Literal["ok", "amber", "red"]

#: The cue turns amber when the speaking time reaches this fraction of the soft limit.
AMBER_FRACTION: Final = 0.75


class TalkingOrderError(ValueError):
    """A talking-order operation that is not possible in the current state."""


# ---------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Turn:
    """One member speaking once (or passing), in the segment at ``segment_index``.

    ``duration`` = ``ended_at - started_at - paused_seconds`` (session pauses excluded).
    """

    member_id: int
    segment_index: int
    started_at: float
    ended_at: float
    passed: bool
    paused_seconds: float = 0.0

    @property
    def duration(self) -> float:
        return self.ended_at - self.started_at - self.paused_seconds


def speaker_cue(speaking_seconds: float, soft_limit_minutes: float | None) -> Cue:
    """Colour cue for the facilitator: ``"ok"``, ``"amber"`` or ``"red"``.

    Compares the *displayed* whole seconds (``floor``) with the limit: amber from
    ``AMBER_FRACTION`` (75 %) of the limit, red when strictly over the limit (``03:00`` of a
    3-minute limit is still amber, ``03:01`` is red). No limit (``None`` or <= 0): ``"ok"``.
    """
    if soft_limit_minutes is None or soft_limit_minutes <= 0:
        return "ok"
    shown = floor_seconds(speaking_seconds)
    limit = soft_limit_minutes * 60
    if shown > limit:
        return "red"
    if shown >= AMBER_FRACTION * limit:
        return "amber"
    return "ok"


@dataclass(frozen=True, slots=True)
class SpeakerView:
    """The current speaker at one instant."""

    member_id: int
    segment_index: int
    started_at: float
    #: Speaking time so far, session pauses excluded.
    speaking_seconds: float
    cue: Cue

    @property
    def speaking_text(self) -> str:
        return format_mmss(self.speaking_seconds)


@dataclass(frozen=True, slots=True)
class AirtimeStats:
    """One member's participation this session (live turn included)."""

    member_id: int
    seat: int
    seconds: float
    #: seconds / total seconds of all members (0.0 while nobody has spoken).
    share: float
    turns: int
    passes: int


@dataclass(frozen=True, slots=True)
class TalkSnapshot:
    """Everything about the talking order at one clock reading ``at``."""

    at: float
    mode: Mode | None
    segment_index: int | None
    speaker: SpeakerView | None
    up_next: int | None
    #: Waiting members in the order they will be called (round or queue).
    order: tuple[int, ...]
    round_started: bool
    round_finished: bool
    #: Members who spoke or passed in this round, in that order.
    round_done: tuple[int, ...]
    #: Present members in seat order.
    present: tuple[int, ...]
    turns: tuple[Turn, ...]
    airtime: tuple[AirtimeStats, ...]
    fewer_turns_first: bool
    held: bool


# ---------------------------------------------------------------------------- steps


@dataclass(frozen=True, slots=True)
class StartRound:
    """A round starts with this full order (the first member is up next)."""

    order: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class StartTurn:
    """``member_id`` starts speaking (and leaves the round/queue order if waiting)."""

    member_id: int


@dataclass(frozen=True, slots=True)
class EndTurn:
    """The current speaker's turn ends; ``passed`` records a pass."""

    member_id: int
    passed: bool


@dataclass(frozen=True, slots=True)
class DeferTurn:
    """Come back later: the current turn is discarded, the member goes to the round's end."""

    member_id: int


@dataclass(frozen=True, slots=True)
class ReturnTurn:
    """The current turn (of ``member_id``) goes back to ``to_member_id`` from the moment it
    began: ``member_id`` leaves no :class:`Turn` and waits again where they waited before
    it, first in line (or, speaking again, stays done)."""

    member_id: int
    to_member_id: int


@dataclass(frozen=True, slots=True)
class JoinRound:
    """A late member joins the started round at ``position`` (``None`` = at the end)."""

    member_id: int
    position: int | None


@dataclass(frozen=True, slots=True)
class RaiseHand:
    """``member_id`` joins the queue at ``index``."""

    member_id: int
    index: int


@dataclass(frozen=True, slots=True)
class RemoveFromOrder:
    """``member_id`` is taken out of the waiting order (queue or round)."""

    member_id: int


@dataclass(frozen=True, slots=True)
class ReorderQueue:
    """The queue becomes exactly ``order`` (a permutation of it)."""

    order: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SetFewerTurnsFirst:
    """Switch the fewer-turns-first queue policy."""

    enabled: bool


@dataclass(frozen=True, slots=True)
class Arrive:
    """``member_id`` is present (``seat`` sets or changes their seat when given)."""

    member_id: int
    seat: int | None


@dataclass(frozen=True, slots=True)
class Leave:
    """``member_id`` is no longer present; they leave every waiting order."""

    member_id: int


TalkStep = (
    StartRound
    | StartTurn
    | EndTurn
    | DeferTurn
    | ReturnTurn
    | JoinRound
    | RaiseHand
    | RemoveFromOrder
    | ReorderQueue
    | SetFewerTurnsFirst
    | Arrive
    | Leave
)

# ---------------------------------------------------------------------------- internal state

_Key = tuple[int, int, int]
#: Where a speaker waited before their turn: how a returned turn puts them back.
_Origin = Literal["ahead", "later", "queue", "none"]


@dataclass(slots=True)
class _Live:
    member_id: int
    segment_index: int
    started_at: float
    paused: float = 0.0
    held_since: float | None = None
    origin: _Origin = "none"
    #: The round's cursor before this member was called from ``ahead``.
    cursor_before: _Key | None = None

    def speaking_at(self, t: float) -> float:
        held = t - self.held_since if self.held_since is not None else 0.0
        return (t - self.started_at) - self.paused - held


@dataclass(slots=True)
class _Round:
    started: bool = False
    #: (seat, member_id) of the first member: where the rotation starts.
    start: tuple[int, int] = (0, 0)
    ahead: list[int] = field(default_factory=list)
    later: list[int] = field(default_factory=list)
    done: list[int] = field(default_factory=list)
    #: Rotation key of the last member called from ``ahead`` (None: nobody yet).
    cursor: _Key | None = None

    def pending(self) -> list[int]:
        return [*self.ahead, *self.later]


@dataclass(slots=True)
class _Queue:
    hands: list[int] = field(default_factory=list)


def _check_id(value: object, what: str = "member id") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TalkingOrderError(f"{what} must be an int, got {value!r}")
    return value


class TalkingOrder:
    """Talking order and airtime for one session (see the module docstring).

    ``TalkingOrder(now, seats, rng=None, fewer_turns_first=False, soft_limit_minutes=None)``.
    ``seats`` maps every member id that may take part to a seat number; ``rng`` picks a
    random first member for rounds (default: an unseeded ``random.Random``).

    The owner drives the segment and pause state with :meth:`enter_segment`,
    :meth:`leave_segment`, :meth:`hold` and :meth:`release` (these are not steps: the
    session runner derives them from agenda events).
    """

    def __init__(
        self,
        now: Now,
        seats: Mapping[int, int],
        *,
        rng: random.Random | None = None,
        fewer_turns_first: bool = False,
        soft_limit_minutes: float | None = None,
    ) -> None:
        self._now = now
        self._seats: dict[int, int] = {}
        for member_id, seat in seats.items():
            self._seats[_check_id(member_id)] = _check_id(seat, "seat")
        self._rng = rng if rng is not None else random.Random()
        self._fewer_turns_first = bool(fewer_turns_first)
        self._soft_limit_minutes = soft_limit_minutes
        self._present: set[int] = set()
        self._turns: list[Turn] = []
        self._live: _Live | None = None
        self._held = False
        self._mode: Mode | None = None
        self._segment: int | None = None
        self._states: dict[int, _Round | _Queue] = {}
        self._last_t = -math.inf

    # ------------------------------------------------------------------ time

    def _time(self) -> float:
        """Time for an operation: the clock, never earlier than the last operation."""
        t = max(self._now(), self._last_t)
        self._last_t = t
        return t

    def _read_time(self) -> float:
        """Time for a read: like :meth:`_time` but leaves no trace (reads change nothing)."""
        return max(self._now(), self._last_t)

    # ------------------------------------------------------------------ owner controls

    def enter_segment(self, index: int, mode: Mode) -> None:
        """Make segment ``index`` (of kind ``mode``) current; its round/queue is kept per
        segment, so coming back to a segment continues where it was. No turn may be live."""
        if self._live is not None:
            raise TalkingOrderError("end the current turn before changing segment")
        if mode not in ("round", "open"):
            raise TalkingOrderError(f"unknown mode {mode!r}")
        state = self._states.get(index)
        wanted = _Round if mode == "round" else _Queue
        if not isinstance(state, wanted):
            self._states[index] = _Round() if mode == "round" else _Queue()
        self._segment = index
        self._mode = mode

    def leave_segment(self) -> None:
        """No segment is current any more (session ended). No turn may be live."""
        if self._live is not None:
            raise TalkingOrderError("end the current turn before leaving the segment")
        self._segment = None
        self._mode = None

    def hold(self) -> None:
        """The session is paused: the live turn (and any turn started now) stops counting."""
        if self._held:
            raise TalkingOrderError("already held")
        t = self._time()
        self._held = True
        if self._live is not None:
            self._live.held_since = t

    def release(self) -> None:
        """The session runs again: the live turn counts again."""
        if not self._held:
            raise TalkingOrderError("not held")
        t = self._time()
        self._held = False
        if self._live is not None and self._live.held_since is not None:
            self._live.paused += t - self._live.held_since
            self._live.held_since = None

    # ------------------------------------------------------------------ reads

    @property
    def mode(self) -> Mode | None:
        return self._mode

    @property
    def segment_index(self) -> int | None:
        return self._segment

    @property
    def held(self) -> bool:
        return self._held

    @property
    def seats(self) -> Mapping[int, int]:
        return dict(self._seats)

    @property
    def present(self) -> tuple[int, ...]:
        """Present members in seat order."""
        return tuple(sorted(self._present, key=self._seat_key))

    def is_present(self, member_id: int) -> bool:
        return member_id in self._present

    @property
    def speaker(self) -> int | None:
        """Member id of the current speaker, or None."""
        return self._live.member_id if self._live is not None else None

    @property
    def turns(self) -> tuple[Turn, ...]:
        """Finished turns (including passes), oldest first."""
        return tuple(self._turns)

    @property
    def fewer_turns_first(self) -> bool:
        return self._fewer_turns_first

    @property
    def soft_limit_minutes(self) -> float | None:
        """Soft speaking limit for the cue (a display setting, not part of the history)."""
        return self._soft_limit_minutes

    @soft_limit_minutes.setter
    def soft_limit_minutes(self, minutes: float | None) -> None:
        self._soft_limit_minutes = minutes

    @property
    def order(self) -> tuple[int, ...]:
        """Waiting members in calling order (round: seat order then the end; open: queue)."""
        state = self._state_or_none()
        if isinstance(state, _Round):
            return tuple(state.pending())
        if isinstance(state, _Queue):
            return tuple(state.hands)
        return ()

    @property
    def up_next(self) -> int | None:
        order = self.order
        return order[0] if order else None

    @property
    def round_started(self) -> bool:
        state = self._state_or_none()
        return isinstance(state, _Round) and state.started

    @property
    def round_finished(self) -> bool:
        """A started round with nobody waiting and nobody speaking."""
        state = self._state_or_none()
        return (
            isinstance(state, _Round)
            and state.started
            and not state.ahead
            and not state.later
            and self._live is None
        )

    @property
    def round_done(self) -> tuple[int, ...]:
        """Members who spoke or passed in the current segment's round, in that order."""
        state = self._state_or_none()
        return tuple(state.done) if isinstance(state, _Round) else ()

    def speaking_seconds(self) -> float:
        """Live speaking time of the current speaker (0.0 when nobody speaks)."""
        t = self._read_time()
        return self._live.speaking_at(t) if self._live is not None else 0.0

    def airtime(self) -> tuple[AirtimeStats, ...]:
        """Per-member airtime, turn and pass counts (see module docstring), seat order."""
        return self._airtime_at(self._read_time())

    def snapshot(self) -> TalkSnapshot:
        return self.snapshot_at(self._read_time())

    def snapshot_at(self, t: float) -> TalkSnapshot:
        """Snapshot for a time ``t`` read by the caller (clamped to the last seen time)."""
        t = max(t, self._last_t)
        speaker = None
        if self._live is not None:
            seconds = self._live.speaking_at(t)
            speaker = SpeakerView(
                member_id=self._live.member_id,
                segment_index=self._live.segment_index,
                started_at=self._live.started_at,
                speaking_seconds=seconds,
                cue=speaker_cue(seconds, self._soft_limit_minutes),
            )
        return TalkSnapshot(
            at=t,
            mode=self._mode,
            segment_index=self._segment,
            speaker=speaker,
            up_next=self.up_next,
            order=self.order,
            round_started=self.round_started,
            round_finished=self.round_finished,
            round_done=self.round_done,
            present=self.present,
            turns=self.turns,
            airtime=self._airtime_at(t),
            fewer_turns_first=self._fewer_turns_first,
            held=self._held,
        )

    @property
    def can_come_back_later(self) -> bool:
        state = self._state_or_none()
        return (
            isinstance(state, _Round)
            and self._live is not None
            and bool(state.ahead or state.later)
        )

    # ------------------------------------------------------------------ commands

    def set_present(self, member_ids: Iterable[int]) -> tuple[TalkStep, ...]:
        """Make exactly ``member_ids`` present: leaves first, then arrivals, in seat order."""
        target = {_check_id(m) for m in member_ids}
        for member_id in target:
            self._require_known(member_id)
        steps: list[TalkStep] = []
        for member_id in sorted(self._present - target, key=self._seat_key):
            steps.extend(self._plan_leave(member_id))
        # Plan arrivals against the state after the leaves: apply leaves first.
        applied = self._run(steps)
        arrivals: list[TalkStep] = []
        for member_id in sorted(target - self._present, key=self._seat_key):
            planned = self._plan_arrive(member_id, None)
            arrivals.extend(self._run(planned))
        return (*applied, *arrivals)

    def arrive(self, member_id: int, seat: int | None = None) -> tuple[TalkStep, ...]:
        """``member_id`` arrives (or changes seat). Joins a started round as documented."""
        return self._run(self._plan_arrive(_check_id(member_id), seat))

    def leave(self, member_id: int) -> tuple[TalkStep, ...]:
        """``member_id`` leaves: their live turn ends (not a pass), they leave every order."""
        return self._run(self._plan_leave(_check_id(member_id)))

    def start_round(self, first_member_id: int | None = None) -> tuple[TalkStep, ...]:
        """Start (or restart) the round of the current round segment.

        Starts at ``first_member_id`` or, if None, at ``rng.choice`` of the present members in
        seat order. A live turn is ended first. Nobody's turn starts yet.
        """
        self._require_mode("round", "start a round")
        steps: list[TalkStep] = []
        if self._live is not None:
            steps.append(EndTurn(self._live.member_id, passed=False))
        steps.append(StartRound(self._round_order(first_member_id)))
        return self._run(steps)

    def end_turn(self, passed: bool = False) -> tuple[TalkStep, ...]:
        """End the current turn without calling anyone (``()`` when nobody speaks)."""
        if self._live is None:
            return ()
        return self._run([EndTurn(self._live.member_id, passed=bool(passed))])

    def next_speaker(self) -> tuple[TalkStep, ...]:
        """N: end the current turn (if any) and start the next waiting member's (if any).

        On a round segment whose round was not started, starts one with a random first
        member. Returns ``()`` when there is nothing to do.
        """
        state = self._require_segment("call the next speaker")
        steps: list[TalkStep] = []
        if self._live is not None:
            steps.append(EndTurn(self._live.member_id, passed=False))
        if isinstance(state, _Round) and not state.started:
            if not self._present:
                return self._run(steps)
            order = self._round_order(None)
            steps.append(StartRound(order))
            pending = list(order)
        else:
            pending = list(self.order)
        if pending:
            steps.append(StartTurn(pending[0]))
        return self._run(steps)

    def pass_turn(self) -> tuple[TalkStep, ...]:
        """P: the member whose turn it is passes, and the next waiting member starts.

        Open mode: the current speaker passes. Round mode: the current speaker, or if nobody
        speaks the member up next (a pass of zero duration; an unstarted round is started
        with a random first member). Raises when nobody can pass.
        """
        state = self._require_segment("record a pass")
        steps: list[TalkStep] = []
        pending = list(self.order)
        if self._live is not None:
            steps.append(EndTurn(self._live.member_id, passed=True))
        elif isinstance(state, _Round):
            if not state.started:
                if not self._present:
                    raise TalkingOrderError("nobody is present")
                order = self._round_order(None)
                steps.append(StartRound(order))
                pending = list(order)
            if not pending:
                raise TalkingOrderError("nobody's turn to pass: the round is finished")
            member_id = pending.pop(0)
            steps.extend([StartTurn(member_id), EndTurn(member_id, passed=True)])
        else:
            raise TalkingOrderError("nobody is speaking")
        if pending:
            steps.append(StartTurn(pending[0]))
        return self._run(steps)

    def come_back_later(self) -> tuple[TalkStep, ...]:
        """The current speaker asks to come back later: they move to the end of the round
        (their turn so far is discarded) and the next waiting member starts."""
        state = self._require_mode("round", "come back later")
        assert isinstance(state, _Round)
        if self._live is None:
            raise TalkingOrderError("nobody is speaking")
        pending = state.pending()
        if not pending:
            raise TalkingOrderError("nobody else is waiting in this round")
        return self._run([DeferTurn(self._live.member_id), StartTurn(pending[0])])

    def previous_speaker(self) -> tuple[TalkStep, ...]:
        """Back to the member who spoke before the current speaker in this segment (a
        clicker's "back"): the current turn goes back to them. With nobody speaking, the
        member who spoke last speaks again."""
        self._require_segment("go back to the previous speaker")
        current = self.speaker
        previous = self.previous_member()
        if previous is None:
            raise TalkingOrderError("nobody has spoken before in this segment")
        self._require_present(previous)
        if current is None:
            return self._run([StartTurn(previous)])
        return self._run([ReturnTurn(current, previous)])

    def previous_member(self) -> int | None:
        """Who :meth:`previous_speaker` would call (None: nobody)."""
        return previous_member(self._turns, self._segment, self.speaker)

    def raise_hand(self, member_id: int) -> tuple[TalkStep, ...]:
        """Queue ``member_id`` (open mode). Already queued: ``()``."""
        state = self._require_mode("open", "raise a hand")
        assert isinstance(state, _Queue)
        member_id = _check_id(member_id)
        self._require_present(member_id)
        if member_id in state.hands:
            return ()
        index = len(state.hands)
        if self._fewer_turns_first:
            keys = self._priority_keys(self._read_time())
            mine = keys.get(member_id, (0, 0.0))
            for i, other in enumerate(state.hands):
                if keys.get(other, (0, 0.0)) > mine:
                    index = i
                    break
        return self._run([RaiseHand(member_id, index)])

    def remove(self, member_id: int) -> tuple[TalkStep, ...]:
        """Take ``member_id`` out of the waiting order (queue, or the round's)."""
        self._require_segment("remove a member from the order")
        member_id = _check_id(member_id)
        if member_id not in self.order:
            raise TalkingOrderError(f"member {member_id} is not waiting")
        return self._run([RemoveFromOrder(member_id)])

    def move(self, member_id: int, new_index: int) -> tuple[TalkStep, ...]:
        """Drag ``member_id`` to position ``new_index`` of the queue (open mode)."""
        state = self._require_mode("open", "reorder the queue")
        assert isinstance(state, _Queue)
        member_id = _check_id(member_id)
        new_index = _check_id(new_index, "queue index")
        if member_id not in state.hands:
            raise TalkingOrderError(f"member {member_id} is not in the queue")
        if not 0 <= new_index < len(state.hands):
            raise TalkingOrderError(f"no queue position {new_index}")
        order = [m for m in state.hands if m != member_id]
        order.insert(new_index, member_id)
        if order == state.hands:
            return ()
        return self._run([ReorderQueue(tuple(order))])

    def set_fewer_turns_first(self, enabled: bool) -> tuple[TalkStep, ...]:
        """Switch the queue policy; switching it on re-sorts the current queue (stable)."""
        enabled = bool(enabled)
        if enabled == self._fewer_turns_first:
            return ()
        steps: list[TalkStep] = [SetFewerTurnsFirst(enabled)]
        state = self._state_or_none()
        if enabled and isinstance(state, _Queue) and state.hands:
            keys = self._priority_keys(self._read_time())
            ordered = sorted(state.hands, key=lambda m: keys.get(m, (0, 0.0)))
            if ordered != state.hands:
                steps.append(ReorderQueue(tuple(ordered)))
        return self._run(steps)

    # ------------------------------------------------------------ apply (the one mutation path)

    def apply(self, step: TalkStep) -> None:
        """Apply one step at the current clock time (validates; raises TalkingOrderError)."""
        t = self._time()
        if isinstance(step, StartTurn):
            self._apply_start_turn(step.member_id, t)
        elif isinstance(step, EndTurn):
            self._apply_end_turn(step.member_id, step.passed, t)
        elif isinstance(step, StartRound):
            self._apply_start_round(step.order)
        elif isinstance(step, DeferTurn):
            state = self._require_mode("round", "come back later")
            assert isinstance(state, _Round)
            self._require_live(step.member_id)
            self._live = None
            state.later.append(step.member_id)
        elif isinstance(step, ReturnTurn):
            self._apply_return_turn(step.member_id, step.to_member_id, t)
        elif isinstance(step, JoinRound):
            self._apply_join_round(step.member_id, step.position)
        elif isinstance(step, RaiseHand):
            state = self._require_mode("open", "raise a hand")
            assert isinstance(state, _Queue)
            self._require_present(step.member_id)
            if step.member_id in state.hands:
                raise TalkingOrderError(f"member {step.member_id} is already queued")
            if not 0 <= step.index <= len(state.hands):
                raise TalkingOrderError(f"no queue position {step.index}")
            state.hands.insert(step.index, step.member_id)
        elif isinstance(step, RemoveFromOrder):
            state = self._require_segment("remove a member from the order")
            if not _discard(state, step.member_id):
                raise TalkingOrderError(f"member {step.member_id} is not waiting")
        elif isinstance(step, ReorderQueue):
            state = self._require_mode("open", "reorder the queue")
            assert isinstance(state, _Queue)
            if len(set(step.order)) != len(step.order) or set(step.order) != set(state.hands):
                raise TalkingOrderError("a reorder must be a permutation of the queue")
            state.hands = list(step.order)
        elif isinstance(step, SetFewerTurnsFirst):
            self._fewer_turns_first = step.enabled
        elif isinstance(step, Arrive):
            if step.seat is not None:
                self._seats[_check_id(step.member_id)] = _check_id(step.seat, "seat")
            self._require_known(step.member_id)
            self._present.add(step.member_id)
        elif isinstance(step, Leave):
            self._require_present(step.member_id)
            if self._live is not None and self._live.member_id == step.member_id:
                raise TalkingOrderError("end the member's turn before they leave")
            self._present.discard(step.member_id)
            for state in self._states.values():
                _discard(state, step.member_id)
        else:  # pragma: no cover - exhaustiveness guard
            raise TalkingOrderError(f"unknown step {step!r}")

    # ------------------------------------------------------------------ internals

    def _run(self, steps: Iterable[TalkStep]) -> tuple[TalkStep, ...]:
        done = tuple(steps)
        for step in done:
            self.apply(step)
        return done

    def _seat_key(self, member_id: int) -> tuple[int, int]:
        return (self._seats.get(member_id, 0), member_id)

    def _rotation_key(self, member_id: int, start: tuple[int, int]) -> _Key:
        seat_key = self._seat_key(member_id)
        return (0 if seat_key >= start else 1, seat_key[0], seat_key[1])

    def _round_order(self, first_member_id: int | None) -> tuple[int, ...]:
        ring = list(self.present)
        if not ring:
            raise TalkingOrderError("nobody is present")
        if first_member_id is None:
            first = self._rng.choice(ring)
        else:
            first = _check_id(first_member_id)
            if first not in self._present:
                raise TalkingOrderError(f"member {first} is not present")
        at = ring.index(first)
        return tuple(ring[at:] + ring[:at])

    def _plan_arrive(self, member_id: int, seat: int | None) -> list[TalkStep]:
        if seat is None:
            self._require_known(member_id)
        else:
            _check_id(seat, "seat")
        if member_id in self._present and (seat is None or self._seats.get(member_id) == seat):
            return []
        steps: list[TalkStep] = [Arrive(member_id, seat)]
        state = self._state_or_none()
        if (
            member_id not in self._present
            and isinstance(state, _Round)
            and state.started
            and member_id not in state.done
            and member_id not in state.ahead
            and member_id not in state.later
        ):
            seats = dict(self._seats)
            if seat is not None:
                seats[member_id] = seat
            steps.append(JoinRound(member_id, self._late_position(state, member_id, seats)))
        return steps

    def _late_position(self, state: _Round, member_id: int, seats: Mapping[int, int]) -> int | None:
        def key(m: int) -> _Key:
            seat_key = (seats.get(m, 0), m)
            return (0 if seat_key >= state.start else 1, seat_key[0], seat_key[1])

        mine = key(member_id)
        if state.cursor is not None and mine <= state.cursor:
            return None  # the round has passed their seat: at the end
        for i, other in enumerate(state.ahead):
            if key(other) > mine:
                return i
        return len(state.ahead)

    def _plan_leave(self, member_id: int) -> list[TalkStep]:
        if member_id not in self._present:
            return []
        steps: list[TalkStep] = []
        if self._live is not None and self._live.member_id == member_id:
            steps.append(EndTurn(member_id, passed=False))
        steps.append(Leave(member_id))
        return steps

    def _priority_keys(self, t: float) -> dict[int, tuple[int, float]]:
        return {s.member_id: (s.turns, s.seconds) for s in self._airtime_at(t)}

    def _airtime_at(self, t: float) -> tuple[AirtimeStats, ...]:
        seconds: dict[int, list[float]] = {}
        turns: dict[int, int] = {}
        passes: dict[int, int] = {}
        for member_id in self._present:
            seconds.setdefault(member_id, [])
        for turn in self._turns:
            seconds.setdefault(turn.member_id, [])
            if turn.passed:
                passes[turn.member_id] = passes.get(turn.member_id, 0) + 1
            else:
                seconds[turn.member_id].append(turn.duration)
                turns[turn.member_id] = turns.get(turn.member_id, 0) + 1
        if self._live is not None:
            member_id = self._live.member_id
            seconds.setdefault(member_id, []).append(self._live.speaking_at(t))
            turns[member_id] = turns.get(member_id, 0) + 1
        totals = {m: math.fsum(parts) for m, parts in seconds.items()}
        grand = math.fsum(totals.values())
        return tuple(
            AirtimeStats(
                member_id=m,
                seat=self._seats.get(m, 0),
                seconds=totals[m],
                share=totals[m] / grand if grand > 0 else 0.0,
                turns=turns.get(m, 0),
                passes=passes.get(m, 0),
            )
            for m in sorted(totals, key=self._seat_key)
        )

    def _state_or_none(self) -> _Round | _Queue | None:
        if self._segment is None:
            return None
        return self._states[self._segment]

    def _require_segment(self, what: str) -> _Round | _Queue:
        state = self._state_or_none()
        if state is None:
            raise TalkingOrderError(f"cannot {what}: no segment is running")
        return state

    def _require_mode(self, mode: Mode, what: str) -> _Round | _Queue:
        state = self._require_segment(what)
        if self._mode != mode:
            kind = "a round" if mode == "round" else "an open discussion"
            raise TalkingOrderError(f"cannot {what}: the current segment is not {kind}")
        return state

    def _require_known(self, member_id: int) -> None:
        if member_id not in self._seats:
            raise TalkingOrderError(f"unknown member {member_id} (no seat)")

    def _require_present(self, member_id: int) -> None:
        if member_id not in self._present:
            raise TalkingOrderError(f"member {member_id} is not present")

    def _require_live(self, member_id: int) -> _Live:
        if self._live is None or self._live.member_id != member_id:
            raise TalkingOrderError(f"member {member_id} is not the current speaker")
        return self._live

    def _apply_start_turn(self, member_id: int, t: float) -> None:
        state = self._require_segment("start a turn")
        assert self._segment is not None
        if self._live is not None:
            raise TalkingOrderError("a turn is already running")
        self._require_present(member_id)
        origin: _Origin = "none"
        cursor_before = None
        if isinstance(state, _Round):
            if member_id in state.ahead:
                state.ahead.remove(member_id)
                origin, cursor_before = "ahead", state.cursor
                state.cursor = self._rotation_key(member_id, state.start)
            elif member_id in state.later:
                state.later.remove(member_id)
                origin = "later"
        elif member_id in state.hands:
            state.hands.remove(member_id)
            origin = "queue"
        self._live = _Live(
            member_id=member_id,
            segment_index=self._segment,
            started_at=t,
            held_since=t if self._held else None,
            origin=origin,
            cursor_before=cursor_before,
        )

    def _apply_return_turn(self, member_id: int, to_member_id: int, t: float) -> None:
        live = self._require_live(member_id)
        state = self._require_segment("return a turn")
        self._require_present(to_member_id)
        if to_member_id == member_id:
            raise TalkingOrderError("a turn cannot return to its own speaker")
        self._live = None
        self._put_back(state, live)
        self._apply_start_turn(to_member_id, t)
        taken = self._live
        assert taken is not None
        # The returned turn runs from when the stray one began, pauses included.
        taken.started_at, taken.paused, taken.held_since = (
            live.started_at,
            live.paused,
            live.held_since,
        )

    def _put_back(self, state: _Round | _Queue, live: _Live) -> None:
        """The member of a turn that leaves no record waits again where they waited."""
        member_id = live.member_id
        if isinstance(state, _Round):
            if live.origin == "ahead":
                state.ahead.insert(0, member_id)
                state.cursor = live.cursor_before
            elif live.origin == "later":
                state.later.insert(0, member_id)
        elif live.origin == "queue":
            if member_id in state.hands:  # they raised a hand again while speaking
                state.hands.remove(member_id)
            state.hands.insert(0, member_id)

    def _apply_end_turn(self, member_id: int, passed: bool, t: float) -> None:
        live = self._require_live(member_id)
        paused = live.paused
        if live.held_since is not None:
            paused += t - live.held_since
        self._turns.append(
            Turn(
                member_id=member_id,
                segment_index=live.segment_index,
                started_at=live.started_at,
                ended_at=t,
                passed=bool(passed),
                paused_seconds=paused,
            )
        )
        self._live = None
        state = self._state_or_none()
        if isinstance(state, _Round) and state.started and member_id not in state.done:
            state.done.append(member_id)  # speaking again (previous_speaker) counts once

    def _apply_start_round(self, order: tuple[int, ...]) -> None:
        self._require_mode("round", "start a round")
        if self._live is not None:
            raise TalkingOrderError("end the current turn before starting a round")
        if not order or len(set(order)) != len(order):
            raise TalkingOrderError("a round needs distinct members")
        for member_id in order:
            self._require_present(member_id)
        assert self._segment is not None
        first = order[0]
        self._states[self._segment] = _Round(
            started=True,
            start=self._seat_key(first),
            ahead=list(order),
        )

    def _apply_join_round(self, member_id: int, position: int | None) -> None:
        state = self._require_mode("round", "join a round")
        assert isinstance(state, _Round)
        if not state.started:
            raise TalkingOrderError("the round has not started")
        self._require_present(member_id)
        if member_id in state.ahead or member_id in state.later:
            raise TalkingOrderError(f"member {member_id} is already in the round")
        if position is None:
            state.later.append(member_id)
        elif 0 <= position <= len(state.ahead):
            state.ahead.insert(position, member_id)
        else:
            raise TalkingOrderError(f"no round position {position}")


def previous_member(
    turns: Sequence[Turn], segment_index: int | None, speaker: int | None
) -> int | None:
    """The member of the latest finished turn in segment `segment_index` who is not the
    current `speaker`: whom a clicker's "back" calls (None: nobody, or no segment)."""
    if segment_index is None:
        return None
    for turn in reversed(turns):
        if turn.segment_index == segment_index and turn.member_id != speaker:
            return turn.member_id
    return None


def _discard(state: _Round | _Queue, member_id: int) -> bool:
    """Remove ``member_id`` from the waiting lists of ``state``; True if it was there."""
    lists = (state.ahead, state.later) if isinstance(state, _Round) else (state.hands,)
    for waiting in lists:
        if member_id in waiting:
            waiting.remove(member_id)
            return True
    return False
