"""Contrast for low vision, computed from the theme (WCAG 2.2 relative luminance), in both
themes: non-text at least 3:1 (borders of fields and buttons, unchosen attendance rings, the
airtime track, history's cells, the focus ring), text at least 4.5:1 (white on the
selection included); and what the style really paints carries those colours. Present and
absent pills differ without colour.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.runner.attendance_model import PILL_GLYPHS
from facilitator_desktop.ui.theme import apply_theme, palette_for, system_scheme
from facilitator_desktop.ui.theme_colours import focus_ring, outline

Role = QPalette.ColorRole
SCHEMES = [Qt.ColorScheme.Light, Qt.ColorScheme.Dark]
NON_TEXT = 3.0
TEXT = 4.5


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_matches_wcag() -> None:
    assert contrast(QColor("#ffffff"), QColor("#000000")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor("#abcdef"), QColor("#abcdef")) == pytest.approx(1.0)


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_non_text_marks_reach_three_to_one(scheme: Qt.ColorScheme) -> None:
    palette = palette_for(scheme)
    edge = outline(palette)
    # What each outline sits on: fields and lists on Base (rows alternate), buttons and
    # boxes on the window, the room's panels and history's grid on Base.
    grounds = {
        "base": palette.color(Role.Base),
        "alternate rows": palette.color(Role.AlternateBase),
        "window": palette.color(Role.Window),
        "button face": palette.color(Role.Button),
        "airtime track fill": palette.color(Role.Midlight),
    }
    low = {name: round(contrast(edge, ground), 2) for name, ground in grounds.items()}
    assert all(value >= NON_TEXT for value in low.values()), low
    # History's cells: the edge against the panel, whatever the status's pale fill.
    assert contrast(look.cell_edge(palette), palette.color(Role.Base)) >= NON_TEXT
    # The keyboard focus ring on the window and inside a field.
    ring = focus_ring(palette)
    assert contrast(ring, palette.color(Role.Window)) >= NON_TEXT
    assert contrast(ring, palette.color(Role.Base)) >= NON_TEXT


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_text_reaches_four_and_a_half_to_one(scheme: Qt.ColorScheme) -> None:
    palette = palette_for(scheme)
    pairs = {
        "selection": (Role.HighlightedText, Role.Highlight),
        "text on base": (Role.Text, Role.Base),
        "text on window": (Role.WindowText, Role.Window),
        "button text": (Role.ButtonText, Role.Button),
        "placeholder on base": (Role.PlaceholderText, Role.Base),
        "link on base": (Role.Link, Role.Base),
    }
    low = {
        name: round(contrast(palette.color(fore), palette.color(back)), 2)
        for name, (fore, back) in pairs.items()
    }
    assert all(value >= TEXT for value in low.values()), low


@pytest.mark.parametrize("status", look.STATUSES)
@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_history_cell_letters_read_on_their_fill(scheme: Qt.ColorScheme, status: str) -> None:
    fill, ink = look.status_colours(status, palette_for(scheme))
    assert contrast(fill, ink) >= TEXT


def test_present_and_absent_pills_differ_without_colour() -> None:
    glyphs = {status: PILL_GLYPHS[status] for status in ("present", "excused", "absent")}
    assert all(glyphs.values())
    assert len(set(glyphs.values())) == 3, glyphs


# --- what the style paints ---------------------------------------------------------------------


def _edge_pixel(image: QImage, widget: QWidget) -> QColor:
    """The colour on the left edge of `widget`, half way down, in a grab of its parent."""
    ratio = image.devicePixelRatio()
    x = round(widget.x() * ratio)
    y = round((widget.y() + widget.height() / 2) * ratio)
    return image.pixelColor(x, y)


@pytest.fixture
def themed(qapp: QApplication) -> object:
    yield qapp
    apply_theme(qapp, system_scheme())


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_fields_and_buttons_are_painted_with_the_outline_and_focus_with_a_ring(
    qtbot: QtBot, qapp: QApplication, themed: object, scheme: Qt.ColorScheme
) -> None:
    apply_theme(qapp, scheme)
    palette = palette_for(scheme)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    field, button, other = QLineEdit("Anna"), QPushButton("Pass  P"), QPushButton("Keys")
    for widget in (field, button, other):
        layout.addWidget(widget)
    window.resize(240, 140)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(other.hasFocus)
    image = window.grab().toImage()
    window_colour = palette.color(Role.Window)
    for widget in (field, button):
        painted = _edge_pixel(image, widget)
        assert contrast(painted, window_colour) >= NON_TEXT, (type(widget).__name__, painted.name())
    # The focused button's edge is the ring: its own colour, 3:1 on the window.
    ring = _edge_pixel(image, other)
    assert ring.name() != _edge_pixel(image, button).name()
    assert contrast(ring, window_colour) >= NON_TEXT
