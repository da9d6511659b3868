"""A member's share of the airtime per session, over the weeks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.accessibility.chart_words import SeriesPoint, series_summary
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.history.charts.base import ChartBase, Hit


@dataclass(frozen=True, slots=True)
class ShareBar:
    session_id: int
    started_at: datetime
    status: str
    share: float
    seconds: float
    turns: int
    passes: int


def _spoken(bar: ShareBar) -> SeriesPoint:
    """A session as the description reads it: their share where they came, else why not."""
    when = look.session_date(bar.started_at)
    if bar.status in ("present", "late", "left_early"):
        return SeriesPoint(when, bar.share, look.percent(bar.share))
    return SeriesPoint(when, None, look.status_word(bar.status))


class ShareHistory(ChartBase):
    """A member's airtime share per session as bars over the weeks, with the attendance
    status as a lettered strip under them. Shows as many recent sessions as fit; clicking
    a bar emits `activated(session_id)`."""

    SLOT_MIN = 11
    SLOT_MAX = 34

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[ShareBar, ...] = ()
        self.setAccessibleName(self.tr("Airtime share per session"))

    def set_bars(self, bars: Sequence[ShareBar]) -> None:
        self._bars = tuple(bars)
        # The bars in words, for a screen reader.
        self.setAccessibleDescription(series_summary([_spoken(b) for b in self._bars]))
        self._changed()

    def bars(self) -> tuple[ShareBar, ...]:
        """Every bar set, oldest first (`shown()`: those that fit)."""
        return self._bars

    def shown(self) -> tuple[ShareBar, ...]:
        """The most recent sessions that fit the width, oldest first."""
        axis_w = self._axis_width()
        fit = max(1, int((self.width() - axis_w) // self.SLOT_MIN))
        return self._bars[-fit:]

    def _axis_width(self) -> float:
        return self.fontMetrics().horizontalAdvance("100 %") + 10

    def sizeHint(self) -> QSize:
        return QSize(520, self.fontMetrics().height() * 9)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _geometry(self) -> tuple[float, float, float, float, float]:
        """(axis width, plot top, plot bottom, strip height, slot width)."""
        fm = self.fontMetrics()
        strip = fm.height() + 4
        axis_w = self._axis_width()
        shown = max(1, len(self.shown()))
        slot = max(float(self.SLOT_MIN), min(float(self.SLOT_MAX), (self.width() - axis_w) / shown))
        top = fm.height() / 2
        bottom = self.height() - strip - fm.height() - 6
        return axis_w, top, bottom, strip, slot

    def _scale(self) -> float:
        peak = max((b.share for b in self.shown()), default=0.0)
        for ceiling in (0.1, 0.2, 0.3, 0.5, 0.75, 1.0):
            if peak <= ceiling:
                return ceiling
        return 1.0

    def _layout(self) -> list[Hit]:
        axis_w, top, bottom, strip, slot = self._geometry()
        hits = []
        for index, bar in enumerate(self.shown()):
            x = axis_w + index * slot
            when = look.session_date(bar.started_at)
            if bar.status in ("present", "late", "left_early"):
                tip = self.tr(
                    "{date}: {share} of the airtime ({length}), {turns}, {passes} · {status}"
                )
            else:
                tip = self.tr("{date}: {status}")
            tip = tip.format(
                date=when,
                share=look.percent(bar.share),
                length=formatting.clock(bar.seconds),
                turns=look.turns(bar.turns),
                passes=look.passes(bar.passes),
                status=look.status_word(bar.status),
            )
            hits.append(Hit(QRectF(x, top, slot, bottom - top + strip + 4), tip, bar.session_id))
        return hits

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        shown = self.shown()
        if not shown:
            self._paint_empty(painter)
            return
        fm = self.fontMetrics()
        axis_w, top, bottom, strip, slot = self._geometry()
        scale = self._scale()
        muted = look.muted(palette)
        right = axis_w + slot * len(shown)
        # Grid lines at 0, half and the top of the scale.
        for fraction in (0.0, 0.5, 1.0):
            y = bottom - (bottom - top) * fraction
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Midlight), 1))
            painter.drawLine(QPointF(axis_w, y), QPointF(right, y))
            painter.setPen(muted)
            painter.drawText(
                QRectF(0, y - fm.height() / 2, axis_w - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                look.percent(scale * fraction),
            )
        gap = max(2.0, slot * 0.22)
        attended = [b.share for b in shown if b.status in ("present", "late", "left_early")]
        for index, bar in enumerate(shown):
            x = axis_w + index * slot
            if bar.share > 0:
                height = (bottom - top) * min(1.0, bar.share / scale)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(look.soft_accent(palette, 0.8))
                painter.drawRoundedRect(
                    QRectF(x + gap / 2, bottom - height, slot - gap, height), 2, 2
                )
            elif bar.passes and bar.status in ("present", "late", "left_early"):
                # Came and passed every turn: a small open circle on the baseline.
                painter.setPen(QPen(muted, 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                r = min(slot - gap, 8) / 2
                painter.drawEllipse(QPointF(x + slot / 2, bottom - r - 1), r, r)
            fill, ink = look.status_colours(bar.status, palette)
            cell = QRectF(x + 1, bottom + 4, slot - 2, strip - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(cell, 2, 2)
            letter = look.status_letter(bar.status)
            if letter and fm.horizontalAdvance(letter) <= cell.width():
                painter.setPen(ink)
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, letter)
        # The member's average share while present: a dashed line to compare against.
        if attended:
            mean = sum(attended) / len(attended)
            y = bottom - (bottom - top) * min(1.0, mean / scale)
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.WindowText), 1, Qt.PenStyle.DashLine)
            )
            painter.drawLine(QPointF(axis_w, y), QPointF(right, y))
        # First and last dates under the strip.
        painter.setPen(muted)
        label_top = bottom + strip + 4
        first = look.session_date(shown[0].started_at)
        last = look.session_date(shown[-1].started_at)
        painter.drawText(
            QRectF(axis_w, label_top, 200, fm.height()), Qt.AlignmentFlag.AlignLeft, first
        )
        if len(shown) > 1:
            painter.drawText(
                QRectF(right - 200, label_top, 200, fm.height()), Qt.AlignmentFlag.AlignRight, last
            )
