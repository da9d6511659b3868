"""Auto-lock at the edges: a laptop's sleep counts as idle time, clocks that jump, and
only a session whose clock runs in this window holds the lock off.

Two fake clocks drive the watcher: `clock` (monotonic: stops while the laptop sleeps) and
`boot` (suspend-aware: keeps counting). A fake suspend moves `boot` only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.services.settings import AUTO_LOCK
from facilitator_desktop.ui.idle import MAX_SLEEP_S
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.settings_dialog import SettingsDialog
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui import notes_driving
from tests.gui.driving import PromptAnswerer, type_text, unlock
from tests.gui.locking_driving import (
    Launch,
    SettableClock,
    launcher,
    locked,
    open_session,
    start_session,
)
from tests.gui.notes_driving import notes_page, seed, select_note, visible_windows
from tests.gui.test_runner_helpers import press, runner_page

clock = notes_driving.clock
K = Qt.Key


@pytest.fixture
def boot() -> FakeClock:
    return FakeClock(86_400.0)


@pytest.fixture
def wall() -> SettableClock:
    return SettableClock(1_700_000_000.0)


@pytest.fixture
def launch_with_boot(
    qapp: QApplication, data_dir: Path, settings_path: Path, clock: FakeClock, boot: FakeClock
) -> Iterator[Launch]:
    yield from launcher(qapp, data_dir, settings_path, clock, boot)


@pytest.fixture
def launch_with_wall(
    qapp: QApplication,
    data_dir: Path,
    settings_path: Path,
    clock: FakeClock,
    wall: SettableClock,
) -> Iterator[Launch]:
    yield from launcher(qapp, data_dir, settings_path, clock, wall)


def awake(clock: FakeClock, boot: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    boot.advance(seconds)


def suspend(boot: FakeClock, seconds: float) -> None:
    """The lid closes and opens: the monotonic clock (and Qt's timers) did not move."""
    boot.advance(seconds)


def started(qtbot: QtBot, launch: Launch, minutes: int = 2) -> tuple[FacilitatorApp, MainWindow]:
    app = launch()
    window = unlock(qtbot, app)
    assert app.workspace is not None
    app.workspace.settings.set(AUTO_LOCK, minutes)
    app.idle.check()  # reads the new limit, as its timer would within seconds
    return app, window


# --- a laptop's sleep ---------------------------------------------------------------------------


def test_waking_after_longer_than_the_limit_locks_at_the_first_check(
    qtbot: QtBot, launch_with_boot: Launch, clock: FakeClock, boot: FakeClock, data_dir: Path
) -> None:
    seed(data_dir)
    app, _window = started(qtbot, launch_with_boot)
    awake(clock, boot, 30)
    assert not app.idle.check()
    # Between checks the watcher never sleeps long: Qt's timer stops with the laptop too.
    assert 0 < app.idle.timer.interval() <= MAX_SLEEP_S * 1000

    suspend(boot, 20 * 60)
    assert app.idle.idle_seconds() >= 20 * 60
    assert app.idle.check()
    assert locked(app)
    assert visible_windows() == [app.unlock_dialog]


def test_the_first_touch_after_waking_locks_and_never_reaches_the_note(
    qtbot: QtBot, launch_with_boot: Launch, boot: FakeClock, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    app, window = started(qtbot, launch_with_boot)
    page = notes_page(qtbot, window)
    select_note(page, seeded.notes["group"])
    page.editor.setFocus()
    body = page.editor.body()

    suspend(boot, 3 * 60)  # before the timer's next check, someone types
    type_text(qtbot, page.editor, "x")

    assert locked(app)
    window = unlock(qtbot, app)
    assert page.editor.body() == body  # the key that woke it was not typed into the note


def test_a_short_sleep_does_not_lock_and_input_after_it_starts_the_wait_again(
    qtbot: QtBot, launch_with_boot: Launch, clock: FakeClock, boot: FakeClock, data_dir: Path
) -> None:
    seed(data_dir)
    app, window = started(qtbot, launch_with_boot)
    awake(clock, boot, 30)
    suspend(boot, 60)  # 90 s of a 120 s limit
    assert not app.idle.check()
    qtbot.keyClick(window.nav, K.Key_Down)
    suspend(boot, 100)
    assert not app.idle.check() and not locked(app)
    suspend(boot, 20)
    assert app.idle.check() and locked(app)


def test_a_lid_closed_mid_session_locks_on_waking(
    qtbot: QtBot, launch_with_boot: Launch, clock: FakeClock, boot: FakeClock, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    app, window = started(qtbot, launch_with_boot, minutes=1)
    page = start_session(qtbot, app, window, seeded)
    for _ in range(6):  # a minute of the session, checked as the timer would
        awake(clock, boot, MAX_SLEEP_S)
        assert not app.idle.check()

    suspend(boot, 5 * 60)
    assert app.idle.check()
    assert locked(app)
    live = page.live
    assert live is not None and live.runner.phase == "running"  # a lock is not a pause


# --- clocks that are set ----------------------------------------------------------------------


def test_a_wall_clock_set_back_never_lengthens_the_wait(
    qtbot: QtBot, launch_with_wall: Launch, clock: FakeClock, wall: SettableClock, data_dir: Path
) -> None:
    seed(data_dir)
    app, _window = started(qtbot, launch_with_wall)
    wall.now -= 3600  # set back an hour (a time zone fixed, a dead CMOS battery)
    clock.advance(119)
    assert not app.idle.check()
    clock.advance(1)
    assert app.idle.check()  # the monotonic count alone reached the limit
    assert locked(app)


def test_a_wall_clock_set_forward_locks(
    qtbot: QtBot, launch_with_wall: Launch, wall: SettableClock, data_dir: Path
) -> None:
    seed(data_dir)
    app, _window = started(qtbot, launch_with_wall)
    wall.now += 24 * 3600  # the safe direction: it might have been a sleep
    assert app.idle.check()
    assert locked(app)


# --- only a session live in this window holds the lock off -----------------------------------


def test_a_running_session_holds_auto_lock_off_and_pausing_past_the_limit_locks(
    qtbot: QtBot, launch_with_boot: Launch, clock: FakeClock, boot: FakeClock, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    app, window = started(qtbot, launch_with_boot, minutes=1)
    page = start_session(qtbot, app, window, seeded)

    for _ in range(90 * 6):  # a whole session without touching the laptop
        awake(clock, boot, MAX_SLEEP_S)
        assert not app.idle.check()
    assert not locked(app)

    press(qtbot, K.Key_Space)  # pause for a break
    live = page.live
    assert live is not None and live.runner.phase == "paused"
    awake(clock, boot, 59)
    assert not app.idle.check()
    awake(clock, boot, 1)
    assert app.idle.check()
    assert locked(app)
    assert live.runner.phase == "paused"  # still open, waiting for the facilitator


def test_a_session_opened_but_not_started_does_not_hold_auto_lock_off(
    qtbot: QtBot, launch_with_boot: Launch, clock: FakeClock, boot: FakeClock, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    app, window = started(qtbot, launch_with_boot, minutes=1)
    open_session(qtbot, app, window, seeded.groups["carers"])  # its clock waits for Space
    awake(clock, boot, 60)
    assert app.idle.check() and locked(app)


def test_a_session_a_crash_left_running_and_deferred_does_not_hold_auto_lock_off(
    qtbot: QtBot,
    launch_with_boot: Launch,
    clock: FakeClock,
    boot: FakeClock,
    data_dir: Path,
    answer: Callable[[str], PromptAnswerer],
) -> None:
    seeded = seed(data_dir)
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        ws.sessions.start(seeded.groups["carers"])  # then the battery died
        ws.settings.set(AUTO_LOCK, 1)
    app = launch_with_boot()
    later = answer("Decide later")
    window = unlock(qtbot, app)
    qtbot.waitUntil(lambda: later.answered and window.isActiveWindow())
    assert app.workspace is not None and app.workspace.sessions.running()
    assert runner_page(window).live is None

    awake(clock, boot, 59)
    assert not app.idle.check()
    awake(clock, boot, 1)
    assert app.idle.check()
    assert locked(app)


def test_the_settings_say_what_holds_auto_lock_off(
    qtbot: QtBot, launch_with_boot: Launch, data_dir: Path
) -> None:
    seed(data_dir)
    _app, window = started(qtbot, launch_with_boot)
    settings = window.open_settings()
    assert isinstance(settings, SettingsDialog)
    hint = settings.auto_lock_hint.text()
    assert "while a session's clock runs in this window" in hint
    assert "a paused session, or one a crash left open, does not hold it off" in hint
    assert "Time asleep counts" in hint
    assert "never locks by itself while a session is running" not in hint
    settings.reject()
