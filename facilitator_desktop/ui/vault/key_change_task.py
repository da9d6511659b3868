"""Run a change of the workspace's secrets off the GUI thread, reporting progress.

Re-keying a large workspace and its backups takes seconds; the window stays responsive and
shows how far it got. While the data key changes, the key ring tells other threads (the GUI
thread's autosave, for one) to retry, so nothing is sealed with a key that is going away.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance

from facilitator_desktop.services.key_changes import KeyChangeReport, Progress
from facilitator_desktop.ui.signals import emit

# work(progress) -> the report; raises FacilitatorError (shown) or anything else (a bug).
KeyChangeWork = Callable[[Progress], KeyChangeReport]


class KeyChangeTask(QObject):
    # stage ("calibrating", "resealing", "copies"), done, total
    progressed = Signal(str, int, int)
    # The change is done: the KeyChangeReport.
    finished = Signal(object)
    # The change failed, nothing changed: the exception.
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._busy = False

    @property
    def running(self) -> bool:
        """From start until just before the result is reported (so the result's handler
        already sees it done)."""
        return self._busy

    def start(self, work: KeyChangeWork) -> None:
        if self.running:
            raise RuntimeError("a key change is already running")
        self._busy = True
        self._thread = threading.Thread(target=self._run, args=(work,), name="key-change")
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work is done (quitting, tests); results still arrive as events."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self._thread is None or not self._thread.is_alive()

    def _run(self, work: KeyChangeWork) -> None:
        try:
            report = work(self._progress)
        except Exception as exc:  # reported to the dialog, never lost
            self._busy = False
            self._tell(self.failed, exc)
            return
        self._busy = False
        self._tell(self.finished, report)

    def _progress(self, stage: str, done: int, total: int) -> None:
        self._tell(self.progressed, stage, done, total)

    @staticmethod
    def _tell(signal: SignalInstance, *args: object) -> None:
        # The window that asked may be gone (the workspace locked and closed it): the change
        # itself still runs to its end, there is only nobody left to tell.
        with contextlib.suppress(RuntimeError):
            emit(signal, *args)
