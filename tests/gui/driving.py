"""Driving the app as a user would, and reading back what a restart would find."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

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
    return settled(qtbot, app.window)


def unlock(qtbot: QtBot, app: FacilitatorApp, passphrase: str = PASSPHRASE) -> MainWindow:
    dialog = app.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert app.window is not None and app.window.isVisible()
    return settled(qtbot, app.window)


def settled(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The window as a facilitator meets it: active (keyboard shortcuts need that) and
    painted, with the pages it builds after its first paint built too. A dialog the window
    opened in front of itself (the recovery key after creating) may hold the keys instead."""

    def ready() -> bool:
        modal = QApplication.activeModalWidget()
        in_front = modal is not None and modal.parentWidget() is window
        return (window.isActiveWindow() or in_front) and window.pages.complete

    qtbot.waitUntil(ready)
    return window


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
    """Answers the next QMessageBox the app opens by clicking the button with `label`.

    A prompt that never comes fails the test that armed the answerer: after `patience`
    seconds without a message box, or when that test ends first, it raises in the event
    loop, where pytest-qt turns the exception into a failure. `check()` asserts the same at
    once, for a test (or a fixture's teardown) that wants the answer settled.
    """

    PATIENCE_S = 10.0
    _armed: ClassVar[list[PromptAnswerer]] = []

    def __init__(self, label: str, *, tick_box: bool = False, patience: float = PATIENCE_S) -> None:
        self.label = label
        self.tick_box = tick_box  # tick the box's check box first ("Include my notes")
        self.question = ""
        self.missed = ""  # why no answer was given, once the answerer gave up
        self._patience = patience
        self._deadline = 0.0
        self._test = _current_test()

    def arm(self) -> PromptAnswerer:
        self._deadline = time.monotonic() + self._patience
        PromptAnswerer._armed.append(self)
        QTimer.singleShot(0, self._answer)
        return self

    @property
    def answered(self) -> bool:
        return bool(self.question)

    def check(self) -> None:
        """Fail unless a prompt was answered (a missing prompt is never a pass)."""
        assert self.answered, self.missed or f"no prompt to answer {self.label!r} has appeared"

    @classmethod
    def unanswered(cls) -> list[PromptAnswerer]:
        """The armed answerers still waiting or given up, forgotten as they are returned:
        for a fixture's teardown to fail the test that armed them."""
        waiting = [a for a in cls._armed if not a.answered]
        for answerer in waiting:
            answerer._give_up("the test ended before")
        cls._armed.clear()
        return waiting

    def _give_up(self, when: str) -> None:
        if not self.missed:
            self.missed = f"no message box to answer {self.label!r} appeared ({when})"
        if self in PromptAnswerer._armed:
            PromptAnswerer._armed.remove(self)

    def _answer(self) -> None:
        if self.answered or self.missed:
            return
        if _current_test() != self._test:
            self._give_up(f"{self._test} ended first")
            raise AssertionError(self.missed)
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if time.monotonic() < self._deadline:
                QTimer.singleShot(5, self._answer)
                return
            self._give_up(f"within {self._patience:g} s")
            raise AssertionError(self.missed)
        self.question = box.text()
        PromptAnswerer._armed.remove(self)
        check = box.checkBox()
        if self.tick_box:
            if check is None:
                box.reject()
                raise AssertionError(f"no check box to tick in {self.question!r}")
            if not check.isChecked():
                check.click()
        for button in box.buttons():
            if button.text().replace("&", "") == self.label:
                button.click()
                return
        labels = [b.text() for b in box.buttons()]
        box.reject()  # not left open: the test would wait on it for ever
        raise AssertionError(f"no {self.label!r} button in {labels}")


def _current_test() -> str:
    """The running test's id without its phase ("(call)", "(teardown)")."""
    return os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" (", 1)[0]


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def stored(data_dir: Path) -> Workspace:
    """A fresh Workspace on the same folder: what a restart would find."""
    return Workspace.open(data_dir, PASSPHRASE)
