"""A clock that runs a whole number of times faster than its source, for rehearsals.

Pure Python, no Qt, no I/O. ``ScaledClock(time.monotonic, 60)`` counts a minute for every
real second, starting from zero when it is made; wrapped in a :class:`SessionClock` it drives
a rehearsal exactly as ``time.monotonic`` drives a real session.

Each reading is computed from the source (never accumulated from earlier readings): the
difference of two source readings times the factor, in exact fractions, rounded once. So at
60×, 1.5 real seconds read exactly 90 s, and however many steps a session takes, the fast
clock adds no drift of its own.
"""

from __future__ import annotations

import math
from fractions import Fraction

from facilitator_desktop.domain.clock import Now

__all__ = ["ScaledClock"]


class ScaledClock:
    """``factor`` seconds for every second of ``source``, from 0 at creation; never decreases.

    Raises ValueError for a factor that is not a finite number above zero.
    """

    def __init__(self, source: Now, factor: float) -> None:
        if not (math.isfinite(factor) and factor > 0):
            raise ValueError(f"a clock's speed must be a finite number above zero, got {factor!r}")
        self._source = source
        self._factor = Fraction(factor)
        self._origin = Fraction(source())
        self._last = 0.0

    @property
    def factor(self) -> float:
        return float(self._factor)

    def __call__(self) -> float:
        value = float((Fraction(self._source()) - self._origin) * self._factor)
        if value < self._last:  # a source that went back is held, as SessionClock does
            value = self._last
        self._last = value
        return value
