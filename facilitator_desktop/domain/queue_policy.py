"""Open mode (segment kind ``"open"``): the raise-hand queue and fewer turns first.

Pure Python, no Qt, no I/O. The rules the talking order's commands follow in an open
discussion:

* Raising a hand appends to the queue (no duplicates: raising again does nothing; the
  current speaker may queue again). N pops the head and starts their turn, P ends the
  current turn as a pass and pops the head. A member can be taken out of the queue or
  dragged to another place in it.
* With *fewer turns first* on, a raised hand goes before the first queued member who has
  had more turns, or as many turns and more airtime (stable otherwise:
  :func:`hand_position`); switching it on re-sorts the queue once the same way
  (:func:`fewer_turns_order`). Manual moves are always respected afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from facilitator_desktop.domain.talk_reads import AirtimeStats

__all__ = ["PriorityKey", "fewer_turns_order", "hand_position", "priority_keys"]

#: (turns, airtime seconds): who has had less of the floor sorts first.
PriorityKey = tuple[int, float]
_NEVER_SPOKE: PriorityKey = (0, 0.0)


def priority_keys(airtime: Iterable[AirtimeStats]) -> dict[int, PriorityKey]:
    return {s.member_id: (s.turns, s.seconds) for s in airtime}


def hand_position(
    hands: Sequence[int], member_id: int, keys: Mapping[int, PriorityKey] | None
) -> int:
    """Where ``member_id`` joins the queue ``hands``: at the end, or with fewer turns first
    (``keys`` given) before the first member who has had more of the floor."""
    if keys is not None:
        mine = keys.get(member_id, _NEVER_SPOKE)
        for i, other in enumerate(hands):
            if keys.get(other, _NEVER_SPOKE) > mine:
                return i
    return len(hands)


def fewer_turns_order(hands: Sequence[int], keys: Mapping[int, PriorityKey]) -> list[int]:
    """The queue re-sorted fewer turns first, keeping the order of equals."""
    return sorted(hands, key=lambda m: keys.get(m, _NEVER_SPOKE))
