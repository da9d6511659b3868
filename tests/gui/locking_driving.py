"""Helpers for the locking tests: a launch with both idle clocks faked, and a session
started in the window as a facilitator would (this module holds no tests itself)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp, build_app
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.runner.page import RunnerPage
from tests.conftest import FAST_KDF
from tests.gui.drivers.runner import RunnerDriver
from tests.gui.driving import go_to
from tests.gui.notes_driving import Seeded
from tests.gui.test_runner_helpers import press

Launch = Callable[[], FacilitatorApp]


class SettableClock:
    """A wall clock someone can set forward or back."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def launcher(
    qapp: QApplication,
    data_dir: Path,
    settings_path: Path,
    monotonic: Callable[[], float],
    suspend_aware: Callable[[], float],
) -> Iterator[Launch]:
    """Start the app on `data_dir` with these idle clocks; shut every start down after."""
    started: list[FacilitatorApp] = []

    def start() -> FacilitatorApp:
        app = build_app(
            data_dir,
            kdf_params=FAST_KDF,
            settings=QSettings(str(settings_path), QSettings.Format.IniFormat),
            qapp=qapp,
            monotonic=monotonic,
            suspend_aware=suspend_aware,
        )
        started.append(app)
        return app

    yield start
    for app in started:
        app.shutdown()


def locked(app: FacilitatorApp) -> bool:
    return app.workspace is not None and app.workspace.locked


def open_session(
    qtbot: QtBot, app: FacilitatorApp, window: MainWindow, group_id: int
) -> RunnerDriver:
    """The Session page with the group's session open; its clock waits for Space."""
    assert app.ctx is not None
    app.ctx.reload_groups(select=group_id)
    go_to(qtbot, window, RunnerPage.key)
    runner = RunnerDriver.of(window)
    press(qtbot, Qt.Key.Key_Space)  # the focused "Open" button
    assert runner.session().runner.phase == "not_started"
    return runner


def start_session(
    qtbot: QtBot, app: FacilitatorApp, window: MainWindow, seeded: Seeded
) -> RunnerDriver:
    """The carers' session open and its clock running."""
    runner = open_session(qtbot, app, window, seeded.groups["carers"])
    press(qtbot, Qt.Key.Key_Space)
    assert runner.session().runner.phase == "running"
    return runner
