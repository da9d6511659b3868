"""A widget in a scroll area of its own, for large type.

At a 16 pt application font (or 150 % text scaling) a page or a dialog can need more room
than a 1280×800 laptop has. In a scroll area it scrolls instead of pushing its window past
the screen (where what is past the edge is lost); at the usual sizes everything fits and no
scroll bar shows. The area is a frame around the widget only: it takes no focus and paints
the window's colour, and focus moving to a control out of view scrolls it into view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget


class _Holder(QWidget):
    """Gives its widget all of its own size and asks no more than its minimum.

    A scroll area asks a widget whose layout wraps text for its height at the width there
    is, which is the preferred height, not the least: a page that fitted before would then
    scroll by the few pixels its lists could have given up. Through the holder, it scrolls
    only below the page's minimum, where the window would have clipped it (see
    heightForWidth).
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget = widget
        widget.setParent(self)
        widget.installEventFilter(self)
        # Without a layout of its own, this is how the area knows to ask heightForWidth.
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.widget.minimumSizeHint().expandedTo(self.widget.minimumSize())

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.widget.sizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        layout = self.widget.layout()
        return layout is not None and layout.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """Its minimum while that fits the area, so the page's layouts share the room as
        they would in the window; once it does not (large type), the height the page would
        like at `width`: it scrolls anyway, and then no wrapped label is squeezed."""
        least = self.minimumSizeHint().height()
        layout = self.widget.layout()
        viewport = self.parentWidget()
        if layout is None or viewport is None or least <= viewport.height():
            return least
        return max(least, layout.totalHeightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.widget.setGeometry(self.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # its minimum may have changed: the area asks again
        return False


class _Column(QScrollArea):
    """Scrolls vertically only: never narrower than what it holds needs (its window keeps
    that width), as tall as the window lets it be."""

    def _width_needed(self) -> int:
        content = self.widget()
        if content is None:
            return 0
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        margins = self.contentsMargins()
        return content.minimumSizeHint().width() + bar + margins.left() + margins.right()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._width_needed()), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._width_needed()), hint.height())


def scrolled(
    widget: QWidget, parent: QWidget | None = None, *, by_minimum: bool = True
) -> QScrollArea:
    """`widget` in a scroll area. `by_minimum`: it scrolls only below the widget's minimum
    (a page of panels, see _Holder); otherwise a column of wrapped text that scrolls
    vertically below the height its width needs and is never narrower than its minimum (a
    dialog of settings, see _Column)."""
    area = QScrollArea(parent) if by_minimum else _Column(parent)
    area.setObjectName(f"{widget.objectName() or 'content'}_scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidgetResizable(True)
    area.setBackgroundRole(QPalette.ColorRole.Window)
    area.viewport().setBackgroundRole(QPalette.ColorRole.Window)
    if by_minimum:
        area.setWidget(_Holder(widget))
    else:
        area.setWidget(widget)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def open_to_content(window: QWidget, area: QScrollArea) -> None:
    """Make `window` as tall as what `area` holds needs at its width, up to the screen's
    height (below that it scrolls). For a window just shown."""
    content = area.widget()
    layout = window.layout()
    if content is None or layout is None:
        return
    layout.activate()
    width = area.viewport().width()
    inner = content.layout()
    wanted = (
        inner.totalHeightForWidth(width)
        if inner is not None and inner.hasHeightForWidth()
        else content.sizeHint().height()
    )
    height = window.height() - area.viewport().height() + wanted
    screen = window.screen()
    if screen is not None:
        frame = window.frameGeometry().height() - window.height()
        height = min(height, screen.availableGeometry().height() - frame)
    if height > window.height():
        window.resize(window.width(), height)


def scrolled_content(widget: QWidget | None) -> QWidget | None:
    """What `widget` shows: the widget in it when it is a scroll area made here."""
    if isinstance(widget, QScrollArea):
        holder = widget.widget()
        return holder.widget if isinstance(holder, _Holder) else holder
    return widget


def scroll_area_of(widget: QWidget) -> QWidget:
    """The scroll area made here that holds `widget` (`widget` itself when none does)."""
    holder = widget.parentWidget()
    viewport = holder.parentWidget() if isinstance(holder, _Holder) else None
    area = viewport.parentWidget() if viewport is not None else None
    if isinstance(area, QScrollArea) and area.widget() is holder:
        return area
    return widget
