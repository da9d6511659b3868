"""A window's first paint: for the start-up benchmark (quit once the first window has been
painted), and for work that waits until a window is on screen (`FirstPaint`)."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from facilitator_desktop.ui.signals import emit

# A window that is shown but never painted (minimised at once, say) is taken as painted
# after this long, so that what waits for the paint still happens.
PAINT_FALLBACK_MS = 1000


class FirstPaint(QObject):
    """`painted` once, when the watched window's first frame has been drawn (the event
    loop's next turn after its first paint event), or PAINT_FALLBACK_MS after `watch()`."""

    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._done = False
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(PAINT_FALLBACK_MS)
        self._fallback.timeout.connect(self._frame_drawn)

    @property
    def done(self) -> bool:
        return self._done

    def watch(self) -> None:
        """Call as the window is shown."""
        if not self._done:
            self._window.installEventFilter(self)
            self._fallback.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # The window's children are drawn in the same pass: done at the next turn.
            QTimer.singleShot(0, self._frame_drawn)
        return False

    @Slot()
    def _frame_drawn(self) -> None:
        if self._done:
            return
        self._done = True
        self._fallback.stop()
        self._window.removeEventFilter(self)
        emit(self.painted)


class QuitAfterFirstPaint(QObject):
    """Installed on the top-level windows; at the first frame of one drawn (the event loop's
    next turn after its first paint event, as `FirstPaint` counts it), prints the seconds
    since `started`, then quits the event loop."""

    def __init__(self, started: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._started = started
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            not self._done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self._done = True
            QTimer.singleShot(0, self._frame_drawn)
        return False

    @Slot()
    def _frame_drawn(self) -> None:
        print(f"first-paint {time.perf_counter() - self._started:.4f}", flush=True)
        QCoreApplication.quit()
