"""Small charts drawn with QPainter: no Qt Charts (deprecated), no plotting library.

Each chart keeps its data as plain tuples, works out where everything goes once per size
(`_layout`), paints from that, and answers tooltips and clicks from the same geometry. The
colours come from the palette (and look.py), so light and dark themes both read; meaning
never rests on colour alone — letters, dashes and tooltips carry it too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.signals import emit


@dataclass(frozen=True, slots=True)
class Hit:
    rect: QRectF
    tip: str
    payload: int | None = None  # what a click opens (a member, session or turn id)


class ChartBase(QWidget):
    """Geometry cache, tooltips and clicks shared by the charts below."""

    # The id of whatever was clicked (meaning depends on the chart).
    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] | None = None
        self._empty_text = ""
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def hits(self) -> list[Hit]:
        if self._hits is None:
            self._hits = self._layout()
        return self._hits

    def hit_at(self, point: QPointF) -> Hit | None:
        for hit in reversed(self.hits()):
            if hit.rect.contains(point):
                return hit
        return None

    def _changed(self) -> None:
        self._hits = None
        self.updateGeometry()
        self.update()

    def _layout(self) -> list[Hit]:
        return []

    # --- events ------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._hits = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._hits = None
            self.update()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit_at(QPointF(event.pos()))
            if hit is not None and hit.tip:
                QToolTip.showText(event.globalPos(), hit.tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.hit_at(event.position())
        clickable = hit is not None and hit.payload is not None
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.hit_at(event.position())
            if hit is not None and hit.payload is not None:
                self._emit_activated(hit.payload)
                return
        super().mouseReleaseEvent(event)

    def _emit_activated(self, payload: int) -> None:
        emit(self.activated, payload)

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(look.muted(self.palette()))
        painter.drawText(
            QRectF(self.rect()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            self._empty_text,
        )


def _row_height(metrics: QFontMetrics, padding: int = 8) -> int:
    return metrics.height() + padding


# =============================================================================== planned/actual


@dataclass(frozen=True, slots=True)
class SegmentBar:
    name: str
    planned: float
    actual: float


class PlanActualBars(ChartBase):
    """One row per segment: the planned length as a track, the actual length filled over
    it; time beyond the plan is drawn in the warning colour with a hatch, and the text at
    the end says it in words ("+15:32")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[SegmentBar, ...] = ()
        self.setAccessibleName(self.tr("Planned and actual time per segment"))

    def set_rows(self, rows: Sequence[SegmentBar]) -> None:
        self._rows = tuple(rows)
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{name}: {actual} of {planned}").format(
                    name=r.name,
                    actual=formatting.clock(r.actual),
                    planned=formatting.clock(r.planned),
                )
                for r in self._rows
            )
        )
        self._changed()

    def rows(self) -> tuple[SegmentBar, ...]:
        return self._rows

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self._rows)) * _row_height(self.fontMetrics(), 12))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _columns(self) -> tuple[float, float, float]:
        metrics = self.fontMetrics()
        name_w = min(
            self.width() * 0.3,
            max((metrics.horizontalAdvance(r.name) for r in self._rows), default=0) + 12,
        )
        value_w = (
            max((metrics.horizontalAdvance(self._value_text(r)) for r in self._rows), default=0)
            + 12
        )
        return name_w, value_w, max(20.0, self.width() - name_w - value_w)

    def _value_text(self, row: SegmentBar) -> str:
        return f"{formatting.clock(row.actual)}  {formatting.signed(row.actual - row.planned)}"

    def _layout(self) -> list[Hit]:
        hits = []
        row_h = _row_height(self.fontMetrics(), 12)
        for index, row in enumerate(self._rows):
            tip = self.tr("{name}: planned {planned}, took {actual} ({delta})").format(
                name=row.name,
                planned=formatting.clock(row.planned),
                actual=formatting.clock(row.actual),
                delta=formatting.signed(row.actual - row.planned),
            )
            hits.append(Hit(QRectF(0, index * row_h, self.width(), row_h), tip))
        return hits

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if not self._rows:
            self._paint_empty(painter)
            return
        metrics = self.fontMetrics()
        row_h = _row_height(metrics, 12)
        name_w, value_w, bar_w = self._columns()
        scale = max(max(r.planned, r.actual) for r in self._rows) or 1.0
        text = palette.color(QPalette.ColorRole.WindowText)
        over_colour = look.warning(palette)
        for index, row in enumerate(self._rows):
            top = index * row_h
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, name_w - 8, row_h),
                Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, int(name_w - 8)),
            )
            bar_h = row_h * 0.5
            bar_top = top + (row_h - bar_h) / 2
            planned_w = bar_w * row.planned / scale
            actual_w = bar_w * row.actual / scale
            # The plan: an outlined track.
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(look.track(palette))
            painter.drawRoundedRect(QRectF(name_w, bar_top, planned_w, bar_h), 3, 3)
            # What it took, up to the plan.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.soft_accent(palette, 0.7))
            painter.drawRoundedRect(
                QRectF(name_w, bar_top + 2, min(actual_w, planned_w), bar_h - 4), 2, 2
            )
            if actual_w > planned_w:
                over = QRectF(name_w + planned_w, bar_top, actual_w - planned_w, bar_h)
                painter.setBrush(over_colour)
                painter.drawRoundedRect(over, 2, 2)
                painter.setBrush(
                    QBrush(palette.color(QPalette.ColorRole.Base), Qt.BrushStyle.BDiagPattern)
                )
                painter.drawRect(over)
            delta = row.actual - row.planned
            painter.setPen(over_colour if delta >= 60 else look.muted(palette))
            painter.drawText(
                QRectF(name_w + bar_w, top, value_w, row_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                self._value_text(row),
            )


# =============================================================================== turn timeline


@dataclass(frozen=True, slots=True)
class TimelineTurn:
    turn_id: int
    member_id: int
    segment_index: int
    start: float
    duration: float
    passed: bool


class TurnTimeline(ChartBase):
    """Who spoke when: one row per member, a block per turn along the session's time,
    the agenda's segments as bands behind. A pass is a small open circle. Clicking a turn
    emits `activated(turn_id)` (to correct it)."""

    ROW_GAP = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members: tuple[tuple[int, str], ...] = ()
        self._turns: tuple[TimelineTurn, ...] = ()
        self._segments: tuple[tuple[str, float], ...] = ()
        self._span = 1.0
        self.setAccessibleName(self.tr("Turn timeline"))

    def set_data(
        self,
        members: Sequence[tuple[int, str]],
        turns: Sequence[TimelineTurn],
        segments: Sequence[tuple[str, float]],
    ) -> None:
        """`members` (id, alias) in row order; `segments` (name, actual seconds) in order."""
        spoke = {t.member_id for t in turns}
        rows = [m for m in members if m[0] in spoke]
        known = {m[0] for m in rows}
        rows += [(m, "?") for m in dict.fromkeys(t.member_id for t in turns) if m not in known]
        self._members = tuple(rows)
        self._turns = tuple(turns)
        self._segments = tuple(segments)
        ends = [t.start + t.duration for t in turns] + [sum(s[1] for s in segments)]
        self._span = max(ends) or 1.0
        self.setAccessibleDescription(
            self.tr("{turns} by {members}").format(
                turns=look.turns(len(self._turns)), members=look.members(len(self._members))
            )
        )
        self._changed()

    def clear(self) -> None:
        self.set_data((), (), ())

    def turns(self) -> tuple[TimelineTurn, ...]:
        return self._turns

    def _metrics(self) -> tuple[float, float, float, float]:
        """(label width, top of rows, row height, plot width)."""
        fm = self.fontMetrics()
        label_w = min(
            self.width() * 0.25,
            max((fm.horizontalAdvance(a) for _, a in self._members), default=0) + 14,
        )
        top = fm.height() + 6
        row_h = fm.height() + 4
        return label_w, top, row_h, max(20.0, self.width() - label_w - 4)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        rows = max(1, len(self._members))
        return QSize(480, (fm.height() + 6) + rows * (fm.height() + 4) + fm.height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _x(self, seconds: float, label_w: float, plot_w: float) -> float:
        return label_w + plot_w * seconds / self._span

    def _layout(self) -> list[Hit]:
        label_w, top, row_h, plot_w = self._metrics()
        rows = {m[0]: i for i, m in enumerate(self._members)}
        aliases = dict(self._members)
        names = [s[0] for s in self._segments]
        hits = []
        for turn in self._turns:
            row = rows.get(turn.member_id, 0)
            y = top + row * row_h + self.ROW_GAP / 2
            x = self._x(turn.start, label_w, plot_w)
            w = max(4.0, plot_w * turn.duration / self._span)
            if turn.passed:
                rect = QRectF(x - row_h / 2 + 2, y, row_h - 4, row_h - self.ROW_GAP)
            else:
                rect = QRectF(x, y, w, row_h - self.ROW_GAP)
            segment = names[turn.segment_index] if turn.segment_index < len(names) else ""
            if turn.passed:
                tip = self.tr("{alias} passed · {segment} · at {at}")
            else:
                tip = self.tr("{alias} spoke {length} · {segment} · at {at}")
            tip = tip.format(
                alias=aliases.get(turn.member_id, "?"),
                length=formatting.clock(turn.duration),
                segment=segment,
                at=formatting.clock(turn.start),
            )
            tip += "\n" + self.tr("Click to correct this turn.")
            hits.append(Hit(rect, tip, turn.turn_id))
        return hits

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if not self._turns:
            self._paint_empty(painter)
            return
        fm = self.fontMetrics()
        label_w, top, row_h, plot_w = self._metrics()
        bottom = top + len(self._members) * row_h
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = look.muted(palette)
        # Segment bands, named along the top.
        start = 0.0
        for index, (name, seconds) in enumerate(self._segments):
            x0 = self._x(start, label_w, plot_w)
            x1 = self._x(start + seconds, label_w, plot_w)
            if index % 2 == 0:
                painter.fillRect(
                    QRectF(x0, top, x1 - x0, bottom - top),
                    palette.color(QPalette.ColorRole.AlternateBase),
                )
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.drawLine(QPointF(x0, top - 2), QPointF(x0, bottom))
            painter.setPen(muted)
            painter.drawText(
                QRectF(x0 + 4, 0, max(0.0, x1 - x0 - 6), top - 2),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(name, Qt.TextElideMode.ElideRight, int(max(0.0, x1 - x0 - 6))),
            )
            start += seconds
        # Member labels and a hairline per row.
        for row, (_member_id, alias) in enumerate(self._members):
            y = top + row * row_h
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, label_w - 8, row_h),
                Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(alias, Qt.TextElideMode.ElideRight, int(label_w - 8)),
            )
        # Turns.
        block = look.soft_accent(palette, 0.85)
        for hit, turn in zip(self.hits(), self._turns, strict=True):
            if turn.passed:
                painter.setPen(QPen(muted, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                size = min(hit.rect.width(), hit.rect.height()) - 4
                centre = hit.rect.center()
                painter.drawEllipse(centre, size / 2, size / 2)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(block)
                painter.drawRoundedRect(hit.rect, 2, 2)
        # A time axis every 15 minutes (every 5 for short sessions).
        step = 900 if self._span > 1800 else 300
        painter.setPen(muted)
        tick = 0.0
        while tick <= self._span + 1:
            x = self._x(tick, label_w, plot_w)
            painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + 3))
            minutes = formatting.number(int(tick // 60))
            label = formatting.clock(tick)[:-3] if tick >= 3600 else f"{minutes}′"
            width = fm.horizontalAdvance(label)
            painter.drawText(
                QRectF(
                    min(x - width / 2, self.width() - width), bottom + 3, width + 2, fm.height()
                ),
                Qt.AlignmentFlag.AlignLeft,
                label,
            )
            tick += step


# ================================================================ a member's share per session


@dataclass(frozen=True, slots=True)
class ShareBar:
    session_id: int
    started_at: datetime
    status: str
    share: float
    seconds: float
    turns: int
    passes: int


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
        self._changed()

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


# =============================================================================== trend line


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
    ) -> None:
        self._points = tuple(points)
        self._label = label
        self._format = value_format
        self._ceiling = ceiling
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
                fm.horizontalAdvance(self._format(0.0)),
            )
            + 10
        )
        return QRectF(
            axis_w, fm.height() / 2, self.width() - axis_w - 8, self.height() - fm.height() * 2 - 6
        )

    def _position(self, index: int, value: float) -> QPointF:
        plot = self._plot()
        n = max(1, len(self._points) - 1)
        x = plot.left() + plot.width() * (index / n if len(self._points) > 1 else 0.5)
        y = plot.bottom() - plot.height() * min(1.0, value / self._ceiling)
        return QPointF(x, y)

    def _layout(self) -> list[Hit]:
        plot = self._plot()
        step = plot.width() / max(1, len(self._points))
        hits = []
        for index, point in enumerate(self._points):
            at = self._position(index, point.value)
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
                    self._format(self._ceiling * fraction),
                )
        line = QPainterPath()
        for index, point in enumerate(self._points):
            at = self._position(index, point.value)
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
            painter.drawEllipse(self._position(index, point.value), radius, radius)
        if len(self._points) >= self.AVERAGE_OF:
            trend = QPainterPath()
            for index, value in enumerate(self.moving_average()):
                at = self._position(index, value)
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


