"""Who speaks when: rounds in seat order, the raise-hand queue, turns and airtime.

Pure Python, no Qt, no I/O. A :class:`TalkingOrder` holds a
:class:`~facilitator_desktop.domain.talk_state.TalkState` (the seat map, who is present,
the current speaker, the finished turns and, per segment, a round or a queue) and answers
the room's commands. Time comes from an injected ``now`` callable (session seconds), never
from counting ticks. Members are ``int`` ids with a seat number (``seats: {member_id: seat}``).

Commands and events
-------------------
Every command (:meth:`TalkingOrder.next_speaker`, :meth:`~TalkingOrder.pass_turn`, ...)
decides what happens, applies it as a short sequence of talk events
(:mod:`~facilitator_desktop.domain.talk_events`: facts such as ``TurnStarted``,
``TurnEnded``, ``HandRaised``, all stamped with the one clock reading of the command) and
returns them. :meth:`TalkingOrder.apply` applies one event and is the only path that changes
the talking order (besides the owner controls below), so applying the returned events to a
fresh object rebuilds the identical state. A command that has nothing to do returns ``()``;
an impossible one raises :class:`TalkingOrderError` and changes nothing. A turn that spans
a pause (:meth:`~TalkingOrder.hold`/:meth:`~TalkingOrder.release`) records the paused
seconds; ``Turn.duration`` excludes them.

The rules of each kind of segment are described where they are decided:
:mod:`~facilitator_desktop.domain.round_policy` (rounds in seat order, passes, "come back
later", "back", late arrivals) and :mod:`~facilitator_desktop.domain.queue_policy` (the
raise-hand queue, fewer turns first); airtime and the speaker cue in
:mod:`~facilitator_desktop.domain.talk_reads`.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping

from facilitator_desktop.domain import talk_reads
from facilitator_desktop.domain.clock import Now
from facilitator_desktop.domain.queue_policy import (
    PriorityKey,
    fewer_turns_order,
    hand_position,
    priority_keys,
)
from facilitator_desktop.domain.refusal import Reason
from facilitator_desktop.domain.round_policy import late_position, round_order
from facilitator_desktop.domain.talk_events import (
    HandRaised,
    MemberArrived,
    MemberLeft,
    QueuePolicyChanged,
    QueueReordered,
    RemovedFromOrder,
    RoundJoined,
    RoundStarted,
    TalkEvent,
    TurnDeferred,
    TurnEnded,
    TurnReturned,
    TurnStarted,
)
from facilitator_desktop.domain.talk_reads import AirtimeStats, TalkSnapshot
from facilitator_desktop.domain.talk_state import (
    Mode,
    QueueState,
    RoundState,
    TalkingOrderError,
    TalkState,
    Turn,
    check_id,
)

__all__ = ["TalkingOrder"]


class TalkingOrder:
    """Talking order and airtime for one session (see the module docstring).

    ``TalkingOrder(now, seats, rng=None, fewer_turns_first=False, soft_limit_minutes=None)``.
    ``seats`` maps every member id that may take part to a seat number; ``rng`` picks a
    random first member for rounds (default: an unseeded ``random.Random``).

    The owner drives the segment and pause state with :meth:`enter_segment`,
    :meth:`leave_segment`, :meth:`hold` and :meth:`release` (these are not events: the
    session runner derives them from its own events).
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
        self._state = TalkState(
            seats={check_id(m): check_id(seat, "seat") for m, seat in seats.items()},
            fewer_turns_first=bool(fewer_turns_first),
        )
        self._rng = rng if rng is not None else random.Random()
        self._soft_limit_minutes = soft_limit_minutes
        self._last_t = -math.inf

    # ------------------------------------------------------------------ time

    def _time(self) -> float:
        """Time for an owner control: the clock, never earlier than the last change."""
        t = self._read_time()
        self._last_t = t
        return t

    def _read_time(self) -> float:
        """Time for a read or a new event: like :meth:`_time` but leaves no trace."""
        return max(self._now(), self._last_t)

    # ------------------------------------------------------------------ owner controls

    def enter_segment(self, index: int, mode: Mode) -> None:
        """Make segment ``index`` (of kind ``mode``) current; its round/queue is kept per
        segment, so coming back to a segment continues where it was. No turn may be live."""
        state = self._state
        state.require_no_turn("changing segment")
        if mode not in ("round", "open"):
            raise TalkingOrderError(f"unknown mode {mode!r}")
        wanted = RoundState if mode == "round" else QueueState
        if not isinstance(state.orders.get(index), wanted):
            state.orders[index] = wanted()
        state.segment = index
        state.mode = mode

    def leave_segment(self) -> None:
        """No segment is current any more (session ended). No turn may be live."""
        self._state.require_no_turn("leaving the segment")
        self._state.segment = None
        self._state.mode = None

    def hold(self) -> None:
        """The session is paused: the live turn (and any turn started now) stops counting."""
        state = self._state
        if state.held:
            raise TalkingOrderError("already held")
        t = self._time()
        state.held = True
        if state.live is not None:
            state.live.held_since = t

    def release(self) -> None:
        """The session runs again: the live turn counts again."""
        state = self._state
        if not state.held:
            raise TalkingOrderError("not held")
        t = self._time()
        state.held = False
        if state.live is not None and state.live.held_since is not None:
            state.live.paused += t - state.live.held_since
            state.live.held_since = None

    # ------------------------------------------------------------------ reads

    @property
    def mode(self) -> Mode | None:
        return self._state.mode

    @property
    def segment_index(self) -> int | None:
        return self._state.segment

    @property
    def held(self) -> bool:
        return self._state.held

    @property
    def seats(self) -> Mapping[int, int]:
        return dict(self._state.seats)

    @property
    def present(self) -> tuple[int, ...]:
        """Present members in seat order."""
        return self._state.present_in_seat_order()

    def is_present(self, member_id: int) -> bool:
        return member_id in self._state.present

    @property
    def speaker(self) -> int | None:
        """Member id of the current speaker, or None."""
        live = self._state.live
        return live.member_id if live is not None else None

    @property
    def turns(self) -> tuple[Turn, ...]:
        """Finished turns (including passes), oldest first."""
        return tuple(self._state.turns)

    @property
    def fewer_turns_first(self) -> bool:
        return self._state.fewer_turns_first

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
        return self._state.waiting()

    @property
    def up_next(self) -> int | None:
        order = self.order
        return order[0] if order else None

    @property
    def round_started(self) -> bool:
        return talk_reads.round_started(self._state)

    @property
    def round_finished(self) -> bool:
        """A started round with nobody waiting and nobody speaking."""
        return talk_reads.round_finished(self._state)

    @property
    def round_done(self) -> tuple[int, ...]:
        """Members who spoke or passed in the current segment's round, in that order."""
        return talk_reads.round_done(self._state)

    @property
    def can_come_back_later(self) -> bool:
        order = self._state.current()
        return isinstance(order, RoundState) and self.speaker is not None and bool(order.pending())

    def speaking_seconds(self) -> float:
        """Live speaking time of the current speaker (0.0 when nobody speaks)."""
        live = self._state.live
        return live.speaking_at(self._read_time()) if live is not None else 0.0

    def airtime(self) -> tuple[AirtimeStats, ...]:
        """Per-member airtime, turn and pass counts (see talk_reads), seat order."""
        return talk_reads.airtime_at(self._state, self._read_time())

    def snapshot(self) -> TalkSnapshot:
        return self.snapshot_at(self._read_time())

    def snapshot_at(self, t: float) -> TalkSnapshot:
        """Snapshot for a time ``t`` read by the caller (clamped to the last seen time)."""
        return talk_reads.snapshot_at(self._state, max(t, self._last_t), self._soft_limit_minutes)

    def previous_member(self) -> int | None:
        """Who :meth:`previous_speaker` would call (None: nobody)."""
        return talk_reads.previous_member(self._state.turns, self._state.segment, self.speaker)

    # ------------------------------------------------------------------ attendance

    def set_present(self, member_ids: Iterable[int]) -> tuple[TalkEvent, ...]:
        """Make exactly ``member_ids`` present: leaves first, then arrivals, in seat order."""
        state = self._state
        target = {check_id(m) for m in member_ids}
        for member_id in target:
            state.require_known(member_id)
        t = self._read_time()
        leaves: list[TalkEvent] = []
        for member_id in sorted(state.present - target, key=state.seat_key):
            leaves.extend(self._plan_leave(member_id, t))
        # Plan arrivals against the state after the leaves: apply leaves first.
        done = list(self._run(leaves))
        for member_id in sorted(target - state.present, key=state.seat_key):
            done.extend(self._run(self._plan_arrive(member_id, None, t)))
        return tuple(done)

    def arrive(self, member_id: int, seat: int | None = None) -> tuple[TalkEvent, ...]:
        """``member_id`` arrives (or changes seat). Joins a started round as documented."""
        return self._run(self._plan_arrive(check_id(member_id), seat, self._read_time()))

    def leave(self, member_id: int) -> tuple[TalkEvent, ...]:
        """``member_id`` leaves: their live turn ends (not a pass), they leave every order."""
        return self._run(self._plan_leave(check_id(member_id), self._read_time()))

    # ------------------------------------------------------------------ turns

    def start_round(self, first_member_id: int | None = None) -> tuple[TalkEvent, ...]:
        """Start (or restart) the round of the current round segment.

        Starts at ``first_member_id`` or, if None, at ``rng.choice`` of the present members in
        seat order. A live turn is ended first. Nobody's turn starts yet.
        """
        self._state.require_round("start a round")
        t = self._read_time()
        events: list[TalkEvent] = self._end_live(t, passed=False)
        events.append(RoundStarted(at=t, order=self._round_order(first_member_id)))
        return self._run(events)

    def end_turn(self, passed: bool = False) -> tuple[TalkEvent, ...]:
        """End the current turn without calling anyone (``()`` when nobody speaks)."""
        return self._run(self._end_live(self._read_time(), passed=bool(passed)))

    def next_speaker(self) -> tuple[TalkEvent, ...]:
        """N: end the current turn (if any) and start the next waiting member's (if any).

        On a round segment whose round was not started, starts one with a random first
        member. Returns ``()`` when there is nothing to do.
        """
        order = self._state.require_segment("call the next speaker")
        t = self._read_time()
        events = self._end_live(t, passed=False)
        if isinstance(order, RoundState) and not order.started:
            if not self._state.present:
                return self._run(events)
            first_round = self._round_order(None)
            events.append(RoundStarted(at=t, order=first_round))
            pending = list(first_round)
        else:
            pending = list(self.order)
        if pending:
            events.append(TurnStarted(at=t, member_id=pending[0]))
        return self._run(events)

    def pass_turn(self) -> tuple[TalkEvent, ...]:
        """P: the member whose turn it is passes, and the next waiting member starts.

        Open mode: the current speaker passes. Round mode: the current speaker, or if nobody
        speaks the member up next (a pass of zero duration; an unstarted round is started
        with a random first member). Raises when nobody can pass.
        """
        order = self._state.require_segment("record a pass")
        t = self._read_time()
        pending = list(self.order)
        events = self._end_live(t, passed=True)
        if not events:
            if not isinstance(order, RoundState):
                raise TalkingOrderError("nobody is speaking", Reason.NOBODY_SPEAKING)
            if not order.started:
                if not self._state.present:
                    raise TalkingOrderError("nobody is present", Reason.NOBODY_PRESENT)
                pending = list(self._round_order(None))
                events.append(RoundStarted(at=t, order=tuple(pending)))
            if not pending:
                raise TalkingOrderError(
                    "nobody's turn to pass: the round is finished", Reason.ROUND_COMPLETE
                )
            member_id = pending.pop(0)
            events.append(TurnStarted(at=t, member_id=member_id))
            events.append(TurnEnded(at=t, member_id=member_id, passed=True))
        if pending:
            events.append(TurnStarted(at=t, member_id=pending[0]))
        return self._run(events)

    def come_back_later(self) -> tuple[TalkEvent, ...]:
        """The current speaker asks to come back later: they move to the end of the round
        (their turn so far is discarded) and the next waiting member starts."""
        order = self._state.require_round("come back later")
        speaker = self.speaker
        if speaker is None:
            raise TalkingOrderError("nobody is speaking", Reason.NOBODY_SPEAKING)
        pending = order.pending()
        if not pending:
            raise TalkingOrderError("nobody else is waiting in this round", Reason.NOBODY_WAITING)
        t = self._read_time()
        return self._run(
            [TurnDeferred(at=t, member_id=speaker), TurnStarted(at=t, member_id=pending[0])]
        )

    def previous_speaker(self) -> tuple[TalkEvent, ...]:
        """Back to the member who spoke before the current speaker in this segment (a
        clicker's "back"): the current turn goes back to them. With nobody speaking, the
        member who spoke last speaks again."""
        self._state.require_segment("go back to the previous speaker")
        current = self.speaker
        previous = self.previous_member()
        if previous is None:
            raise TalkingOrderError(
                "nobody has spoken before in this segment", Reason.NOBODY_BEFORE
            )
        self._state.require_present(previous)
        t = self._read_time()
        if current is None:
            return self._run([TurnStarted(at=t, member_id=previous)])
        return self._run([TurnReturned(at=t, member_id=current, to_member_id=previous)])

    # ------------------------------------------------------------------ the queue

    def raise_hand(self, member_id: int) -> tuple[TalkEvent, ...]:
        """Queue ``member_id`` (open mode). Already queued: ``()``."""
        queue = self._state.require_queue("raise a hand")
        member_id = check_id(member_id)
        self._state.require_present(member_id)
        if member_id in queue.hands:
            return ()
        t = self._read_time()
        keys = self._priority_keys(t) if self._state.fewer_turns_first else None
        index = hand_position(queue.hands, member_id, keys)
        return self._run([HandRaised(at=t, member_id=member_id, index=index)])

    def remove(self, member_id: int) -> tuple[TalkEvent, ...]:
        """Take ``member_id`` out of the waiting order (queue, or the round's)."""
        self._state.require_segment("remove a member from the order")
        member_id = check_id(member_id)
        if member_id not in self.order:
            raise TalkingOrderError(
                f"member {member_id} is not waiting", Reason.NOT_WAITING, member_id
            )
        return self._run([RemovedFromOrder(at=self._read_time(), member_id=member_id)])

    def move(self, member_id: int, new_index: int) -> tuple[TalkEvent, ...]:
        """Drag ``member_id`` to position ``new_index`` of the queue (open mode)."""
        queue = self._state.require_queue("reorder the queue")
        member_id = check_id(member_id)
        new_index = check_id(new_index, "queue index")
        if member_id not in queue.hands:
            raise TalkingOrderError(
                f"member {member_id} is not in the queue", Reason.NOT_WAITING, member_id
            )
        if not 0 <= new_index < len(queue.hands):
            raise TalkingOrderError(f"no queue position {new_index}")
        order = [m for m in queue.hands if m != member_id]
        order.insert(new_index, member_id)
        if order == queue.hands:
            return ()
        return self._run([QueueReordered(at=self._read_time(), order=tuple(order))])

    def set_fewer_turns_first(self, enabled: bool) -> tuple[TalkEvent, ...]:
        """Switch the queue policy; switching it on re-sorts the current queue (stable)."""
        enabled = bool(enabled)
        if enabled == self._state.fewer_turns_first:
            return ()
        t = self._read_time()
        events: list[TalkEvent] = [QueuePolicyChanged(at=t, fewer_turns_first=enabled)]
        queue = self._state.current()
        if enabled and isinstance(queue, QueueState) and queue.hands:
            ordered = fewer_turns_order(queue.hands, self._priority_keys(t))
            if ordered != queue.hands:
                events.append(QueueReordered(at=t, order=tuple(ordered)))
        return self._run(events)

    # ------------------------------------------------------------ apply (the one mutation path)

    def apply(self, event: TalkEvent) -> None:
        """Apply one event at its time ``at`` (validates; raises TalkingOrderError)."""
        if event.at < self._last_t:
            raise TalkingOrderError(f"{event.kind} at {event.at} is before the last change")
        event.apply(self._state)
        self._last_t = event.at

    # ------------------------------------------------------------------ internals

    def _run(self, events: Iterable[TalkEvent]) -> tuple[TalkEvent, ...]:
        done = tuple(events)
        for event in done:
            self.apply(event)
        return done

    def _end_live(self, t: float, *, passed: bool) -> list[TalkEvent]:
        """The event ending the live turn, if there is one."""
        speaker = self.speaker
        return [] if speaker is None else [TurnEnded(at=t, member_id=speaker, passed=passed)]

    def _round_order(self, first_member_id: int | None) -> tuple[int, ...]:
        first = None if first_member_id is None else check_id(first_member_id)
        return round_order(self.present, first, self._rng)

    def _plan_arrive(self, member_id: int, seat: int | None, t: float) -> list[TalkEvent]:
        state = self._state
        if seat is None:
            state.require_known(member_id)
        else:
            check_id(seat, "seat")
        if member_id in state.present and (seat is None or state.seats.get(member_id) == seat):
            return []
        events: list[TalkEvent] = [MemberArrived(at=t, member_id=member_id, seat=seat)]
        order = state.current()
        if (
            member_id not in state.present
            and isinstance(order, RoundState)
            and order.started
            and member_id not in order.done
            and member_id not in order.pending()
        ):
            seats = dict(state.seats)
            if seat is not None:
                seats[member_id] = seat
            position = late_position(order, member_id, seats)
            events.append(RoundJoined(at=t, member_id=member_id, position=position))
        return events

    def _plan_leave(self, member_id: int, t: float) -> list[TalkEvent]:
        if member_id not in self._state.present:
            return []
        events = self._end_live(t, passed=False) if self.speaker == member_id else []
        events.append(MemberLeft(at=t, member_id=member_id))
        return events

    def _priority_keys(self, t: float) -> dict[int, PriorityKey]:
        return priority_keys(talk_reads.airtime_at(self._state, t))
