"""Semantic text colours (error, warning, success, muted) that follow light and dark themes.

Qt's palette has no "error" role, so labels carrying a tone recolour themselves whenever the
palette changes (for example when the system switches to dark mode).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget


class Tone(StrEnum):
    NORMAL = "normal"
    MUTED = "muted"
    ERROR = "error"
    WARNING = "warning"
    SUCCESS = "success"


_LIGHT = {
    Tone.ERROR: "#b42318",
    Tone.WARNING: "#9a5b00",
    Tone.SUCCESS: "#1f7a3f",
}
_DARK = {
    Tone.ERROR: "#ff8a80",
    Tone.WARNING: "#f2c14e",
    Tone.SUCCESS: "#7bd389",
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone_color(tone: Tone, palette: QPalette) -> QColor:
    if tone is Tone.NORMAL:
        return palette.color(QPalette.ColorRole.WindowText)
    if tone is Tone.MUTED:
        return palette.color(QPalette.ColorRole.PlaceholderText)
    table = _DARK if is_dark(palette) else _LIGHT
    return QColor(table[tone])


class ToneLabel(QLabel):
    """A word-wrapped label whose text colour carries meaning."""

    def __init__(self, text: str = "", tone: Tone = Tone.NORMAL, parent: QWidget | None = None):
        super().__init__(text, parent)
        self._tone = tone
        self._recolouring = False
        self.setWordWrap(True)
        self._recolour()

    def setWordWrap(self, on: bool) -> None:
        super().setWordWrap(on)
        # Only the horizontal policy changes: QLabel.setWordWrap has just set the policy's
        # height-for-width flag (and its Label control type), and a wrapped label's layout
        # row grows with its lines only while that flag stays.
        policy = self.sizePolicy()
        if on:
            # Use the width the layout offers rather than wrapping at the size hint, and
            # when given spare height keep the text next to what it describes.
            policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
            self._align("AlignLeft|AlignTop")
        else:
            policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
            self._align("AlignLeft|AlignVCenter")
        policy.setHeightForWidth(on)
        self.setSizePolicy(policy)

    def _align(self, flags: str) -> None:
        # By the property's key names: a Qt.AlignmentFlag would build PySide6's whole `Qt`
        # namespace (~13 ms) before the first window, whose labels are these.
        self.setProperty("alignment", flags)

    def tone(self) -> Tone:
        return self._tone

    def set_tone(self, tone: Tone) -> None:
        if tone is not self._tone:
            self._tone = tone
            self._recolour()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Setting our own palette raises PaletteChange again: the flag stops the loop.
        if event.type() == QEvent.Type.PaletteChange and not self._recolouring:
            self._recolour()

    def _recolour(self) -> None:
        self._recolouring = True
        try:
            base = QApplication.palette(self)
            palette = self.palette()
            colour = tone_color(self._tone, base)
            groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
            role = QPalette.ColorRole.WindowText
            if all(palette.color(group, role) == colour for group in groups):
                return  # already so (a normal label): a palette of its own would be a change
            for group in groups:
                palette.setColor(group, role, colour)
            self.setPalette(palette)
        finally:
            self._recolouring = False
