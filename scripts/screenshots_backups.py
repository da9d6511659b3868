#!/usr/bin/env python3
"""Screenshots of backups and restoring: the Backups dialog after the clock was set back
(with one damaged record found), the question at start when the workspace file is missing,
the offer that skips a damaged newer backup, and the box when no backup is good.

    python scripts/screenshots_backups.py [OUTPUT_FOLDER]    (default: docs/screenshots/)

`shoot_backups(app, folder, out)` renders them all.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402
from screenshots import run_shoots, save  # noqa: E402

from facilitator_desktop.app import build_app  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from facilitator_desktop.services.notes import NoteDraft  # noqa: E402
from facilitator_desktop.ui.backups_dialog import BackupsDialog  # noqa: E402
from facilitator_desktop.workspace import Workspace, database_path  # noqa: E402
from tests.helpers.file_damage import alter_sealed_value, flip_page_byte  # noqa: E402


class SetBackClock:
    """The demo's days, then a clock set back a year before the last two backups."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 18, 40)

    def __call__(self) -> datetime:
        return self.now


def shoot_backups(app: QApplication, folder: Path, out: Path) -> None:
    _shoot_dialog(folder / "dialog", out)
    _shoot_offers(app, folder, out)


def _shoot_dialog(data: Path, out: Path) -> None:
    clock = SetBackClock()
    ws = Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR, now=clock)
    populate(ws)
    group = ws.groups.list()[0]
    damaged = ws.notes.create(NoteDraft("A note the disk will damage.", group.id))
    for _ in range(3):
        ws.create_backup()
        clock.now += timedelta(days=1)
    clock.now -= timedelta(days=365)
    ws.close()
    alter_sealed_value(database_path(data), "notes", "body_ct", damaged.id)
    ws = Workspace.open(data, DEMO_PASSPHRASE, now=clock)
    try:
        ws.create_backup()
        dialog = BackupsDialog(ws)
        dialog.show()
        dialog.back_up_now()
        save(dialog, out / "backups-clock-set-back.png")
        dialog.close()
    finally:
        ws.close()


def _grab_box(out: Path, name: str, click: str) -> None:
    """Save the next message box the app opens, then click `click` in it."""

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, attempt)
            return
        save(box, out / name)
        for button in box.buttons():
            if button.text().replace("&", "") == click:
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, attempt)


def _shoot_offers(app: QApplication, folder: Path, out: Path) -> None:
    # Missing: the question at start, then the offer after the passphrase.
    data = folder / "missing"
    with Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR) as ws:
        populate(ws)
        ws.create_backup()
        newest = ws.create_backup()
    database_path(data).unlink()
    _grab_box(out, "restore-missing-question.png", "Restore a backup")
    fa = build_app(data, kdf_params=FLOOR, settings=_settings(folder), qapp=app)
    try:
        flip_page_byte(newest, "notes")
        _grab_box(out, "restore-offer-skips-damaged.png", "Cancel")
        _unlock(fa)
        _grab_box(out, "restore-none-good.png", "Cancel")
        dialog = fa.unlock_dialog
        assert dialog is not None
        dialog.passphrase.clear()
        QTest.keyClicks(dialog.passphrase, "a passphrase that opens none")
        QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        save(dialog, out / "restore-missing-unlock.png")
    finally:
        fa.shutdown()


def _unlock(fa: object) -> None:
    dialog = fa.unlock_dialog  # type: ignore[attr-defined]
    assert dialog is not None
    QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
    QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def _settings(folder: Path) -> QSettings:
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def main(argv: list[str]) -> int:
    return run_shoots(argv, shoot_backups)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
