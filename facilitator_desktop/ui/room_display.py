"""The room display: a second window for the TV or projector, readable across a room.

It shows what the whole room may see and nothing else: the segment, its remaining time
(colour cues for the warning point and overtime), who speaks and who is next (as aliases,
initials or not at all), and a ground-rule card when the facilitator shows one. Never
airtime, notes or anything private. The page hands it a :class:`RoomFrame` (plain values)
on every tick; the window changes a label only when that label's text or colour changed.

The window is always dark (projectors wash out light backgrounds) and its type scales with
the window height.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.ui.runner.live_text import LiveText
from facilitator_desktop.ui.signals import emit

BACKGROUND: Final = "#0b0f14"
TEXT: Final = "#f4f6f8"
MUTED: Final = "#9aa5b1"
CARD_BACKGROUND: Final = "#161d26"
STATUS_COLOURS: Final = {
    "normal": TEXT,
    "warning": "#ffb22e",  # amber: the segment is nearly over
    "overtime": "#ff6b5e",  # coral red: counting past zero
}
#: Size of the window when there is no second screen to fill.
WINDOWED_SIZE: Final = (960, 540)


@dataclass(frozen=True, slots=True)
class RoomCard:
    title: str
    statement: str
    why: str = ""


@dataclass(frozen=True, slots=True)
class RoomFrame:
    """Everything the room display shows at one moment (already filtered for privacy)."""

    segment: str = ""
    remaining: str = ""
    #: "normal", "warning" or "overtime" (the colour of the remaining time).
    status: str = "normal"
    #: A short line under the time: "Paused", "Starting soon" ("" for none).
    state: str = ""
    speaker: str = ""
    next_up: str = ""
    card: RoomCard | None = None
    blank: bool = False


def _label(parent: QWidget, *, bold: bool = False, colour: str = TEXT) -> QLabel:
    label = QLabel(parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    font = label.font()
    font.setBold(bold)
    label.setFont(font)
    _colour(label, colour)
    return label


def _colour(label: QLabel, colour: str) -> None:
    palette = label.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)


def _pixel_size(label: QWidget, pixels: float) -> None:
    font = QFont(label.font())
    size = max(8, round(pixels))
    if font.pixelSize() != size:
        font.setPixelSize(size)
        label.setFont(font)


class RoomDisplay(QWidget):
    # The window was closed from its title bar; the page updates its "Room display" button.
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("roomDisplay")
        # A generic title: window titles show in task bars and screen sharing.
        self.setWindowTitle(self.tr("Room display"))
        self.setAutoFillBackground(True)
        palette = self.palette()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            palette.setColor(role, QColor(BACKGROUND))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
        self.setPalette(palette)
        self._frame = RoomFrame()
        self._time_colour = STATUS_COLOURS["normal"]

        content = QWidget(self)
        self.segment_label = _label(content, bold=True)
        # Changes every second: repaints its own rectangle only (no relayout).
        self.time_label = LiveText(
            "-00:00:00",
            content,
            alignment=Qt.AlignmentFlag.AlignHCenter,
            background=QColor(BACKGROUND),
        )
        time_font = self.time_label.font()
        time_font.setBold(True)
        self.time_label.setFont(time_font)
        self.time_label.set_colour(QColor(TEXT))
        self.time_label.setAccessibleName(self.tr("Time left in this segment"))
        self.state_label = _label(content, colour=MUTED)

        self.card_box = QWidget(content)
        self.card_box.setAutoFillBackground(True)
        card_palette = self.card_box.palette()
        card_palette.setColor(QPalette.ColorRole.Window, QColor(CARD_BACKGROUND))
        self.card_box.setPalette(card_palette)
        self.card_title = _label(self.card_box, bold=True)
        self.card_statement = _label(self.card_box)
        self.card_statement.setWordWrap(True)
        self.card_why = _label(self.card_box, colour=MUTED)
        self.card_why.setWordWrap(True)
        card_layout = QVBoxLayout(self.card_box)
        card_layout.addStretch(1)
        card_layout.addWidget(self.card_title)
        card_layout.addWidget(self.card_statement)
        card_layout.addWidget(self.card_why)
        card_layout.addStretch(1)
        self.card_box.hide()

        self.speaker_box = QWidget(content)
        self.speaker_caption = _label(self.speaker_box, colour=MUTED)
        self.speaker_caption.setText(self.tr("Now speaking"))
        self.speaker_label = _label(self.speaker_box, bold=True)
        self.next_caption = _label(self.speaker_box, colour=MUTED)
        self.next_caption.setText(self.tr("Next"))
        self.next_label = _label(self.speaker_box)
        now_column = QVBoxLayout()
        now_column.addWidget(self.speaker_caption)
        now_column.addWidget(self.speaker_label)
        next_column = QVBoxLayout()
        next_column.addWidget(self.next_caption)
        next_column.addWidget(self.next_label)
        speakers = QHBoxLayout(self.speaker_box)
        speakers.setContentsMargins(0, 0, 0, 0)
        speakers.addLayout(now_column, 3)
        speakers.addLayout(next_column, 2)
        self.speaker_box.hide()

        column = QVBoxLayout(content)
        self._column = column
        column.addStretch(1)  # index 0: centres the timer; none while a card shows
        column.addWidget(self.segment_label)
        column.addWidget(self.time_label, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.state_label)
        column.addWidget(self.card_box, 1)
        column.addStretch(1)
        column.addWidget(self.speaker_box)

        # B: a plain dark screen, nothing else.
        self.blank_page = QWidget(self)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(content)
        self._stack.addWidget(self.blank_page)
        # The window's size is the screen's (or the facilitator's choice), never the text's:
        # type scales to the window, a long card wraps within it.
        self._stack.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.resize(*WINDOWED_SIZE)
        self._apply_sizes()

    # --- public ------------------------------------------------------------------------------

    def frame(self) -> RoomFrame:
        return self._frame

    @property
    def blanked(self) -> bool:
        return self._stack.currentIndex() == 1

    def time_colour(self) -> str:
        return self._time_colour

    def show_frame(self, frame: RoomFrame) -> None:
        """Show `frame`, touching only what differs from the frame shown before."""
        old = self._frame
        if frame == old:
            return
        self._frame = frame
        if frame.blank != old.blank:
            self._stack.setCurrentIndex(1 if frame.blank else 0)
        if frame.segment != old.segment:
            self.segment_label.setText(frame.segment)
        if frame.remaining != old.remaining:
            self.time_label.setText(frame.remaining)
        colour = STATUS_COLOURS.get(frame.status, TEXT)
        if colour != self._time_colour:
            self._time_colour = colour
            self.time_label.set_colour(QColor(colour))
        if frame.state != old.state:
            self.state_label.setText(frame.state)
        if frame.speaker != old.speaker:
            self.speaker_label.setText(frame.speaker)
        if frame.next_up != old.next_up:
            self.next_label.setText(frame.next_up)
        if frame.card != old.card and frame.card is not None:
            self.card_title.setText(frame.card.title)
            self.card_statement.setText(frame.card.statement)
            self.card_why.setText(frame.card.why)
            self.card_why.setVisible(bool(frame.card.why))
            self._apply_sizes()
        showing_card = frame.card is not None
        speakers = not showing_card and bool(frame.speaker or frame.next_up)
        if showing_card != (old.card is not None):
            self.card_box.setVisible(showing_card)
            self._column.setStretch(0, 0 if showing_card else 1)
            self._column.setStretch(5, 0 if showing_card else 1)
            self._apply_sizes()
        if speakers != self.speaker_box.isVisibleTo(self):
            self.speaker_box.setVisible(speakers)
        if speakers:
            self.next_caption.setVisible(bool(frame.next_up))
            self.speaker_caption.setVisible(bool(frame.speaker))

    def present(self, avoid: QScreen | None) -> None:
        """Full screen on another screen than `avoid` (the facilitator's) when there is one;
        otherwise a normal window the facilitator can drag to the projector."""
        screens = QGuiApplication.screens()
        others = [screen for screen in screens if screen is not avoid]
        if len(screens) > 1 and others:
            target = others[0]
            self.create()
            handle = self.windowHandle()
            if handle is not None:
                handle.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.showNormal()
            self.resize(*WINDOWED_SIZE)
        self.raise_()

    # --- Qt ----------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            full = bool(self.windowState() & Qt.WindowState.WindowFullScreen)
            self.setCursor(Qt.CursorShape.BlankCursor if full else Qt.CursorShape.ArrowCursor)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        emit(self.closed)

    # --- sizes -------------------------------------------------------------------------------

    def _apply_sizes(self) -> None:
        """Type in proportion to the window height (and width, for narrow windows)."""
        height = max(1, self.height())
        unit = min(height, self.width() * 9 / 16)
        card = self._frame.card is not None
        margin = round(unit * 0.04)
        self._column.setContentsMargins(margin, margin, margin, margin)
        self._column.setSpacing(round(unit * 0.015))
        _pixel_size(self.segment_label, unit * (0.065 if card else 0.085))
        _pixel_size(self.time_label, unit * (0.085 if card else 0.30))
        _pixel_size(self.state_label, unit * 0.05)
        _pixel_size(self.speaker_caption, unit * 0.05)
        _pixel_size(self.next_caption, unit * 0.05)
        _pixel_size(self.speaker_label, unit * 0.115)
        _pixel_size(self.next_label, unit * 0.085)
        _pixel_size(self.card_title, unit * 0.095)
        statement = self._frame.card.statement if self._frame.card is not None else ""
        # A long sentence gets smaller type so that it still fits on the screen.
        scale = 0.065 if len(statement) <= 110 else 0.055 if len(statement) <= 190 else 0.045
        _pixel_size(self.card_statement, unit * scale)
        _pixel_size(self.card_why, unit * 0.042)
        inner = round(unit * 0.05)
        layout = self.card_box.layout()
        if layout is not None:
            layout.setContentsMargins(inner, inner, inner, inner)
            layout.setSpacing(round(unit * 0.03))
