"""Refusals a person in the room can bring about (passing when nobody is speaking, an agenda
left with no segment), each with a stable reason.

The message stays plain English for logs and tests; the reason is what the interface words
in the facilitator's language, and `member_id` lets it say whom the refusal is about by
name rather than by a number. A refusal with no reason is a program's mistake, not the
room's, and is shown as a general "not possible"."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Reason", "Refusal", "in_phase"]


class Reason(StrEnum):
    TURN_RUNNING = "turn_running"
    NOBODY_SPEAKING = "nobody_speaking"
    NOBODY_PRESENT = "nobody_present"
    ROUND_COMPLETE = "round_complete"
    NOBODY_WAITING = "nobody_waiting"
    NOBODY_BEFORE = "nobody_before"
    ROUND_NOT_STARTED = "round_not_started"
    NO_SEGMENT = "no_segment"
    NOT_A_ROUND = "not_a_round"
    NOT_OPEN = "not_open"
    NOT_PRESENT = "not_present"
    NOT_SPEAKING = "not_speaking"
    NOT_WAITING = "not_waiting"
    ALREADY_QUEUED = "already_queued"
    ALREADY_IN_ROUND = "already_in_round"
    SPEAKING_LEAVES = "speaking_leaves"
    FIRST_SEGMENT = "first_segment"
    SEGMENT_CURRENT = "segment_current"
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"
    NEGATIVE_TIME = "negative_time"
    LAST_SEGMENT = "last_segment"
    SEGMENT_NAME = "segment_name"


class Refusal(ValueError):
    """A domain refusal; `reason` is None for a caller's mistake no person can make."""

    def __init__(
        self, message: str, reason: Reason | None = None, member_id: int | None = None
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.member_id = member_id


def in_phase(phase: str) -> Reason | None:
    """The reason an operation is refused while the session is in `phase`."""
    return _PHASES.get(phase)


_PHASES = {
    "not_started": Reason.NOT_STARTED,
    "running": Reason.RUNNING,
    "paused": Reason.PAUSED,
    "finished": Reason.ENDED,
}
