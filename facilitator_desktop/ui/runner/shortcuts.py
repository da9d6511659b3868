"""Turning the key table (keys.py) into QShortcuts on a window.

Every shortcut hands its binding (or its digit) to one :class:`KeyInput`, the page's key
router: one place decides whether a key acts (not while a text field has the focus) and how
it combines with a number being typed.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from facilitator_desktop.ui.runner.keys import BINDINGS, DIGITS, Binding
from facilitator_desktop.ui.signals import emit


class KeyInput(Protocol):
    """Where the shortcuts' keys go (key_router.KeyRouter)."""

    def press(self, binding: Binding) -> None: ...
    def digit(self, digit: int) -> None: ...


def _configured(item: QShortcut, keys: tuple[str, ...], context: Qt.ShortcutContext) -> None:
    item.setKeys([QKeySequence(key) for key in keys])
    item.setContext(context)
    item.setAutoRepeat(False)


class BindingShortcut(QShortcut):
    """The keys of one binding; `pressed` carries the binding itself."""

    pressed = Signal(object)

    def __init__(self, parent: QWidget, binding: Binding, context: Qt.ShortcutContext) -> None:
        super().__init__(parent)
        self.binding = binding
        _configured(self, binding.keys, context)
        self.activated.connect(self._on_activated)

    @Slot()
    def _on_activated(self) -> None:
        emit(self.pressed, self.binding)


class DigitShortcut(QShortcut):
    """One number key; `typed` carries its digit."""

    typed = Signal(int)

    def __init__(self, parent: QWidget, digit: int, context: Qt.ShortcutContext) -> None:
        super().__init__(parent)
        self.digit = digit
        _configured(self, (str(digit),), context)
        self.activated.connect(self._on_activated)

    @Slot()
    def _on_activated(self) -> None:
        emit(self.typed, self.digit)


def install(
    parent: QWidget,
    keys: KeyInput,
    *,
    wanted: tuple[Binding, ...],
    context: Qt.ShortcutContext,
    digits: bool,
) -> list[QShortcut]:
    """One shortcut per binding, and 0–9 when `digits`, all handing their key to `keys`."""
    made: list[QShortcut] = []
    for binding in wanted:
        item = BindingShortcut(parent, binding, context)
        item.pressed.connect(keys.press)
        made.append(item)
    if digits:
        for digit in DIGITS:
            number = DigitShortcut(parent, digit, context)
            number.typed.connect(keys.digit)
            made.append(number)
    return made


def page_bindings() -> tuple[Binding, ...]:
    return tuple(b for b in BINDINGS if not b.global_key)


def global_bindings() -> tuple[Binding, ...]:
    return tuple(b for b in BINDINGS if b.global_key)
