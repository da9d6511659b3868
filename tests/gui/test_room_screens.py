"""F11 on every screen set-up, as a facilitator meets them: one screen (the room view fills
it, with a way back that is told on it), a mirrored projector (a warning first, and the
choice of a blank screen), a TV beside the laptop (full screen there, keys stay here).

The offscreen platform has one screen; the mirrored and separate set-ups report it twice
(screens_driving.py). The same set-ups on real X screens are in test_xvfb_screens.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.ui.room_display import RoomDisplay
from tests.gui.drivers.runner import RunnerDriver
from tests.gui.driving import Launch, PromptAnswerer, unlock
from tests.gui.screens_driving import mirrored
from tests.gui.test_room_display import running_round
from tests.gui.test_runner_helpers import Room, open_room, press

K = Qt.Key
Answer = Callable[[str], PromptAnswerer]


def status(room: Room) -> str:
    return room.window.statusBar().currentMessage()


def full_screen_on_the_screen(display: RoomDisplay) -> bool:
    screen = display.screen()
    return display.isFullScreen() and display.geometry() == screen.geometry()


def test_one_screen_the_room_view_fills_it_and_says_how_back(qtbot: QtBot, launch: Launch) -> None:
    room = open_room(qtbot, launch)
    display = running_round(qtbot, room, tv=False)
    runner = room.runner
    assert full_screen_on_the_screen(display)
    qtbot.waitUntil(display.isActiveWindow)  # in front: the keys work on it
    assert display.hint() == "Room view on this screen · F11 or Esc: back to your panels"
    assert display.hint_timer.isActive()
    assert "One screen: the room view fills it. F11 or Esc" in status(room)
    # The hint goes by itself; the room view stays.
    display.hint_timer.timeout.emit()
    assert display.hint() == "" and display.isVisible()

    press(qtbot, K.Key_N)  # an in-room key on the room view
    assert display.speaker_label.text() == "Bo"

    # Esc with a card up hides the card only; Esc again is the way back.
    press(qtbot, K.Key_R)
    press(qtbot, K.Key_1)  # rule card 1
    assert display.card_box.isVisibleTo(display)
    press(qtbot, K.Key_Escape)
    assert not display.card_box.isVisibleTo(display) and display.isVisible()
    press(qtbot, K.Key_Escape)
    assert not display.isVisible() and not runner.room_button.isChecked()
    qtbot.waitUntil(room.window.isActiveWindow)

    # F11 shows it again, and F11 on it is the way back too.
    press(qtbot, K.Key_F11)
    assert display.isVisible() and runner.room_button.isChecked()
    qtbot.waitUntil(display.isActiveWindow)
    press(qtbot, K.Key_F11)
    assert not display.isVisible()


def test_one_screen_panel_keys_bring_the_panels_forward_and_f11_the_room_view(
    qtbot: QtBot, launch: Launch
) -> None:
    room = open_room(qtbot, launch)
    display = running_round(qtbot, room, tv=False)
    runner = room.runner
    qtbot.waitUntil(display.isActiveWindow)

    # Q (a note) on the room view: the facilitator's window comes forward with the box.
    press(qtbot, K.Key_Q)
    qtbot.waitUntil(room.window.isActiveWindow)
    assert runner.note_box.hasFocus()
    assert display.isVisible()  # behind the panels, still showing the room
    press(qtbot, K.Key_Escape)  # leaves the box

    # F11 from the panels brings the room view back to the front (it does not close it).
    press(qtbot, K.Key_F11)
    qtbot.waitUntil(display.isActiveWindow)
    assert display.isVisible() and runner.room_button.isChecked()
    # The button does the same as the key.
    room.window.activateWindow()
    qtbot.waitUntil(room.window.isActiveWindow)
    runner.room_button.click()
    qtbot.waitUntil(display.isActiveWindow)
    assert display.isVisible() and runner.room_button.isChecked()
    runner.room_button.click()
    assert not display.isVisible() and not runner.room_button.isChecked()


def test_one_screen_a_lock_takes_the_room_view_down_for_the_lock_screen(
    qtbot: QtBot, launch: Launch
) -> None:
    room = open_room(qtbot, launch)
    display = running_round(qtbot, room, tv=False)
    press(qtbot, K.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert room.ws.locked
    # Nothing covers the lock screen.
    assert not display.isVisible()
    assert room.app.unlock_dialog is not None and room.app.unlock_dialog.isVisible()
    # F11 does nothing while locked (the lock screen has the keys).
    qtbot.keyClick(room.app.unlock_dialog, K.Key_F11)
    assert not display.isVisible()

    window = unlock(qtbot, room.app)
    runner = RunnerDriver.of(window)
    press(qtbot, K.Key_F11)
    assert display.isVisible() and display.speaker_label.text() == "Anna"
    assert runner.room_control.covers_own_screen()
    display.close()


def test_mirrored_screens_warn_and_offer_to_blank(
    qtbot: QtBot, launch: Launch, answer: Answer
) -> None:
    room = open_room(qtbot, launch)
    runner = room.runner
    mirrored(room)
    prompt = answer("Blank the screen")
    display = running_round(qtbot, room, tv=False)
    assert prompt.question == "Another screen shows the same picture as yours."
    # Blank at once, over the whole shared screen; B brings the room view.
    assert display.blanked and runner.blank_button.isChecked()
    assert full_screen_on_the_screen(display)
    assert "mirrored screen" in display.hint() and "F11 or Esc" in display.hint()
    assert "Your screen is mirrored: the room view covers your panels" in status(room)
    qtbot.waitUntil(display.isActiveWindow)  # in front once the question has gone
    press(qtbot, K.Key_B)
    assert not display.blanked
    assert display.speaker_label.text() == "Anna"

    # Back to the panels, then F11 again: warned once, it opens without asking.
    press(qtbot, K.Key_F11)
    assert not display.isVisible()
    qtbot.waitUntil(room.window.isActiveWindow)
    press(qtbot, K.Key_F11)
    assert display.isVisible() and not display.blanked
    assert QApplication.activeModalWidget() is None
    display.close()


def test_mirrored_screens_the_room_view_is_the_default_answer(
    qtbot: QtBot, launch: Launch, answer: Answer
) -> None:
    room = open_room(qtbot, launch)
    mirrored(room)
    prompt = answer("Show the room view")
    display = running_round(qtbot, room, tv=False)
    assert prompt.answered
    assert display.isVisible() and not display.blanked
    assert display.speaker_label.text() == "Anna"
    display.close()


def test_mirrored_screens_cancel_opens_nothing_and_asks_again(
    qtbot: QtBot, launch: Launch, answer: Answer
) -> None:
    room = open_room(qtbot, launch)
    runner = room.runner
    mirrored(room)
    answer("Cancel")
    press(qtbot, K.Key_F11)
    assert runner.room is None or not runner.room.isVisible()
    assert not runner.room_button.isChecked()
    assert status(room) == "The room display stays closed."
    # Not answered, so asked again.
    again = answer("Show the room view")
    press(qtbot, K.Key_F11)
    assert again.answered
    display = runner.room
    assert display is not None and display.isVisible()
    display.close()


def test_a_tv_beside_the_laptop_gets_the_room_display_and_the_keys_stay(
    qtbot: QtBot, launch: Launch
) -> None:
    room = open_room(qtbot, launch)
    display = running_round(qtbot, room)
    assert full_screen_on_the_screen(display)
    assert display.hint() == ""  # the room sees this screen: nothing for the facilitator
    qtbot.waitUntil(room.window.isActiveWindow)
    assert status(room).startswith("Room display full screen on ")
    assert "Careful" not in status(room)
    press(qtbot, K.Key_M)  # a panel key works here as ever
    assert display.isVisible()
    display.close()
