"""The talking order's events: one class per operation, each the whole definition of it.

Pure Python, no Qt, no I/O. A talk event is a fact about who speaks when (a turn started,
a hand raised, a member left), recorded with its session time ``at``. Each class says
everything about its operation in one place: the ``kind`` it is stored under, its fields
(what is stored, checked on reading by their types) and :meth:`TalkEvent.apply`, how it
changes a :class:`~facilitator_desktop.domain.talk_state.TalkState`. The commands of
:class:`~facilitator_desktop.domain.talking_order.TalkingOrder` decide which events an
action produces and apply them; the session runner stores exactly those events and a
replay applies them again, so live and replayed states are built by the same code.

Events record outcomes, not intentions: a random round start is stored as the resulting
order, a fewer-turns-first insertion as its index. ``apply`` validates first and changes
nothing when it raises :class:`~facilitator_desktop.domain.talk_state.TalkingOrderError`.

Adding an operation: a new frozen dataclass here with a new ``kind`` and an ``apply``, a
command in ``TalkingOrder`` that produces it, and its tests. Nothing else lists the events:
:mod:`~facilitator_desktop.domain.event_kinds` finds every class in this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from facilitator_desktop.domain.events import Event
from facilitator_desktop.domain.refusal import Reason
from facilitator_desktop.domain.talk_state import (
    LiveTurn,
    RoundState,
    SegmentOrder,
    TalkingOrderError,
    TalkState,
    Turn,
    check_id,
)

__all__ = [
    "HandRaised",
    "MemberArrived",
    "MemberLeft",
    "QueuePolicyChanged",
    "QueueReordered",
    "RemovedFromOrder",
    "RoundJoined",
    "RoundStarted",
    "TalkEvent",
    "TurnDeferred",
    "TurnEnded",
    "TurnReturned",
    "TurnStarted",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class TalkEvent(Event):
    """Base of the talking order's events."""

    def apply(self, state: TalkState) -> None:
        """Change ``state`` as this event says, at ``self.at`` (validates first)."""
        raise NotImplementedError  # pragma: no cover - every event class overrides it


# --------------------------------------------------------------------------- turns


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnStarted(TalkEvent):
    """``member_id`` starts speaking (and leaves the round/queue order if waiting)."""

    kind: ClassVar[str] = "turn_started"
    member_id: int

    def apply(self, state: TalkState) -> None:
        order = state.require_segment("start a turn")
        assert state.segment is not None
        if state.live is not None:
            raise TalkingOrderError("a turn is already running", Reason.TURN_RUNNING)
        state.require_present(self.member_id)
        live = LiveTurn(
            member_id=self.member_id,
            segment_index=state.segment,
            started_at=self.at,
            held_since=self.at if state.held else None,
        )
        if isinstance(order, RoundState):
            if self.member_id in order.ahead:
                order.ahead.remove(self.member_id)
                live.origin, live.cursor_before = "ahead", order.cursor
                order.cursor = state.rotation_key(self.member_id, order.start)
            elif self.member_id in order.later:
                order.later.remove(self.member_id)
                live.origin = "later"
        elif order.discard(self.member_id):
            live.origin = "queue"
        state.live = live


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnEnded(TalkEvent):
    """The current speaker's turn ends; ``passed`` marks a pass."""

    kind: ClassVar[str] = "turn_ended"
    member_id: int
    passed: bool

    def apply(self, state: TalkState) -> None:
        live = state.require_live(self.member_id)
        paused = live.paused
        if live.held_since is not None:
            paused += self.at - live.held_since
        state.turns.append(
            Turn(
                member_id=self.member_id,
                segment_index=live.segment_index,
                started_at=live.started_at,
                ended_at=self.at,
                passed=bool(self.passed),
                paused_seconds=paused,
            )
        )
        state.live = None
        order = state.current()
        if isinstance(order, RoundState) and order.started and self.member_id not in order.done:
            order.done.append(self.member_id)  # speaking again (a "back") counts once


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnDeferred(TalkEvent):
    """Come back later: the turn is discarded and the member goes to the round's end."""

    kind: ClassVar[str] = "turn_deferred"
    member_id: int

    def apply(self, state: TalkState) -> None:
        order = state.require_round("come back later")
        state.require_live(self.member_id)
        state.live = None
        order.later.append(self.member_id)


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnReturned(TalkEvent):
    """Back to the previous speaker: the turn of ``member_id`` goes back to
    ``to_member_id`` from when it began; ``member_id`` leaves no turn and waits again where
    they waited before it, first in line (or, speaking again, stays done)."""

    kind: ClassVar[str] = "turn_returned"
    member_id: int
    to_member_id: int

    def apply(self, state: TalkState) -> None:
        stray = state.require_live(self.member_id)
        order = state.require_segment("return a turn")
        state.require_present(self.to_member_id)
        if self.to_member_id == self.member_id:
            raise TalkingOrderError("a turn cannot return to its own speaker")
        state.live = None
        _put_back(order, stray)
        TurnStarted(at=self.at, member_id=self.to_member_id).apply(state)
        taken = state.live
        assert taken is not None
        # The returned turn runs from when the stray one began, pauses included.
        taken.started_at, taken.paused, taken.held_since = (
            stray.started_at,
            stray.paused,
            stray.held_since,
        )


