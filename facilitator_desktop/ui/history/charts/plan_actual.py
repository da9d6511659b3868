"""Planned against actual time, one row per segment of a session."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.history.charts.base import ChartBase, Hit


def _row_height(metrics: QFontMetrics, padding: int = 8) -> int:
    return metrics.height() + padding


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
