"""The agenda's words: a segment's plan, its status, and what the timer shows at one instant.

Pure Python, no Qt, no I/O. :class:`SegmentPlan` is one planned part of a session;
:class:`AgendaSnapshot` (with a :class:`SegmentView` per segment) is everything
:class:`~facilitator_desktop.domain.agenda_timer.AgendaTimer` shows, computed from a single
clock reading; :func:`session_planned_end` adds the group's session length to it. How
segments may be changed in the room is in :mod:`~facilitator_desktop.domain.agenda_edits`.

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
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final, Literal

from facilitator_desktop.domain import durations
from facilitator_desktop.domain.clock import snap
from facilitator_desktop.domain.refusal import Refusal, in_phase

__all__ = [
    "DEFAULT_WARN_SECONDS",
    "AgendaError",
    "AgendaSnapshot",
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


class AgendaError(Refusal):
    """An agenda operation that is not possible in the current state."""


def refused_while(what: str, phase: str) -> AgendaError:
    """`what` (start, pause...) refused because the session is `phase`: said by phase."""
    return AgendaError(f"cannot {what}: the session is {phase}", in_phase(phase))


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
        return durations.clock(self.elapsed_seconds)

    @property
    def remaining_text(self) -> str:
        """Remaining time, ceiled to whole seconds (``"−01:05"`` in overtime)."""
        return durations.countdown(self.remaining_seconds)


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
        return durations.clock(self.session_elapsed)

    @property
    def since_start_text(self) -> str:
        return durations.clock(self.since_start)


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
