"""The agenda timer: which segment is running, for how long, and how the session is doing.

Pure Python, no Qt, no I/O. An :class:`AgendaTimer` holds the session's segments
(:class:`~facilitator_desktop.domain.agenda_edits.AgendaSegments`) and a ``now`` callable
(:data:`~facilitator_desktop.domain.clock.Now`, session seconds). Every operation reads the
time from that clock; nothing counts ticks. Reads that the UI repaints from should go
through :meth:`AgendaTimer.snapshot`, which reads the clock once so that all values shown
together are consistent. What each value means (planned, elapsed, remaining, behind ...) is
defined in :mod:`~facilitator_desktop.domain.agenda`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from facilitator_desktop.domain.agenda import (
    DEFAULT_WARN_SECONDS,
    AgendaError,
    AgendaSnapshot,
    Phase,
    SegmentPlan,
    SegmentStatus,
    SegmentView,
    refused_while,
    segment_status,
    whole_minutes_toward_zero,
)
from facilitator_desktop.domain.agenda_edits import AgendaSegments
from facilitator_desktop.domain.clock import Now
from facilitator_desktop.domain.refusal import Reason

__all__ = ["AgendaTimer"]


class AgendaTimer:
    """The session's agenda and its clock-derived times (see the module docstring).

    ``AgendaTimer(segments, now, warn_seconds=120.0)``. ``now`` returns session seconds and
    must not decrease (if it does, the timer uses the latest time it has seen). Operations
    raise :class:`AgendaError` when they are not possible and then change nothing.

    Phases: ``not_started`` → :meth:`start` → ``running`` ⇄ ``paused`` (:meth:`pause`,
    :meth:`resume`, :meth:`toggle`) → ``finished`` (:meth:`finish`, or :meth:`next_segment`
    on the last segment). ``finished`` is final.
    """

    def __init__(
        self,
        segments: Iterable[SegmentPlan],
        now: Now,
        *,
        warn_seconds: float = DEFAULT_WARN_SECONDS,
    ) -> None:
        self._segments = AgendaSegments(segments)
        if not math.isfinite(warn_seconds) or warn_seconds < 0:
            raise AgendaError(f"warn_seconds must be finite and >= 0, got {warn_seconds!r}")
        self._now = now
        self._warn_seconds = float(warn_seconds)
        self._phase: Phase = "not_started"
        self._index = 0
        self._started_at: float | None = None
        self._ended_at: float | None = None
        #: Start of the live running stretch of the current segment (running only).
        self._running_since: float | None = None
        #: Start of the live pause (paused only).
        self._paused_since: float | None = None
        self._paused_total = 0.0
        self._last_t = -math.inf

    # ------------------------------------------------------------------ time

    def _time(self) -> float:
        """Time for an operation: the clock, never earlier than the last operation."""
        t = max(self._now(), self._last_t)
        self._last_t = t
        return t

    def _read_time(self) -> float:
        """Time for a read: like :meth:`_time` but leaves no trace (reads change nothing)."""
        return max(self._now(), self._last_t)

    # ------------------------------------------------------------------ plain state

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def index(self) -> int:
        """Index of the current segment (0 before the start; the last current once finished)."""
        return self._index

    @property
    def current(self) -> SegmentPlan:
        return self._segments[self._index].plan

    @property
    def plans(self) -> tuple[SegmentPlan, ...]:
        """The agenda as it stands (planned minutes as edited, without extensions)."""
        return self._segments.plans

    def __len__(self) -> int:
        return len(self._segments)

    @property
    def is_last(self) -> bool:
        return self._index == len(self._segments) - 1

    @property
    def warn_seconds(self) -> float:
        return self._warn_seconds

    @property
    def started_at(self) -> float | None:
        return self._started_at

    @property
    def ended_at(self) -> float | None:
        return self._ended_at

    @property
    def furthest_index(self) -> int:
        """Highest index that has been current since the start (-1 before the start)."""
        return self._segments.furthest

    @property
    def first_editable_index(self) -> int:
        """Segments at this index and later may be added, removed and moved."""
        return self._segments.first_editable_index

    def extra_seconds(self, index: int) -> float:
        """Sum of extensions of segment ``index`` in seconds."""
        return self._segments[self._segments.check_index(index)].extra_seconds

    def planned_seconds(self, index: int) -> float:
        """``minutes * 60`` + extensions of segment ``index``."""
        return self._segments[self._segments.check_index(index)].planned_seconds

    # ------------------------------------------------------------------ clock-derived reads

    def segment_elapsed(self, index: int | None = None) -> float:
        """Actual elapsed seconds of segment ``index`` (default: the current one)."""
        return self._elapsed_at(self._current_or(index), self._read_time())

    def remaining(self, index: int | None = None) -> float:
        """Remaining seconds of segment ``index`` (default current); negative = overtime."""
        i = self._current_or(index)
        return self._segments[i].planned_seconds - self._elapsed_at(i, self._read_time())

    def status(self, index: int | None = None) -> SegmentStatus:
        """Status of segment ``index`` (default current): normal / warning / overtime."""
        return segment_status(self.remaining(index), self._warn_seconds)

    def session_elapsed(self) -> float:
        """Running seconds since the start, pauses excluded."""
        return self._session_elapsed_at(self._read_time())

    def since_start(self) -> float:
        """Seconds since the start, pauses included (0 before the start)."""
        return self._since_start_at(self._read_time())

    def paused_seconds(self) -> float:
        """Total paused seconds so far, the live pause included."""
        return self._paused_at(self._read_time())

    def planned_end(self) -> float | None:
        """Session seconds at which the plan ends (see module docstring)."""
        return self._planned_end_at(self._read_time())

    def projected_end(self) -> float | None:
        """Session seconds at which the session will end at this pace."""
        return self._projected_end_at(self._read_time())

    def behind_seconds(self) -> float:
        """Projected minus planned end: positive = behind plan, negative = ahead."""
        return self._behind_at(self._read_time())

    def behind_minutes(self) -> int:
        """:meth:`behind_seconds` in whole minutes, truncated toward zero."""
        return whole_minutes_toward_zero(self.behind_seconds())

    def snapshot(self) -> AgendaSnapshot:
        """All displayed values from one clock reading."""
        return self.snapshot_at(self._read_time())

    def snapshot_at(self, t: float) -> AgendaSnapshot:
        """Like :meth:`snapshot` for a time ``t`` read by the caller (>= the last operation).

        For composing objects that share a clock and want one reading for everything.
        Never shows a time before the last operation.
        """
        t = max(t, self._last_t)
        views = []
        for i, seg in enumerate(self._segments):
            elapsed = self._elapsed_at(i, t)
            remaining = seg.planned_seconds - elapsed
            views.append(
                SegmentView(
                    index=i,
                    name=seg.plan.name,
                    kind=seg.plan.kind,
                    minutes=seg.plan.minutes,
                    extra_minutes=seg.extra_seconds / 60,
                    planned_seconds=seg.planned_seconds,
                    elapsed_seconds=elapsed,
                    remaining_seconds=remaining,
                    status=segment_status(remaining, self._warn_seconds),
                    visited=seg.visited,
                    current=i == self._index,
                )
            )
        behind = self._behind_at(t)
        return AgendaSnapshot(
            at=t,
            phase=self._phase,
            index=self._index,
            segments=tuple(views),
            started_at=self._started_at,
            ended_at=self._ended_at,
            session_elapsed=self._session_elapsed_at(t),
            since_start=self._since_start_at(t),
            paused_seconds=self._paused_at(t),
            planned_end=self._planned_end_at(t),
            projected_end=self._projected_end_at(t),
            behind_seconds=behind,
            behind_minutes=whole_minutes_toward_zero(behind),
        )

    # ------------------------------------------------------------------ running operations

    def start(self) -> None:
        """Start the session at segment 0 (only from ``not_started``)."""
        if self._phase != "not_started":
            raise refused_while("start", self._phase)
        t = self._time()
        self._phase = "running"
        self._started_at = t
        self._running_since = t
        self._index = 0
        self._visit(0)

    def pause(self) -> None:
        """Pause a running session: segment and session elapsed stop counting."""
        if self._phase != "running":
            raise refused_while("pause", self._phase)
        t = self._time()
        self._close_stretch(t)
        self._phase = "paused"
        self._paused_since = t

    def resume(self) -> None:
        """Resume a paused session."""
        if self._phase != "paused":
            raise refused_while("resume", self._phase)
        t = self._time()
        self._close_pause(t)
        self._phase = "running"
        self._running_since = t

    def toggle(self) -> Phase:
        """Space: start, pause or resume. Returns the new phase. Raises once finished."""
        if self._phase == "not_started":
            self.start()
        elif self._phase == "running":
            self.pause()
        elif self._phase == "paused":
            self.resume()
        else:
            raise AgendaError("the session has ended", Reason.ENDED)
        return self._phase

    def go_to(self, index: int) -> None:
        """Make segment ``index`` current (running or paused session; keeps that state)."""
        self._require_in_session("change segment")
        index = self._segments.check_index(index)
        if index == self._index:
            raise AgendaError(f"segment {index} is already current", Reason.SEGMENT_CURRENT)
        t = self._time()
        if self._phase == "running":
            self._close_stretch(t)
            self._running_since = t
        self._index = index
        self._visit(index)

    def next_segment(self) -> None:
        """Go to the next segment; on the last segment this ends the session."""
        self._require_in_session("go to the next segment")
        if self.is_last:
            self.finish()
        else:
            self.go_to(self._index + 1)

    def previous_segment(self) -> None:
        """Go back to the previous segment (its elapsed time continues from where it was)."""
        self._require_in_session("go to the previous segment")
        if self._index == 0:
            raise AgendaError("already at the first segment", Reason.FIRST_SEGMENT)
        self.go_to(self._index - 1)

    def finish(self) -> None:
        """End the session (from running or paused). All times freeze."""
        self._require_in_session("end the session")
        t = self._time()
        if self._phase == "running":
            self._close_stretch(t)
        else:
            self._close_pause(t)
        self._phase = "finished"
        self._ended_at = t

    def extend(self, minutes: float) -> None:
        """Add ``minutes`` (e.g. +1, +5) to the current segment's plan.

        Negative values correct a mistaken extension; the segment's planned time may not go
        below zero. Not possible once finished.
        """
        self._require_not_finished("extend a segment")
        self._segments.extend(self._index, minutes)

    # ------------------------------------------------------------------ agenda edits
    # The rules are AgendaSegments'; the timer adds that nothing changes after the end.

    def add_segment(self, plan: SegmentPlan, index: int | None = None) -> int:
        """Insert ``plan`` at ``index`` (default: at the end). Returns the index used.

        ``index`` must be >= :attr:`first_editable_index` and <= ``len(self)``.
        """
        self._require_not_finished("edit the agenda")
        return self._segments.add(plan, index)

    def remove_segment(self, index: int) -> SegmentPlan:
        """Remove the segment at ``index`` (not yet reached) and return its plan."""
        self._require_not_finished("edit the agenda")
        return self._segments.remove(index)

    def move_segment(self, from_index: int, to_index: int) -> None:
        """Move a segment so that it ends up at ``to_index``; both must be editable."""
        self._require_not_finished("edit the agenda")
        self._segments.move(from_index, to_index)

    def set_minutes(self, index: int, minutes: float) -> None:
        """Change the planned minutes of any segment (extensions are kept separately)."""
        self._require_not_finished("edit the agenda")
        self._segments.set_minutes(index, minutes)

    def rename(self, index: int, name: str) -> None:
        """Give any segment a new name (its times and kind are kept)."""
        self._require_not_finished("edit the agenda")
        self._segments.rename(index, name)

    # ------------------------------------------------------------------ internals

    def _current_or(self, index: int | None) -> int:
        return self._index if index is None else self._segments.check_index(index)

    def _require_in_session(self, what: str) -> None:
        if self._phase not in ("running", "paused"):
            raise refused_while(what, self._phase)

    def _require_not_finished(self, what: str) -> None:
        if self._phase == "finished":
            raise AgendaError(f"cannot {what}: the session has ended", Reason.ENDED)

    def _visit(self, index: int) -> None:
        self._segments.visit(index)

    def _close_stretch(self, t: float) -> None:
        assert self._running_since is not None
        self._segments[self._index].elapsed += t - self._running_since
        self._running_since = None

    def _close_pause(self, t: float) -> None:
        assert self._paused_since is not None
        self._paused_total += t - self._paused_since
        self._paused_since = None

    def _elapsed_at(self, index: int, t: float) -> float:
        seg = self._segments[index]
        if index == self._index and self._running_since is not None:
            return seg.elapsed + (t - self._running_since)
        return seg.elapsed

    def _paused_at(self, t: float) -> float:
        if self._paused_since is not None:
            return self._paused_total + (t - self._paused_since)
        return self._paused_total

    def _since_start_at(self, t: float) -> float:
        if self._started_at is None:
            return 0.0
        end = self._ended_at if self._ended_at is not None else t
        return end - self._started_at

    def _session_elapsed_at(self, t: float) -> float:
        return self._since_start_at(t) - self._paused_at(t)

    def _planned_total(self) -> float:
        return self._segments.planned_total()

    def _remaining_work_at(self, t: float) -> float:
        """Seconds of plan still ahead: unfinished part of the current and later segments."""
        if self._phase == "finished":
            return 0.0
        current = self._segments[self._index]
        parts = [max(0.0, current.planned_seconds - self._elapsed_at(self._index, t))]
        parts.extend(
            max(0.0, seg.planned_seconds - seg.elapsed) for seg in self._segments[self._index + 1 :]
        )
        return math.fsum(parts)

    def _planned_end_at(self, t: float) -> float | None:
        if self._started_at is None:
            return None
        return self._started_at + self._paused_at(t) + self._planned_total()

    def _projected_end_at(self, t: float) -> float | None:
        if self._started_at is None:
            return None
        if self._ended_at is not None:
            return self._ended_at
        return t + self._remaining_work_at(t)

    def _behind_at(self, t: float) -> float:
        if self._phase == "not_started":
            return 0.0
        elapsed = [self._elapsed_at(i, t) for i in range(len(self._segments))]
        return math.fsum([*elapsed, self._remaining_work_at(t), -self._planned_total()])
