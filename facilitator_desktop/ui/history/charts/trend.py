"""One measure per session as a line, with its moving average."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from facilitator_desktop.ui.accessibility.chart_words import SeriesPoint, series_summary
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.history.charts.base import ChartBase, Hit


@dataclass(frozen=True, slots=True)
class TrendPoint:
    session_id: int
    started_at: datetime
    value: float


class TrendChart(ChartBase):
    """One measure per session as a line with dots, and a dashed 4-session moving average
    that shows the trend without the week-to-week noise."""

    AVERAGE_OF = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: tuple[TrendPoint, ...] = ()
        self._ceiling = 1.0
        self._floor = 0.0  # the axis runs floor..ceiling (a check-in scale may start at 1)
        self._format: Callable[[float], str] = look.percent
        self._label = ""
        self.setAccessibleName(self.tr("Airtime equity over time"))

    def set_points(
        self,
        points: Sequence[TrendPoint],
        *,
        label: str,
        value_format: Callable[[float], str],
        ceiling: float = 1.0,
        floor: float = 0.0,
    ) -> None:
        self._points = tuple(points)
        self._label = label
        self._format = value_format
        self._ceiling = ceiling
        self._floor = floor
        # The line in words, for a screen reader.
        self.setAccessibleDescription(
            series_summary(
                [
                    SeriesPoint(look.session_date(p.started_at), p.value, value_format(p.value))
                    for p in self._points
                ],
                what=label,
            )
        )
        self._changed()

    def points(self) -> tuple[TrendPoint, ...]:
        return self._points

    def sizeHint(self) -> QSize:
        return QSize(520, self.fontMetrics().height() * 9)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def _plot(self) -> QRectF:
        fm = self.fontMetrics()
        axis_w = (
            max(
                fm.horizontalAdvance(self._format(self._ceiling)),
                fm.horizontalAdvance(self._format(self._floor)),
            )
            + 10
        )
        return QRectF(
            axis_w, fm.height() / 2, self.width() - axis_w - 8, self.height() - fm.height() * 2 - 6
        )

    def _position(self, index: int, value: float, plot: QRectF) -> QPointF:
        # The plot is worked out once by the caller: ten years are 500 points.
        n = max(1, len(self._points) - 1)
        x = plot.left() + plot.width() * (index / n if len(self._points) > 1 else 0.5)
        span = self._ceiling - self._floor
        share = (value - self._floor) / span if span > 0 else 0.5
        y = plot.bottom() - plot.height() * max(0.0, min(1.0, share))
        return QPointF(x, y)

    def _layout(self) -> list[Hit]:
        plot = self._plot()
        step = plot.width() / max(1, len(self._points))
        hits = []
        for index, point in enumerate(self._points):
            at = self._position(index, point.value, plot)
            when = look.session_date(point.started_at)
            tip = f"{when}: {self._label} {self._format(point.value)}"
            hits.append(
                Hit(
                    QRectF(at.x() - step / 2, plot.top(), step, plot.height()),
                    tip,
                    point.session_id,
                )
            )
        return hits

    def moving_average(self) -> list[float]:
        values = [p.value for p in self._points]
        out = []
        for index in range(len(values)):
            window = values[max(0, index - self.AVERAGE_OF + 1) : index + 1]
            out.append(sum(window) / len(window))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if not self._points:
            self._paint_empty(painter)
            return
        fm = self.fontMetrics()
        plot = self._plot()
        muted = look.muted(palette)
        for fraction in (0.0, 0.25, 0.5, 0.75, 1.0):
            y = plot.bottom() - plot.height() * fraction
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Midlight), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if fraction in (0.0, 0.5, 1.0):
                painter.setPen(muted)
                painter.drawText(
                    QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    self._format(self._floor + (self._ceiling - self._floor) * fraction),
                )
        line = QPainterPath()
        for index, point in enumerate(self._points):
            at = self._position(index, point.value, plot)
            if index == 0:
                line.moveTo(at)
            else:
                line.lineTo(at)
        colour = look.accent(palette)
        soft = QColor(colour)
        soft.setAlphaF(0.45)
        painter.setPen(QPen(soft, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        radius = 2.5 if len(self._points) > 30 else 3.5
        for index, point in enumerate(self._points):
            painter.drawEllipse(self._position(index, point.value, plot), radius, radius)
        if len(self._points) >= self.AVERAGE_OF:
            trend = QPainterPath()
            for index, value in enumerate(self.moving_average()):
                at = self._position(index, value, plot)
                if index == 0:
                    trend.moveTo(at)
                else:
                    trend.lineTo(at)
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.WindowText), 1.6, Qt.PenStyle.DashLine)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(trend)
        painter.setPen(muted)
        label_top = plot.bottom() + 6
        painter.drawText(
            QRectF(plot.left(), label_top, 200, fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            look.session_date(self._points[0].started_at),
        )
        if len(self._points) > 1:
            painter.drawText(
                QRectF(plot.right() - 200, label_top, 200, fm.height()),
                Qt.AlignmentFlag.AlignRight,
                look.session_date(self._points[-1].started_at),
            )
