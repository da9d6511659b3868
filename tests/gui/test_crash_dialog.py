"""An exception in a slot or on another thread: a calm box and a private crash log that
holds no text from the workspace. (pytest-qt's own capture is off here: the app's hooks
are what is tested.)"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from facilitator_desktop.crash_log import CrashReporter, crash_log_dir
from facilitator_desktop.ui.crash_dialog import CrashBox, CrashDialogs
from tests.gui.driving import click
from tests.unit.test_crash_log import MARKERS, files_holding_markers

pytestmark = pytest.mark.qt_no_exception_capture


class NotesPage(QObject):
    """Stands for any screen: its slot fails while holding private text."""

    @Slot()
    def save(self) -> None:
        note_text = f"{MARKERS[1]} said she is struggling"  # noqa: F841
        raise ValueError(f"{MARKERS[0]} could not be saved")


@pytest.fixture
def crash_dialogs(qtbot: QtBot) -> Iterator[CrashDialogs]:
    """As app.run() wires them: the reporter installed, the boxes listening."""
    reporter = CrashReporter()
    reporter.install()
    dialogs = CrashDialogs()
    dialogs.attach(reporter)
    try:
        yield dialogs
    finally:
        dialogs.detach(reporter)
        reporter.uninstall()
        if dialogs.box is not None:
            dialogs.box.close()


def shown_box(qtbot: QtBot, dialogs: CrashDialogs) -> CrashBox:
    qtbot.waitUntil(lambda: dialogs.box is not None and dialogs.box.isVisible())
    assert dialogs.box is not None
    return dialogs.box


def test_a_failing_slot_shows_a_calm_box_and_writes_a_private_log(
    qtbot: QtBot, crash_dialogs: CrashDialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = NotesPage()
    button = QPushButton("Save")
    button.clicked.connect(page.save)
    qtbot.addWidget(button)
    button.show()
    click(qtbot, button)

    box = shown_box(qtbot, crash_dialogs)
    assert box.windowTitle() == "Something went wrong"
    assert box.icon() is QMessageBox.Icon.Information  # calm: nothing saved was lost
    assert "did not expect" in box.text()
    assert "What you saved is safe" in box.informativeText()
    assert "no names, notes or other text" in box.informativeText()
    assert not box.isModal()  # a session in the room goes on behind it

    (log,) = crash_log_dir().glob("crash-*.log")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    text = log.read_text()
    assert "exception: ValueError" in text and "in save" in text
    home = Path(os.environ["HOME"])
    assert files_holding_markers(home, tmp_path) == []

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    assert box.open_folder_button is not None
    click(qtbot, box.open_folder_button)
    assert [url.toLocalFile() for url in opened] == [str(log.parent)]


def test_crashes_in_a_row_are_counted_in_one_box(qtbot: QtBot, crash_dialogs: CrashDialogs) -> None:
    page = NotesPage()
    button = QPushButton("Save")
    button.clicked.connect(page.save)
    qtbot.addWidget(button)
    button.show()
    click(qtbot, button)
    box = shown_box(qtbot, crash_dialogs)
    click(qtbot, button)
    qtbot.waitUntil(lambda: box.times == 2)
    assert crash_dialogs.box is box
    assert "2 times" in box.informativeText()


def test_a_crash_on_another_thread_is_shown_on_the_window_thread(
    qtbot: QtBot, crash_dialogs: CrashDialogs, tmp_path: Path
) -> None:
    def background_work() -> None:
        member_name = MARKERS[2]  # noqa: F841
        raise KeyError(MARKERS[3])

    worker = threading.Thread(target=background_work, name="export")
    worker.start()
    worker.join()
    box = shown_box(qtbot, crash_dialogs)
    assert box.report.where == "thread" and box.report.exception == "KeyError"
    assert files_holding_markers(Path(os.environ["HOME"]), tmp_path) == []
