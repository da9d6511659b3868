"""Turning the key table (keys.py) into QShortcuts on a window, connected to the page.

Every shortcut goes through the page's ``on_shortcut`` / ``on_digit``, which read the
binding or digit from the shortcut's property: one place decides whether a key acts (not
while a text field has the focus) and how it combines with a number being typed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from facilitator_desktop.ui.runner.keys import BINDINGS, DIGITS, Binding

BINDING_PROPERTY = "binding"
DIGIT_PROPERTY = "digit"


def shortcut(parent: QWidget, keys: tuple[str, ...], context: Qt.ShortcutContext) -> QShortcut:
    made = QShortcut(parent)
    made.setKeys([QKeySequence(key) for key in keys])
    made.setContext(context)
    made.setAutoRepeat(False)
    return made


def install(
    parent: QWidget,
    target: QObject,
    *,
    wanted: tuple[Binding, ...],
    context: Qt.ShortcutContext,
    digits: bool,
) -> list[QShortcut]:
    """One shortcut per binding, calling ``target.on_shortcut`` (which reads the binding's
    action from the sender's property), and 0–9 calling ``target.on_digit``."""
    made = []
    for binding in wanted:
        item = shortcut(parent, binding.keys, context)
        item.setProperty(BINDING_PROPERTY, binding.action)
        item.activated.connect(getattr(target, "on_shortcut"))  # noqa: B009
        made.append(item)
    if digits:
        for digit in DIGITS:
            item = shortcut(parent, (str(digit),), context)
            item.setProperty(DIGIT_PROPERTY, digit)
            item.activated.connect(getattr(target, "on_digit"))  # noqa: B009
            made.append(item)
    return made


def page_bindings() -> tuple[Binding, ...]:
    return tuple(b for b in BINDINGS if not b.global_key)


def global_bindings() -> tuple[Binding, ...]:
    return tuple(b for b in BINDINGS if b.global_key)


def room_bindings() -> tuple[Binding, ...]:
    """Everything that also works on the room display window (B and F11 included: while
    the main window is up they are app-wide shortcuts of it, so the room's own copies are
    switched off then, see RoomControl)."""
    return tuple(b for b in BINDINGS if b.room)
