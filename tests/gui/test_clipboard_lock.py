"""On lock the clipboard forgets text copied from the app, and keeps what another program
put there.

Offscreen, the clipboard lives inside this process, so "another program" is played by
telling the guard that we do not own what the clipboard holds (what ownsClipboard()
answers on a desktop once another program copies).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.ui.clipboard_guard import ClipboardGuard
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.notes import NotesPage
from tests.gui import notes_driving
from tests.gui.driving import type_text, unlock
from tests.gui.notes_driving import ClockedLaunch, Seeded, notes_page, seed, select_note

clock = notes_driving.clock
clocked_launch = notes_driving.clocked_launch

CTRL = Qt.KeyboardModifier.ControlModifier
NOTE = "Anna slept badly again\nAsked about respite care."


class Owner:
    """Who holds the clipboard, as the platform would answer."""

    def __init__(self) -> None:
        self.us = True

    def __call__(self, _mode: QClipboard.Mode) -> bool:
        return self.us


def clipboard() -> QClipboard:
    board = QApplication.clipboard()
    assert board is not None
    return board


def guard_of(app: FacilitatorApp) -> ClipboardGuard:
    assert app.clipboard_guard is not None
    return app.clipboard_guard


def copy_all(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(widget, Qt.Key.Key_C, CTRL)


def started(
    qtbot: QtBot, launch: ClockedLaunch, data_dir: Path, *, play_owner: bool = True
) -> tuple[FacilitatorApp, MainWindow, NotesPage, Seeded, Owner]:
    """The Notes page on Anna's note; `owner` answers who holds the clipboard (without
    play_owner, the platform answers)."""
    seeded = seed(data_dir)
    app = launch()
    window = unlock(qtbot, app)
    owner = Owner()
    if play_owner:
        guard_of(app).use_ownership(owner)
    page = notes_page(qtbot, window)
    select_note(page, seeded.notes["anna"])
    return app, window, page, seeded, owner


def lock_with_ctrl_l(qtbot: QtBot, app: FacilitatorApp, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert app.workspace is not None and app.workspace.locked


def test_text_copied_from_a_note_is_gone_after_the_lock(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    app, window, page, _seeded, _owner = started(qtbot, clocked_launch, data_dir, play_owner=False)
    copy_all(qtbot, page.editor)
    assert clipboard().text() == NOTE

    lock_with_ctrl_l(qtbot, app, window)
    assert clipboard().text() == ""


def test_a_clipboard_manager_holding_our_text_is_cleared_too(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    """Some clipboard managers take ownership right after every copy: the text is still
    ours, though the platform no longer says so."""
    app, window, page, _seeded, owner = started(qtbot, clocked_launch, data_dir)
    copy_all(qtbot, page.editor)
    owner.us = False

    lock_with_ctrl_l(qtbot, app, window)
    assert clipboard().text() == ""


def test_what_another_program_copied_is_kept(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    app, window, page, _seeded, owner = started(qtbot, clocked_launch, data_dir)
    copy_all(qtbot, page.editor)  # ours first…
    owner.us = False
    clipboard().setText("Milk, eggs, call the dentist")  # …then the facilitator's own list

    lock_with_ctrl_l(qtbot, app, window)
    assert clipboard().text() == "Milk, eggs, call the dentist"

    # And after unlocking, locking again still leaves it alone.
    window = unlock(qtbot, app)
    app.lock()
    assert clipboard().text() == "Milk, eggs, call the dentist"


def test_another_program_copying_the_same_words_is_still_cleared(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    """The digest cannot tell a re-copy of our text from our copy: private text either way,
    so it goes (the safe direction)."""
    app, window, page, _seeded, owner = started(qtbot, clocked_launch, data_dir)
    copy_all(qtbot, page.editor)
    owner.us = False
    clipboard().setText(NOTE)  # pasted elsewhere and copied again

    lock_with_ctrl_l(qtbot, app, window)
    assert clipboard().text() == ""


def test_text_copied_from_the_search_box_or_typed_and_cut_is_cleared(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    app, window, page, _seeded, owner = started(qtbot, clocked_launch, data_dir)
    page.search_edit.setFocus()
    type_text(qtbot, page.search_edit, "Anna")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_X, CTRL)
    assert clipboard().text() == "Anna"
    owner.us = False

    app.lock()
    assert clipboard().text() == ""


def test_an_empty_clipboard_or_one_never_touched_by_the_app_stays_as_it_is(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    app, window, _page, _seeded, owner = started(qtbot, clocked_launch, data_dir)
    owner.us = False
    clipboard().setText("from the browser")
    assert guard_of(app).clear_if_ours() == []
    assert clipboard().text() == "from the browser"

    lock_with_ctrl_l(qtbot, app, window)
    assert clipboard().text() == "from the browser"
