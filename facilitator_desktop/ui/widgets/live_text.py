"""A line of text that changes every second (a countdown, a speaking time) at the cost of a
repaint of its own rectangle and nothing else.

A QLabel asks its layout to recompute on every new text, which re-measures the whole
window (word-wrapped labels included) once a second. This widget keeps a size computed
from a template ("-00:00:00") so a new text never moves anything, paints its own
background (its parent is not repainted underneath) and draws the text itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator_desktop.ui.widgets.tone import Tone, tone_color


class LiveText(QWidget):
    def __init__(
        self,
        template: str,
        parent: QWidget | None = None,
        *,
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        background: QPalette.ColorRole | QColor = QPalette.ColorRole.Base,
    ) -> None:
        super().__init__(parent)
        self._template = template
        self._text = ""
        self._tone = Tone.NORMAL
        self._colour: QColor | None = None
        self._alignment = alignment | Qt.AlignmentFlag.AlignVCenter
        self._background = background
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    # --- content ---------------------------------------------------------------------------

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - the QLabel name, for drop-in use
        if text != self._text:
            self._text = text
            self.update()

    def tone(self) -> Tone:
        return self._tone

    def set_tone(self, tone: Tone) -> None:
        """Colour from the theme's tone (facilitator's screen)."""
        if tone is not self._tone or self._colour is not None:
            self._tone = tone
            self._colour = None
            self.update()

    def set_colour(self, colour: QColor) -> None:
        """A fixed colour (the room display, which is always dark)."""
        if self._colour is None or colour != self._colour:
            self._colour = QColor(colour)
            self.update()

    def colour(self) -> QColor:
        if self._colour is not None:
            return self._colour
        return tone_color(self._tone, self.palette())

    def setFont(self, font: QFont | str | Sequence[str]) -> None:  # noqa: N802
        super().setFont(font)
        self.updateGeometry()

    # --- Qt ----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._template) + 4, metrics.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        background = self._background
        fill = background if isinstance(background, QColor) else self.palette().color(background)
        painter.fillRect(event.rect(), fill)
        painter.setPen(self.colour())
        painter.setFont(self.font())
        painter.drawText(self.rect(), int(self._alignment), self._text)
