"""A member's last attendance marks as small lettered chips in a list cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from facilitator_desktop.ui.history import look

# The cell's marks, oldest first: a tuple of statuses (None: not in the group then).
RECENT_ROLE = Qt.ItemDataRole.UserRole + 2


class RecentDelegate(QStyledItemDelegate):
    """Draws RECENT_ROLE as chips, `count` of them at most."""

    CHIP_W = 22

    def __init__(self, count: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.count = count

    def width(self) -> int:
        """Room for every chip."""
        return self.count * self.CHIP_W + 8

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # selection and hover backgrounds, as in the other columns
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        statuses = index.data(RECENT_ROLE)
        if not statuses:
            return
        palette = opt.palette
        rect = opt.rect
        font = QFont(opt.font)
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
        font.setBold(True)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        height = min(rect.height() - 8, 20)
        top = rect.top() + (rect.height() - height) / 2
        for i, status in enumerate(statuses):
            chip = QRectF(rect.left() + 4 + i * self.CHIP_W, top, self.CHIP_W - 3, height)
            if status is None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(look.track(palette))
                painter.drawEllipse(chip.center(), 2, 2)
                continue
            fill, ink = look.status_colours(status, palette)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, 3, 3)
            painter.setPen(ink)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, look.status_letter(status))
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(self.width(), size.height() + 10)
