"""Stable member numbers for the keyboard, and the number keys that choose them.

Pure Python (no Qt). Every member of a session gets a number from its seat order when the
session opens: 1 for the first seat, and so on. The number never depends on who is present,
so a late arrival renumbers nobody and a facilitator can learn "Bo is 2".

The keys that choose a number (:class:`NumberEntry`):

* ``1``–``9`` alone: member 1–9.
* ``0`` then two digits: any member number, e.g. ``0 1 2`` for member 12 (``0 0 7`` is 7).
* A prefix key then a number, for other things that have numbers: ``R 3`` (rule card 3),
  ``M 5`` (mark member 5's attendance). After a prefix, ``0`` also starts two digits.

The entry keeps only what was typed; how long a prefix waits is the caller's business.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

#: How many digits follow a leading 0.
LONG_DIGITS: Final = 2


def member_numbers(seats: Mapping[int, int]) -> dict[int, int]:
    """``{member_id: number}``: 1, 2, 3 … in seat order (ties by member id)."""
    ordered = sorted(seats, key=lambda member_id: (seats[member_id], member_id))
    return {member_id: number for number, member_id in enumerate(ordered, start=1)}


class Prefix(StrEnum):
    #: A member of the session (digits alone, or 0 then two digits).
    MEMBER = "member"
    #: A rule card (R then its number).
    CARD = "card"
    #: A member whose attendance to mark (M then their number).
    MARK = "mark"


@dataclass(frozen=True, slots=True)
class Chosen:
    """A complete number for `prefix`."""

    prefix: Prefix
    number: int


@dataclass(frozen=True, slots=True)
class Waiting:
    """More digits are needed; `typed` is what came so far (for a visible prompt)."""

    prefix: Prefix
    typed: str
    long: bool


class NumberEntry:
    """The state of a number being typed (see the module docstring)."""

    def __init__(self) -> None:
        self._prefix: Prefix | None = None
        self._long = False
        self._typed = ""

    @property
    def pending(self) -> Prefix | None:
        """What a number is being typed for, or None."""
        return self._prefix

    def begin(self, prefix: Prefix) -> Waiting:
        """A prefix key (R, M): the next digit completes it (0 asks for two more)."""
        self._prefix, self._long, self._typed = prefix, False, ""
        return Waiting(prefix, "", False)

    def cancel(self) -> Prefix | None:
        """Forget what was typed; returns what it was for."""
        prefix = self._prefix
        self._prefix, self._long, self._typed = None, False, ""
        return prefix

    def digit(self, digit: int) -> Chosen | Waiting:
        if isinstance(digit, bool) or not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError(f"not a digit: {digit!r}")
        prefix = self._prefix
        if prefix is None:
            if digit != 0:
                return Chosen(Prefix.MEMBER, digit)
            self._prefix, self._long, self._typed = Prefix.MEMBER, True, ""
            return Waiting(Prefix.MEMBER, "", True)
        if not self._long:
            if digit == 0:
                self._long = True
                return Waiting(prefix, "", True)
            self.cancel()
            return Chosen(prefix, digit)
        self._typed += str(digit)
        if len(self._typed) < LONG_DIGITS:
            return Waiting(prefix, self._typed, True)
        number = int(self._typed)
        self.cancel()
        return Chosen(prefix, number)
