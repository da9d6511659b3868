"""Lock when the system does: its screen locks, or the machine is about to sleep.

Three sources, each used where the platform offers it:

- Qt: the application state becomes ApplicationSuspended (the platform is about to
  suspend the app).
- The D-Bus system bus: logind's PrepareForSleep(true), sent just before suspend or
  hibernate — the lid closing is the usual cause.
- The D-Bus session bus: the desktop's screen saver says ActiveChanged(true), under the
  freedesktop name (KDE, Xfce, LXQt, …) or GNOME's own.

D-Bus is asked only on the platforms where it is the desktop's way (Linux and the BSDs).
Where a bus is not there (macOS, Windows, a container, a session without one) nothing is
connected and nothing is said. Signals are matched by the sender's well-known name, so
only the process that owns it is heard; a forged signal could at worst lock the
workspace, which is the safe direction.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

from facilitator_desktop.ui.signals import emit

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

# Desktops whose session and sleep are announced on D-Bus.
DBUS_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")


@dataclass(frozen=True)
class BusSignal:
    """A D-Bus signal we listen for: who sends it, on which interface, and its name."""

    service: str
    interface: str
    name: str
    slot: str


# Any object path: KDE, for one, sends ActiveChanged on two paths (a lock is idempotent).
ANY_PATH = ""
SLEEP = BusSignal(
    "org.freedesktop.login1",
    "org.freedesktop.login1.Manager",
    "PrepareForSleep",
    "on_prepare_for_sleep(bool)",
)
SCREEN_SAVERS = (
    BusSignal(
        "org.freedesktop.ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "ActiveChanged",
        "on_screen_saver_active(bool)",
    ),
    BusSignal(
        "org.gnome.ScreenSaver",
        "org.gnome.ScreenSaver",
        "ActiveChanged",
        "on_screen_saver_active(bool)",
    ),
)


class SystemLockWatcher(QObject):
    # The screen locked or the machine is about to sleep: lock the workspace now.
    systemLocking = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: What is being listened to ("login1.PrepareForSleep", …), for tests and curiosity.
        self.listening: list[str] = []

    def watch_application(self, app: QGuiApplication) -> None:
        app.applicationStateChanged.connect(self.on_application_state)
        self.listening.append("Qt.ApplicationSuspended")

    def watch_buses(
        self, *, system: QDBusConnection | None, session: QDBusConnection | None
    ) -> None:
        """Listen on the buses given (None, or one not connected: skipped quietly)."""
        for bus, signals in ((system, (SLEEP,)), (session, SCREEN_SAVERS)):
            if bus is None or not bus.isConnected():
                continue
            for signal in signals:
                # The stubs ask for bytes; the binding takes only the str SLOT() gives.
                if bus.connect(  # type: ignore[call-overload]
                    signal.service, ANY_PATH, signal.interface, signal.name, self, SLOT(signal.slot)
                ):
                    self.listening.append(f"{signal.service}.{signal.name}")

    # --- what the system says ------------------------------------------------------------------

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:  # False comes after waking: already locked
            emit(self.systemLocking)

    @Slot(bool)
    def on_screen_saver_active(self, active: bool) -> None:
        if active:
            emit(self.systemLocking)

    @Slot(Qt.ApplicationState)
    def on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            emit(self.systemLocking)


def platform_buses() -> tuple[QDBusConnection | None, QDBusConnection | None]:
    """(system bus, session bus) where D-Bus is the platform's way and QtDBus is there;
    a bus that cannot be reached comes back not connected (Qt says nothing about it)."""
    if not sys.platform.startswith(DBUS_PLATFORMS):
        return None, None
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:  # a build of PySide6 without QtDBus
        return None, None
    return QDBusConnection.systemBus(), QDBusConnection.sessionBus()
