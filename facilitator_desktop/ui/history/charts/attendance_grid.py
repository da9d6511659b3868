"""Members × sessions: a lettered, coloured cell per attendance status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.history.charts.base import ChartBase, Hit
from facilitator_desktop.ui.signals import emit


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
                    painter.setBrush(look.cell_edge(palette))
                    painter.drawEllipse(cell.center(), 2, 2)
                    continue
                fill, ink = look.status_colours(status, palette)
                painter.setPen(QPen(look.cell_edge(palette), 1))
                painter.setBrush(fill)
                painter.drawRoundedRect(QRectF(cell).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
                painter.setPen(ink)
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, look.status_letter(status))
