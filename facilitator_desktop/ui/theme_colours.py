"""The themes' colours, and the two a low-vision user depends on most: the outline of
controls and non-text marks, and the keyboard focus ring (both at least 3:1, WCAG 1.4.11).

Kept apart from theme.py so the style (calm_style.py) and painted widgets read them
without importing the module that installs the style.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette


class Colours(NamedTuple):  # not a dataclass: `dataclasses` is not loaded this early
    window: str
    text: str
    base: str
    alternate: str
    button: str
    light: str
    midlight: str
    mid: str
    dark: str
    shadow: str
    placeholder: str
    disabled: str
    highlight: str
    highlighted_text: str
    link: str
    tooltip: str
    #: Borders of fields, buttons and boxes, and the outlines of non-text marks (unchosen
    #: attendance rings, the airtime track, history's cells): at least 3:1 against every
    #: background of its theme (WCAG 1.4.11), where Fusion's derived outline reads 1.2–1.9:1.
    outline: str
    #: The keyboard focus ring: 3:1 on the window and inside a field.
    focus: str


LIGHT = Colours(
    window="#f4f5f7",
    text="#1d2126",
    base="#ffffff",
    alternate="#f7f8fa",
    button="#fbfbfc",
    light="#ffffff",
    midlight="#eceef1",
    mid="#c5cad1",
    dark="#a0a7b0",
    shadow="#7c848e",
    placeholder="#69717b",
    disabled="#a3a9b1",
    highlight="#2f6db5",
    highlighted_text="#ffffff",
    link="#1f5fa8",
    tooltip="#ffffff",
    outline="#7b838d",
    focus="#2f6db5",
)

DARK = Colours(
    window="#1f2226",
    text="#e3e6ea",
    base="#282c31",
    alternate="#2d3137",
    button="#33383e",
    light="#464c54",
    midlight="#3a3f46",
    mid="#4b525b",
    dark="#121417",
    shadow="#000000",
    placeholder="#8f98a3",
    disabled="#646b74",
    # White on the selection reads at 5:1 (WCAG 1.4.3 asks 4.5:1).
    highlight="#3572b3",
    highlighted_text="#ffffff",
    link="#8ab8ee",
    tooltip="#2a2e33",
    outline="#8a939e",
    focus="#6a9ddb",
)


def colours_of(palette: QPalette) -> Colours:
    """The theme a palette was made from (by its window's lightness)."""
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def outline(palette: QPalette) -> QColor:
    """The border and non-text outline colour for `palette` (see Colours.outline)."""
    return QColor(colours_of(palette).outline)


def focus_ring(palette: QPalette) -> QColor:
    """The keyboard focus ring's colour for `palette` (see Colours.focus)."""
    return QColor(colours_of(palette).focus)
