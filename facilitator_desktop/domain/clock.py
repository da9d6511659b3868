"""Time for the in-room session runner: injected clocks and whole-second display rules.

Pure Python, no Qt, no I/O. The domain never reads the wall clock and never counts ticks:
every object that needs time holds a ``now`` callable (:data:`Now`) and computes what it
shows from it. A ``QTimer`` in the UI only triggers repaints.

Clocks
------
* :class:`SessionClock` maps a monotonic source (``time.monotonic`` in production) to
  *session seconds*: ``offset + (source() - source_at_creation)``. A session resumed after a
  crash gets a new ``SessionClock`` whose ``offset`` is where the old timeline stopped, so
  all recorded times (``at`` of events, ``started_at`` of turns) stay on one timeline.
* :class:`FakeClock` is for tests: it only moves when told to, and it keeps its time as an
  exact fraction so that ten ``advance(0.1)`` make exactly ``1.0`` (the clock itself never
  drifts; any drift a test sees would come from the code under test).

Rounding rule (one rule for the whole app)
------------------------------------------
Values are seconds as ``float``. Before rounding, a value within :data:`SNAP_EPSILON`
(one microsecond) of a whole second is treated as that whole second (:func:`snap`), so
float noise such as ``59.99999999999`` never shows as ``00:59``.

* Counting **up** (elapsed, speaking time): ``floor`` — :func:`floor_seconds`.
  ``00:00`` during the first second, ``00:01`` from exactly 1 s.
* Counting **down** (remaining time): ``ceil`` — :func:`ceil_seconds`. ``00:01`` during the
  last second, ``00:00`` from exactly zero, and overtime continues smoothly:
  ``-00:01`` from exactly -1 s. So ``00:00`` first appears exactly at zero, every value is
  shown for exactly one second, and for a whole-second plan
  ``shown elapsed + shown remaining == planned``.

Both functions are monotonic and change only when the value crosses a whole second, so a
display repainted at any rate never goes backwards and never jumps by two while time moves
forward by less than a second. :mod:`~facilitator_desktop.domain.durations` writes the
whole seconds out.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from fractions import Fraction
from typing import Final

__all__ = [
    "SNAP_EPSILON",
    "FakeClock",
    "Now",
    "SessionClock",
    "ceil_seconds",
    "floor_seconds",
    "snap",
]

#: A source of session seconds. Must never decrease.
Now = Callable[[], float]

#: Values this close to a whole second are that whole second (absorbs float noise).
SNAP_EPSILON: Final = 1e-6


class FakeClock:
    """A manual clock for tests: ``clock()`` returns the time, ``advance(s)`` moves it.

    The time is kept as an exact :class:`~fractions.Fraction` of the floats passed to
    :meth:`advance` and converted to the nearest float when read, so the clock does not
    accumulate rounding error however many steps a test takes.
    """

    def __init__(self, start: float = 0.0) -> None:
        if not math.isfinite(start):
            raise ValueError(f"start must be finite, got {start!r}")
        self._t = Fraction(start)

    def __call__(self) -> float:
        """The current time in seconds."""
        return float(self._t)

    def advance(self, seconds: float) -> None:
        """Move the clock forward by ``seconds`` (>= 0). Raises ValueError otherwise."""
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"a clock only moves forward; got advance({seconds!r})")
        self._t += Fraction(seconds)

    @property
    def exact(self) -> Fraction:
        """The current time as an exact fraction (for independent expectations in tests)."""
        return self._t


class SessionClock:
    """Session seconds from a monotonic source: ``offset + (source() - source at creation)``.

    ``SessionClock(now=time.monotonic, offset=0.0)`` for a new session;
    ``SessionClock(offset=t)`` to continue a session whose timeline stopped at ``t``.
    The clock never returns less than it returned before, even if the source misbehaves.
    A ``SessionClock`` is itself a :data:`Now` (callable).
    """

    def __init__(self, now: Now = time.monotonic, offset: float = 0.0) -> None:
        if not math.isfinite(offset):
            raise ValueError(f"offset must be finite, got {offset!r}")
        self._source = now
        self._offset = offset
        self._origin = now()
        self._last = offset

    @property
    def offset(self) -> float:
        """Session seconds at the moment the clock was created."""
        return self._offset

    def now(self) -> float:
        """Current session seconds (non-decreasing)."""
        value = self._offset + (self._source() - self._origin)
        if value < self._last:
            value = self._last
        self._last = value
        return value

    def __call__(self) -> float:
        return self.now()


def snap(seconds: float) -> float:
    """``seconds``, or the nearest whole second if it lies within :data:`SNAP_EPSILON`."""
    nearest = round(seconds)
    if abs(seconds - nearest) <= SNAP_EPSILON:
        return float(nearest)
    return seconds


def floor_seconds(seconds: float) -> int:
    """Whole seconds for a value counting up (elapsed): ``floor(snap(seconds))``."""
    return math.floor(snap(seconds))


def ceil_seconds(seconds: float) -> int:
    """Whole seconds for a value counting down (remaining): ``ceil(snap(seconds))``."""
    return math.ceil(snap(seconds))
