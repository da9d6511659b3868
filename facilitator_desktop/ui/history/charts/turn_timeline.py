"""Who spoke when in one session: a row per member, a block per turn."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.history.charts.base import ChartBase, Hit


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
