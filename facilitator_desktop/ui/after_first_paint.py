"""What waits until the first window (create, unlock or the demo's main window) is painted:
the calm crash box (ui.crash_dialog) and following the system's colour scheme, which costs
~13 ms to ask (ui.theme). Until then an exception ends run() and the command line's own box
shows it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from facilitator_desktop.ui.first_paint import FirstPaint
from facilitator_desktop.ui.signals import emit

if TYPE_CHECKING:
    from facilitator_desktop.crash_log import CrashReporter
    from facilitator_desktop.ui.theme import ThemeFollower


class AfterFirstPaint(QObject):
    """`done` once, after the watched window's first frame (or at once if there is none)."""

    done = Signal()

    def __init__(self, qapp: QApplication, theme: ThemeFollower, parent: QObject) -> None:
        super().__init__(parent)
        self._qapp = qapp
        self._theme = theme
        self._first_paint: FirstPaint | None = None
        self._painted = False
        self._crash_reporter: CrashReporter | None = None

    def watch(self, first: QWidget | None) -> None:
        if first is None:  # nothing shown (a demo that could not be made raised already)
            QTimer.singleShot(0, self._on_painted)
            return
        self._first_paint = FirstPaint(first)
        self._first_paint.painted.connect(self._on_painted)
        # Replaced before it painted (a hurried start, a shutdown): what waits goes on.
        first.destroyed.connect(self._on_painted)
        self._first_paint.watch()

    def show_crashes(self, reporter: CrashReporter) -> None:
        """Show what `reporter` logs in the crash box, from the first paint on."""
        self._crash_reporter = reporter
        if self._painted:
            self._attach_crash_dialogs()

    def _attach_crash_dialogs(self) -> None:
        if self._crash_reporter is not None:
            from facilitator_desktop.ui.crash_dialog import CrashDialogs

            CrashDialogs(self._qapp).attach(self._crash_reporter)
            self._crash_reporter = None

    @Slot()
    def _on_painted(self) -> None:
        if self._painted:
            return
        self._painted = True
        self._attach_crash_dialogs()
        # The first window was painted in the scheme remembered from the last start.
        self._theme.follow_system()
        emit(self.done)
