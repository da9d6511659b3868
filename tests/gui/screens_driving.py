"""Acting out screen set-ups on the offscreen platform, which has one screen: it is
reported twice to the room control, as two screens of their own or as a mirrored pair.
(The same set-ups on real X screens: test_xvfb_screens.py.)"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen

from facilitator_desktop.domain.screen_setup import ScreenArea
from tests.gui.test_runner_helpers import Room


def twice(*, separate: bool) -> list[tuple[QScreen, ScreenArea]]:
    """The one offscreen screen, reported twice: in two coordinate spaces (a second screen
    of its own, as two X screens are) or in one at the same place (a mirror). Looked up at
    each call: with PySide6 6.11, a QScreen from QWidget.screen() kept in a lambda beyond
    its test made a later test crash in QScreen::virtualSiblings()."""
    screen = QGuiApplication.primaryScreen()
    size = screen.geometry()
    return [
        (screen, ScreenArea(desktop if separate else 0, 0, 0, size.width(), size.height()))
        for desktop in (0, 1)
    ]


def with_a_tv(room: Room) -> None:
    """A TV beside the laptop: the room display goes "to the other screen" and the main
    window keeps the keys."""
    room.runner.room_control.screens = lambda: twice(separate=True)


def mirrored(room: Room) -> None:
    """A projector that mirrors the laptop's screen."""
    room.runner.room_control.screens = lambda: twice(separate=False)
