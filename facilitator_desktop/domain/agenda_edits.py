"""The session's segments as they stand, and the rule for changing them in the room.

Pure Python, no Qt, no I/O. :class:`AgendaSegments` holds each segment's plan, its
extensions and the running time it has had, and how far the session has got;
:class:`~facilitator_desktop.domain.agenda_timer.AgendaTimer` keeps the clock.

Editing during a session
------------------------
The part of the agenda up to the furthest segment reached so far is history: it cannot be
restructured (no add/remove/move there), so indices of segments that have been current never
change and turns recorded against them stay valid. Everything after it can be added,
removed and moved freely; planned minutes (and names) of any segment can be changed. Before
the start everything is editable; after the end nothing is (the timer refuses). An edit
that is not possible raises :class:`~facilitator_desktop.domain.agenda.AgendaError` and
changes nothing.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import overload

from facilitator_desktop.domain.agenda import AgendaError, SegmentPlan
from facilitator_desktop.domain.refusal import Reason

__all__ = ["AgendaSegments", "Segment", "check_minutes"]


@dataclass(slots=True)
class Segment:
    """One segment of a session: its plan, its extensions and its running time so far."""

    plan: SegmentPlan
    extra_seconds: float = 0.0
    #: Elapsed seconds of closed running stretches (the live stretch is added on read).
    elapsed: float = 0.0
    #: Has been the current segment since the session started.
    visited: bool = False

    @property
    def planned_seconds(self) -> float:
        return self.plan.seconds + self.extra_seconds


def check_minutes(minutes: float, what: str) -> None:
    if isinstance(minutes, bool) or not isinstance(minutes, int | float):
        raise AgendaError(f"{what} must be a number, got {minutes!r}")
    if not math.isfinite(minutes):
        raise AgendaError(f"{what} must be finite, got {minutes!r}")


class AgendaSegments(Sequence[Segment]):
    """The segments in order (see the module docstring); at least one."""

    def __init__(self, plans: Iterable[SegmentPlan]) -> None:
        self._items = [Segment(plan) for plan in plans]
        for seg in self._items:
            if not isinstance(seg.plan, SegmentPlan):
                raise AgendaError(f"not a SegmentPlan: {seg.plan!r}")
        if not self._items:
            raise AgendaError("an agenda needs at least one segment", Reason.LAST_SEGMENT)
        #: Highest index that has been current since the start (-1 before the start).
        self.furthest = -1

    @overload
    def __getitem__(self, index: int) -> Segment: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Segment]: ...
    def __getitem__(self, index: int | slice) -> Segment | Sequence[Segment]:
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    @property
    def plans(self) -> tuple[SegmentPlan, ...]:
        return tuple(seg.plan for seg in self._items)

    @property
    def first_editable_index(self) -> int:
        """Segments at this index and later may be added, removed and moved."""
        return self.furthest + 1

    def planned_total(self) -> float:
        return math.fsum(seg.planned_seconds for seg in self._items)

    def visit(self, index: int) -> None:
        self._items[index].visited = True
        self.furthest = max(self.furthest, index)

    def check_index(self, index: int) -> int:
        if isinstance(index, bool) or not isinstance(index, int):
            raise AgendaError(f"segment index must be an int, got {index!r}")
        if not 0 <= index < len(self._items):
            raise AgendaError(f"no segment {index} (agenda has {len(self._items)})")
        return index

    # ------------------------------------------------------------------ edits

    def extend(self, index: int, minutes: float) -> None:
        """Add ``minutes`` to the plan of segment ``index`` (negative: a correction)."""
        check_minutes(minutes, "extension")
        seg = self._items[index]
        if seg.planned_seconds + minutes * 60 < 0:
            raise AgendaError(
                "a segment's planned time cannot become negative", Reason.NEGATIVE_TIME
            )
        seg.extra_seconds += minutes * 60

    def add(self, plan: SegmentPlan, index: int | None = None) -> int:
        """Insert ``plan`` at ``index`` (default: at the end). Returns the index used."""
        if not isinstance(plan, SegmentPlan):
            raise AgendaError(f"not a SegmentPlan: {plan!r}")
        if index is None:
            index = len(self._items)
        if isinstance(index, bool) or not isinstance(index, int):
            raise AgendaError(f"segment index must be an int, got {index!r}")
        if not self.first_editable_index <= index <= len(self._items):
            raise AgendaError(self._edit_range_message(index, len(self._items)))
        # index > current index once started, so the current index never shifts.
        self._items.insert(index, Segment(plan))
        return index

    def remove(self, index: int) -> SegmentPlan:
        """Remove the segment at ``index`` (not yet reached) and return its plan."""
        self._check_editable(index)
        if len(self._items) == 1:
            raise AgendaError("an agenda needs at least one segment", Reason.LAST_SEGMENT)
        return self._items.pop(index).plan

    def move(self, from_index: int, to_index: int) -> None:
        """Move a segment so that it ends up at ``to_index``; both must be editable."""
        self._check_editable(from_index)
        self._check_editable(to_index)
        self._items.insert(to_index, self._items.pop(from_index))

    def set_minutes(self, index: int, minutes: float) -> None:
        """Change the planned minutes of any segment (extensions are kept separately)."""
        seg = self._items[self.check_index(index)]
        check_minutes(minutes, "segment minutes")
        if minutes < 0 or minutes * 60 + seg.extra_seconds < 0:
            raise AgendaError(
                "a segment's planned time cannot become negative", Reason.NEGATIVE_TIME
            )
        seg.plan = dataclasses.replace(seg.plan, minutes=minutes)

    def rename(self, index: int, name: str) -> None:
        """Give any segment a new name (its times and kind are kept)."""
        seg = self._items[self.check_index(index)]
        if not isinstance(name, str) or not name.strip():
            raise AgendaError("a segment needs a name", Reason.SEGMENT_NAME)
        seg.plan = dataclasses.replace(seg.plan, name=name)

    def _check_editable(self, index: int) -> None:
        self.check_index(index)
        if index < self.first_editable_index:
            raise AgendaError(self._edit_range_message(index, len(self._items) - 1))

    def _edit_range_message(self, index: int, last: int) -> str:
        first = self.first_editable_index
        if first > last:
            return f"segment {index} cannot be changed: every segment has been reached"
        return (
            f"segment {index} cannot be changed: only positions {first}..{last} "
            "(not yet reached) can be"
        )
