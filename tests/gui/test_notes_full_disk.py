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
from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui import disk_driving, notes_driving
from tests.gui.disk_driving import FillingDisk, TurningDisk
from tests.gui.drivers.notes import NotesDriver
from tests.gui.driving import PromptAnswerer, click, unlock
from tests.gui.notes_driving import ClockedLaunch, seed, stored_body
from tests.helpers import canary

clock = notes_driving.clock
clocked_launch = notes_driving.clocked_launch
filling_disk = disk_driving.filling_disk
turning_disk = disk_driving.turning_disk

KEPT = (
    "Your note could not be saved (the disk is full); it is kept, encrypted, and will be "
    "saved when you unlock."
)


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def open_note_at_end(qtbot: QtBot, app: FacilitatorApp, note_id: int) -> NotesDriver:
    notes = NotesDriver.open(qtbot, unlock(qtbot, app))
    notes.select(note_id)
    notes.end_of_text()
    return notes


def autosave_fails(clock: FakeClock, notes: NotesDriver) -> None:
    clock.advance(2.0)
    assert not notes.autosave_due()
    assert notes.pending()


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
    notes = open_note_at_end(qtbot, app, note)
    notes.type(" Saved before the disk filled.")
    clock.advance(2.0)
    assert notes.autosave_due()
    assert app.workspace is not None
    disk.fill(app.workspace.engine)

    notes.type(" Typed on a full disk: Zoë, 李娜 🙂")
    typed = notes.body()
    autosave_fails(clock, notes)
    assert notes.save_state().startswith("Not saved yet: The disk is full"), disk.kind

    notes.press_ctrl_l()
    assert app.workspace.locked and app.unlock_dialog is not None
    assert app.unlock_dialog.notice_text() == KEPT, disk.kind
    assert notes.cleared()
    # Quitting from the lock screen would lose it: the app asks, and Cancel keeps it.
    asked = answer("Cancel")
    click(qtbot, app.unlock_dialog.quit_button)
    assert asked.question == "Quit without saving this note?"
    assert app.unlock_dialog.isVisible() and app.workspace is not None

    disk.free()
    window = unlock(qtbot, app)
    assert stored_body(disk.data_dir, note) == typed, disk.kind
    assert status(window) == "The note kept while the workspace was locked has been saved."
    assert window.current_page() is notes.page
    assert notes.body() == typed
    assert notes.save_state() == "Saved · encrypted"
    assert not notes.pending() and notes.unsaved_what() is None
    assert not notes.undo_available()  # nothing from before the lock


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
    notes = NotesDriver.open(qtbot, unlock(qtbot, app))
    assert app.workspace is not None
    disk.fill(app.workspace.engine)
    notes.new_note()
    notes.type("Chloé called: her mother is in hospital.")
    typed = notes.body()
    chloe = seeded.members["Chloé"]
    notes.link(chloe)  # storing it first fails
    assert notes.pending()
    autosave_fails(clock, notes)
    assert notes.save_state().startswith("Not saved yet: The disk is full"), disk.kind

    notes.press_ctrl_l()
    assert app.unlock_dialog is not None and app.unlock_dialog.notice_text() == KEPT
    window = unlock(qtbot, app)  # the disk is still full
    assert status(window) == (
        "Your note is still not saved (the disk is full). It is back in the editor and is "
        "saved as soon as the disk takes it; please do not close the app until then."
    ), disk.kind
    assert notes.body() == typed
    assert notes.cursor() == len(typed)
    assert notes.save_state().startswith("Not saved yet: The disk is full")
    assert notes.pending() and notes.unsaved_what() == "this note"
    assert notes.linked_ids() == [chloe]

    disk.free()
    clock.advance(5.0)
    assert notes.autosave_due()  # the Autosaver's next try
    assert notes.save_state() == "Saved · encrypted"
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
    notes = open_note_at_end(qtbot, app, seeded.notes["anna"])
    assert app.workspace is not None
    disk.turn_read_only(app.workspace.engine)
    notes.type(" Typed after the disk failed.")
    typed = notes.body()
    autosave_fails(clock, notes)
    shown = notes.save_state()
    assert shown.startswith("Not saved yet: The disk holding the workspace has become read-only"), (
        disk.kind,
        shown,
    )
    assert "full" not in shown and "problem with the disk" not in shown

    notes.press_ctrl_l()
    assert app.unlock_dialog is not None
    assert app.unlock_dialog.notice_text() == (
        "Your note could not be saved (the disk is read-only); it is kept, encrypted, and "
        "will be saved when you unlock."
    ), disk.kind
    assert notes.cleared()

    window = unlock(qtbot, app)  # the disk stays read-only
    assert status(window).startswith("Your note is still not saved (the disk is read-only).")
    assert notes.body() == typed
    assert notes.pending()


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
    notes = open_note_at_end(qtbot, app, seeded.notes["chloe"])
    assert app.workspace is not None
    disk.fill(app.workspace.engine)
    marker = canary.marker("held")
    notes.type(f" {marker}")
    autosave_fails(clock, notes)
    folders = [disk.data_dir, temp, Path(os.environ["HOME"])]

    notes.press_ctrl_l()
    assert app.workspace.locked
    held = notes.held()
    assert held is not None
    assert not canary.find_markers(folders, [marker])
    assert marker not in repr(held) and marker not in notes.body()
    for encoded in canary.encodings(marker).values():
        assert encoded not in held.text.sealed

    disk.free()
    unlock(qtbot, app)
    assert stored_body(disk.data_dir, seeded.notes["chloe"]).endswith(f" {marker}")
    assert not canary.find_markers(folders, [marker]), disk.kind