def _put_back(order: SegmentOrder, live: LiveTurn) -> None:
    """The member of a turn that leaves no record waits again where they waited."""
    member_id = live.member_id
    if isinstance(order, RoundState):
        if live.origin == "ahead":
            order.ahead.insert(0, member_id)
            order.cursor = live.cursor_before
        elif live.origin == "later":
            order.later.insert(0, member_id)
    elif live.origin == "queue":
        order.discard(member_id)  # they raised a hand again while speaking
        order.hands.insert(0, member_id)


# --------------------------------------------------------------------------- rounds


@dataclass(frozen=True, slots=True, kw_only=True)
class RoundStarted(TalkEvent):
    """A round starts with this full order (the first member is up next)."""

    kind: ClassVar[str] = "round_started"
    order: tuple[int, ...]

    def apply(self, state: TalkState) -> None:
        state.require_round("start a round")
        if state.live is not None:
            raise TalkingOrderError(
                "end the current turn before starting a round", Reason.TURN_RUNNING
            )
        if not self.order or len(set(self.order)) != len(self.order):
            raise TalkingOrderError("a round needs distinct members")
        for member_id in self.order:
            state.require_present(member_id)
        assert state.segment is not None
        state.orders[state.segment] = RoundState(
            started=True, start=state.seat_key(self.order[0]), ahead=list(self.order)
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class RoundJoined(TalkEvent):
    """A late member joins the started round at ``position`` (``None``: at the end)."""

    kind: ClassVar[str] = "round_joined"
    member_id: int
    position: int | None

    def apply(self, state: TalkState) -> None:
        order = state.require_round("join a round")
        if not order.started:
            raise TalkingOrderError("the round has not started", Reason.ROUND_NOT_STARTED)
        state.require_present(self.member_id)
        if self.member_id in order.ahead or self.member_id in order.later:
            raise TalkingOrderError(
                f"member {self.member_id} is already in the round",
                Reason.ALREADY_IN_ROUND,
                self.member_id,
            )
        if self.position is None:
            order.later.append(self.member_id)
        elif 0 <= self.position <= len(order.ahead):
            order.ahead.insert(self.position, self.member_id)
        else:
            raise TalkingOrderError(f"no round position {self.position}")


# --------------------------------------------------------------------------- the queue


@dataclass(frozen=True, slots=True, kw_only=True)
class HandRaised(TalkEvent):
    """``member_id`` joins the queue at ``index``."""

    kind: ClassVar[str] = "hand_raised"
    member_id: int
    index: int

    def apply(self, state: TalkState) -> None:
        queue = state.require_queue("raise a hand")
        state.require_present(self.member_id)
        if self.member_id in queue.hands:
            raise TalkingOrderError(
                f"member {self.member_id} is already queued", Reason.ALREADY_QUEUED, self.member_id
            )
        if not 0 <= self.index <= len(queue.hands):
            raise TalkingOrderError(f"no queue position {self.index}")
        queue.hands.insert(self.index, self.member_id)


@dataclass(frozen=True, slots=True, kw_only=True)
class RemovedFromOrder(TalkEvent):
    """``member_id`` is taken out of the waiting order (queue or round)."""

    kind: ClassVar[str] = "removed_from_order"
    member_id: int

    def apply(self, state: TalkState) -> None:
        order = state.require_segment("remove a member from the order")
        if not order.discard(self.member_id):
            raise TalkingOrderError(
                f"member {self.member_id} is not waiting", Reason.NOT_WAITING, self.member_id
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class QueueReordered(TalkEvent):
    """The queue becomes exactly ``order`` (a permutation of it)."""

    kind: ClassVar[str] = "queue_reordered"
    order: tuple[int, ...]

    def apply(self, state: TalkState) -> None:
        queue = state.require_queue("reorder the queue")
        if len(set(self.order)) != len(self.order) or set(self.order) != set(queue.hands):
            raise TalkingOrderError("a reorder must be a permutation of the queue")
        queue.hands = list(self.order)


@dataclass(frozen=True, slots=True, kw_only=True)
class QueuePolicyChanged(TalkEvent):
    """The fewer-turns-first queue policy is switched on or off."""

    kind: ClassVar[str] = "queue_policy_changed"
    fewer_turns_first: bool

    def apply(self, state: TalkState) -> None:
        state.fewer_turns_first = self.fewer_turns_first


# --------------------------------------------------------------------------- attendance


@dataclass(frozen=True, slots=True, kw_only=True)
class MemberArrived(TalkEvent):
    """``member_id`` is present (``seat`` sets or changes their seat when given)."""

    kind: ClassVar[str] = "member_arrived"
    member_id: int
    seat: int | None

    def apply(self, state: TalkState) -> None:
        if self.seat is not None:
            state.seats[check_id(self.member_id)] = check_id(self.seat, "seat")
        state.require_known(self.member_id)
        state.present.add(self.member_id)


@dataclass(frozen=True, slots=True, kw_only=True)
class MemberLeft(TalkEvent):
    """``member_id`` is no longer present; they leave every waiting order."""

    kind: ClassVar[str] = "member_left"
    member_id: int

    def apply(self, state: TalkState) -> None:
        state.require_present(self.member_id)
        if state.live is not None and state.live.member_id == self.member_id:
            raise TalkingOrderError(
                "end the member's turn before they leave", Reason.SPEAKING_LEAVES, self.member_id
            )
        state.present.discard(self.member_id)
        for order in state.orders.values():
            order.discard(self.member_id)
