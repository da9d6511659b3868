"""The workspace locks when the system does: the screen saver locks the screen, the
machine is about to sleep, or Qt says the app is being suspended.

The D-Bus tests run a private dbus-daemon (Debian package "dbus") and send the very
signals logind and the desktops send; they are skipped only where dbus-daemon is absent.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.system_lock import SystemLockWatcher
from tests.gui import notes_driving
from tests.gui.driving import unlock
from tests.gui.notes_driving import ClockedLaunch, seed, visible_windows

clock = notes_driving.clock
clocked_launch = notes_driving.clocked_launch
connection_names = count()


def watcher_of(app: FacilitatorApp) -> SystemLockWatcher:
    assert app.system_lock is not None
    return app.system_lock


def locked(app: FacilitatorApp) -> bool:
    return app.workspace is not None and app.workspace.locked


def started(qtbot: QtBot, launch: ClockedLaunch, data_dir: Path) -> FacilitatorApp:
    seed(data_dir)
    app = launch()
    unlock(qtbot, app)
    return app


# --- Qt's own signal, and the watcher's wiring with a fake source ----------------------------


def test_qt_suspending_the_app_locks_it(
    qtbot: QtBot, qapp: QApplication, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    app = started(qtbot, clocked_launch, data_dir)
    assert "Qt.ApplicationSuspended" in watcher_of(app).listening
    for state in (
        Qt.ApplicationState.ApplicationInactive,
        Qt.ApplicationState.ApplicationHidden,
        Qt.ApplicationState.ApplicationActive,
    ):
        emit(qapp.applicationStateChanged, state)
        assert not locked(app), state

    emit(qapp.applicationStateChanged, Qt.ApplicationState.ApplicationSuspended)
    assert locked(app)
    assert visible_windows() == [app.unlock_dialog]


def test_screen_saver_and_sleep_announcements_lock_only_when_they_begin(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    app = started(qtbot, clocked_launch, data_dir)
    watcher = watcher_of(app)
    watcher.on_screen_saver_active(False)  # the screen saver went away
    watcher.on_prepare_for_sleep(False)  # the machine has just woken up
    assert not locked(app)

    watcher.on_screen_saver_active(True)
    assert locked(app)
    watcher.on_prepare_for_sleep(True)  # already locked: nothing more happens
    assert locked(app)

    unlock(qtbot, app)
    watcher.on_prepare_for_sleep(True)
    assert locked(app)


def test_without_a_bus_nothing_is_connected_and_nothing_is_said(
    qtbot: QtBot, tmp_path: Path, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    app = started(qtbot, clocked_launch, data_dir)
    nowhere = QDBusConnection.connectToBus(
        f"unix:path={tmp_path / 'no-bus'}", f"no-bus-{next(connection_names)}"
    )
    assert not nowhere.isConnected()
    watcher = SystemLockWatcher()
    watcher.watch_buses(system=nowhere, session=nowhere)
    watcher.watch_buses(system=None, session=None)
    assert watcher.listening == []  # and no Qt warning (a warning fails the test)
    assert not locked(app)


# --- real signals on a private D-Bus ---------------------------------------------------------


@dataclass
class PrivateBus:
    address: str
    names: list[str] = field(default_factory=list)

    def connect(self) -> QDBusConnection:
        """A new connection to the bus (each its own client, with its own unique name)."""
        name = f"private-{next(connection_names)}"
        bus = QDBusConnection.connectToBus(self.address, name)
        self.names.append(name)
        assert bus.isConnected(), bus.lastError().message()
        return bus

    def disconnect_all(self) -> None:
        for name in self.names:
            QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def private_bus(tmp_path: Path) -> Iterator[PrivateBus]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed (Debian package: dbus)")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # it complains about fd limits it may not raise
        text=True,
        cwd=tmp_path,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        assert address.startswith("unix:"), address
        bus = PrivateBus(address)
        yield bus
        bus.disconnect_all()
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def send_signal(sender: QDBusConnection, path: str, interface: str, name: str, value: bool) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments([value])
    assert sender.send(message)


def test_the_desktop_locking_its_screen_locks_the_workspace(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path, private_bus: PrivateBus
) -> None:
    app = started(qtbot, clocked_launch, data_dir)
    watcher = watcher_of(app)
    watcher.watch_buses(system=None, session=private_bus.connect())
    assert "org.freedesktop.ScreenSaver.ActiveChanged" in watcher.listening
    assert "org.gnome.ScreenSaver.ActiveChanged" in watcher.listening

    # Someone who is not the screen saver cannot make it lock (nor is anything else heard).
    impostor = private_bus.connect()
    send_signal(impostor, "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
    # The screen saver going away does not lock.
    kde = private_bus.connect()
    assert kde.registerService("org.freedesktop.ScreenSaver")
    send_signal(kde, "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", False)
    qtbot.wait(300)
    assert not locked(app)

    send_signal(kde, "/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
    qtbot.waitUntil(lambda: locked(app))
    assert visible_windows() == [app.unlock_dialog]

    # GNOME's screen shield says the same on its own name.
    unlock(qtbot, app)
    gnome = private_bus.connect()
    assert gnome.registerService("org.gnome.ScreenSaver")
    send_signal(gnome, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
    qtbot.waitUntil(lambda: locked(app))


def test_the_machine_going_to_sleep_locks_the_workspace(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path, private_bus: PrivateBus
) -> None:
    app = started(qtbot, clocked_launch, data_dir)
    watcher = watcher_of(app)
    # The private bus plays the system bus, where logind lives.
    watcher.watch_buses(system=private_bus.connect(), session=None)
    assert "org.freedesktop.login1.PrepareForSleep" in watcher.listening
    logind = private_bus.connect()
    assert logind.registerService("org.freedesktop.login1")
    path, interface = "/org/freedesktop/login1", "org.freedesktop.login1.Manager"

    send_signal(logind, path, interface, "PrepareForSleep", False)  # waking: nothing to do
    qtbot.wait(300)
    assert not locked(app)

    send_signal(logind, path, interface, "PrepareForSleep", True)
    qtbot.waitUntil(lambda: locked(app))
    assert visible_windows() == [app.unlock_dialog]
