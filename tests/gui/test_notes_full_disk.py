"""A note being typed when the disk fills up or turns read-only, through the real window:
the editor says why it is not saved; Ctrl+L keeps it sealed in memory (the lock screen says
so, in those words) and nothing of it reaches a file; after the unlock it is saved, equal to
what was typed, or put back and saved as soon as the disk takes it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.notes import NotesPage
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui import disk_driving, notes_driving
from tests.gui.disk_driving import FillingDisk, TurningDisk
from tests.gui.driving import PromptAnswerer, click, type_text, unlock
from tests.gui.notes_driving import (
    ClockedLaunch,
    notes_page,
    seed,
    select_note,
    stored_body,
)
from tests.helpers import canary

clock = notes_driving.clock
clocked_launch = notes_driving.clocked_launch
filling_disk = disk_driving.filling_disk
turning_disk = disk_driving.turning_disk

KEPT = (
    "Your note could not be saved (the disk is full); it is kept, encrypted, and will be "
    "saved when you unlock."
)


def ctrl_l(qtbot: QtBot, page: NotesPage) -> None:
    qtbot.keyClick(page.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def open_note_at_end(qtbot: QtBot, app: FacilitatorApp, note_id: int) -> NotesPage:
    page = notes_page(qtbot, unlock(qtbot, app))
    select_note(page, note_id)
    page.editor.setFocus()
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    return page


def autosave_fails(clock: FakeClock, page: NotesPage) -> None:
    clock.advance(2.0)
    assert not page.autosaver.check()
    assert page.autosaver.pending


def cleared(page: NotesPage) -> bool:
    document = page.editor.document()
    return (
        page.editor.body() == ""
        and not document.isUndoAvailable()
        and not document.isRedoAvailable()
        and page.model.rowCount() == 0
    )


def test_a_note_typed_as_the_disk_fills_survives_ctrl_l_and_is_saved_after_unlock(
    filling_disk: FillingDisk,
    qtbot: QtBot,
    clocked_launch: ClockedLaunch,
    clock: FakeClock,
    answer: Callable[[str], PromptAnswerer],
) -> None:
    disk = filling_disk
    seeded = seed(disk.data_dir)
    note = seeded.notes["group"]
    app = clocked_launch(folder=disk.data_dir)
    page = open_note_at_end(qtbot, app, note)
    type_text(qtbot, page.editor, " Saved before the disk filled.")
    clock.advance(2.0)
    assert page.autosaver.check()
    assert app.workspace is not None
    disk.fill(app.workspace.engine)

    type_text(qtbot, page.editor, " Typed on a full disk: Zoë, 李娜 🙂")
    typed = page.editor.body()
    autosave_fails(clock, page)
    assert page.save_state.text().startswith("Not saved yet: The disk is full"), disk.kind

    ctrl_l(qtbot, page)
    assert app.workspace.locked and app.unlock_dialog is not None
    assert app.unlock_dialog.notice_text() == KEPT, disk.kind
    assert cleared(page)
    # Quitting from the lock screen would lose it: the app asks, and Cancel keeps it.
    asked = answer("Cancel")
    click(qtbot, app.unlock_dialog.quit_button)
    assert asked.question == "Quit without saving this note?"
    assert app.unlock_dialog.isVisible() and app.workspace is not None

    disk.free()
    window = unlock(qtbot, app)
    assert stored_body(disk.data_dir, note) == typed, disk.kind
    assert status(window) == "The note kept while the workspace was locked has been saved."
    assert window.current_page() is page
    assert page.editor.body() == typed
    assert page.save_state.text() == "Saved · encrypted"
    assert not page.autosaver.pending and page.unsaved_what() is None
    assert not page.editor.document().isUndoAvailable()  # nothing from before the lock


def test_still_full_at_unlock_it_is_put_back_and_saved_once_there_is_room(
    filling_disk: FillingDisk,
    qtbot: QtBot,
    clocked_launch: ClockedLaunch,
    clock: FakeClock,
) -> None:
    """A new note, never stored, with a member linked: it comes back with its link."""
    disk = filling_disk
    seeded = seed(disk.data_dir)
    app = clocked_launch(folder=disk.data_dir)
    page = notes_page(qtbot, unlock(qtbot, app))
    assert app.workspace is not None
    disk.fill(app.workspace.engine)
    page.new_note()
    type_text(qtbot, page.editor, "Chloé called: her mother is in hospital.")
    typed = page.editor.body()
    chloe = seeded.members["Chloé"]
    page.details.set_member_checked(chloe, True)  # storing it first fails
    assert page.autosaver.pending
    autosave_fails(clock, page)
    assert page.save_state.text().startswith("Not saved yet: The disk is full"), disk.kind

    ctrl_l(qtbot, page)
    assert app.unlock_dialog is not None and app.unlock_dialog.notice_text() == KEPT
    window = unlock(qtbot, app)  # the disk is still full
    assert status(window) == (
        "Your note is still not saved (the disk is full). It is back in the editor and is "
        "saved as soon as the disk takes it; please do not close the app until then."
    ), disk.kind
    assert page.editor.body() == typed
    assert page.editor.cursor_position() == len(typed)
    assert page.save_state.text().startswith("Not saved yet: The disk is full")
    assert page.autosaver.pending and page.unsaved_what() == "this note"
    assert page.details.linked_ids() == [chloe]

    disk.free()
    clock.advance(5.0)
    assert page.autosaver.check()  # the Autosaver's next try
    assert page.save_state.text() == "Saved · encrypted"
    with Workspace.open(disk.data_dir, PASSPHRASE) as ws:
        (stored,) = [n for n in ws.notes.find() if n.id not in seeded.notes.values()]
        assert stored.body == typed
        assert stored.member_ids == (chloe,)


def test_a_disk_turning_read_only_is_named_read_only_and_the_note_is_kept(
    turning_disk: TurningDisk,
    qtbot: QtBot,
    clocked_launch: ClockedLaunch,
    clock: FakeClock,
) -> None:
    disk = turning_disk
    seeded = seed(disk.data_dir)
    app = clocked_launch(folder=disk.data_dir)
    page = open_note_at_end(qtbot, app, seeded.notes["anna"])
    assert app.workspace is not None
    disk.turn_read_only(app.workspace.engine)
    type_text(qtbot, page.editor, " Typed after the disk failed.")
    typed = page.editor.body()
    autosave_fails(clock, page)
    shown = page.save_state.text()
    assert shown.startswith("Not saved yet: The disk holding the workspace has become read-only"), (
        disk.kind,
        shown,
    )
    assert "full" not in shown and "problem with the disk" not in shown

    ctrl_l(qtbot, page)
    assert app.unlock_dialog is not None
    assert app.unlock_dialog.notice_text() == (
        "Your note could not be saved (the disk is read-only); it is kept, encrypted, and "
        "will be saved when you unlock."
    ), disk.kind
    assert cleared(page)

    window = unlock(qtbot, app)  # the disk stays read-only
    assert status(window).startswith("Your note is still not saved (the disk is read-only).")
    assert page.editor.body() == typed
    assert page.autosaver.pending


def test_the_kept_note_never_reaches_a_file_in_plain_form(
    filling_disk: FillingDisk,
    qtbot: QtBot,
    clocked_launch: ClockedLaunch,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Sealed in memory, nothing on disk: every folder the app could write to is searched
    for the marker while locked and after it was saved; the page holds only the blob."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    assert Path(QDir.tempPath()) == temp
    disk = filling_disk
    seeded = seed(disk.data_dir)
    app = clocked_launch(folder=disk.data_dir)
    page = open_note_at_end(qtbot, app, seeded.notes["chloe"])
    assert app.workspace is not None
    disk.fill(app.workspace.engine)
    marker = canary.marker("held")
    type_text(qtbot, page.editor, f" {marker}")
    autosave_fails(clock, page)
    folders = [disk.data_dir, temp, Path(os.environ["HOME"])]

    ctrl_l(qtbot, page)
    assert app.workspace.locked
    held = page._held
    assert held is not None
    assert not canary.find_markers(folders, [marker])
    assert marker not in repr(held) and marker not in page.editor.body()
    for encoded in canary.encodings(marker).values():
        assert encoded not in held.text.sealed

    disk.free()
    unlock(qtbot, app)
    assert stored_body(disk.data_dir, seeded.notes["chloe"]).endswith(f" {marker}")
    assert not canary.find_markers(folders, [marker]), disk.kind
