"""A wait cursor around work that blocks the event loop (key derivation takes ~0.5–1 s)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication


@contextmanager
def busy_cursor() -> Iterator[None]:
    # Not at import: the unlock window is painted without them (`Qt` costs ~13 ms, the
    # event loop's enums ~0.5 ms).
    from PySide6.QtCore import QEventLoop, Qt

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    # Let the cursor and any "working…" text paint before the loop is blocked; user input
    # stays queued so a second click cannot start the work twice.
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
