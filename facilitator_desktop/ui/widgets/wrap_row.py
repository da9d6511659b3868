"""A row of groups that wraps: each group keeps its parts together, and a group that does
not fit beside the ones before it starts a line of its own.

For a form field made of parts ("0 to 10   asked: [question]") that fits one line at the
usual font and needs two at a large one. It answers `heightForWidth`, so the form it sits
in gives a wrapped row its height before laying out.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class WrapRowLayout(QLayout):
    """Groups (widgets or layouts) left to right; a group that stretches takes what its
    line leaves, and the least a group takes is its minimum width (its preferred width when
    it does not stretch)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self._gap = spacing
        self._items: list[QLayoutItem] = []
        self._stretches: list[bool] = []

    def add_group(self, group: QLayout | QWidget, *, stretch: bool = False) -> None:
        if isinstance(group, QLayout):
            self.addChildLayout(group)
            item: QLayoutItem = group
        else:
            self.addChildWidget(group)
            item = QWidgetItem(group)
        self._items.append(item)
        self._stretches.append(stretch)
        self.invalidate()

    # --- QLayout -------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._stretches.append(False)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        del self._stretches[index]
        item = self._items.pop(index)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lines = self._lines(width)
        heights = [self._line_height(line) for line in lines]
        return sum(heights) + self._gap // 2 * max(0, len(lines) - 1)

    def minimumSize(self) -> QSize:
        least = max((self._least(index) for index in self._shown()), default=0)
        return QSize(least, self.heightForWidth(self.sizeHint().width()))

    def sizeHint(self) -> QSize:
        shown = self._shown()
        width = sum(self._items[index].sizeHint().width() for index in shown)
        width += self._gap * max(0, len(shown) - 1)
        return QSize(width, self._line_height(shown))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        y = rect.top()
        for line in self._lines(rect.width()):
            height = self._line_height(line)
            widths = [self._least(index) for index in line]
            spare = rect.width() - sum(widths) - self._gap * (len(line) - 1)
            stretching = [n for n, index in enumerate(line) if self._stretches[index]]
            for n in stretching:  # the spare room shared out among the stretching groups
                widths[n] += spare // len(stretching)
            x = rect.left()
            for index, width in zip(line, widths, strict=True):
                self._items[index].setGeometry(QRect(x, y, width, height))
                x += width + self._gap
            y += height + self._gap // 2

    # --- measures ------------------------------------------------------------------------------

    def _shown(self) -> list[int]:
        return [index for index, item in enumerate(self._items) if not item.isEmpty()]

    def _least(self, index: int) -> int:
        item = self._items[index]
        return item.minimumSize().width() if self._stretches[index] else item.sizeHint().width()

    def _lines(self, width: int) -> list[list[int]]:
        lines: list[list[int]] = []
        used = 0
        for index in self._shown():
            least = self._least(index)
            if lines and used + self._gap + least <= width:
                lines[-1].append(index)
                used += self._gap + least
            else:
                lines.append([index])
                used = least
        return lines

    def _line_height(self, line: list[int]) -> int:
        return max((self._items[index].sizeHint().height() for index in line), default=0)
