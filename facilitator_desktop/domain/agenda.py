"""The agenda timer: which segment is running, for how long, and how the session is doing.

Pure Python, no Qt, no I/O. An :class:`AgendaTimer` holds the session's segments and a
``now`` callable (:data:`~facilitator_desktop.domain.clock.Now`, session seconds). Every
operation reads the time from that clock; nothing counts ticks. Reads that the UI repaints
from should go through :meth:`AgendaTimer.snapshot`, which reads the clock once so that all
values shown together are consistent.

Definitions
-----------
``P_i``
    planned seconds of segment *i* = ``minutes * 60`` + its extensions (may be edited).
``e_i``
    actual elapsed seconds of segment *i*: time during which *i* was the current segment
    **and** the session was running. Pauses do not count.
remaining (of a segment)
    ``P_i - e_i``; negative means overtime.
status (of a segment)
    ``"overtime"`` when remaining < 0, ``"warning"`` when remaining <= ``warn_seconds``
    (default 120 s), else ``"normal"``. Remaining is :func:`~.clock.snap`-ped first, so the
    colour changes exactly when the countdown (shown with ``ceil``) reaches the threshold.
session elapsed
    running time since start, pauses excluded (equals the sum of all ``e_i``).
since start
    time since the session was started, pauses included.
planned end
    ``started_at + paused seconds + sum(P_i)`` — the end the plan leads to, moved by every
    extension, agenda edit and pause (a pause moves it live while paused). ``None`` before
    the start.
session's planned end
    :func:`session_planned_end`: the later of the planned end and ``started_at + paused
    seconds + L``, where *L* is the group's session length. An agenda shorter than the
    session leaves time in hand: extensions use it up before they move the end.
projected end
    while running/paused: ``now + max(0, remaining of current) + sum over later segments of
    max(0, P_j - e_j)``; after the end: ``ended_at``. Segments before the current one are
    considered done (skipping a segment puts the session ahead).
behind (seconds)
    ``projected end - planned end`` (positive = behind plan, negative = ahead), computed
    from the segment sums so it does not depend on the clock's absolute value. A segment
    that is still within its time never changes it; overtime adds to it second by second;
    leaving a segment early takes its unused time off.
behind (whole minutes)
    truncated toward zero: ``+59 s`` and ``-59 s`` both show as 0 ("on plan").

Editing during a session
------------------------
The part of the agenda up to the furthest segment reached so far is history: it cannot be
restructured (no add/remove/move there), so indices of segments that have been current never
change and turns recorded against them stay valid. Everything after it can be added,
removed and moved freely; planned minutes of any segment can be changed. Before the start
everything is editable. After the end nothing is.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

from facilitator_desktop.domain.clock import (
    Now,
    format_mmss,
    format_remaining,
    snap,
)

__all__ = [
    "DEFAULT_WARN_SECONDS",
    "AgendaError",
    "AgendaSnapshot",
    "AgendaTimer",
    "Phase",
    "SegmentKind",
    "SegmentPlan",
    "SegmentStatus",
    "SegmentView",
    "segment_status",
    "session_planned_end",
    "whole_minutes_toward_zero",
]

SegmentKind = Literal["round", "open"]
Phase = Literal["not_started", "running", "paused", "finished"]
SegmentStatus = Literal["normal", "warning", "overtime"]

#: Remaining time (seconds) from which a segment shows the "warning" status.
DEFAULT_WARN_SECONDS: Final = 120.0

_KINDS: Final = ("round", "open")


class AgendaError(ValueError):
    """An agenda operation that is not possible in the current state."""


@dataclass(frozen=True, slots=True)
class SegmentPlan:
    """One planned part of the session: ``SegmentPlan("Check-in", 15, "round")``.

    ``kind`` decides the talking order: ``"round"`` (seat order, everyone may pass) or
    ``"open"`` (raise-hand queue). ``minutes`` must be finite and >= 0.
    """

    name: str
    minutes: float
    kind: SegmentKind

    def __post_init__(self) -> None:
        if not isinstance(self.name, str):
            raise AgendaError(f"segment name must be text, got {self.name!r}")
        if isinstance(self.minutes, bool) or not isinstance(self.minutes, int | float):
            raise AgendaError(f"segment minutes must be a number, got {self.minutes!r}")
        if not math.isfinite(self.minutes) or self.minutes < 0:
            raise AgendaError(f"segment minutes must be finite and >= 0, got {self.minutes!r}")
        if self.kind not in _KINDS:
            raise AgendaError(f"segment kind must be 'round' or 'open', got {self.kind!r}")

    @property
    def seconds(self) -> float:
        """Planned seconds without extensions."""
        return self.minutes * 60


def segment_status(remaining: float, warn_seconds: float = DEFAULT_WARN_SECONDS) -> SegmentStatus:
    """``"overtime"`` if remaining < 0, ``"warning"`` if remaining <= warn_seconds, else normal.

    ``remaining`` is snapped to a whole second first (see :func:`~.clock.snap`).
    """
    r = snap(remaining)
    if r < 0:
        return "overtime"
    if r <= warn_seconds:
        return "warning"
    return "normal"


def whole_minutes_toward_zero(seconds: float) -> int:
    """Whole minutes of a signed duration, truncated toward zero (``-119 s`` → ``-1``)."""
    s = snap(seconds)
    minutes = math.floor(abs(s) / 60)
    return -minutes if s < 0 else minutes


@dataclass(frozen=True, slots=True)
class SegmentView:
    """One segment as seen at one instant (part of :class:`AgendaSnapshot`)."""

    index: int
    name: str
    kind: SegmentKind
    #: Planned minutes without extensions.
    minutes: float
    #: Sum of extensions in minutes (may be negative after a correction).
    extra_minutes: float
    planned_seconds: float
    elapsed_seconds: float
    remaining_seconds: float
    status: SegmentStatus
    #: Has been the current segment since the session started.
    visited: bool
    current: bool

    @property
    def elapsed_text(self) -> str:
        """Elapsed time, floored to whole seconds (``"04:07"``)."""
        return format_mmss(self.elapsed_seconds)

    @property
    def remaining_text(self) -> str:
        """Remaining time, ceiled to whole seconds (``"-01:05"`` in overtime)."""
        return format_remaining(self.remaining_seconds)


@dataclass(frozen=True, slots=True)
class AgendaSnapshot:
    """Everything the timer shows, computed from a single clock reading ``at``."""

    at: float
    phase: Phase
    #: Index of the current segment (the one that was current at the end once finished).
    index: int
    segments: tuple[SegmentView, ...]
    started_at: float | None
    ended_at: float | None
    #: Running time since start, pauses excluded.
    session_elapsed: float
    #: Time since start, pauses included.
    since_start: float
    paused_seconds: float
    planned_end: float | None
    projected_end: float | None
    #: Positive = behind plan, negative = ahead (seconds).
    behind_seconds: float
    #: ``behind_seconds`` in whole minutes, truncated toward zero.
    behind_minutes: int

    @property
    def current(self) -> SegmentView:
        return self.segments[self.index]

    @property
    def session_elapsed_text(self) -> str:
        return format_mmss(self.session_elapsed)

    @property
    def since_start_text(self) -> str:
        return format_mmss(self.since_start)


@dataclass(slots=True)
class _Segment:
    plan: SegmentPlan
    extra_seconds: float = 0.0
    #: Elapsed seconds of closed running stretches (the live stretch is added on read).
    elapsed: float = 0.0
    visited: bool = False

    @property
    def planned_seconds(self) -> float:
        return self.plan.seconds + self.extra_seconds


def _check_minutes(minutes: float, what: str) -> None:
    if isinstance(minutes, bool) or not isinstance(minutes, int | float):
        raise AgendaError(f"{what} must be a number, got {minutes!r}")
    if not math.isfinite(minutes):
        raise AgendaError(f"{what} must be finite, got {minutes!r}")


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
        self._segments = [_Segment(plan) for plan in segments]
        for seg in self._segments:
            if not isinstance(seg.plan, SegmentPlan):
                raise AgendaError(f"not a SegmentPlan: {seg.plan!r}")
        if not self._segments:
            raise AgendaError("an agenda needs at least one segment")
        if not math.isfinite(warn_seconds) or warn_seconds < 0:
            raise AgendaError(f"warn_seconds must be finite and >= 0, got {warn_seconds!r}")
        self._now = now
        self._warn_seconds = float(warn_seconds)
        self._phase: Phase = "not_started"
        self._index = 0
        self._furthest = -1
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
        return tuple(seg.plan for seg in self._segments)

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
        return self._furthest

    @property
    def first_editable_index(self) -> int:
        """Segments at this index and later may be added, removed and moved."""
        return self._furthest + 1

    def extra_seconds(self, index: int) -> float:
        """Sum of extensions of segment ``index`` in seconds."""
        return self._segments[self._check_index(index)].extra_seconds

    def planned_seconds(self, index: int) -> float:
        """``minutes * 60`` + extensions of segment ``index``."""
        return self._segments[self._check_index(index)].planned_seconds

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
            raise AgendaError(f"cannot start: the session is {self._phase}")
        t = self._time()
        self._phase = "running"
        self._started_at = t
        self._running_since = t
        self._index = 0
        self._visit(0)

    def pause(self) -> None:
        """Pause a running session: segment and session elapsed stop counting."""
        if self._phase != "running":
            raise AgendaError(f"cannot pause: the session is {self._phase}")
        t = self._time()
        self._close_stretch(t)
        self._phase = "paused"
        self._paused_since = t

    def resume(self) -> None:
        """Resume a paused session."""
        if self._phase != "paused":
            raise AgendaError(f"cannot resume: the session is {self._phase}")
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
            raise AgendaError("the session has ended")
        return self._phase

    def go_to(self, index: int) -> None:
        """Make segment ``index`` current (running or paused session; keeps that state)."""
        self._require_in_session("change segment")
        index = self._check_index(index)
        if index == self._index:
            raise AgendaError(f"segment {index} is already current")
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
            raise AgendaError("already at the first segment")
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
        _check_minutes(minutes, "extension")
        seg = self._segments[self._index]
        if seg.planned_seconds + minutes * 60 < 0:
            raise AgendaError("a segment's planned time cannot become negative")
        seg.extra_seconds += minutes * 60

    # ------------------------------------------------------------------ agenda edits

    def add_segment(self, plan: SegmentPlan, index: int | None = None) -> int:
        """Insert ``plan`` at ``index`` (default: at the end). Returns the index used.

        ``index`` must be >= :attr:`first_editable_index` and <= ``len(self)``.
        """
        self._require_not_finished("edit the agenda")
        if not isinstance(plan, SegmentPlan):
            raise AgendaError(f"not a SegmentPlan: {plan!r}")
        if index is None:
            index = len(self._segments)
        if isinstance(index, bool) or not isinstance(index, int):
            raise AgendaError(f"segment index must be an int, got {index!r}")
        if not self.first_editable_index <= index <= len(self._segments):
            raise AgendaError(self._edit_range_message(index, len(self._segments)))
        # index > current index once started, so the current index never shifts.
        self._segments.insert(index, _Segment(plan))
        return index

    def remove_segment(self, index: int) -> SegmentPlan:
        """Remove the segment at ``index`` (not yet reached) and return its plan."""
        self._require_not_finished("edit the agenda")
        self._check_editable(index)
        if len(self._segments) == 1:
            raise AgendaError("an agenda needs at least one segment")
        return self._segments.pop(index).plan

    def move_segment(self, from_index: int, to_index: int) -> None:
        """Move a segment so that it ends up at ``to_index``; both must be editable."""
        self._require_not_finished("edit the agenda")
        self._check_editable(from_index)
        self._check_editable(to_index)
        seg = self._segments.pop(from_index)
        self._segments.insert(to_index, seg)

    def set_minutes(self, index: int, minutes: float) -> None:
        """Change the planned minutes of any segment (extensions are kept separately)."""
        self._require_not_finished("edit the agenda")
        index = self._check_index(index)
        _check_minutes(minutes, "segment minutes")
        seg = self._segments[index]
        if minutes < 0 or minutes * 60 + seg.extra_seconds < 0:
            raise AgendaError("a segment's planned time cannot become negative")
        seg.plan = dataclasses.replace(seg.plan, minutes=minutes)

    def rename(self, index: int, name: str) -> None:
        """Give any segment a new name (its times and kind are kept)."""
        self._require_not_finished("edit the agenda")
        index = self._check_index(index)
        if not isinstance(name, str) or not name.strip():
            raise AgendaError("a segment needs a name")
        seg = self._segments[index]
        seg.plan = dataclasses.replace(seg.plan, name=name)

    # ------------------------------------------------------------------ internals

    def _current_or(self, index: int | None) -> int:
        return self._index if index is None else self._check_index(index)

    def _check_index(self, index: int) -> int:
        if isinstance(index, bool) or not isinstance(index, int):
            raise AgendaError(f"segment index must be an int, got {index!r}")
        if not 0 <= index < len(self._segments):
            raise AgendaError(f"no segment {index} (agenda has {len(self._segments)})")
        return index

    def _check_editable(self, index: int) -> None:
        self._check_index(index)
        if index < self.first_editable_index:
            raise AgendaError(self._edit_range_message(index, len(self._segments) - 1))

    def _edit_range_message(self, index: int, last: int) -> str:
        first = self.first_editable_index
        if first > last:
            return f"segment {index} cannot be changed: every segment has been reached"
        return (
            f"segment {index} cannot be changed: only positions {first}..{last} "
            "(not yet reached) can be"
        )

    def _require_in_session(self, what: str) -> None:
        if self._phase not in ("running", "paused"):
            raise AgendaError(f"cannot {what}: the session is {self._phase}")

    def _require_not_finished(self, what: str) -> None:
        if self._phase == "finished":
            raise AgendaError(f"cannot {what}: the session has ended")

    def _visit(self, index: int) -> None:
        self._segments[index].visited = True
        if index > self._furthest:
            self._furthest = index

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
        return math.fsum(seg.planned_seconds for seg in self._segments)

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


def session_planned_end(agenda: AgendaSnapshot, session_minutes: float | None) -> float | None:
    """Session seconds at which the session is planned to end: the group's session length
    after the start (pauses added, as they are to the agenda's planned end), or the agenda's
    planned end when that is later (a longer agenda, extensions beyond the time in hand).

    ``None`` before the start. Without a usable length (None, zero, negative, not finite)
    it is the agenda's planned end.
    """
    planned = agenda.planned_end
    if planned is None or agenda.started_at is None or session_minutes is None:
        return planned
    if isinstance(session_minutes, bool) or not math.isfinite(session_minutes):
        return planned
    if session_minutes <= 0:
        return planned
    booked = agenda.started_at + agenda.paused_seconds + session_minutes * 60
    return max(planned, booked)
