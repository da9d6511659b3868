"""Every screen's accessibility tree, as a screen reader and a keyboard meet it
(tests/helpers/a11y.py): no unnamed control or focusable container, no self-painted widget
without text, every control reached with Tab, and Tab never trapped (a table is one stop).

The Session page is walked mid-round (every button shown); the other pages and windows with
the demo group's data, so lists and tables hold rows. Tab reaching a room button must not
change the record: Space stays start/pause and only Enter presses a button reached by Tab.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.demo import populate
from facilitator_desktop.services.checkin_scores import CheckinScoreService
from facilitator_desktop.ui.handouts.page import HandoutsPage
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.runner.page import RunnerPage
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.runner import RunnerDriver
from tests.gui.driving import Launch, go_to, unlock
from tests.gui.test_runner_helpers import Room, advance, open_room, press
from tests.helpers.a11y import Problem, audit, report, tab_walk

K = Qt.Key


def assert_accessible(window: QWidget) -> None:
    window.activateWindow()
    QApplication.processEvents()
    problems = audit(window)
    assert not problems, f"{window.windowTitle()}:\n{report(problems)}"


# --- the Session page, mid-round -------------------------------------------------------------


def round_with_scores(qtbot: QtBot, launch: Launch) -> Room:
    """Session running, everyone here, Anna speaking in the check-in round, scores on."""
    room = open_room(qtbot, launch)
    CheckinScoreService(room.ws.context).set_scale(room.group_id, 0, 10, "How are you?")
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: room.runner.attendance()[4].status == "present")
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_1)
    assert room.runner.speaker() == "Anna" and room.runner.score_strip_shown()
    return room


def test_the_session_page_mid_round_passes_the_audit(qtbot: QtBot, launch: Launch) -> None:
    room = round_with_scores(qtbot, launch)
    assert_accessible(room.window)


def test_tab_reaches_every_room_button_and_each_list_once(qtbot: QtBot, launch: Launch) -> None:
    room = round_with_scores(qtbot, launch)
    runner = room.runner
    runner.focus_page()
    stops, problems = tab_walk(room.window, start=runner.page)
    assert not problems, report(problems)
    talk, timer, header = runner.talk_panel, runner.timer_panel, runner.header
    wanted: list[QWidget] = [
        timer.toggle_button,
        timer.plus_one_button,
        timer.plus_five_button,
        talk.next_button,
        talk.pass_button,
        talk.later_button,
        talk.end_button,
        runner.attendance_panel.all_button,
        header.room_button,
        header.blank_button,
        header.keys_button,
        header.end_button,
        runner.rules_rail.show_button,
        runner.page.panels.chime_box,
        *runner.score_strip.buttons,
    ]
    missing = [w.accessibleName() or w.objectName() for w in wanted if w not in stops]
    assert not missing
    # The lists in reading order, each one stop.
    lists = [runner.agenda_list, runner.queue_list, runner.attendance_list, runner.rule_list]
    positions = [stops.index(view) for view in lists]
    assert positions == sorted(positions)
    assert all(stops.count(view) == 1 for view in lists)
    assert stops.index(runner.note_box) > positions[-1]


def tab_to(qtbot: QtBot, room: Room, target: QWidget) -> None:
    """Tab from the page until `target` has the focus (as a keyboard user gets there)."""
    room.runner.focus_page()
    for _ in range(120):
        if QApplication.focusWidget() is target:
            return
        press(qtbot, K.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName() or target}")


def test_space_on_a_tabbed_button_stays_the_rooms_start_and_pause(
    qtbot: QtBot, launch: Launch
) -> None:
    """A facilitator who tabbed to "Next speaker" and presses Space pauses the clock; nobody
    is called by accident."""
    room = round_with_scores(qtbot, launch)
    runner = room.runner
    tab_to(qtbot, room, runner.talk_panel.next_button)
    advance(room, 30)
    press(qtbot, K.Key_Space)
    assert runner.timer_state() == "Paused"
    assert runner.speaker() == "Anna"
    press(qtbot, K.Key_Space)
    assert runner.timer_state() != "Paused" and runner.speaker() == "Anna"
    # The chime box reached by Tab: Space still means the clock, never the box.
    chime = runner.page.panels.chime_box
    was = chime.isChecked()
    tab_to(qtbot, room, chime)
    press(qtbot, K.Key_Space)
    assert chime.isChecked() == was and runner.timer_state() == "Paused"


def test_enter_presses_a_button_reached_by_tab_and_only_that(qtbot: QtBot, launch: Launch) -> None:
    room = round_with_scores(qtbot, launch)
    runner = room.runner
    tab_to(qtbot, room, runner.talk_panel.next_button)
    press(qtbot, K.Key_Return)
    assert runner.speaker() == "Bo"
    # A score reached by Tab: Enter records it for the speaker.
    seven = next(b for b in runner.score_strip.buttons if b.score == 7)
    tab_to(qtbot, room, seven)
    press(qtbot, K.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert runner.score_pressed() == "7"
    assert runner.known_scores() == {room.members["Bo"]: 7}
    # Shift+Enter or a held Enter's repeats do nothing more.
    press(qtbot, K.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert runner.speaker() == "Bo"


def test_a_click_leaves_the_keys_with_the_room(qtbot: QtBot, launch: Launch) -> None:
    """A clicked room button does not take the focus: a stray Enter after the click presses
    nothing, and the letter keys still act."""
    room = round_with_scores(qtbot, launch)
    runner = room.runner
    runner.focus_page()
    qtbot.mouseClick(runner.talk_panel.next_button, Qt.MouseButton.LeftButton)
    assert runner.speaker() == "Bo"
    assert QApplication.focusWidget() is runner.page
    press(qtbot, K.Key_Return)
    press(qtbot, K.Key_Enter)
    assert runner.speaker() == "Bo"
    press(qtbot, K.Key_N)
    assert runner.speaker() == "Chidi"


def test_the_room_display_and_the_keys_list_pass_the_audit(qtbot: QtBot, launch: Launch) -> None:
    room = round_with_scores(qtbot, launch)
    press(qtbot, K.Key_F11)
    display = room.runner.room_display()
    assert not audit(display, keyboard=False), report(audit(display, keyboard=False))
    press(qtbot, K.Key_F11)
    room.window.activateWindow()
    qtbot.waitUntil(room.window.isActiveWindow)
    press(qtbot, K.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    keys = room.runner.keys_dialog
    assert keys is not None
    qtbot.waitUntil(keys.isVisible)
    assert_accessible(keys)


# --- the other pages and windows, with the demo group's data ---------------------------------


@pytest.fixture
def demo_app(qtbot: QtBot, launch: Launch, data_dir: Path) -> FacilitatorApp:
    """The demo group in the test's folder, the app started on its unlock window."""
    ws = Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF)
    populate(ws)
    ws.close()
    return launch()