# ============================================================================= attendance grid


@dataclass(frozen=True, slots=True)
class GridRow:
    member_id: int
    alias: str
    statuses: tuple[str | None, ...]
    active: bool


class AttendanceGridView(ChartBase):
    """Members × sessions, a lettered, coloured cell per status. Clicking a name (or a
    member's cell) emits `activated(member_id)`; clicking a date emits
    `sessionActivated(session_id)`."""

    # A session's column was clicked: its id.
    sessionActivated = Signal(int)

    CELL_W = 28
    CELL_H = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[tuple[int, datetime], ...] = ()
        self._rows: tuple[GridRow, ...] = ()
        self._session_hits: list[Hit] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Attendance grid"))

    def set_grid(self, columns: Sequence[tuple[int, datetime]], rows: Sequence[GridRow]) -> None:
        self._columns = tuple(columns)
        self._rows = tuple(rows)
        self.setAccessibleDescription(
            self.tr("{members} over {sessions}").format(
                members=look.members(len(self._rows)), sessions=look.sessions(len(self._columns))
            )
        )
        self._changed()
        self.resize(self.sizeHint())

    def clear(self) -> None:
        self.set_grid((), ())

    def rows(self) -> tuple[GridRow, ...]:
        return self._rows

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        return min(170, max((fm.horizontalAdvance(r.alias) for r in self._rows), default=40) + 16)

    def _header_height(self) -> int:
        return self.fontMetrics().height() * 2 + 6

    def sizeHint(self) -> QSize:
        if not self._rows:
            return QSize(300, self.fontMetrics().height() * 2)
        return QSize(
            self._label_width() + len(self._columns) * self.CELL_W + 4,
            self._header_height() + len(self._rows) * self.CELL_H + 4,
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def cell_rect(self, row: int, column: int) -> QRectF:
        return QRectF(
            self._label_width() + column * self.CELL_W + 1,
            self._header_height() + row * self.CELL_H + 1,
            self.CELL_W - 2,
            self.CELL_H - 2,
        )

    def _layout(self) -> list[Hit]:
        hits = []
        label_w = self._label_width()
        header_h = self._header_height()
        for row, grid_row in enumerate(self._rows):
            y = header_h + row * self.CELL_H
            hits.append(
                Hit(
                    QRectF(0, y, label_w, self.CELL_H),
                    self.tr("Open {alias}'s page").format(alias=grid_row.alias),
                    grid_row.member_id,
                )
            )
            for column, status in enumerate(grid_row.statuses):
                when = look.session_date(self._columns[column][1])
                tip = f"{grid_row.alias} · {when}: {look.status_word(status)}"
                hits.append(Hit(self.cell_rect(row, column), tip, grid_row.member_id))
        self._session_hits = [
            Hit(
                QRectF(label_w + column * self.CELL_W, 0, self.CELL_W, header_h),
                self.tr("Open the session of {date}").format(date=look.session_date(started)),
                session_id,
            )
            for column, (session_id, started) in enumerate(self._columns)
        ]
        return hits + self._session_hits

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.hits()
            for hit in self._session_hits:
                if hit.rect.contains(event.position()) and hit.payload is not None:
                    emit(self.sessionActivated, hit.payload)
                    return
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if not self._rows:
            self._paint_empty(painter)
            return
        fm = self.fontMetrics()
        label_w = self._label_width()
        header_h = self._header_height()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = look.muted(palette)
        # Header: the month where it changes (when there is room), then the day.
        previous_month: tuple[int, int] | None = None
        free_x = 0.0
        locale = QLocale()
        for column, (_sid, started) in enumerate(self._columns):
            moment = look.local(started)
            x = label_w + column * self.CELL_W
            month = (moment.year, moment.month)
            if month != previous_month:
                name = locale.monthName(moment.month, QLocale.FormatType.ShortFormat)
                if previous_month is not None and month[0] != previous_month[0]:
                    year = locale.toString(QDate(moment.year, 1, 1), "yyyy")  # no separator
                    name = f"{name} {year}"
                if x >= free_x:
                    painter.setPen(muted)
                    painter.drawText(
                        QRectF(x + 3, 0, fm.horizontalAdvance(name) + 4, fm.height()),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        name,
                    )
                    free_x = x + fm.horizontalAdvance(name) + 10
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
                painter.drawLine(QPointF(x, 2), QPointF(x, header_h - 2))
                previous_month = month
            painter.setPen(text)
            painter.drawText(
                QRectF(x, fm.height() + 2, self.CELL_W, fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                str(moment.day),
            )
        small = painter.font()
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
        small.setBold(True)
        for row, grid_row in enumerate(self._rows):
            y = header_h + row * self.CELL_H
            painter.setFont(self.font())
            painter.setPen(text if grid_row.active else muted)
            painter.drawText(
                QRectF(0, y, label_w - 8, self.CELL_H),
                Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(grid_row.alias, Qt.TextElideMode.ElideRight, label_w - 8),
            )
            painter.setFont(small)
            for column, status in enumerate(grid_row.statuses):
                cell = self.cell_rect(row, column)
                if status is None:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(look.track(palette))
                    painter.drawEllipse(cell.center(), 2, 2)
                    continue
                fill, ink = look.status_colours(status, palette)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                painter.drawRoundedRect(cell, 3, 3)
                painter.setPen(ink)
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, look.status_letter(status))


class StatusLegend(QWidget):
    """The status letters and what they mean, as the cells draw them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Legend"))
        self.setAccessibleDescription(
            "; ".join(f"{look.status_letter(s)}: {look.status_word(s)}" for s in look.STATUSES)
        )

    def _entries(self) -> list[tuple[str, str]]:
        return [(s, look.status_word(s)) for s in look.STATUSES]

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = sum(fm.horizontalAdvance(w) + 48 for _, w in self._entries())
        return QSize(width, fm.height() + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fm = self.fontMetrics()
        x = 0.0
        h = fm.height() + 4
        small = painter.font()
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
        small.setBold(True)
        for status, word in self._entries():
            fill, ink = look.status_colours(status, palette)
            cell = QRectF(x, 2, 26, h - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(cell, 3, 3)
            painter.setFont(small)
            painter.setPen(ink)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, look.status_letter(status))
            painter.setFont(self.font())
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            width = fm.horizontalAdvance(word)
            painter.drawText(
                QRectF(x + 32, 0, width + 4, h + 2), Qt.AlignmentFlag.AlignVCenter, word
            )
            x += 32 + width + 18
