#!/usr/bin/env python3
"""Screenshots of a full or read-only disk as the facilitator meets it with notes: a note
that cannot be saved, the lock screen saying it is kept, the note put back after an unlock
while the disk is still full, a disk that turned read-only, the quick note back in its box
after an unlock on a full disk, and the unlock window at start on a full disk (nothing is
open yet).

    python scripts/screenshots_disk.py [OUTPUT_FOLDER]    (default: docs/screenshots/)

`shoot_disk(app, folder, out)` renders them all. The faults are the storage layer's (SQLite
refusing writes as it does on such a disk), so no mounting is needed.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import WINDOW_SIZE, run_shoots, save  # noqa: E402

from facilitator_desktop.app import FacilitatorApp, build_app  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from facilitator_desktop.domain.clock import FakeClock  # noqa: E402
from facilitator_desktop.models import db  # noqa: E402
from facilitator_desktop.ui.notes import NotesPage  # noqa: E402
from facilitator_desktop.ui.runner.page import RunnerPage  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402
from tests.helpers import faults  # noqa: E402

TYPED = " Ask the group next week whether the later start time suits everyone."


def shoot_disk(app: QApplication, folder: Path, out: Path) -> None:
    data = folder / "disk"
    with Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR) as ws:
        populate(ws)
    fa = build_app(data, kdf_params=FLOOR, settings=_settings(folder), qapp=app)
    try:
        _unlock(fa)
        page = _notes_page(fa)
        assert fa.workspace is not None
        stop = faults.failing_writes(fa.workspace.engine)
        _type_and_try_to_save(page)
        assert fa.window is not None
        save(fa.window, out / "notes-disk-full.png")

        fa.lock()
        assert fa.unlock_dialog is not None
        save(fa.unlock_dialog, out / "lock-note-kept.png")
        _unlock(fa)  # the disk is still full: the note is put back, pending
        save(fa.window, out / "notes-still-not-saved.png")
        stop()
        page.autosaver.flush()

        faults.failing_writes(fa.workspace.engine, "disk I/O error")
        real_probe = db.tempfile.TemporaryFile

        def read_only(*_args: object, **_kwargs: object) -> None:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

        db.tempfile.TemporaryFile = read_only  # type: ignore[assignment]
        try:
            _type_and_try_to_save(page)
            save(fa.window, out / "notes-disk-read-only.png")
        finally:
            db.tempfile.TemporaryFile = real_probe  # type: ignore[assignment]
    finally:
        fa.shutdown()
    _shoot_quick_note(app, folder, out)
    _shoot_unlock_on_full_disk(app, folder, out)


def _shoot_quick_note(app: QApplication, folder: Path, out: Path) -> None:
    """A quick note Enter could not save, after Ctrl+L and an unlock on a still full disk."""
    data = folder / "quick"
    with Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR) as ws:
        populate(ws)
    fa = build_app(data, kdf_params=FLOOR, settings=_settings(folder), qapp=app)
    try:
        _unlock(fa)
        assert fa.window is not None and fa.workspace is not None
        fa.window.resize(1280, 720)
        fa.window.show_page(RunnerPage.key)
        page = fa.window.pages[RunnerPage.key]
        assert isinstance(page, RunnerPage)
        clock = FakeClock(0.0)
        page.use_clock(clock)
        page.presenter.lifecycle.open_session()
        live = page.live
        assert live is not None
        live.mark_all_unmarked_present()
        page.room_actions.toggle()
        page.room_actions.queue_digit(2)
        clock.advance(95)
        page.tick()
        faults.failing_writes(fa.workspace.engine)
        page.room_actions.focus_note()
        QTest.keyClicks(page.panels.note_panel.box, "Moving house on Friday; ask how it went.")
        QTest.keyClick(page.panels.note_panel.box, Qt.Key.Key_Return)
        fa.lock()
        _unlock(fa)
        fa.window.resize(1280, 720)
        save(fa.window, out / "quick-note-still-not-saved.png")
    finally:
        fa.shutdown()


def _shoot_unlock_on_full_disk(app: QApplication, folder: Path, out: Path) -> None:
    data = folder / "full"
    Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR).close()
    fa = build_app(data, kdf_params=FLOOR, settings=_settings(folder), qapp=app)
    real_pragmas = db._apply_pragmas
    real_probe = db.tempfile.TemporaryFile

    def no_room(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    def no_space(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    db._apply_pragmas = no_room  # type: ignore[assignment]
    db.tempfile.TemporaryFile = no_space  # type: ignore[assignment]
    try:
        dialog = fa.unlock_dialog
        assert dialog is not None
        QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        save(dialog, out / "unlock-disk-full.png")
    finally:
        db._apply_pragmas = real_pragmas  # type: ignore[assignment]
        db.tempfile.TemporaryFile = real_probe  # type: ignore[assignment]
        fa.shutdown()


def _unlock(fa: FacilitatorApp) -> None:
    dialog = fa.unlock_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert fa.window is not None
    fa.window.resize(*WINDOW_SIZE)


def _notes_page(fa: FacilitatorApp) -> NotesPage:
    assert fa.window is not None
    fa.window.show_page("notes")
    page = fa.window.pages["notes"]
    assert isinstance(page, NotesPage)
    page.list_view.setCurrentIndex(page.model.index(0, 0))
    return page


def _type_and_try_to_save(page: NotesPage) -> None:
    page.editor.setFocus()
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    QTest.keyClicks(page.editor, TYPED)
    page.autosaver.flush()


def _settings(folder: Path) -> QSettings:
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


if __name__ == "__main__":
    sys.exit(run_shoots(sys.argv[1:], shoot_disk))
