"""Unlocking where the disk is full or read-only: the unlock window says that nothing is open
yet and what to do — not the words meant for an open workspace ("what you see is kept in
memory") — and once there is room the same window opens the workspace."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.errors import (
    FacilitatorError,
    KeyChanging,
    StorageError,
    StorageFull,
    WorkspaceReadOnly,
)
from facilitator_desktop.models import db
from facilitator_desktop.models.migrate import UpgradeDiskFull
from facilitator_desktop.ui.unlock_dialog import UnlockDialog, UnlockReason
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui import disk_driving
from tests.gui.disk_driving import FillingDisk
from tests.gui.driving import Launch, unlock
from tests.helpers import faults

filling_disk = disk_driving.filling_disk

FULL_AT_START = (
    "The disk is full, so the workspace could not be opened. Nothing is open yet, and "
    "nothing has been changed. Free some space on this disk (empty the wastebasket, or move "
    "large files elsewhere), then unlock again."
)
READ_ONLY_AT_START = (
    "The disk holding the workspace is read-only, so the workspace could not be opened. "
    "Nothing is open yet, and nothing has been changed. Make the disk writable again (a "
    "memory stick's lock switch, a disk that needs checking), or copy the data folder to a "
    "disk you can write to, then unlock again."
)


def try_unlock(qtbot: QtBot, dialog: UnlockDialog) -> None:
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def test_unlocking_on_a_full_disk_says_nothing_is_open_yet(
    filling_disk: FillingDisk, qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = filling_disk
    Workspace.create(disk.data_dir, PASSPHRASE, kdf_params=FAST_KDF).close()
    app = launch(folder=disk.data_dir)
    dialog = app.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    if disk.mount is not None:  # the disk fills while the unlock window waits
        faults.fill(disk.mount, 0)
    else:

        def no_room(*_args: object) -> None:
            raise sqlite3.OperationalError("disk I/O error")  # what SQLite says here

        monkeypatch.setattr(db, "_apply_pragmas", no_room)
        faults.refuse_new_files(monkeypatch, errno.ENOSPC)

    try_unlock(qtbot, dialog)
    assert dialog.isVisible() and app.window is None
    assert dialog.error_text() == FULL_AT_START, disk.kind
    assert dialog.passphrase.text() == ""

    if disk.mount is not None:
        (disk.mount / faults.FILLER).unlink()
    else:
        monkeypatch.undo()
    window = unlock(qtbot, app)
    assert window.isVisible()


def test_unlocking_a_read_only_folder_says_nothing_is_open_yet(
    qtbot: QtBot, launch: Launch, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder's permissions say read-only (root ignores them: the check is told so)."""
    Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF).close()
    app = launch()
    dialog = app.unlock_dialog
    assert dialog is not None
    monkeypatch.setattr(os, "access", lambda _path, _mode: False)
    try_unlock(qtbot, dialog)
    assert dialog.error_text() == READ_ONLY_AT_START
    assert app.window is None


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (StorageFull(), "The disk is full, so the workspace could not be unlocked. What you"),
        (WorkspaceReadOnly.while_open(), "The disk holding the workspace is read-only, so"),
        (StorageError(), "A problem with the disk stopped the workspace from unlocking."),
        (OSError(errno.ENOSPC, "No space left on device"), "The disk is full, so the"),
        (OSError(errno.EROFS, "Read-only file system"), "The disk holding the workspace is"),
    ],
    ids=["full", "read-only", "disk problem", "ENOSPC", "EROFS"],
)
def test_after_a_lock_the_words_say_what_was_open_is_kept(
    qtbot: QtBot, error: Exception, words: str
) -> None:
    def attempt(_passphrase: str) -> None:
        raise error

    dialog = UnlockDialog(attempt, UnlockReason.LOCKED)
    qtbot.addWidget(dialog)
    dialog.show()
    try_unlock(qtbot, dialog)
    text = dialog.error_text()
    assert text.startswith(words)
    assert "kept as it was" in text and "Nothing is open yet" not in text
    assert "kept in memory" not in text


@pytest.mark.parametrize(
    "error", [UpgradeDiskFull(), KeyChanging(), FacilitatorError("Something specific.")]
)
def test_errors_with_their_own_words_keep_them(qtbot: QtBot, error: FacilitatorError) -> None:
    """Only the plain disk errors are reworded: an upgrade that found the disk full already
    says what happened and what to do."""

    def attempt(_passphrase: str) -> None:
        raise error

    dialog = UnlockDialog(attempt, UnlockReason.START)
    qtbot.addWidget(dialog)
    dialog.show()
    try_unlock(qtbot, dialog)
    assert dialog.error_text() == error.message


def test_the_lock_screen_notice_is_hidden_until_something_is_kept(qtbot: QtBot) -> None:
    def attempt(_passphrase: str) -> None:
        pass

    dialog = UnlockDialog(attempt, UnlockReason.LOCKED)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_notice("")
    # Not even built while there is nothing to say: the lock screen paints without it.
    assert dialog.notice_text() == "" and dialog.findChild(QWidget, "heldNotice") is None
    dialog.show_notice("Your note could not be saved (the disk is full); …")
    qtbot.waitUntil(dialog.notice.isVisible)
    assert dialog.notice_text().startswith("Your note could not be saved")
    # Where it was always shown: under the words that introduce the lock, above the field.
    assert dialog.intro.y() < dialog.notice.y() < dialog.pages.y()
    dialog.show_notice("")
    assert not dialog.notice.isVisible() and dialog.notice_text() == ""
