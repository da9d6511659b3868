"""Clicks and keys the Session page's drivers share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
LEFT = Qt.MouseButton.LeftButton


def focused() -> QWidget:
    """What a key goes to: an open menu first, else the focus, else the active window."""
    target = (
        QApplication.activePopupWidget()
        or QApplication.focusWidget()
        or QApplication.activeWindow()
    )
    assert target is not None, "no window has the keyboard focus"
    return target


def click(button: QAbstractButton) -> None:
    assert button.isVisible(), f"{button.text()!r} is not shown"
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    QTest.mouseClick(button, LEFT)
