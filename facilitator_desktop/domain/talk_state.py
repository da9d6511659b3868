"""What a talking order knows at one moment, and the checks every change of it makes.

Pure Python, no Qt, no I/O. :class:`TalkState` holds the seat map, who is present, the live
turn, the finished :class:`Turn` records and, per segment, a :class:`RoundState` or a
:class:`QueueState`. Only the talk events' ``apply`` methods
(:mod:`~facilitator_desktop.domain.talk_events`) and the owner controls of
:class:`~facilitator_desktop.domain.talking_order.TalkingOrder` (segment, pause) change it;
everything else reads it through the talking order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from facilitator_desktop.domain.refusal import Reason, Refusal

__all__ = [
    "LiveTurn",
    "Mode",
    "QueueState",
    "RotationKey",
    "RoundState",
    "SegmentOrder",
    "TalkState",
    "TalkingOrderError",
    "Turn",
    "check_id",
]

Mode = Literal["round", "open"]

#: Where a member sits in a round that started at a given seat: (wrapped, seat, member id).
RotationKey = tuple[int, int, int]
#: Where a speaker waited before their turn: how a returned turn puts them back.
Origin = Literal["ahead", "later", "queue", "none"]


class TalkingOrderError(Refusal):
    """A talking-order operation that is not possible in the current state."""


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


@dataclass(slots=True)
class LiveTurn:
    """The turn running now."""

    member_id: int
    segment_index: int
    started_at: float
    paused: float = 0.0
    held_since: float | None = None
    origin: Origin = "none"
    #: The round's cursor before this member was called from ``ahead``.
    cursor_before: RotationKey | None = None

    def speaking_at(self, t: float) -> float:
        held = t - self.held_since if self.held_since is not None else 0.0
        return (t - self.started_at) - self.paused - held


@dataclass(slots=True)
class RoundState:
    """A round segment: who waits in seat order (``ahead``), who comes back at the end
    (``later``) and who has spoken or passed (``done``)."""

    started: bool = False
    #: (seat, member_id) of the first member: where the rotation starts.
    start: tuple[int, int] = (0, 0)
    ahead: list[int] = field(default_factory=list)
    later: list[int] = field(default_factory=list)
    done: list[int] = field(default_factory=list)
    #: Rotation key of the last member called from ``ahead`` (None: nobody yet).
    cursor: RotationKey | None = None

    def pending(self) -> list[int]:
        return [*self.ahead, *self.later]

    def discard(self, member_id: int) -> bool:
        """Take ``member_id`` out of the waiting lists; True if they were waiting."""
        for waiting in (self.ahead, self.later):
            if member_id in waiting:
                waiting.remove(member_id)
                return True
        return False


@dataclass(slots=True)
class QueueState:
    """An open segment: the raised hands in calling order."""

    hands: list[int] = field(default_factory=list)

    def pending(self) -> list[int]:
        return list(self.hands)

    def discard(self, member_id: int) -> bool:
        """Take ``member_id`` out of the queue; True if they were in it."""
        if member_id in self.hands:
            self.hands.remove(member_id)
            return True
        return False


SegmentOrder = RoundState | QueueState


def check_id(value: object, what: str = "member id") -> int:
    """``value`` if it is an int (not a bool), else :class:`TalkingOrderError`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TalkingOrderError(f"{what} must be an int, got {value!r}")
    return value


@dataclass(slots=True)
class TalkState:
    """The talking order's state (see the module docstring)."""

    seats: dict[int, int]
    fewer_turns_first: bool = False
    present: set[int] = field(default_factory=set)
    turns: list[Turn] = field(default_factory=list)
    live: LiveTurn | None = None
    held: bool = False
    mode: Mode | None = None
    segment: int | None = None
    orders: dict[int, SegmentOrder] = field(default_factory=dict)

    # ------------------------------------------------------------------ seats

    def seat_key(self, member_id: int) -> tuple[int, int]:
        return (self.seats.get(member_id, 0), member_id)

    def rotation_key(self, member_id: int, start: tuple[int, int]) -> RotationKey:
        seat_key = self.seat_key(member_id)
        return (0 if seat_key >= start else 1, seat_key[0], seat_key[1])

    def present_in_seat_order(self) -> tuple[int, ...]:
        return tuple(sorted(self.present, key=self.seat_key))

    # ------------------------------------------------------------------ the current segment

    def current(self) -> SegmentOrder | None:
        """The round or queue of the current segment (None: no segment)."""
        if self.segment is None:
            return None
        return self.orders[self.segment]

    def waiting(self) -> tuple[int, ...]:
        """Waiting members in calling order (round: seat order then the end; open: queue)."""
        order = self.current()
        return tuple(order.pending()) if order is not None else ()

    # ------------------------------------------------------------------ checks

    def require_segment(self, what: str) -> SegmentOrder:
        order = self.current()
        if order is None:
            raise TalkingOrderError(f"cannot {what}: no segment is running", Reason.NO_SEGMENT)
        return order

    def require_round(self, what: str) -> RoundState:
        order = self.require_segment(what)
        if not isinstance(order, RoundState):
            raise TalkingOrderError(
                f"cannot {what}: the current segment is not a round", Reason.NOT_A_ROUND
            )
        return order

    def require_queue(self, what: str) -> QueueState:
        order = self.require_segment(what)
        if not isinstance(order, QueueState):
            raise TalkingOrderError(
                f"cannot {what}: the current segment is not an open discussion", Reason.NOT_OPEN
            )
        return order

    def require_no_turn(self, before: str) -> None:
        if self.live is not None:
            raise TalkingOrderError(f"end the current turn before {before}", Reason.TURN_RUNNING)

    def require_known(self, member_id: int) -> None:
        if member_id not in self.seats:
            raise TalkingOrderError(f"unknown member {member_id} (no seat)")

    def require_present(self, member_id: int) -> None:
        if member_id not in self.present:
            raise TalkingOrderError(
                f"member {member_id} is not present", Reason.NOT_PRESENT, member_id
            )

    def require_live(self, member_id: int) -> LiveTurn:
        if self.live is None or self.live.member_id != member_id:
            raise TalkingOrderError(
                f"member {member_id} is not the current speaker", Reason.NOT_SPEAKING, member_id
            )
        return self.live