def test_the_unlock_window_passes_the_audit(qtbot: QtBot, demo_app: FacilitatorApp) -> None:
    dialog = demo_app.unlock_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert_accessible(dialog)


def pages_and_tabs(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """Shows each page, and each tab of a page with tabs, naming what is shown."""
    for key in window.pages:
        if key == RunnerPage.key:
            continue
        go_to(qtbot, window, key)
        qtbot.waitUntil(window.isActiveWindow)
        page = window.pages[key]
        if isinstance(page, HandoutsPage):
            # Its preview is built off the GUI thread and its buttons come with it: audited
            # once it is in, not while a busy machine is still building it.
            qtbot.waitUntil(page.presenter.is_ready, timeout=30_000)
        tabs = page.findChildren(QTabWidget)
        yield key
        for widget in tabs:
            for index in range(1, widget.count()):
                widget.setCurrentIndex(index)
                yield f"{key} · {widget.tabText(index)}"
            widget.setCurrentIndex(0)


def test_every_page_with_the_demo_group_passes_the_audit(
    qtbot: QtBot, demo_app: FacilitatorApp
) -> None:
    window = unlock(qtbot, demo_app)
    found: dict[str, list[Problem]] = {}
    for shown in pages_and_tabs(qtbot, window):
        problems = audit(window)
        if problems:
            found[shown] = problems
    assert not found, "\n".join(f"[{k}]\n{report(v)}" for k, v in found.items())


def test_the_idle_session_page_passes_the_audit(qtbot: QtBot, demo_app: FacilitatorApp) -> None:
    window = unlock(qtbot, demo_app)
    go_to(qtbot, window, RunnerPage.key)
    assert RunnerDriver.of(window).is_idle()
    assert_accessible(window)


@pytest.mark.parametrize("opener", ["open_settings", "open_backups"])
def test_settings_and_backups_pass_the_audit(
    qtbot: QtBot, demo_app: FacilitatorApp, opener: str
) -> None:
    window = unlock(qtbot, demo_app)
    dialog: QDialog = getattr(window, opener)()
    qtbot.waitUntil(dialog.isVisible)
    assert_accessible(dialog)
    dialog.reject()
