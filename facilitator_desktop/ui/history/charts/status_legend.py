"""The attendance letters and what they mean, drawn as the charts draw them."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator_desktop.ui.history import look


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
