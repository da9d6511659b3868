"""Noticing that the laptop slept, the same way on every system.

Pure Python, no Qt, no I/O. A laptop that sleeps mid-session stops Qt's timers everywhere,
but its monotonic clock behaves differently per system: on Linux and macOS it stops too,
on Windows it may go on counting. So the monotonic clock alone would silently leave a sleep
out of the session on one system and put it in on another.

:class:`SleepDetector` is fed one reading of two clocks at every look (each repaint tick,
action and heartbeat): the monotonic clock that drives the session, and one that goes on
counting while the machine sleeps (CLOCK_BOOTTIME on Linux, else the wall clock). Looks
come every fraction of a second while a session is open, so

* the suspend-aware clock running ahead of the monotonic one by more than
  :data:`SLEEP_THRESHOLD_S` between two looks means the monotonic clock stopped: a sleep it
  did not count;
* where the monotonic clock counts sleep (``monotonic_counts_sleep``), no look for longer
  than the threshold means the same: a sleep it did count.

Either way the result is a :class:`Sleep` saying how long, and how much of it the monotonic
clock already holds, so the session can first be set to "not counted" on every system and
then do what the facilitator decides.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

__all__ = ["SLEEP_THRESHOLD_S", "Sleep", "SleepDetector"]

#: A gap this long between two looks cannot be a busy moment of the app: looks come five
#: times a second while a session is open (a busy moment stops both clocks' difference
#: from growing anyway, except where the monotonic clock counts sleep).
SLEEP_THRESHOLD_S: Final = 10.0


@dataclass(frozen=True, slots=True)
class Sleep:
    """One sleep seen between two looks."""

    #: How long the laptop slept, in seconds.
    seconds: float
    #: How much of it the monotonic clock counted (0 where it stops while asleep).
    counted: float
    #: Monotonic seconds between the last look before the sleep and the first after that
    #: were not sleep (the app was awake for them): the sleep began this long before now.
    awake: float


class SleepDetector:
    """``observe(monotonic, suspend_aware)`` at every look; a :class:`Sleep` when one
    happened since the previous look, else ``None``. The first look only sets the start."""

    def __init__(
        self,
        *,
        monotonic_counts_sleep: bool = False,
        threshold: float = SLEEP_THRESHOLD_S,
    ) -> None:
        if not (math.isfinite(threshold) and threshold > 0):
            raise ValueError(f"threshold must be a finite number above zero, got {threshold!r}")
        self._counts_sleep = monotonic_counts_sleep
        self._threshold = threshold
        self._last: tuple[float, float] | None = None

    def reset(self) -> None:
        """Forget the last look (a new session starts watching from its own first look)."""
        self._last = None

    def observe(self, monotonic: float, suspend_aware: float) -> Sleep | None:
        last, self._last = self._last, (monotonic, suspend_aware)
        if last is None:
            return None
        monotonic_gap = max(0.0, monotonic - last[0])
        # A suspend-aware clock set back (the wall clock elsewhere) is no sleep.
        missed = suspend_aware - last[1] - monotonic_gap
        if missed > self._threshold:
            return Sleep(seconds=missed, counted=0.0, awake=monotonic_gap)
        if self._counts_sleep and monotonic_gap > self._threshold:
            return Sleep(seconds=monotonic_gap, counted=monotonic_gap, awake=0.0)
        return None
