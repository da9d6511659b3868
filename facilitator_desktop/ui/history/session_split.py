"""The Sessions tab's two panes: the list of past sessions and the chosen session.

The list gets the width its table needs (every date and column title whole) and the
chosen session the rest. When both cannot sit side by side (a large font on a laptop), the
list goes above the session instead, so neither pane scrolls sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QStyle, QTableView, QWidget

#: Stacked, the list keeps this share of the height: a few sessions to choose from.
LIST_SHARE_STACKED = 0.4


def table_width(table: QTableView) -> int:
    """The width showing every column title and loaded cell whole, with the vertical
    scroll bar a long history brings and the frame."""
    header = table.horizontalHeader()
    columns = sum(
        max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
        for column in range(header.count())
        if not header.isSectionHidden(column)
    )
    bar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
    return columns + bar + 2 * table.frameWidth()


def pane_width(pane: QWidget) -> int:
    """The narrowest a pane that scrolls its content down can be without scrolling it
    sideways: its content's minimum, the vertical scroll bar and the frame."""
    area = pane if isinstance(pane, QScrollArea) else pane.findChild(QScrollArea)
    content_widget = area.widget() if area is not None else None
    if area is None or content_widget is None:
        return pane.minimumSizeHint().width()
    bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, area)
    content = content_widget.minimumSizeHint().width()
    layout = pane.layout() if area is not pane else None
    margins = layout.contentsMargins() if layout is not None else None
    outside = margins.left() + margins.right() if margins is not None else 0
    return content + bar + 2 * area.frameWidth() + outside


class SessionSplit(QSplitter):
    """Side by side when there is room for both, the list sized from its table; else
    stacked. Re-arranged when the width, the font or the rows change."""

    def __init__(
        self, list_panel: QWidget, table: QTableView, session: QWidget, parent: QWidget
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._table = table
        self._session = session
        self.addWidget(list_panel)
        self.addWidget(session)
        self.setChildrenCollapsible(False)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        # Coalesced: a page of rows, a font change and a resize arrange once.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.arrange)
        model = table.model()
        model.modelReset.connect(self._pending.start)
        model.rowsInserted.connect(self._pending.start)
        area = session.findChild(QScrollArea)
        content = area.widget() if area is not None else None
        self._content: QWidget = content if content is not None else session
        self._content.installEventFilter(self)
        self._arranged_for: tuple[int, int, int, int] | None = None

    def list_width(self) -> int:
        return table_width(self._table)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The chosen session's content changed its minimum (another session, the font).
        if watched is self._content and event.type() == QEvent.Type.LayoutRequest:
            self._pending.start()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._pending.start()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arranged_for = None
            self._pending.start()

    @Slot()
    def arrange(self) -> None:
        if self.width() <= 0:
            return
        wanted, needed = self.list_width(), pane_width(self._session)
        key = (wanted, needed, self.width(), self.height())
        if key == self._arranged_for:
            return  # the user's own dragging stays until something changes
        self._arranged_for = key
        room = self.width() - self.handleWidth()
        if wanted + needed <= room:
            self.setOrientation(Qt.Orientation.Horizontal)
            self.setSizes([wanted, room - wanted])
        else:
            self.setOrientation(Qt.Orientation.Vertical)
            high = self.height() - self.handleWidth()
            above = round(high * LIST_SHARE_STACKED)
            self.setSizes([above, high - above])
