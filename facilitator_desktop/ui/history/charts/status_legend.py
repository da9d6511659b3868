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

#: An entry: its letter cell and the gap to its word, the word, the gap to the next entry.
ENTRY_LEAD = 32
ENTRY_GAP = 18


class StatusLegend(QWidget):
    """The status letters and what they mean, as the cells draw them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Entries flow onto more rows when narrow (large type), so its height follows width.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Legend"))
        self.setAccessibleDescription(
            "; ".join(f"{look.status_letter(s)}: {look.status_word(s)}" for s in look.STATUSES)
        )

    def _entries(self) -> list[tuple[str, str]]:
        return [(s, look.status_word(s)) for s in look.STATUSES]

    def _entry_width(self, word: str) -> int:
        return ENTRY_LEAD + self.fontMetrics().horizontalAdvance(word) + ENTRY_GAP

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _places(self, width: int) -> list[tuple[int, int]]:
        """Where each entry starts: along a row while it fits, then on the next row."""
        places, x, y = [], 0, 0
        for _, word in self._entries():
            wide = self._entry_width(word)
            if x > 0 and x + wide - ENTRY_GAP > width:
                x, y = 0, y + self._row_height()
            places.append((x, y))
            x += wide
        return places

    def sizeHint(self) -> QSize:
        width = sum(self._entry_width(w) for _, w in self._entries()) - ENTRY_GAP
        return QSize(width, self._row_height())

    def minimumSizeHint(self) -> QSize:
        widest = max(self._entry_width(w) for _, w in self._entries()) - ENTRY_GAP
        return QSize(widest, self._row_height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(y for _, y in self._places(width)) + self._row_height()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fm = self.fontMetrics()
        h = fm.height() + 4
        small = painter.font()
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.85))
        small.setBold(True)
        for (status, word), (x, y) in zip(self._entries(), self._places(self.width()), strict=True):
            fill, ink = look.status_colours(status, palette)
            cell = QRectF(x, y + 2, 26, h - 2)
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
                QRectF(x + 32, y, width + 4, h + 2), Qt.AlignmentFlag.AlignVCenter, word
            )
