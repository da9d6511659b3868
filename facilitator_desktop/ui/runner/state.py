"""What the Session page knows beside the live session: the names and numbers it shows.

Pure Python (no Qt). Aliases and rule cards are read when a session opens (or after an
unlock) and dropped on a lock; members' numbers are fixed when the session opens (seat
order), so nobody is renumbered by who arrives late. Check-in scores are private: known
while unlocked, dropped on a lock like the names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from facilitator_desktop.domain.member_numbers import member_numbers
from facilitator_desktop.services.rules import RuleCardDraft

#: How a member without a known alias is shown (a lock dropped the names, say).
NO_NAME = "—"


@dataclass
class PageState:
    #: Every member's alias in the open session's group (empty while locked).
    aliases: dict[int, str] = field(default_factory=dict)
    #: Counts changes of `aliases`: what shows names repaints only when it moves.
    names_version: int = 0
    #: The group's current rule cards, numbered from 1 in this order.
    cards: tuple[RuleCardDraft, ...] = ()
    #: Every member's number for the open session.
    numbers: dict[int, int] = field(default_factory=dict)
    #: The open session's check-in scores by member (empty while locked).
    scores: dict[int, int] = field(default_factory=dict)
    #: Counts changes of `scores`: what shows them repaints only when it moves.
    scores_version: int = 0
    locked: bool = False

    def set_aliases(self, aliases: Mapping[int, str]) -> None:
        self.aliases = dict(aliases)
        self.names_version += 1

    def set_scores(self, scores: Mapping[int, int]) -> None:
        self.scores = dict(scores)
        self.scores_version += 1

    def set_score(self, member_id: int, score: int) -> int | None:
        """A member's score now; returns the one it replaces."""
        previous = self.scores.get(member_id)
        self.scores[member_id] = score
        self.scores_version += 1
        return previous

    def alias(self, member_id: int | None, default: str = NO_NAME) -> str:
        return self.aliases.get(member_id, default) if member_id is not None else default

    def number_seats(self, seats: Mapping[int, int] | None) -> None:
        """The numbers of a session that opened (None: no session)."""
        self.numbers = member_numbers(seats) if seats is not None else {}

    def member_with_number(self, number: int) -> int | None:
        return next((m for m, n in self.numbers.items() if n == number), None)
