"""The room's controls as Tab stops that never take a key meant for the room.

Every button and box of the Session page is reached with Tab (a keyboard or screen-reader
user has no other way to them), but a click does not move the focus there: after a click
the focus stays where it was, so Space and the letter keys keep their in-room meaning and a
stray Enter never presses the button clicked last.

On a control reached with Tab, Enter presses it. Space stays the room's start/pause (it is
a shortcut of the page, which Qt delivers before the focused button sees the key), so a
button never turns Space into "press me" while the facilitator means the timer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class EnterPresses(QObject):
    """Enter (without modifiers) on the watched button clicks it, as Space would elsewhere."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QAbstractButton)
            and event.key() in ENTER_KEYS
            and event.modifiers() in PLAIN
        ):
            if watched.isEnabled() and not event.isAutoRepeat():
                watched.click()
            return True
        return False


def room_tab_stop(widget: QWidget) -> None:
    """`widget` is reached with Tab only (see the module's note); a button also takes Enter."""
    widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    if isinstance(widget, QAbstractButton) and widget.findChild(EnterPresses) is None:
        widget.installEventFilter(EnterPresses(widget))
