"""Attendance marks for one session: who is in the room, and since/until when."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

AttendanceStatus = Literal["present", "late", "left_early", "excused", "absent"]
STATUSES: Final[tuple[AttendanceStatus, ...]] = (
    "present",
    "late",
    "left_early",
    "excused",
    "absent",
)
IN_ROOM: Final[frozenset[str]] = frozenset({"present", "late"})
#: What a member not marked by the end of the session becomes: no notice was given.
UNMARKED_AT_END: Final[AttendanceStatus] = "absent"


@dataclass(frozen=True, slots=True)
class Mark:
    status: AttendanceStatus
    arrived_at: float | None = None  # session seconds; kept for "late"
    left_at: float | None = None  # session seconds; kept for "left_early"

    @property
    def in_room(self) -> bool:
        return self.status in IN_ROOM


def next_mark(previous: Mark | None, status: AttendanceStatus, at: float) -> Mark:
    """The mark after the facilitator sets `status` at session time `at`.

    Arrival and leaving times are kept from earlier marks, so "late" then "left early"
    remembers both when they came and when they went.
    """
    arrived = previous.arrived_at if previous else None
    if status == "late":
        return Mark("late", arrived if previous and previous.status == "late" else at, None)
    if status == "present":
        return Mark("present", None, None)
    if status == "left_early":
        return Mark("left_early", arrived, at)
    return Mark(status, None, None)
