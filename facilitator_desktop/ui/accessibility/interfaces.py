"""Accessible interfaces for widgets that paint their own text, so a screen reader reads
what they show instead of an empty "filler".

- :class:`~facilitator_desktop.ui.widgets.live_text.LiveText` (the countdown, the session
  and speaking times, the room display's time) reads as static text whose name is the text
  shown; its description says what it is ("Time left in this segment"). Nothing is posted
  when the text changes: a screen reader asks when it reads, so a second that passes costs
  assistive technology nothing (what is worth hearing is announced, see announce.py).
- A painted list (the airtime bars) reads as a list with one item per row; the widget says
  what each row reads and which row is current (:class:`PaintedList`).

Qt returns null for "no child", "no focus" and "no object"; where PySide's stubs say
otherwise, the override is marked.

Qt asks a factory for a widget's interface the first time assistive technology (or a test)
looks at it; :func:`expose` installs the factory once, before the widget can be looked at.
"""

from __future__ import annotations

import atexit
import weakref
from typing import Any, Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from facilitator_desktop.ui.widgets.live_text import LiveText

Text = QAccessible.Text


@runtime_checkable
class PaintedList(Protocol):
    """A widget that paints rows and tells assistive technology about them."""

    def accessible_rows(self) -> tuple[str, ...]:
        """What each row reads, in order."""
        ...

    def current_row(self) -> int:
        """The row the keyboard is on (-1: none)."""
        ...

    def row_rect(self, row: int) -> QRect:
        """Where row `row` is drawn, in the widget's coordinates."""
        ...


class _Factory:
    installed = False
    #: Every interface made here that Qt may still hold (see _forget_at_exit).
    made: weakref.WeakSet[QAccessibleInterface] = weakref.WeakSet()


def _made(interface: QAccessibleInterface) -> None:
    _Factory.made.add(interface)


def _forget_at_exit() -> None:
    """Take the interfaces made in Python out of Qt's registry while Python still runs.
    Qt deletes what is left there when the application object goes, after Python's objects
    are gone: with a screen reader on, that crashed the app on every quit."""
    for interface in list(_Factory.made):
        if shiboken6.isValid(interface):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))
    _Factory.made.clear()


def expose(widget: QWidget) -> QWidget:
    """Make sure Qt asks this module for `widget`'s interface (call it before the widget is
    shown or named: Qt keeps the first interface it makes for a widget, and while a screen
    reader listens, setAccessibleName already makes one)."""
    if not _Factory.installed:
        QAccessible.installFactory(_interface_for)
        # Registered after PySide's own clean-up, so it runs before the application goes.
        atexit.register(_forget_at_exit)
        _Factory.installed = True
    return widget


def _interface_for(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    interface: QAccessibleInterface | None = None
    if isinstance(obj, LiveText):
        interface = LiveTextInterface(obj)
    elif isinstance(obj, QWidget) and isinstance(obj, PaintedList):
        interface = PaintedListInterface(obj)
    if interface is not None:
        _made(interface)
    return interface


class LiveTextInterface(QAccessibleWidget):
    """Static text: the name is what is shown (its accessible name while it shows nothing),
    the description what it is."""

    def __init__(self, widget: LiveText) -> None:
        super().__init__(widget, QAccessible.Role.StaticText)
        self._widget = widget

    def text(self, kind: QAccessible.Text) -> str:
        widget = self._widget
        shown = widget.text()
        if kind == Text.Name:
            return shown or widget.accessibleName()
        if kind == Text.Value:
            return shown
        if kind == Text.Description:
            parts = [widget.accessibleName() if shown else "", widget.accessibleDescription()]
            return " · ".join(part for part in parts if part)
        return str(super().text(kind))


class PaintedListInterface(QAccessibleWidget):
    """A list whose items are the widget's rows."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.List)
        self._widget = widget
        # One interface per row index, kept for the widget's life: assistive technology
        # holds on to the items it was given, so they are never deleted under it. With the
        # widget they leave Qt's registry too, so no id outlives its item.
        self._rows: dict[int, PaintedRowInterface] = {}
        rows = self._rows

        def forget_rows() -> None:
            for row in rows.values():
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(row))
            rows.clear()

        widget.destroyed.connect(forget_rows)

    def painted(self) -> PaintedList:
        widget = self._widget
        assert isinstance(widget, PaintedList)
        return widget

    def childCount(self) -> int:  # noqa: N802 - Qt's name
        return len(self.painted().accessible_rows())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        if not 0 <= index < self.childCount():
            return None
        row = self._rows.get(index)
        if row is None:
            row = self._rows[index] = PaintedRowInterface(self, index)
            _made(row)
        return row

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        for index, row in self._rows.items():
            if row is child or (isinstance(child, PaintedRowInterface) and child.row == index):
                return index if index < self.childCount() else -1
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        if not self._widget.hasFocus():
            return None
        return self.child(self.painted().current_row())

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        point = self._widget.mapFromGlobal(QPoint(x, y))
        painted = self.painted()
        for index in range(self.childCount()):
            if painted.row_rect(index).contains(point):
                return self.child(index)
        return None

    def row_text(self, index: int) -> str:
        rows = self.painted().accessible_rows()
        return rows[index] if 0 <= index < len(rows) else ""

    def row_rect(self, index: int) -> QRect:
        local = self.painted().row_rect(index)
        return QRect(self._widget.mapToGlobal(local.topLeft()), local.size())

    def row_state(self, index: int) -> QAccessible.State:
        state = QAccessible.State()
        state.selectable = True
        state.focusable = True
        if index == self.painted().current_row():
            state.selected = True
            state.focused = self._widget.hasFocus()
        if not self._widget.isVisible():
            state.invisible = True
        return state

    def widget_window(self) -> QWindow | None:
        return self._widget.window().windowHandle()


class PaintedRowInterface(QAccessibleInterface):
    """One row of a painted list: a list item that reads the row's words."""

    def __init__(self, owner: PaintedListInterface, row: int) -> None:
        super().__init__()
        self._owner = owner
        self.row = row

    def isValid(self) -> bool:  # noqa: N802
        return self._owner.isValid() and self.row < self._owner.childCount()

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._owner.widget_window()

    def relations(self, _match: Any = None) -> list[Any]:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return None

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return None

    def parent(self) -> QAccessibleInterface:
        return self._owner

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:  # noqa: N802
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:  # noqa: N802
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        return self._owner.row_text(self.row) if kind == Text.Name else ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:  # noqa: N802
        return None

    def rect(self) -> QRect:
        return self._owner.row_rect(self.row)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        return self._owner.row_state(self.row)


def row_focused(widget: QWidget, row: int) -> None:
    """Tell assistive technology that the keyboard moved to `row` of a painted list."""
    if not widget.hasFocus():
        return
    interface = QAccessible.queryAccessibleInterface(widget)
    child = interface.child(row) if interface is not None else None
    if child is not None:
        QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.Focus))
