"""Who came to one session: a status chip, the alias and when they came or left."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.history.charts.base import ChartBase, Hit


@dataclass(frozen=True, slots=True)
class AttendanceEntry:
    member_id: int
    alias: str
    status: str
    detail: str
    corrected: bool


class AttendanceList(ChartBase):
    """Who came: a lettered status chip, the alias, and details ("came 18:42"). A member
    whose status was corrected carries a ✎. Clicking a line emits `activated(member_id)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[AttendanceEntry, ...] = ()
        self.setAccessibleName(self.tr("Attendance"))

    def set_entries(self, entries: Sequence[AttendanceEntry]) -> None:
        self._entries = tuple(entries)
        self.setAccessibleDescription(
            "; ".join(f"{e.alias}: {look.status_word(e.status)}" for e in self._entries)
        )
        self._changed()

    def entries(self) -> tuple[AttendanceEntry, ...]:
        return self._entries

    def _row_h(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        return QSize(280, max(1, len(self._entries)) * self._row_h())

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _layout(self) -> list[Hit]:
        row_h = self._row_h()
        hits = []
        for index, entry in enumerate(self._entries):
            tip = f"{entry.alias}: {look.status_word(entry.status)}"
            if entry.corrected:
                tip += "\n" + self.tr("Corrected afterwards.")
            tip += "\n" + self.tr("Click to open their page.")
            hits.append(Hit(QRectF(0, index * row_h, self.width(), row_h), tip, entry.member_id))
        return hits

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if not self._entries:
            self._paint_empty(painter)
            return
        fm = self.fontMetrics()
        row_h = self._row_h()
        small = painter.font()
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
        small.setBold(True)
        text = palette.color(QPalette.ColorRole.WindowText)
        for index, entry in enumerate(self._entries):
            top = index * row_h
            fill, ink = look.status_colours(entry.status, palette)
            chip = QRectF(0, top + 3, 28, row_h - 6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, 3, 3)
            painter.setFont(small)
            painter.setPen(ink)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, look.status_letter(entry.status))
            painter.setFont(self.font())
            painter.setPen(text)
            alias = f"{entry.alias} ✎" if entry.corrected else entry.alias
            alias_w = fm.horizontalAdvance(alias)
            painter.drawText(
                QRectF(38, top, alias_w + 2, row_h), Qt.AlignmentFlag.AlignVCenter, alias
            )
            rest = look.status_short(entry.status)
            if entry.detail:
                rest += f" · {entry.detail}"
            painter.setPen(look.muted(palette))
            x = 38 + alias_w + 10
            painter.drawText(
                QRectF(x, top, max(0.0, self.width() - x), row_h),
                Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(rest, Qt.TextElideMode.ElideRight, int(max(0, self.width() - x))),
            )
