"""The agenda editor's rows: a segment's name and its controls on one line when they fit,
else the name across the width with the controls under it.

A layout rather than a switch on resize: it answers `heightForWidth`, so a form knows the
height a width costs before it lays out, and a row that stacks never leaves the rows around
it squeezed (a resize handler that re-arranged a grid did, in a scroll area at 16 pt).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem

H_SPACING = 6
V_SPACING = 4
# Between stacked segments: more than between a name and its controls, so each pair reads
# as one.
STACKED_GAP = 12


class SegmentRowsLayout(QLayout):
    """Column titles over rows of (name, control, control, …). One line: the name takes
    what the controls leave; stacked: the name spans the width, the controls sit under its
    right end in the columns the titles head."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self._headers: list[QLayoutItem] = []
        self._rows: list[list[QLayoutItem]] = []

    # --- filling -----------------------------------------------------------------------------

    def set_headers(self, widgets: list[QWidget]) -> None:
        """The first title heads the names, the others the controls' first columns."""
        self._headers = [self._adopt(widget) for widget in widgets]
        self.invalidate()

    def add_row(self, widgets: list[QWidget]) -> None:
        self._rows.append([self._adopt(widget) for widget in widgets])
        self.invalidate()

    def clear_rows(self) -> None:
        self._rows = []
        self.invalidate()

    def is_stacked(self) -> bool:
        return self._stacked_at(self.geometry().width())

    def _adopt(self, widget: QWidget) -> QLayoutItem:
        self.addChildWidget(widget)
        return QWidgetItem(widget)

    # --- QLayout -------------------------------------------------------------------------------

    def _items(self) -> list[QLayoutItem]:
        return [*self._headers, *(item for row in self._rows for item in row)]

    def addItem(self, item: QLayoutItem) -> None:
        # Only set_headers/add_row fill this layout: a stray item joins no row.
        raise TypeError("SegmentRowsLayout takes widgets through set_headers and add_row")

    def count(self) -> int:
        return len(self._items())

    def itemAt(self, index: int) -> QLayoutItem | None:
        items = self._items()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        item = self.itemAt(index)
        if item is None:
            return None
        if item in self._headers:
            self._headers.remove(item)
        else:  # a row's widget went away: the row goes with it (the editor rebuilds all)
            self._rows = [row for row in self._rows if item not in row]
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(self._stacked_at(width))

    def minimumSize(self) -> QSize:
        # As narrow as stacked rows; the height a wide one-line layout needs (a width
        # narrower than one line costs more, which heightForWidth tells).
        return QSize(self._stacked_width(), self._height(stacked=False))

    def sizeHint(self) -> QSize:
        return QSize(self._one_line_width(), self._height(stacked=False))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        stacked = self._stacked_at(rect.width())
        columns = self._control_columns()
        controls = self._controls_width()
        left = rect.right() + 1 - controls if stacked else rect.left()
        name_width = rect.width() if stacked else max(0, rect.width() - H_SPACING - controls)
        if not stacked:
            left += name_width + H_SPACING
        xs = []
        for width in columns:
            xs.append(left)
            left += width + H_SPACING

        y = rect.top()
        header_h = self._header_height()
        # Stacked in less room than the names' title and the controls side by side: the
        # controls' titles would run into it, and the controls say what they hold.
        crowded = stacked and rect.width() < self._titled_stacked_width()
        for index, item in enumerate(self._headers):
            if index == 0:
                x, width = rect.left(), item.sizeHint().width() if stacked else name_width
            elif index - 1 < len(columns):
                x, width = xs[index - 1], columns[index - 1]
                title = item.widget()
                if title is not None and title.isHidden() != crowded:
                    title.setHidden(crowded)
            else:
                continue
            item.setGeometry(QRect(x, y, width, header_h))
        y += header_h
        name_h, controls_h = self._name_height(), self._controls_height()
        for row in self._rows:
            y += STACKED_GAP if stacked and row is not self._rows[0] else V_SPACING
            name, rest = row[0], row[1:]
            line_h = name_h if stacked else max(name_h, controls_h)
            name.setGeometry(QRect(rect.left(), y + (line_h - name_h) // 2, name_width, name_h))
            if stacked:
                y += name_h + V_SPACING
                line_h = controls_h
            for item, x, width in zip(rest, xs, columns, strict=False):
                item_h = min(line_h, item.sizeHint().height())
                item.setGeometry(QRect(x, y + (line_h - item_h) // 2, width, item_h))
            y += line_h

    # --- measures ------------------------------------------------------------------------------

    def _control_columns(self) -> list[int]:
        """Each control column as wide as its widest control and its title."""
        count = max((len(row) - 1 for row in self._rows), default=0)
        widths = [0] * count
        for row in self._rows:
            for column, item in enumerate(row[1:]):
                widths[column] = max(widths[column], item.sizeHint().width())
        for column, item in enumerate(self._headers[1:]):
            if column < count:
                widths[column] = max(widths[column], item.sizeHint().width())
        return widths

    def _controls_width(self) -> int:
        columns = self._control_columns()
        return sum(columns) + H_SPACING * max(0, len(columns) - 1)

    def _name_min_width(self) -> int:
        names = [row[0].minimumSize().width() for row in self._rows]
        title = self._headers[0].sizeHint().width() if self._headers else 0
        return max([title, *names])

    def _one_line_width(self) -> int:
        controls = self._controls_width()
        return self._name_min_width() + (H_SPACING + controls if controls else 0)

    def _stacked_width(self) -> int:
        return max(self._name_min_width(), self._controls_width())

    def _titled_stacked_width(self) -> int:
        title = self._headers[0].sizeHint().width() + H_SPACING if self._headers else 0
        return title + self._controls_width()

    def _stacked_at(self, width: int) -> bool:
        return bool(self._rows) and width < self._one_line_width()

    def _header_height(self) -> int:
        return max((item.sizeHint().height() for item in self._headers), default=0)

    def _name_height(self) -> int:
        return max((row[0].sizeHint().height() for row in self._rows), default=0)

    def _controls_height(self) -> int:
        return max((item.sizeHint().height() for row in self._rows for item in row[1:]), default=0)

    def _height(self, stacked: bool) -> int:
        name_h, controls_h = self._name_height(), self._controls_height()
        if not self._rows:
            return self._header_height()
        row_h = name_h + V_SPACING + controls_h if stacked else max(name_h, controls_h)
        gaps = V_SPACING + (len(self._rows) - 1) * (STACKED_GAP if stacked else V_SPACING)
        return self._header_height() + len(self._rows) * row_h + gaps
