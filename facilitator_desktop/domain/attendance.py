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
#: A time a mark records: when a late member arrived, when a member left early.
RecordedTime = Literal["arrival", "leaving"]


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

    A recorded time is never replaced: marking the same status again changes nothing, and
    "late" then "left early" (or back to "late") keeps the first arrival time. What a
    change would drop instead is told by :func:`lost_times`, so the caller can ask first.
    """
    if previous is not None and previous.status == status:
        return previous
    arrived = previous.arrived_at if previous is not None else None
    if status == "late":
        return Mark("late", arrived if arrived is not None else at, None)
    if status == "left_early":
        return Mark("left_early", arrived, at)
    return Mark(status, None, None)


def lost_times(previous: Mark | None, status: AttendanceStatus) -> tuple[RecordedTime, ...]:
    """The recorded times that marking `status` would remove (empty: nothing is lost)."""
    if previous is None or previous.status == status:
        return ()
    lost: list[RecordedTime] = []
    if previous.arrived_at is not None and status not in ("late", "left_early"):
        lost.append("arrival")
    if previous.left_at is not None:
        lost.append("leaving")  # any new status means they are back, or were never here
    return tuple(lost)
