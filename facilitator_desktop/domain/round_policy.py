"""Round mode (segment kind ``"round"``): who speaks in which order, and late arrivals.

Pure Python, no Qt, no I/O. The rules the talking order's commands follow in a round:

* A round orders the present members by seat, starting at a chosen member (or a random
  one of the seat-ordered present members) and going round the seats upward, wrapping.
  No turn starts yet; the first member is up next. N on a round whose round was not
  started starts one with a random first member.
* N ends the current turn and starts the next member's. P: the member whose turn it is (the
  current speaker, or the member up next if nobody speaks) passes — recorded as a turn with
  ``passed=True`` — and the following member's turn starts.
* "Come back later": the current speaker's turn is discarded (no turn, no airtime) and
  they move to the end of the round; the next member starts. Refused when nobody else is
  waiting.
* "Back" (a clicker's, in rounds and the queue): the current turn goes back to the member
  who spoke before in this segment, from the moment it began (a stray "next" leaves no turn
  for the member it called, who waits again where they were, first in line; the previous
  member's time runs on, as a new turn). A second "back" goes one further. With nobody
  speaking, the member who spoke last speaks again.
* The round is finished when nobody is waiting and nobody speaks: every member present at
  the start (and every late arrival added) has spoken or passed, has left, or was taken out
  of the order.
* A late arrival during a started round: if the round has not yet reached their seat
  (their seat lies after the seat of the last member called in seat order), they are
  inserted at their seat position (:func:`late_position`); otherwise they are added at the
  end of the round, so they can still check in. A member who already spoke in this round is
  not added again.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from facilitator_desktop.domain.refusal import Reason
from facilitator_desktop.domain.talk_state import RotationKey, RoundState, TalkingOrderError

__all__ = ["late_position", "round_order"]


def round_order(present: Sequence[int], first: int | None, rng: random.Random) -> tuple[int, ...]:
    """The ``present`` members (in seat order) starting at ``first`` (None: a member
    ``rng`` picks) and going round the seats upward, wrapping."""
    if not present:
        raise TalkingOrderError("nobody is present", Reason.NOBODY_PRESENT)
    if first is None:
        first = rng.choice(present)
    elif first not in present:
        raise TalkingOrderError(f"member {first} is not present", Reason.NOT_PRESENT, first)
    at = list(present).index(first)
    return (*present[at:], *present[:at])


def late_position(order: RoundState, member_id: int, seats: Mapping[int, int]) -> int | None:
    """Where a late member joins a started round: the index in ``order.ahead`` at their
    seat if the round has not reached it yet, else None (at the end)."""

    def key(m: int) -> RotationKey:
        seat_key = (seats.get(m, 0), m)
        return (0 if seat_key >= order.start else 1, seat_key[0], seat_key[1])

    mine = key(member_id)
    if order.cursor is not None and mine <= order.cursor:
        return None  # the round has passed their seat: at the end
    for i, other in enumerate(order.ahead):
        if key(other) > mine:
            return i
    return len(order.ahead)
