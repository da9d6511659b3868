"""Autosave timing for the note editor: typing is saved within two seconds.

A plain debounce (save once typing pauses) would never save while someone types without
pausing, so the wait has two limits: a short quiet period after the last keystroke, and a
hard deadline after the first unsaved keystroke. A crash therefore loses at most the last
`max_delay_s` seconds of typing.

Time comes from an injected monotonic clock. The QTimer only wakes the check up; whether a
save is due is decided from the clock, so tests step a fake clock and call :meth:`check`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

Monotonic = Callable[[], float]
# Saves the pending text; False when it could not be saved (the edit stays pending).
SaveNow = Callable[[], bool]

QUIET_S = 1.0
MAX_DELAY_S = 2.0
RETRY_S = 5.0


class Autosaver(QObject):
    def __init__(
        self,
        save_now: SaveNow,
        *,
        monotonic: Monotonic = time.monotonic,
        quiet_s: float = QUIET_S,
        max_delay_s: float = MAX_DELAY_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save_now = save_now
        self._clock = monotonic
        self.quiet_s = quiet_s
        self.max_delay_s = max_delay_s
        self._first: float | None = None  # first unsaved change; None when nothing pends
        self._last = 0.0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def use_clock(self, monotonic: Monotonic) -> None:
        self._clock = monotonic

    @property
    def pending(self) -> bool:
        return self._first is not None

    def due_at(self) -> float | None:
        """The clock reading at which the pending edit is saved at the latest."""
        if self._first is None:
            return None
        return min(self._last + self.quiet_s, self._first + self.max_delay_s)

    def changed(self) -> None:
        """The text changed (a keystroke, a paste, an undo)."""
        now = self._clock()
        if self._first is None:
            self._first = now
        self._last = now
        self._wake_in(self.due_at() or now)

    @Slot()
    def check(self) -> bool:
        """Save when due (what the timer calls). True when a save happened."""
        due = self.due_at()
        if due is None:
            return False
        if self._clock() < due:
            self._wake_in(due)
            return False
        return self.flush()

    def flush(self) -> bool:
        """Save now if anything is pending (focus-out, switching notes, locking)."""
        if self._first is None:
            return True
        if not self._save_now():
            # Keep the edit pending and try again a little later (e.g. the disk was full).
            self.timer.start(round(RETRY_S * 1000))
            return False
        self.forget()
        return True

    def forget(self) -> None:
        """Nothing is pending any more (saved, or the text is gone)."""
        self._first = None
        self.timer.stop()

    def _wake_in(self, due: float) -> None:
        wait = max(0.0, due - self._clock())
        self.timer.start(max(1, round(wait * 1000)))
