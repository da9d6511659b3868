"""The room display: a second window for the TV or projector, readable across a room.

It shows what the whole room may see and nothing else: the segment, its remaining time
(colour cues for the warning point and overtime), who speaks and who is next (as aliases,
initials or not at all), and a ground-rule card when the facilitator shows one. Never
airtime, notes or anything private. The page hands it a :class:`RoomFrame` (plain values)
on every tick; the window changes a label only when that label's text or colour changed.

A rule card is a band between the timer and the speakers, not a takeover: the remaining
time keeps at least :data:`CARD_TIME_SHARE` of the height and who speaks stays in view; the
card's text gets smaller type until it fits the room left for it.

The window is always dark (projectors wash out light backgrounds) and its type scales with
the window height.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
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

from facilitator_desktop.domain.durations import MINUS
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.accessibility.interfaces import expose
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.live_text import LiveText

BACKGROUND: Final = "#0b0f14"
TEXT: Final = "#f4f6f8"
MUTED: Final = "#9aa5b1"
CARD_BACKGROUND: Final = "#161d26"
STATUS_COLOURS: Final = {
    "normal": TEXT,
    "warning": "#ffb22e",  # amber: the segment is nearly over
    "overtime": "#ff6b5e",  # coral red: counting past zero
}
#: Size of the window before it is put full screen (and where a test or screenshot shows it).
WINDOWED_SIZE: Final = (960, 540)
#: While a rule card shows, the remaining time's digits keep at least this share of the
#: window's height (they are about 0.73 of the font's pixel size).
CARD_TIME_SHARE: Final = 0.15
_CARD_TIME_PIXELS: Final = 0.22
#: Type sizes tried for a card's sentence, largest first (shares of the window's height).
_CARD_STATEMENT_SCALES: Final = (0.065, 0.058, 0.052, 0.046, 0.041, 0.036, 0.032, 0.028)
#: Below this sentence size the card's "why" gives up its room to the rule itself.
_WHY_GIVES_WAY: Final = 0.04
#: How long the hint about the keys stays up on a room view shown on the facilitator's screen.
HINT_MILLISECONDS: Final = 10_000
_NO_LIMIT: Final = 16_777_215  # QWIDGETSIZE_MAX


def _widest_time() -> str:
    """The widest time the room reads (hours of overtime), in the locale's digits: the
    room the time keeps, so a new second never moves or shrinks anything."""
    return formatting.digits(f"{MINUS}00:00:00")


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
        # The names' pixel sizes and the width they share (see _fit_names), once sized.
        self._names: tuple[float, float, int] | None = None

        content = QWidget(self)
        self.segment_label = _label(content, bold=True)
        # Changes every second: repaints its own rectangle only (no relayout).
        self.time_label = LiveText(
            _widest_time(),
            content,
            alignment=Qt.AlignmentFlag.AlignHCenter,
            background=QColor(BACKGROUND),
        )
        time_font = self.time_label.font()
        time_font.setBold(True)
        self.time_label.setFont(time_font)
        self.time_label.set_colour(QColor(TEXT))
        expose(self.time_label)  # a screen reader reads the time shown
        self.time_label.setAccessibleName(self.tr("Time left in this segment"))
        self.state_label = _label(content, colour=MUTED)
        # Shown with a state ("Paused"): empty, it would still take a line and a gap of the
        # height, which the card's sizes do not count.
        self.state_label.hide()

        self.card_box = QWidget(content)
        self.card_box.setAutoFillBackground(True)
        card_palette = self.card_box.palette()
        card_palette.setColor(QPalette.ColorRole.Window, QColor(CARD_BACKGROUND))
        self.card_box.setPalette(card_palette)
        self.card_title = _label(self.card_box, bold=True)
        self.card_title.setWordWrap(True)
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
        # The same words, for set_translate: the room reads the group's language.
        self._captions = (
            (self.speaker_caption, QT_TRANSLATE_NOOP("RoomDisplay", "Now speaking")),
            (self.next_caption, QT_TRANSLATE_NOOP("RoomDisplay", "Next")),
        )
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

        # A band over the top edge, outside the layout so nothing moves when it comes and
        # goes: the keys that bring the facilitator's panels back, when the room view covers
        # the facilitator's own screen.
        self.hint_label = _label(self, colour=MUTED)
        self.hint_label.setAutoFillBackground(True)
        self.hint_label.setWordWrap(True)
        hint_palette = self.hint_label.palette()
        hint_palette.setColor(QPalette.ColorRole.Window, QColor(CARD_BACKGROUND))
        self.hint_label.setPalette(hint_palette)
        self.hint_label.hide()
        self.hint_timer = QTimer(self)
        self.hint_timer.setSingleShot(True)
        self.hint_timer.setInterval(HINT_MILLISECONDS)
        self.hint_timer.timeout.connect(self.hint_label.hide)

        self.resize(*WINDOWED_SIZE)
        self._apply_sizes()

    # --- public ------------------------------------------------------------------------------

    def frame(self) -> RoomFrame:
        return self._frame

    def set_translate(self, translate: Callable[[str], str]) -> None:
        """Word the captions the room reads with `translate` ("RoomDisplay" context): the
        group's handout language, which may not be the app's."""
        for label, text in self._captions:
            label.setText(translate(str(text)))

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
            self.state_label.setVisible(bool(frame.state))
        if frame.speaker != old.speaker:
            self.speaker_label.setText(frame.speaker)
        if frame.next_up != old.next_up:
            self.next_label.setText(frame.next_up)
        if (frame.speaker, frame.next_up) != (old.speaker, old.next_up) and self._names:
            self._fit_names(*self._names)
        resize = False
        if frame.card != old.card and frame.card is not None:
            self.card_title.setText(frame.card.title)
            self.card_statement.setText(frame.card.statement)
            self.card_why.setText(frame.card.why)
            self.card_why.setVisible(bool(frame.card.why))
            resize = True
        showing_card = frame.card is not None
        # A card is a band: who speaks and who is next stay in view under it.
        speakers = bool(frame.speaker or frame.next_up)
        if showing_card != (old.card is not None):
            self.card_box.setVisible(showing_card)
            self._column.setStretch(0, 0 if showing_card else 1)
            self._column.setStretch(5, 0 if showing_card else 1)
            resize = True
        if speakers != self.speaker_box.isVisibleTo(self):
            self.speaker_box.setVisible(speakers)
            resize = resize or showing_card  # the card's room changes with them
        if speakers:
            self.next_caption.setVisible(bool(frame.next_up))
            self.speaker_caption.setVisible(bool(frame.speaker))
        if resize or (showing_card and frame.state != old.state):
            self._apply_sizes()

    def present(self, screen: QScreen, *, hint: str = "") -> None:
        """Full screen on `screen`; `hint` (the keys back to the facilitator's panels) shows
        over the top edge for a few seconds when the room view covers their own screen."""
        self.create()
        handle = self.windowHandle()
        if handle is not None and handle.screen() is not screen:
            handle.setScreen(screen)
        self.setGeometry(screen.geometry())
        # Not showFullScreen(): it also activates the window, taking the keyboard from the
        # facilitator's window when the display is on another screen. Who gets the keys
        # is the caller's choice.
        self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        self.show()
        self.raise_()
        self.show_hint(hint)

    def show_hint(self, text: str) -> None:
        self.hint_label.setText(text)
        self.hint_label.setVisible(bool(text))
        if text:
            self._place_hint()
            self.hint_label.raise_()
            self.hint_timer.start()
        else:
            self.hint_timer.stop()

    def hint(self) -> str:
        return self.hint_label.text() if self.hint_label.isVisibleTo(self) else ""

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
        width = max(1, self.width())
        unit = min(height, width * 9 / 16)
        margin = round(unit * 0.04)
        spacing = round(unit * 0.015)
        self._column.setContentsMargins(margin, margin, margin, margin)
        self._column.setSpacing(spacing)
        _pixel_size(self.hint_label, unit * 0.035)
        self._place_hint()
        if self._frame.card is not None:
            self._apply_card_sizes(unit, height, width, margin, spacing)
            return
        # Without a card the time's line is as tall as its font says (centred anyway).
        self.time_label.setMinimumHeight(0)
        self.time_label.setMaximumHeight(_NO_LIMIT)
        _pixel_size(self.segment_label, unit * 0.085)
        _pixel_size(self.time_label, unit * 0.30)
        _pixel_size(self.state_label, unit * 0.05)
        _pixel_size(self.speaker_caption, unit * 0.05)
        _pixel_size(self.next_caption, unit * 0.05)
        self._fit_names(unit * 0.115, unit * 0.085, width - 2 * margin)

    def _fit_names(self, speaker: float, next_up: float, inner_width: int) -> None:
        """The names at these pixel sizes, smaller where a word of a name (a long alias)
        would not fit its column: a long name wraps at its spaces, never past the edge."""
        self._names = (speaker, next_up, inner_width)
        speakers = self.speaker_box.layout()
        spacing = max(0, speakers.spacing()) if speakers is not None else 0
        room = inner_width - spacing
        # The columns share the width 3 : 2 (see the speakers' layout).
        for label, pixels, share in (
            (self.speaker_label, speaker, 3 / 5),
            (self.next_label, next_up, 2 / 5),
        ):
            probe = QFont(label.font())
            probe.setPixelSize(max(8, round(pixels)))
            metrics = QFontMetrics(probe)
            widest = max((metrics.horizontalAdvance(w) for w in label.text().split()), default=0)
            fits = room * share - 8
            _pixel_size(label, pixels * fits / widest if widest > fits > 0 else pixels)
            # A name too long for one line takes a second rather than lose its ends past
            # the screen's edge (a short one stays one line: the card's room counts on it).
            label.setWordWrap(metrics.horizontalAdvance(label.text()) > fits)

    def _apply_card_sizes(
        self, unit: float, height: int, width: int, margin: int, spacing: int
    ) -> None:
        """The timer keeps a fixed share of the height, the speakers a line each; the card
        gets what is left and the largest type its text fits in."""
        inner_width = width - 2 * margin
        _pixel_size(self.segment_label, unit * 0.05)
        _pixel_size(self.state_label, unit * 0.04)
        _pixel_size(self.speaker_caption, unit * 0.035)
        _pixel_size(self.next_caption, unit * 0.035)
        self._fit_names(unit * 0.075, unit * 0.06, inner_width)
        # The time fills its share of the height unless the window is too narrow for it.
        time_pixels = height * _CARD_TIME_PIXELS
        probe = QFont(self.time_label.font())
        probe.setPixelSize(max(8, round(time_pixels)))
        needed = QFontMetrics(probe).horizontalAdvance(_widest_time())
        if needed > inner_width:
            time_pixels *= inner_width / needed
        _pixel_size(self.time_label, time_pixels)
        # Only as tall as the digits and a little air: a font's line height (accents above,
        # descenders below) would take the card's room for nothing.
        ink_text = MINUS + formatting.locale_digits() + ":"
        ink = QFontMetrics(self.time_label.font()).tightBoundingRect(ink_text).height()
        time_height = round(ink * 1.3)
        self.time_label.setFixedHeight(time_height)

        above: list[QWidget] = [self.segment_label]
        if self.state_label.text():
            above.append(self.state_label)
        used = time_height + sum(widget.sizeHint().height() for widget in above)
        parts = len(above) + 2
        if self._frame.speaker or self._frame.next_up:
            used += self.speaker_box.sizeHint().height()
            parts += 1
        room = height - 2 * margin - spacing * (parts - 1) - used
        self._fit_card(room, inner_width, height)

    def _fit_card(self, room: int, width: int, height: int) -> None:
        """The largest type for the card's title, sentence and "why" that fits in `room`.
        When the sentence would get small, the "why" gives way to it."""
        card = self._frame.card
        with_why = card is not None and bool(card.why)
        scale = self._fit_card_scale(room, width, height, why=with_why)
        if with_why and scale < _WHY_GIVES_WAY:
            alone = self._fit_card_scale(room, width, height, why=False)
            if alone >= scale:
                with_why = False
                scale = alone
        self.card_why.setVisible(with_why)
        self._set_card_type(height, scale)

    def _fit_card_scale(self, room: int, width: int, height: int, *, why: bool) -> float:
        for scale in _CARD_STATEMENT_SCALES:
            inner, gap = self._set_card_type(height, scale)
            text_width = max(1, width - 2 * inner)
            parts = [self.card_title, self.card_statement] + ([self.card_why] if why else [])
            needed = 2 * inner + gap * (len(parts) - 1)
            needed += sum(_wrapped_height(label, text_width) for label in parts)
            if needed <= room:
                return scale
        return _CARD_STATEMENT_SCALES[-1]

    def _set_card_type(self, height: int, scale: float) -> tuple[int, int]:
        """Type for the card at `scale`; returns its inner margin and the gap between lines."""
        inner = round(height * scale * 0.6)
        gap = round(height * scale * 0.35)
        _pixel_size(self.card_title, height * min(0.085, scale * 1.35))
        _pixel_size(self.card_statement, height * scale)
        _pixel_size(self.card_why, height * scale * 0.7)
        layout = self.card_box.layout()
        if layout is not None:
            layout.setContentsMargins(inner, inner, inner, inner)
            layout.setSpacing(gap)
        return inner, gap

    def _place_hint(self) -> None:
        text_height = QFontMetrics(self.hint_label.font()).height()
        pad = max(4, text_height // 2)
        self.hint_label.setContentsMargins(pad, pad // 2, pad, pad // 2)
        width = self.width()
        band = self.hint_label.heightForWidth(width)
        self.hint_label.setGeometry(QRect(0, 0, width, max(band, text_height + pad)))


def _wrapped_height(label: QLabel, width: int) -> int:
    """The height `label` needs at `width` with its current font and word wrap."""
    metrics = QFontMetrics(label.font())
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRect(0, 0, width, 100_000), flags, label.text()).height()
