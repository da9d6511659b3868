"""What a user does to one widget, for the page drivers: type, click, tick, pick, wait.

Plain QTest, no qtbot, so drivers also work where no test runs (scripts, subprocesses).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def type_into(widget: QWidget, text: str) -> None:
    """Type like a keyboard would, letters QTest cannot map to a key (ø, Ε, Д) included:
    those arrive as key events carrying only their text, as a keyboard layout sends them."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, NONE, char))


def click(button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    QTest.mouseClick(button, LEFT)


def tick(box: QAbstractButton) -> None:
    """Click a check box or radio button on its box: a wide one reacts only to its box and
    its label, not to the empty space the layout gave it."""
    assert box.isEnabled(), f"{box.text()!r} is disabled"
    QTest.mouseClick(box, LEFT, NONE, QPoint(6, box.height() // 2))


def pick(combo: QComboBox, data: object) -> None:
    """Choose the item holding `data` with the arrow keys, as a keyboard user does (each
    step is an activation, as a click in the list would be)."""
    target = combo.findData(data)
    assert target >= 0, f"{data!r} is not offered"
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        before = combo.currentIndex()
        QTest.keyClick(combo, key)
        assert combo.currentIndex() != before, "the combo box did not move"


def wait_until(done: Callable[[], bool], timeout_ms: int, what: str) -> None:
    """Let the event loop run until `done()`; fail saying `what` did not happen in time."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not done():
        assert time.monotonic() < deadline, f"{what} did not happen in {timeout_ms} ms"
        QTest.qWait(10)


def active(window: QWidget) -> Callable[[], bool]:
    """A condition for waiting until `window` has the keyboard that asks for it again on
    each try: on a loaded machine an earlier window's activation can arrive after ours."""

    def check() -> bool:
        if not window.isActiveWindow():
            window.activateWindow()
        return window.isActiveWindow()

    return check
