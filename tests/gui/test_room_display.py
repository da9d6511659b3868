"""The room display: what the room sees (and never sees), names by the privacy setting,
B to blank it at once, and only the timer while the workspace is locked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.services.settings import ROOM_NAMES
from facilitator_desktop.ui.room_display import STATUS_COLOURS, RoomDisplay
from facilitator_desktop.ui.runner.names import NameMode
from facilitator_desktop.ui.runner.page import RunnerPage
from tests.gui.drivers.runner import RunnerDriver
from tests.gui.driving import Launch, go_to, stored, unlock
from tests.gui.screens_driving import with_a_tv
from tests.gui.test_runner_helpers import Room, advance, open_room, press

K = Qt.Key


def running_round(qtbot: QtBot, room: Room, *, tv: bool = True) -> RoomDisplay:
    """Session started, everyone here, Anna speaking, Bo next; the room display open (on a
    TV beside the laptop unless `tv` is False)."""
    runner = room.runner
    if tv:
        with_a_tv(room)
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: runner.attendance()[4].status == "present")
    press(qtbot, K.Key_Space)
    press(qtbot, K.Key_1)  # the round starts with Anna, who speaks at once
    press(qtbot, K.Key_F11)
    display = runner.room
    assert display is not None and display.isVisible()
    return display


def visible_texts(display: RoomDisplay) -> list[str]:
    labels = (
        display.segment_label,
        display.time_label,
        display.state_label,
        display.speaker_label,
        display.next_label,
        display.card_title,
        display.card_statement,
        display.card_why,
    )
    return [label.text() for label in labels if label.isVisibleTo(display) and label.text()]


def test_names_by_privacy_setting_and_nothing_private(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    display = running_round(qtbot, room)
    runner = room.runner
    assert display.windowTitle() == "Room display"  # never a group or member name
    advance(room, 75)
    assert visible_texts(display) == ["Check-in", "08:45", "Anna", "Bo"]
    # The facilitator sees the speaking time and airtime; the room never does.
    assert runner.speaking() == "01:15"
    assert "01:15" not in visible_texts(display)
    assert all("%" not in text for text in visible_texts(display))

    runner.set_name_mode(NameMode.INITIALS)
    assert (display.speaker_label.text(), display.next_label.text()) == ("A.", "B.")
    runner.set_name_mode(NameMode.NONE)
    assert not display.speaker_box.isVisibleTo(display)
    assert visible_texts(display) == ["Check-in", "08:45"]
    # The facilitator's own screen keeps aliases whatever the room shows.
    assert runner.speaker() == "Anna"

    # The setting is a workspace preference (never a name in QSettings); it survives.
    assert room.ws.settings.get(ROOM_NAMES) == "none"
    runner.set_name_mode(NameMode.INITIALS)
    data_dir = room.ws.data_dir
    display.close()
    room.app.shutdown()
    with stored(data_dir) as ws:
        assert ws.settings.get(ROOM_NAMES) == "initials"


def test_initials_that_clash_get_a_second_letter(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    room.ws.members.update(room.members["Bo"], MemberDraft("Ana"))  # Anna and Ana
    display = running_round(qtbot, room)
    room.runner.set_name_mode(NameMode.INITIALS)
    assert (display.speaker_label.text(), display.next_label.text()) == ("An.", "An.")
    display.close()


def test_b_blanks_at_once_and_b_again_restores(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    display = running_round(qtbot, room)
    runner = room.runner
    press(qtbot, K.Key_B)
    assert display.blanked and runner.blank_button.isChecked()
    # Blanking hides everything, however the session moves on underneath.
    advance(room, 30)
    press(qtbot, K.Key_N)
    assert display.blanked
    press(qtbot, K.Key_B)
    assert not display.blanked
    assert visible_texts(display) == ["Check-in", "09:30", "Bo", "Chidi"]

    # B works from the other pages too while the room display is up.
    go_to(qtbot, room.window, "members")
    press(qtbot, K.Key_B)
    assert display.blanked
    press(qtbot, K.Key_B)
    assert not display.blanked

    # F11 closes it; B then has nothing to blank.
    go_to(qtbot, room.window, RunnerPage.key)
    press(qtbot, K.Key_F11)
    assert not display.isVisible() and not runner.room_button.isChecked()
    press(qtbot, K.Key_B)
    assert not display.blanked
    assert "not open" in room.window.statusBar().currentMessage()


def test_overtime_colour_and_pause_on_the_room_display(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    display = running_round(qtbot, room)
    advance(room, 479)
    assert (display.time_label.text(), display.time_colour()) == ("02:01", STATUS_COLOURS["normal"])
    advance(room, 1)
    assert (display.time_label.text(), display.time_colour()) == (
        "02:00",
        STATUS_COLOURS["warning"],
    )
    advance(room, 121)
    assert (display.time_label.text(), display.time_colour()) == (
        "\u221200:01",  # a real minus: seen across the room
        STATUS_COLOURS["overtime"],
    )
    assert room.runner.timer_state() == "Over time"
    press(qtbot, K.Key_Space)
    assert display.state_label.text() == "Paused"
    advance(room, 300)
    assert display.time_label.text() == "\u221200:01"  # a pause stops the clock
    display.close()


def test_locked_the_room_keeps_only_the_timer_which_keeps_running(
    qtbot: QtBot, launch: Launch
) -> None:
    room = open_room(qtbot, launch)
    display = running_round(qtbot, room)
    runner = room.runner
    press(qtbot, K.Key_R)
    press(qtbot, K.Key_1)  # rule card 1
    assert display.card_box.isVisibleTo(display)
    qtbot.keyClicks(runner.note_box, "half-typed")

    press(qtbot, K.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert room.ws.locked and not room.window.isVisible()
    assert display.isVisible()
    assert visible_texts(display) == ["Check-in", "10:00"]  # no names, no card
    assert runner.note_box.text() == "" and not runner.note_box.isUndoAvailable()
    # The session is not paused by locking: the timer runs on the room display.
    advance(room, 65)
    assert visible_texts(display) == ["Check-in", "08:55"]
    assert room.runner.live is not None and room.runner.live.snapshot().agenda.phase == "running"
    # Only B works on the room display while locked.
    display.activateWindow()
    qtbot.waitUntil(display.isActiveWindow)
    qtbot.keyClick(display, K.Key_N)
    qtbot.keyClick(display, K.Key_Space)
    assert room.runner.live.snapshot().talk.speaker is not None
    assert room.runner.live.snapshot().agenda.phase == "running"
    qtbot.keyClick(display, K.Key_B)
    assert display.blanked
    qtbot.keyClick(display, K.Key_B)
    assert not display.blanked

    window = unlock(qtbot, room.app)
    assert RunnerDriver.of(window).page is runner.page
    assert visible_texts(display) == ["Check-in", "08:55", "Anna", "Bo"]
    display.close()


def test_keys_on_the_room_display_window(qtbot: QtBot, launch: Launch) -> None:
    """With one screen the room display is in front: keys still work."""
    room = open_room(qtbot, launch)
    display = running_round(qtbot, room, tv=False)
    qtbot.waitUntil(display.isActiveWindow)
    qtbot.keyClick(display, K.Key_N)
    assert display.speaker_label.text() == "Bo"
    qtbot.keyClick(display, K.Key_R)
    qtbot.keyClick(display, K.Key_1)  # rule card 1
    assert display.card_box.isVisibleTo(display)
    qtbot.keyClick(display, K.Key_Escape)
    assert not display.card_box.isVisibleTo(display)
    qtbot.keyClick(display, K.Key_B)
    assert display.blanked
    qtbot.keyClick(display, K.Key_B)
    qtbot.keyClick(display, K.Key_F11)
    assert not display.isVisible()
