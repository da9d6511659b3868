"""Auto-lock: lock the workspace after N minutes without keyboard or mouse input.

An application-wide event filter notes the moment of the last input; a single-shot QTimer
wakes up when the idle time could have run out and asks the injected monotonic clock
whether it really has. Elapsed time always comes from the clock, never from counting
timer ticks, so tests step a fake clock and call :meth:`IdleWatcher.check` instead of
sleeping.

Two things keep the workspace open whatever the clock says: the minutes setting is 0
(off), or `busy()` answers True — a group session is running, and the facilitator's eyes
are on the room, not on the laptop.

The same filter makes Ctrl+L work everywhere: the main window's Lock action is an
application shortcut, but Qt blocks shortcuts of a window while a modal dialog covers it,
so inside a dialog the key arrives as a plain key press and is turned into a lock here.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence

from facilitator_desktop.ui.signals import emit

Monotonic = Callable[[], float]

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
# While a session runs the watcher still wakes up now and then, to notice when it ends.
BUSY_RECHECK_S = 30.0
# Never sleep longer than this between checks: a suspended laptop's clock can jump.
MAX_SLEEP_S = 60.0


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
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._minutes = minutes
        self._busy = busy
        self._clock = monotonic
        self._last_input = monotonic()
        self._running = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.lock_key: QKeyCombination = QKeySequence("Ctrl+L")[0]

    # --- control -------------------------------------------------------------------------------

    def use_clock(self, monotonic: Monotonic) -> None:
        """Measure idle time with `monotonic` from now on (tests pass a fake clock)."""
        self._clock = monotonic
        self.touch()

    def start(self) -> None:
        """Watch input (after an unlock); the idle time starts now."""
        app = QCoreApplication.instance()
        if app is not None and not self._running:
            app.installEventFilter(self)
        self._running = True
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
        return max(0.0, self._clock() - self._last_input)

    def touch(self) -> None:
        """Input happened (or the watch restarted): the idle time starts again."""
        self._last_input = self._clock()
        if self._running and not self.timer.isActive():
            self._schedule(self._limit_seconds())

    # --- the check -----------------------------------------------------------------------------

    @Slot()
    def check(self) -> bool:
        """Lock if the idle time ran out; otherwise sleep until it could. True when fired."""
        if not self._running:
            return False
        limit = self._limit_seconds()
        if limit is None:
            self._schedule(None)
            return False
        if self._busy():
            # A session is running: it never locks by itself, and the idle time counts
            # from when the session is over.
            self._last_input = self._clock()
            self._schedule(BUSY_RECHECK_S)
            return False
        remaining = limit - self.idle_seconds()
        if remaining > 0:
            self._schedule(remaining)
            return False
        self.stop()
        emit(self.idleTimeout)
        return True

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
            self._last_input = self._clock()
            if (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.keyCombination() == self.lock_key
            ):
                emit(self.lockKeyPressed)
                return True
        return False
