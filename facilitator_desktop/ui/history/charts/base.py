"""What the charts share: geometry worked out once per size, tooltips and clicks answered
from it (see the package's docstring)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.signals import emit


@dataclass(frozen=True, slots=True)
class Hit:
    rect: QRectF
    tip: str
    payload: int | None = None  # what a click opens (a member, session or turn id)


class ChartBase(QWidget):
    """Geometry cache, tooltips and clicks shared by the charts of this package."""

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
