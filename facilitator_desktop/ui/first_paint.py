"""For the start-up benchmark: quit as soon as the first window has been painted."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class QuitAfterFirstPaint(QObject):
    """Installed on the top-level windows; prints the seconds since `started` at the first paint
    of a top-level window, then quits the event loop."""

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
            print(f"first-paint {time.perf_counter() - self._started:.4f}", flush=True)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False
