"""A member's totals of one measure over time, painted: the bands shaded behind (darker
towards the worse end), the reliable-change range around the first total dashed, the totals
as a line, and each total marked by its reliable change against the first (▲ worse, ▼
better, by the measure's direction) and a ring where PHQ-9 item 9 was above 0.

Colour is never the only carrier: markers differ in shape, every point has a tooltip, and
the panel beside the chart says the same in sentences (labels.summary) for screen readers.
Ten years of monthly entries are a few hundred points: painted directly, no caching needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from facilitator_desktop.domain.measures import Change, Flag, Instrument
from facilitator_desktop.services.measures import Trajectory, TrajectoryPoint
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.measures import labels
from facilitator_desktop.ui.widgets.tone import Tone, is_dark, tone_color


@dataclass(frozen=True, slots=True)
class Marker:
    """Where a point was painted (also read by tests); its tooltip is worded on demand."""

    point: TrajectoryPoint
    at: QPointF

    @property
    def entry_id(self) -> int:
        return self.point.entry_id

    @property
    def change(self) -> Change:
        return self.point.change

    @property
    def flagged(self) -> bool:
        return Flag.SELF_HARM_THOUGHTS in self.point.score.flags


class TrajectoryChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trajectory: Trajectory | None = None
        self._markers: list[Marker] | None = None
        self._empty_text = ""
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # --- data ---------------------------------------------------------------------------

    def set_trajectory(self, trajectory: Trajectory | None) -> None:
        self._trajectory = trajectory
        self._markers = None
        if trajectory is None:
            self.setAccessibleName(self.tr("Measure over time"))
            self.setAccessibleDescription("")
        else:
            self.setAccessibleName(
                self.tr("{measure} over time").format(measure=trajectory.spec.name)
            )
            self.setAccessibleDescription(labels.summary(trajectory))
        self.update()

    def trajectory(self) -> Trajectory | None:
        return self._trajectory

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def markers(self) -> list[Marker]:
        if self._markers is None:
            self._markers = self._layout()
        return self._markers

    # --- geometry -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(560, self.fontMetrics().height() * 13)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def _spec(self) -> Instrument | None:
        return self._trajectory.spec if self._trajectory is not None else None

    def _plot(self) -> QRectF:
        fm = self.fontMetrics()
        spec = self._spec()
        widest = 0
        if spec is not None:
            widest = max(
                fm.horizontalAdvance(labels.value(spec, spec.total_max)),
                fm.horizontalAdvance(labels.value(spec, spec.total_min)),
            )
        left = widest + 10
        # Band names sit right of the plot, where no point can cover them.
        names = [labels.band_name(b, spec) for b in spec.bands] if spec is not None else []
        right = max((fm.horizontalAdvance(n) for n in names), default=0) + 14
        return QRectF(
            left,
            fm.height() / 2,
            self.width() - left - right,
            self.height() - fm.height() * 2 - 8,
        )

    def _span(self) -> tuple[date, date]:
        assert self._trajectory is not None and self._trajectory.points
        points = self._trajectory.points
        return points[0].taken_on, points[-1].taken_on

    def _x(self, day: date, plot: QRectF) -> float:
        first, last = self._span()
        days = (last - first).days
        if days <= 0:
            return plot.center().x()
        return plot.left() + plot.width() * (day - first).days / days

    def _y(self, total: float, plot: QRectF) -> float:
        spec = self._spec()
        assert spec is not None
        span = spec.total_max - spec.total_min
        share = (total - spec.total_min) / span if span else 0.5
        return plot.bottom() - plot.height() * max(0.0, min(1.0, share))

    def _layout(self) -> list[Marker]:
        trajectory = self._trajectory
        if trajectory is None or not trajectory.points:
            return []
        plot = self._plot()
        return [
            Marker(point, QPointF(self._x(point.taken_on, plot), self._y(point.total, plot)))
            for point in trajectory.points
        ]

    def tip(self, marker: Marker) -> str:
        """What hovering over a point says: its date, total and band, and what stands out."""
        assert self._trajectory is not None
        spec = self._trajectory.spec
        point = marker.point
        lines = [
            formatting.short_date(point.taken_on),
            labels.total_with_band(spec, point.total, point.band),
        ]
        if point.change in (Change.IMPROVED, Change.DETERIORATED):
            lines.append(
                self.tr("Since the first: {change}").format(change=labels.change_word(point.change))
            )
        if Flag.SELF_HARM_THOUGHTS in point.score.flags:
            lines.append(labels.safety_title())
        if point.score.from_total:
            lines.append(self.tr("Total from paper"))
        return "\n".join(lines)

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        trajectory = self._trajectory
        if trajectory is None or not trajectory.points:
            painter.setPen(look.muted(self.palette()))
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                self._empty_text,
            )
            return
        plot = self._plot()
        self._paint_bands(painter, plot, trajectory.spec)
        self._paint_axis(painter, plot, trajectory.spec)
        self._paint_reliable_range(painter, plot, trajectory)
        self._paint_line(painter)
        self._paint_dates(painter, plot)

    def _paint_bands(self, painter: QPainter, plot: QRectF, spec: Instrument) -> None:
        palette = self.palette()
        worst = max(1, len(spec.bands) - 1)
        shade = QColor("#d9822b") if not is_dark(palette) else QColor("#f0a35e")
        fm = self.fontMetrics()
        for band in spec.bands:
            rank = spec.band_rank(band)
            # Whole-number totals: a band 5-9 fills up to where 9.5 would be, so bands meet.
            half = 0.5 * 10**-spec.decimals
            top = self._y(min(spec.total_max, band.high + half), plot)
            bottom = self._y(max(spec.total_min, band.low - half), plot)
            fill = QColor(shade)
            fill.setAlphaF(0.05 + 0.30 * rank / worst)
            strip = QRectF(plot.left(), top, plot.width(), bottom - top)
            painter.fillRect(strip, fill)
            if strip.height() >= fm.height() * 0.8:
                painter.setPen(look.muted(palette))
                painter.drawText(
                    QRectF(plot.right() + 6, top, self.width() - plot.right() - 6, bottom - top),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    labels.band_name(band, spec),
                )

    def _paint_axis(self, painter: QPainter, plot: QRectF, spec: Instrument) -> None:
        palette = self.palette()
        fm = self.fontMetrics()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        ticks = {spec.total_min, spec.total_max}
        ticks.update(band.low for band in spec.bands)
        painter.setPen(look.muted(palette))
        last_y = None
        for tick in sorted(ticks, reverse=True):
            y = self._y(tick, plot)
            if last_y is not None and y - last_y < fm.height():
                continue  # too close to the one above to read
            last_y = y
            painter.drawText(
                QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                labels.value(spec, tick),
            )

    def _paint_reliable_range(
        self, painter: QPainter, plot: QRectF, trajectory: Trajectory
    ) -> None:
        threshold = trajectory.spec.reliable_change
        if threshold is None:
            return
        first = trajectory.points[0].total
        pen = QPen(look.muted(self.palette()), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        for edge in (first - threshold, first + threshold):
            if trajectory.spec.total_min <= edge <= trajectory.spec.total_max:
                y = self._y(edge, plot)
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    def _paint_line(self, painter: QPainter) -> None:
        palette = self.palette()
        markers = self.markers()
        colour = look.accent(palette)
        if len(markers) > 1:
            path = QPainterPath(markers[0].at)
            for marker in markers[1:]:
                path.lineTo(marker.at)
            soft = QColor(colour)
            soft.setAlphaF(0.55)
            painter.setPen(QPen(soft, 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        worse = tone_color(Tone.WARNING, palette)
        better = tone_color(Tone.SUCCESS, palette)
        ink = palette.color(QPalette.ColorRole.WindowText)
        size = 3.0 if len(markers) > 60 else 4.5
        for marker in markers:
            at = marker.at
            if marker.flagged:
                painter.setPen(QPen(tone_color(Tone.ERROR, palette), 1.8))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(at, size + 4, size + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            if marker.change is Change.DETERIORATED:
                painter.setBrush(worse)
                painter.drawPolygon(_triangle(at, size * 1.6, up=self._worse_is_up()))
            elif marker.change is Change.IMPROVED:
                painter.setBrush(better)
                painter.drawPolygon(_triangle(at, size * 1.6, up=not self._worse_is_up()))
            else:
                painter.setBrush(colour)
                painter.drawEllipse(at, size, size)
        if markers:
            painter.setPen(QPen(ink, 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(markers[-1].at, size + 1.5, size + 1.5)  # the latest

    def _worse_is_up(self) -> bool:
        spec = self._spec()
        return spec is None or spec.higher_is_worse

    def _paint_dates(self, painter: QPainter, plot: QRectF) -> None:
        fm = self.fontMetrics()
        first, last = self._span()
        painter.setPen(look.muted(self.palette()))
        top = plot.bottom() + 6
        painter.drawText(
            QRectF(plot.left(), top, plot.width() / 2, fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            formatting.short_date(first),
        )
        if last != first:
            painter.drawText(
                QRectF(plot.center().x(), top, plot.width() / 2, fm.height()),
                Qt.AlignmentFlag.AlignRight,
                formatting.short_date(last),
            )
        # A tick at each new year over long spans, so ten years read as ten years.
        if (last - first).days > 400:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
            for year in range(first.year + 1, last.year + 1):
                x = self._x(date(year, 1, 1), plot)
                painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))

    # --- events -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._markers = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._markers = None
            self.update()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            marker = self.marker_near(QPointF(event.pos()))
            if marker is not None:
                QToolTip.showText(event.globalPos(), self.tip(marker), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def marker_near(self, point: QPointF) -> Marker | None:
        """The marker closest to `point` in x, within a finger's width."""
        best: Marker | None = None
        best_distance = float(self.fontMetrics().height())
        for marker in self.markers():
            distance = abs(marker.at.x() - point.x())
            if distance <= best_distance:
                best, best_distance = marker, distance
        return best


def _triangle(at: QPointF, size: float, *, up: bool) -> QPolygonF:
    sign = -1 if up else 1
    return QPolygonF(
        [
            QPointF(at.x(), at.y() + sign * size),
            QPointF(at.x() - size, at.y() - sign * size * 0.8),
            QPointF(at.x() + size, at.y() - sign * size * 0.8),
        ]
    )
