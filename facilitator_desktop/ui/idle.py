"""Auto-lock: lock the workspace after N minutes without keyboard or mouse input.

An application-wide event filter notes the moment of the last input; a single-shot QTimer
wakes up when the idle time could have run out and asks the injected clocks whether it
really has. Elapsed time always comes from the clocks, never from counting timer ticks, so
tests step fake clocks and call :meth:`IdleWatcher.check` instead of sleeping.

Idle time is counted on two clocks and the larger count wins. The monotonic clock stops
while a laptop sleeps (Linux, macOS), and so do Qt's timers; a suspend-aware clock
(CLOCK_BOOTTIME on Linux, the wall clock elsewhere) keeps counting. So a laptop woken after
longer than the limit locks at the first check (the timer never sleeps more than
MAX_SLEEP_S) or at the first touch, whichever comes first: that input is swallowed, not
delivered to a window full of notes. A wall clock set forward locks early (the safe
direction); one set back cannot lengthen the wait, because the monotonic count still runs.

Two things keep the workspace open whatever the clocks say: the minutes setting is 0
(off), or `busy()` answers True — a session's clock is running in this window, and the
facilitator's eyes are on the room, not on the laptop. Even then, a gap between checks
longer than the limit (the lid was closed mid-session) locks: nobody was watching.

The same filter makes Ctrl+L work everywhere: the main window's Lock action is an
application shortcut, but Qt blocks shortcuts of a window while a modal dialog covers it,
so inside a dialog the key arrives as a plain key press and is turned into a lock here.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QKeyCombination,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent

from facilitator_desktop.ui.signals import emit

Monotonic = Callable[[], float]
# Seconds on a clock that goes on counting while the machine sleeps.
SuspendAware = Callable[[], float]

# What counts as the facilitator using the app. Paint, timer and focus events do not.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
    }
)
# Never sleep longer than this between checks: Qt's timers stop while the laptop sleeps,
# so after waking this is how long the screen may show the workspace untouched. While a
# session runs, checks come this often too (to notice when it ends); the shortest limit
# (a minute) is well above it, so a longer gap between checks can only be a sleep.
MAX_SLEEP_S = 10.0


def suspend_aware_clock() -> SuspendAware:
    """The clock that counts sleep: Linux's boot time, else the wall clock (which
    counts sleep everywhere, at the price of jumping when it is set)."""
    boot = getattr(time, "CLOCK_BOOTTIME", None)
    if boot is not None:
        return functools.partial(time.clock_gettime, boot)
    return time.time


class IdleWatcher(QObject):
    # The idle time ran out: lock now.
    idleTimeout = Signal()
    # Ctrl+L was pressed where the Lock action's shortcut could not see it (a modal dialog).
    lockKeyPressed = Signal()

    def __init__(
        self,
        minutes: Callable[[], int],
        busy: Callable[[], bool],
        *,
        monotonic: Monotonic = time.monotonic,
        suspend_aware: SuspendAware | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._minutes = minutes
        self._busy = busy
        self._monotonic = monotonic
        self._suspend_aware = suspend_aware or suspend_aware_clock()
        self._last_input = self._now()
        # The limit as last read: input checks it without a database read per mouse move.
        self._limit: float | None = None
        self._running = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.lock_key = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)

    # --- control -------------------------------------------------------------------------------

    def use_clock(self, monotonic: Monotonic, suspend_aware: SuspendAware | None = None) -> None:
        """Measure idle time with these clocks from now on (tests pass fake ones)."""
        self._monotonic = monotonic
        if suspend_aware is not None:
            self._suspend_aware = suspend_aware
        self.touch()

    def start(self) -> None:
        """Watch input (after an unlock); the idle time starts now."""
        app = QCoreApplication.instance()
        if app is not None and not self._running:
            app.installEventFilter(self)
        self._running = True
        self._limit = self._limit_seconds()
        self.touch()

    def stop(self) -> None:
        """Stop watching (while locked, and at shutdown)."""
        app = QCoreApplication.instance()
        if app is not None and self._running:
            app.removeEventFilter(self)
        self._running = False
        self.timer.stop()

    @property
    def running(self) -> bool:
        return self._running

    def idle_seconds(self) -> float:
        """Seconds since the last input: the larger of the two clocks' counts."""
        monotonic, suspend_aware = self._now()
        last_monotonic, last_suspend_aware = self._last_input
        return max(0.0, monotonic - last_monotonic, suspend_aware - last_suspend_aware)

    def touch(self) -> None:
        """Input happened (or the watch restarted): the idle time starts again."""
        self._last_input = self._now()
        if self._running and not self.timer.isActive():
            self._schedule(self._limit)

    # --- the check -----------------------------------------------------------------------------

    @Slot()
    def check(self) -> bool:
        """Lock if the idle time ran out; otherwise sleep until it could. True when fired."""
        if not self._running:
            return False
        limit = self._limit = self._limit_seconds()
        if limit is None:
            self._schedule(None)
            return False
        idle = self.idle_seconds()
        if idle >= limit:
            # Also while a session runs: checks come every few seconds then, so a gap this
            # long means the laptop slept (or its clock jumped forward).
            return self._fire()
        if self._busy():
            # A session is running: it never locks by itself, and the idle time counts
            # from when the session is over.
            self._last_input = self._now()
            self._schedule(MAX_SLEEP_S)
            return False
        self._schedule(limit - idle)
        return False

    def _fire(self) -> bool:
        self.stop()
        emit(self.idleTimeout)
        return True

    def _now(self) -> tuple[float, float]:
        return self._monotonic(), self._suspend_aware()

    def _limit_seconds(self) -> float | None:
        minutes = self._minutes()
        return minutes * 60.0 if minutes > 0 else None

    def _schedule(self, seconds: float | None) -> None:
        # Off: look again now and then, in case the setting changes.
        wait = MAX_SLEEP_S if seconds is None else min(max(seconds, 0.05), MAX_SLEEP_S)
        self.timer.start(round(wait * 1000))

    # --- input ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS:
            if self._running and self._limit is not None and self.idle_seconds() >= self._limit:
                # The first touch after a long sleep, before the timer noticed: lock, and
                # keep the input from reaching the window.
                self._fire()
                return True
            self._last_input = self._now()
            if (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.keyCombination() == self.lock_key
            ):
                emit(self.lockKeyPressed)
                return True
        return False
