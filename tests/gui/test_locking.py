"""Locking: Ctrl+L saves first, then clears every private text with its undo history;
auto-lock after idle minutes (it waits while a session runs in the window); unlock returns
to the same place. The edges of auto-lock (sleep, clocks, sessions) are in
test_auto_lock.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.services.settings import AUTO_LOCK
from facilitator_desktop.ui.idle import MAX_SLEEP_S
from facilitator_desktop.ui.members_page import MembersPage
from facilitator_desktop.ui.settings_dialog import SettingsDialog
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui import notes_driving
from tests.gui.driving import go_to, type_text, unlock
from tests.gui.locking_driving import start_session
from tests.gui.notes_driving import (
    ClockedLaunch,
    notes_page,
    seed,
    select_note,
    stored_body,
    visible_windows,
)

clock = notes_driving.clock
clocked_launch = notes_driving.clocked_launch


def test_ctrl_l_saves_then_clears_every_private_text_and_unlock_returns_to_the_note(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    app = clocked_launch()
    window = unlock(qtbot, app)
    page = notes_page(qtbot, window)
    select_note(page, seeded.notes["both"])
    page.editor.setFocus()
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    type_text(qtbot, page.editor, " Ask Ben about his sister.")
    cursor = page.editor.cursor_position()
    assert page.editor.document().isUndoAvailable()
    assert page.autosaver.pending  # typed, not yet saved
    page.search_edit.setText("Ben")  # a private word in the search box
    page.editor.setFocus()
    settings = window.open_settings()  # a dialog is open when the lock comes

    qtbot.keyClick(settings, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert app.workspace is not None and app.workspace.locked
    # Saved encrypted before anything was cleared.
    assert stored_body(data_dir, seeded.notes["both"]).endswith("Ask Ben about his sister.")
    # Every widget that showed private text is empty, without undo history.
    assert page.editor.body() == ""
    assert not page.editor.document().isUndoAvailable()
    assert not page.editor.document().isRedoAvailable()
    assert page.search_edit.text() == "" and not page.search_edit.isUndoAvailable()
    assert page.model.rowCount() == 0
    assert page.details.members.count() == 0
    assert page.member_combo.count() == 0
    members = window.pages["members"]
    assert isinstance(members, MembersPage) and members.model.rowCount() == 0
    assert window.pages["attention"].tree.topLevelItemCount() == 0  # type: ignore[attr-defined]
    # Only the lock screen is up.
    assert visible_windows() == [app.unlock_dialog]
    assert window.settings_dialog is None or not settings.isVisible()

    window = unlock(qtbot, app)
    assert window.current_page() is page
    assert page.list_view.currentIndex().row() == page.model.row_of(seeded.notes["both"])
    assert page.editor.body().endswith("Ask Ben about his sister.")
    assert page.editor.cursor_position() == cursor
    assert not page.editor.document().isUndoAvailable()  # nothing from before the lock


def test_a_new_note_typed_just_before_the_lock_is_kept(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seed(data_dir)
    app = clocked_launch()
    page = notes_page(qtbot, unlock(qtbot, app))
    page.new_note()
    type_text(qtbot, page.editor, "Written a second before the lid closed")
    app.lock()
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        assert ws.notes.find()[0].body == "Written a second before the lid closed"
    unlock(qtbot, app)
    assert page.editor.body() == "Written a second before the lid closed"


def test_auto_lock_after_the_idle_minutes_and_input_resets_the_wait(
    qtbot: QtBot, clocked_launch: ClockedLaunch, clock: FakeClock, data_dir: Path
) -> None:
    seed(data_dir)
    app = clocked_launch()
    window = unlock(qtbot, app)
    assert app.workspace is not None
    assert app.workspace.settings.get(AUTO_LOCK) == 10  # the default
    app.workspace.settings.set(AUTO_LOCK, 2)
    idle = app.idle
    assert idle.running

    clock.advance(119)
    assert not idle.check()
    # The timer sleeps until the idle time could have run out, at most a few seconds.
    assert 0 < idle.timer.interval() <= MAX_SLEEP_S * 1000

    # Any keyboard or mouse input starts the wait again.
    qtbot.mouseMove(window.nav.viewport(), QPoint(20, 20))
    qtbot.mouseMove(window.nav.viewport(), QPoint(30, 40))
    clock.advance(119)
    assert not idle.check()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    clock.advance(60)
    assert not idle.check() and not app.workspace.locked

    clock.advance(61)
    assert idle.check()
    assert app.workspace.locked
    assert visible_windows() == [app.unlock_dialog]
    assert not idle.running  # nothing to watch while locked

    unlock(qtbot, app)
    assert idle.running
    assert idle.idle_seconds() < 1  # counts from the unlock (its boot clock is the real one)


def test_auto_lock_waits_while_a_session_runs_in_the_window_but_ctrl_l_locks(
    qtbot: QtBot, clocked_launch: ClockedLaunch, clock: FakeClock, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    app = clocked_launch()
    window = unlock(qtbot, app)
    assert app.workspace is not None
    app.workspace.settings.set(AUTO_LOCK, 1)
    start_session(qtbot, app, window, seeded)

    for _ in range(20 * 6):  # twenty minutes of the session, checked as the timer would
        clock.advance(MAX_SLEEP_S)
        assert not app.idle.check()
    assert not app.workspace.locked

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert app.workspace.locked


def test_auto_lock_off(
    qtbot: QtBot, clocked_launch: ClockedLaunch, clock: FakeClock, data_dir: Path
) -> None:
    seed(data_dir)
    app = clocked_launch()
    window = unlock(qtbot, app)
    settings = window.open_settings()
    assert isinstance(settings, SettingsDialog)
    assert settings.auto_lock.value() == 10
    settings.auto_lock.setValue(0)
    assert settings.auto_lock.text() == "Never"
    assert settings.status.text() == "Automatic locking is off."
    settings.reject()
    assert app.workspace is not None and app.workspace.settings.get(AUTO_LOCK) == 0
    clock.advance(24 * 3600)
    assert not app.idle.check()
    assert not app.workspace.locked


@pytest.mark.qt_log_ignore(
    r"^This plugin does not support (propagateSizeHints|raise)\(\)$",
    r"^This plugin does not support grabbing the keyboard$",  # the menu's popup
)
def test_lock_closes_menus_and_a_question_being_asked(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    app = clocked_launch()
    window = unlock(qtbot, app)

    # Locked while "Delete this note?" waits for an answer: the question goes away
    # unanswered, and nothing is deleted.
    page = notes_page(qtbot, window)
    select_note(page, seeded.notes["anna"])
    asked: list[str] = []

    def lock_when_asked() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            app.lock()
        else:
            QTimer.singleShot(5, lock_when_asked)

    QTimer.singleShot(0, lock_when_asked)
    page.delete_button.click()
    assert asked == ["Delete this note?"]
    assert visible_windows() == [app.unlock_dialog]
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        assert seeded.notes["anna"] in {n.id for n in ws.notes.find()}
    window = unlock(qtbot, app)

    go_to(qtbot, window, "members")
    menu = window.menuBar().actions()[0].menu()
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    assert menu.isVisible()
    app.lock()
    assert not menu.isVisible()
    assert visible_windows() == [app.unlock_dialog]
    assert QApplication.activePopupWidget() is None
    unlock(qtbot, app)
    assert window.current_page().key == "members"
