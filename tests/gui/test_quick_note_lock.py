"""The quick note across a lock, in the room, when the disk is full: Enter fails and the text
stays; Ctrl+L empties the box but keeps the note sealed in memory (the lock screen says so);
after the unlock it is saved about the member it was begun about, or — still full — it is
back in the box saying so. A note only being typed comes back unsaved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.services.notes import NoteFilter, NoteInfo
from facilitator_desktop.ui.runner.page import RunnerPage
from tests.gui import disk_driving
from tests.gui.disk_driving import FillingDisk
from tests.gui.driving import Launch, PromptAnswerer, click, create_workspace, go_to, unlock
from tests.gui.test_quick_note import start
from tests.gui.test_runner_helpers import Room, press, runner_page, set_up_group
from tests.helpers import canary

filling_disk = disk_driving.filling_disk
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def open_room_on(qtbot: QtBot, launch: Launch, data_dir: Path) -> Room:
    app = launch(folder=data_dir)
    window = create_workspace(qtbot, app)
    assert app.workspace is not None and app.ctx is not None
    group_id, members = set_up_group(app.workspace)
    app.ctx.reload_groups(select=group_id)
    go_to(qtbot, window, RunnerPage.key)
    page = runner_page(window)
    clock = FakeClock(0.0)
    page.use_clock(clock)
    return Room(app, window, page, clock, group_id, members)


def notes(room: Room) -> list[NoteInfo]:
    live = room.runner.live
    assert live is not None
    return room.ws.notes.find(NoteFilter(session_id=live.session_id))


def notice(room: Room) -> str:
    assert room.app.unlock_dialog is not None
    return room.app.unlock_dialog.notice_text()


def test_a_quick_note_the_full_disk_refused_is_saved_after_the_unlock(
    filling_disk: FillingDisk, qtbot: QtBot, launch: Launch
) -> None:
    disk = filling_disk
    room = open_room_on(qtbot, launch, disk.data_dir)
    start(qtbot, room)
    panel = room.runner.note_panel
    press(qtbot, K.Key_2)  # Bo speaks
    disk.fill(room.ws.engine)
    press(qtbot, K.Key_Q)
    marker = canary.marker("quick")
    text = f"Bo: moving house on Friday {marker}"
    qtbot.keyClicks(panel.box, text)
    press(qtbot, K.Key_Return)
    assert panel.box.text() == text, disk.kind  # refused, kept

    press(qtbot, K.Key_L, CTRL)
    assert room.ws.locked
    assert notice(room) == (
        "Your quick note could not be saved; it is kept, encrypted, and will be saved when "
        "you unlock."
    )
    assert panel.box.text() == "" and not panel.box.isUndoAvailable()
    assert not canary.find_markers([disk.data_dir], [marker])

    disk.free()
    unlock(qtbot, room.app)
    (note,) = notes(room)
    assert note.body == text, disk.kind
    assert note.member_ids == (room.members["Bo"],)
    assert panel.box.text() == ""
    assert panel.saved_label.text() == "Saved, encrypted · about Bo"
    assert not canary.find_markers([disk.data_dir], [marker])  # stored encrypted


def test_still_full_the_quick_note_is_back_in_the_box_and_enter_saves_it_later(
    filling_disk: FillingDisk, qtbot: QtBot, launch: Launch
) -> None:
    disk = filling_disk
    room = open_room_on(qtbot, launch, disk.data_dir)
    start(qtbot, room)
    panel = room.runner.note_panel
    press(qtbot, K.Key_3)  # Chidi speaks
    disk.fill(room.ws.engine)
    press(qtbot, K.Key_Q)
    qtbot.keyClicks(panel.box, "Chidi: ask about the new job")
    qtbot.keyClick(panel.box, K.Key_S, Qt.KeyboardModifier.AltModifier)  # not about Chidi
    press(qtbot, K.Key_Return)
    press(qtbot, K.Key_L, CTRL)

    unlock(qtbot, room.app)  # still full
    assert panel.box.text() == "Chidi: ask about the new job", disk.kind
    assert panel.linked_member() is None and panel.about_box.text() == "About Chidi"
    assert panel.saved_label.text() == "Still not saved · Enter tries again"
    assert room.window.statusBar().currentMessage().startswith("The disk is full")
    assert notes(room) == []

    disk.free()
    press(qtbot, K.Key_Q)
    press(qtbot, K.Key_Return)
    (note,) = notes(room)
    assert note.body == "Chidi: ask about the new job" and note.member_ids == ()


def test_a_quick_note_being_typed_comes_back_after_the_lock_unsaved(
    qtbot: QtBot, launch: Launch, tmp_path: Path, answer: Callable[[str], PromptAnswerer]
) -> None:
    room = open_room_on(qtbot, launch, tmp_path / "data")
    start(qtbot, room)
    panel = room.runner.note_panel
    press(qtbot, K.Key_1)  # Anna speaks
    press(qtbot, K.Key_Q)
    qtbot.keyClicks(panel.box, "Anna looks tired")
    press(qtbot, K.Key_L, CTRL)
    assert notice(room) == (
        "The quick note you were typing is kept, encrypted, and comes back when you unlock."
    )
    assert panel.box.text() == "" and panel.about_box.text() != "About Anna"
    dialog = room.app.unlock_dialog
    assert dialog is not None
    asked = answer("Cancel")
    click(qtbot, dialog.quit_button)  # quitting would lose it: the app asks
    assert asked.question == "Quit without saving your quick note?"
    assert dialog.isVisible()

    unlock(qtbot, room.app)
    assert panel.box.text() == "Anna looks tired"
    assert panel.linked_member() == room.members["Anna"]
    assert notes(room) == []  # Enter was never pressed
    assert room.window.statusBar().currentMessage() == ""  # nothing "cleared"
