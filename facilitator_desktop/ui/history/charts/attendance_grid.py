"""Members × sessions: a lettered, coloured cell per attendance status."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
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

    # The smallest cell; a larger font widens and heightens it (see `cell_size`).
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

    def letter_font(self) -> QFont:
        """The bold, slightly smaller font of the status letters inside the cells."""
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
        small.setBold(True)
        return small

    def cell_size(self) -> QSize:
        """A cell holds its widest letters ("LE") and a line of text; the columns stay narrow
        enough for half a year on a laptop, so the day numbers may skip (`day_labels`)."""
        letters = QFontMetrics(self.letter_font()).horizontalAdvance("LE") + 8
        return QSize(max(self.CELL_W, letters), max(self.CELL_H, self.fontMetrics().height() + 2))

    def day_labels(self) -> list[tuple[QRectF, str]]:
        """Where each painted day number goes: one under every column while a space fits
        between the widest two, else under every other (or third) column, so the row reads
        evenly. A day left out still answers its column's tooltip and click."""
        fm = self.fontMetrics()
        cell_w = self.cell_size().width()
        days = [str(look.local(started).day) for _sid, started in self._columns]
        widest = max((fm.horizontalAdvance(day) for day in days), default=0)
        stride = max(1, math.ceil((widest + fm.horizontalAdvance(" ")) / cell_w))
        label_w = self._label_width()
        labels = []
        for column in range(0, len(days), stride):
            width = fm.horizontalAdvance(days[column])
            left = label_w + column * cell_w + (cell_w - width) / 2
            labels.append((QRectF(left, fm.height() + 2, width, fm.height()), days[column]))
        return labels

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
            self.resize(self.sizeHint())  # the scroll area does not resize its widget

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        return min(170, max((fm.horizontalAdvance(r.alias) for r in self._rows), default=40) + 16)

    def _header_height(self) -> int:
        return self.fontMetrics().height() * 2 + 6

    def sizeHint(self) -> QSize:
        if not self._rows:
            return QSize(300, self.fontMetrics().height() * 2)
        cell = self.cell_size()
        return QSize(
            self._label_width() + len(self._columns) * cell.width() + 4,
            self._header_height() + len(self._rows) * cell.height() + 4,
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def cell_rect(self, row: int, column: int) -> QRectF:
        cell = self.cell_size()
        return QRectF(
            self._label_width() + column * cell.width() + 1,
            self._header_height() + row * cell.height() + 1,
            cell.width() - 2,
            cell.height() - 2,
        )

    def _layout(self) -> list[Hit]:
        hits = []
        label_w = self._label_width()
        header_h = self._header_height()
        cell = self.cell_size()
        for row, grid_row in enumerate(self._rows):
            y = header_h + row * cell.height()
            hits.append(
                Hit(
                    QRectF(0, y, label_w, cell.height()),
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
                QRectF(label_w + column * cell.width(), 0, cell.width(), header_h),
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
        cell_w, cell_h = self.cell_size().width(), self.cell_size().height()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = look.muted(palette)
        # Header: the month where it changes (when there is room), then the day.
        previous_month: tuple[int, int] | None = None
        free_x = 0.0
        locale = QLocale()
        for column, (_sid, started) in enumerate(self._columns):
            moment = look.local(started)
            x = label_w + column * cell_w
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
        for rect, day in self.day_labels():
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, day)
        small = self.letter_font()
        for row, grid_row in enumerate(self._rows):
            y = header_h + row * cell_h
            painter.setFont(self.font())
            painter.setPen(text if grid_row.active else muted)
            painter.drawText(
                QRectF(0, y, label_w - 8, cell_h),
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
