"""Light and dark palettes, and semantic colours that follow a switch between them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.ui.calm_style import CalmStyle
from facilitator_desktop.ui.theme import ThemeFollower, palette_for, system_scheme
from facilitator_desktop.ui.widgets.field_error import FieldError
from facilitator_desktop.ui.widgets.tone import Tone, tone_color


def test_palettes_are_light_and_dark_with_readable_text() -> None:
    for scheme, dark in ((Qt.ColorScheme.Light, False), (Qt.ColorScheme.Dark, True)):
        palette = palette_for(scheme)
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        assert (window.lightness() < 128) is dark
        assert abs(window.lightness() - text.lightness()) > 150


def test_error_text_recolours_when_the_scheme_changes(qtbot: QtBot, qapp: QApplication) -> None:
    follower = ThemeFollower(qapp)
    try:
        error = FieldError()
        qtbot.addWidget(error)
        error.show_message("Give the group a name.")
        # Qt delivers the palette change to widgets through the event loop: wait for it.
        light = tone_color(Tone.ERROR, palette_for(Qt.ColorScheme.Light))
        dark = tone_color(Tone.ERROR, palette_for(Qt.ColorScheme.Dark))
        assert dark != light
        follower.force(Qt.ColorScheme.Light)
        qtbot.waitUntil(lambda: error.palette().color(QPalette.ColorRole.WindowText) == light)
        follower.force(Qt.ColorScheme.Dark)
        qtbot.waitUntil(lambda: error.palette().color(QPalette.ColorRole.WindowText) == dark)
        assert isinstance(qapp.style(), CalmStyle)
    finally:
        follower.force(None)  # back to what the system asks for
        follower.deleteLater()
    expected = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    assert (qapp.palette().color(QPalette.ColorRole.Window).lightness() < 128) is expected


def test_the_palette_comes_at_once_and_the_style_after(qapp: QApplication) -> None:
    qapp.setStyle("Fusion")
    follower = ThemeFollower(qapp)
    try:
        expected = palette_for(system_scheme()).color(QPalette.ColorRole.Window)
        assert qapp.palette().color(QPalette.ColorRole.Window) == expected
        assert not isinstance(qapp.style(), CalmStyle)
        follower.install_style()
        assert isinstance(qapp.style(), CalmStyle)
        assert qapp.palette().color(QPalette.ColorRole.Window) == expected  # kept
    finally:
        follower.deleteLater()
