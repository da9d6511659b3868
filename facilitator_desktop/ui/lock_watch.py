"""What locks the workspace without a click, and what a lock clears besides the main window.

Auto-lock after idle minutes (a running session's clock holds it off), the system locking
its screen or going to sleep, Qt suspending the app; and on every lock, our text on the
clipboard and every other window. The watching starts with the first main window: the lock
screen has nothing to watch yet.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from facilitator_desktop.ui.signals import emit

if TYPE_CHECKING:
    from facilitator_desktop.ui.clipboard_guard import ClipboardGuard
    from facilitator_desktop.ui.idle import IdleWatcher
    from facilitator_desktop.ui.main_window import MainWindow
    from facilitator_desktop.ui.system_lock import SystemLockWatcher


class LockWatch(QObject):
    # Lock now: idle too long, Ctrl+L pressed anywhere, or the system is locking.
    lockWanted = Signal()

    def __init__(
        self,
        qapp: QApplication,
        auto_lock_minutes: Callable[[], int],
        session_live: Callable[[], bool],
        *,
        monotonic: Callable[[], float] = time.monotonic,
        suspend_aware: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._qapp = qapp
        self._auto_lock_minutes = auto_lock_minutes
        self._session_live = session_live
        # The idle clocks are injectable: tests step fake ones; the suspend-aware one counts
        # a laptop's sleep (None: the platform's).
        self._monotonic = monotonic
        self._suspend_aware = suspend_aware
        self._idle: IdleWatcher | None = None
        self.system_lock: SystemLockWatcher | None = None
        self.clipboard_guard: ClipboardGuard | None = None

    @property
    def idle(self) -> IdleWatcher:
        if self._idle is None:
            from facilitator_desktop.ui.idle import IdleWatcher

            self._idle = IdleWatcher(
                self._auto_lock_minutes,
                self._session_live,
                monotonic=self._monotonic,
                suspend_aware=self._suspend_aware,
                parent=self,
            )
            self._idle.idleTimeout.connect(self._want_lock)
            self._idle.lockKeyPressed.connect(self._want_lock)
        return self._idle

    def start(self) -> None:
        """Watch from now on (again after an unlock)."""
        self.idle.start()
        self._watch_system_and_clipboard()

    def stop_idle(self) -> None:
        if self._idle is not None:
            self._idle.stop()

    def locking(self) -> None:
        """The workspace is locking: stop counting idle time, clear our clipboard text."""
        self.stop_idle()
        if self.clipboard_guard is not None:
            self.clipboard_guard.clear_if_ours()

    def _watch_system_and_clipboard(self) -> None:
        from facilitator_desktop.ui.clipboard_guard import ClipboardGuard
        from facilitator_desktop.ui.system_lock import SystemLockWatcher, platform_buses

        if self.system_lock is None:
            self.system_lock = SystemLockWatcher(self)
            self.system_lock.watch_application(self._qapp)
            system_bus, session_bus = platform_buses()
            self.system_lock.watch_buses(system=system_bus, session=session_bus)
            self.system_lock.systemLocking.connect(self._want_lock)
        if self.clipboard_guard is None:
            self.clipboard_guard = ClipboardGuard(self._qapp.clipboard(), parent=self)

    @Slot()
    def _want_lock(self) -> None:
        emit(self.lockWanted)


def session_clock_running(window: MainWindow | None) -> bool:
    """A session's clock is running in this window: auto-lock waits (Ctrl+L still locks).
    Not a session a crash left "running" and nobody resumed, nor one opened but not
    started, nor one paused: then idle time counts as always."""
    from facilitator_desktop.ui.runner.page import RunnerPage

    page = window.pages.built_page(RunnerPage.key) if window is not None else None
    live = page.live if isinstance(page, RunnerPage) else None
    return live is not None and live.runner.phase == "running"


def close_other_windows(*, keep: tuple[QWidget | None, ...]) -> None:
    """Dialogs, message boxes and popups may show private text: only the lock screen (and
    the room display, which shows no private text while locked) stays up."""
    from facilitator_desktop.ui.room_display import RoomDisplay

    for widget in QApplication.topLevelWidgets():
        if widget in keep or isinstance(widget, RoomDisplay) or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()  # ends its event loop too; the dialog forgets its fields
        widget.hide()
