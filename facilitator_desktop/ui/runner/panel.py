"""Small building blocks shared by the runner's panels."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from facilitator_desktop.ui.runner.tab_stops import room_tab_stop
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class Panel(QFrame):
    """A quiet card: a small caps title and its content, on the base colour.

    The fill is painted here rather than by switching the background role to Base: child
    labels inherit the background role and would then draw with the Text role, ignoring
    the WindowText colour that tone labels (warning, overtime) set.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = caption(title, self)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 10, 14, 12)
        self.body.setSpacing(8)
        self.body.addWidget(self.title_label)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        painter.end()
        super().paintEvent(event)


def caption(text: str, parent: QWidget | None = None) -> ToneLabel:
    """A muted, letter-spaced section caption ("TIMER")."""
    label = ToneLabel(text.upper(), Tone.MUTED, parent)
    # Wraps rather than clips in a narrow column with large type.
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.82))
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def scaled(label: QLabel, factor: float, *, bold: bool = False) -> QLabel:
    font = label.font()
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    label.setFont(font)
    return label


def plural(count: int, one: str, many: str) -> str:
    """`one` or `many` (both already translated, with a ``{n}`` placeholder) for `count`."""
    return (one if count == 1 else many).format(n=count)


def action_button(text: str, tip: str, parent: QWidget | None = None) -> QPushButton:
    """A button for an in-room action: a Tab stop that a click does not focus, pressed by
    Enter once reached with Tab; Space and the letter keys keep their in-room meaning
    (see tab_stops.py)."""
    button = QPushButton(text, parent)
    button.setToolTip(tip)
    button.setAccessibleDescription(tip)
    room_tab_stop(button)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return button
