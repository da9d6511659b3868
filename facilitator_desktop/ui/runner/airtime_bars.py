"""Airtime as horizontal bars: one row per member, drawn with QPainter (no Qt Charts).

Used on the facilitator's screen during a session and in the summary; never on the room
display. The widget repaints only when the rows it is given differ from the ones it shows.

Rows are roomy when there is space and close together when there is not (a 12-member group on
a 1280×720 laptop): every member always has a whole row, never a clipped one.

To a screen reader it is a list, one item per member ("Agata, 1 minute 35, 42 percent"),
one Tab stop whose rows ↑ ↓ Home End move through. Its description, a summary for
whoever does not enter the list, changes only when its words do: to the minute, so a
running turn tells assistive technology about a change once a minute, not every second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator_desktop.ui.accessibility import words
from facilitator_desktop.ui.accessibility.interfaces import expose, row_focused
from facilitator_desktop.ui.theme_colours import outline

ROW_PADDING = 8
#: The least padding a row gets when space is short: the text still never touches the next.
COMPACT_PADDING = 2
BAR_HEIGHT_SHARE = 0.55


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    #: "04:12 · 18 %"
    value: str
    #: Share of all airtime, 0..1.
    share: float
    #: The member speaking now: drawn stronger.
    highlight: bool = False
    #: Their airtime in seconds, for the words a screen reader says (None: `value` is said).
    seconds: float | None = None

    def spoken(self) -> str:
        """What the list item reads: "Agata, 1 minute 35, 42 percent"."""
        if self.seconds is None:
            return f"{self.label}, {self.value}"
        return words.airtime_row(self.label, self.seconds, self.share, speaking=self.highlight)

    def summary(self) -> str:
        """The row in the list's description: words that change at most once a minute."""
        if self.seconds is None:
            return f"{self.label}: {self.value}"
        return f"{self.label}: {words.whole_minutes(self.seconds)}"


class AirtimeBars(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        background: QPalette.ColorRole = QPalette.ColorRole.Base,
    ) -> None:
        super().__init__(parent)
        # It paints its own background, so a repaint never reaches the widgets beneath.
        self._background = background
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._bars: tuple[Bar, ...] = ()
        self._empty_text = ""
        self._current = -1
        expose(self)  # before it is named (see expose)
        # Preferred: roomy rows when the column has space, down to compact rows when not.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Airtime"))
        # One Tab stop (a click does not take the focus from the page's keys).
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def set_bars(self, bars: Sequence[Bar]) -> None:
        new = tuple(bars)
        if new == self._bars:
            return
        resized = len(new) != len(self._bars)
        self._bars = new
        if self._current >= len(new):
            self._current = len(new) - 1
        # Qt says nothing when the words are the same (see the module's docstring).
        self.setAccessibleDescription("; ".join(b.summary() for b in new))
        if resized:
            self.updateGeometry()
        self.update()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    # --- a list to assistive technology (interfaces.PaintedList) ------------------------------

    def accessible_rows(self) -> tuple[str, ...]:
        return tuple(bar.spoken() for bar in self._bars)

    def current_row(self) -> int:
        return self._current

    def set_current_row(self, row: int) -> None:
        row = max(-1, min(row, len(self._bars) - 1))
        if row != self._current:
            self._current = row
            self.update()
        row_focused(self, row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Up: self._current - 1,
            Qt.Key.Key_Down: self._current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self._bars) - 1,
        }
        key = Qt.Key(event.key())
        if key in moves and self._bars and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.set_current_row(max(0, moves[key]))
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.set_current_row(max(0, self._current) if self._bars else -1)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def row_height(self) -> int:
        """The height of a row with room to spare."""
        return self.fontMetrics().height() + ROW_PADDING

    def compact_row_height(self) -> int:
        """The least height of a row: a line of text and a little air."""
        return self.fontMetrics().height() + COMPACT_PADDING

    def current_row_height(self) -> int:
        """The row height at the widget's present size (between compact and roomy)."""
        rows = max(1, len(self._bars))
        return max(self.compact_row_height(), min(self.row_height(), self.height() // rows))

    def row_rect(self, row: int) -> QRect:
        """Where row `row` is drawn (tests check that each one is wholly shown)."""
        height = self.current_row_height()
        return QRect(0, row * height, self.width(), height)

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._bars))
        return QSize(260, rows * self.row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(160, max(1, len(self._bars)) * self.compact_row_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(self._background))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if not self._bars:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft, self._empty_text)
            return
        metrics = self.fontMetrics()
        row_h = self.current_row_height()
        label_w = min(
            int(self.width() * 0.34),
            max(metrics.horizontalAdvance(b.label) for b in self._bars) + 10,
        )
        value_w = max(metrics.horizontalAdvance(b.value) for b in self._bars) + 10
        bar_x = label_w
        bar_w = max(10, self.width() - label_w - value_w)
        widest = max((b.share for b in self._bars), default=0.0) or 1.0
        accent = palette.color(QPalette.ColorRole.Highlight)
        track = palette.color(QPalette.ColorRole.Midlight)
        soft = QColor(accent)
        soft.setAlphaF(0.55)
        fair = 1.0 / len(self._bars)
        for row, bar in enumerate(self._bars):
            top = row * row_h
            label_rect = QRectF(0, top, label_w - 8, row_h)
            painter.setPen(text_colour)
            font = painter.font()
            font.setBold(bar.highlight)
            painter.setFont(font)
            elided = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter, elided)
            bar_h = row_h * BAR_HEIGHT_SHARE
            bar_top = top + (row_h - bar_h) / 2
            # The track's edge in the outline colour: 3:1 on both themes, where the fill is not.
            painter.setPen(QPen(outline(palette), 1))
            painter.setBrush(track)
            edge = QRectF(bar_x, bar_top, bar_w, bar_h).adjusted(0.5, 0.5, -0.5, -0.5)
            painter.drawRoundedRect(edge, 3, 3)
            painter.setPen(Qt.PenStyle.NoPen)
            filled = bar_w * min(1.0, bar.share / widest)
            if filled > 0:
                painter.setBrush(accent if bar.highlight else soft)
                painter.drawRoundedRect(QRectF(bar_x, bar_top, filled, bar_h), 3, 3)
            painter.setPen(muted if not bar.highlight else text_colour)
            painter.drawText(
                QRectF(bar_x + bar_w, top, value_w, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                bar.value,
            )
        if self.hasFocus() and 0 <= self._current < len(self._bars):
            # Where the keyboard is: a frame around the row, in the focus colour.
            painter.setPen(QPen(accent, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(
                QRectF(self.row_rect(self._current)).adjusted(1, 1, -1, -1), 3, 3
            )
        # A thin mark at an equal share: who is above or below it shows at a glance.
        if len(self._bars) > 1 and fair < widest:
            x = bar_x + bar_w * fair / widest
            pen = QPen(muted, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(int(x), 0, int(x), len(self._bars) * row_h)
