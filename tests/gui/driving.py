"""Driving the app as a user would, and reading back what a restart would find."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QListWidget,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE

# launch(demo=False, folder=None) -> the started app (first window shown).
Launch = Callable[..., FacilitatorApp]


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard would, including letters QTest cannot map to a key (ø, Ε, Д):
    those arrive as key events carrying only their text, as a keyboard layout sends them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_and_wait_for_key_change(qtbot: QtBot, button: QAbstractButton, dialog: QWidget) -> None:
    """Click a button that starts a change of secrets (it runs off the GUI thread) and wait
    until its dialog closed or shows why not."""
    from shiboken6 import isValid

    click(qtbot, button)
    error_text = getattr(dialog, "error_text", lambda: "")
    qtbot.waitUntil(
        lambda: not isValid(dialog) or not dialog.isVisible() or bool(error_text()),
        timeout=20_000,
    )


def create_workspace(qtbot: QtBot, app: FacilitatorApp, passphrase: str = PASSPHRASE) -> MainWindow:
    dialog = app.create_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClicks(dialog.repeat, passphrase)
    click(qtbot, dialog.create_button)
    assert app.window is not None and app.window.isVisible()
    qtbot.waitUntil(app.window.isActiveWindow)  # keyboard shortcuts need an active window
    return app.window


def unlock(qtbot: QtBot, app: FacilitatorApp, passphrase: str = PASSPHRASE) -> MainWindow:
    dialog = app.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert app.window is not None and app.window.isVisible()
    qtbot.waitUntil(app.window.isActiveWindow)  # keyboard shortcuts need an active window
    return app.window


def current_group_name(window: MainWindow) -> str | None:
    group = window.ctx.current_group()
    return group.name if group else None


def go_to(qtbot: QtBot, window: MainWindow, key: str) -> None:
    """Click the page's entry in the left navigation."""
    nav: QListWidget = window.nav
    row = list(window.pages).index(key)
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


class PromptAnswerer:
    """Answers the next QMessageBox the app opens by clicking the button with `label`."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.question = ""
        self._tries = 0

    def arm(self) -> PromptAnswerer:
        QTimer.singleShot(0, self._answer)
        return self

    @property
    def answered(self) -> bool:
        return bool(self.question)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            self._tries += 1
            if self._tries < 200:
                QTimer.singleShot(5, self._answer)
            return
        self.question = box.text()
        for button in box.buttons():
            if button.text().replace("&", "") == self.label:
                button.click()
                return
        raise AssertionError(f"no {self.label!r} button in {[b.text() for b in box.buttons()]}")


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def stored(data_dir: Path) -> Workspace:
    """A fresh Workspace on the same folder: what a restart would find."""
    return Workspace.open(data_dir, PASSPHRASE)
