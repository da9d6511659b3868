#!/usr/bin/env python3
"""Screenshots of what the facilitator meets when a start or an upgrade goes wrong: the
question for a folder open elsewhere, the boxes for a read-only and a full data folder, the
unlock window after an upgrade that could not run, and the calm crash boxes (in the app and
at start).

    python scripts/screenshots_start.py [OUTPUT_FOLDER]    (default: docs/screenshots/)

`shoot_start(app, folder, out)` renders them all.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402
from screenshots import run_shoots, save  # noqa: E402

from facilitator_desktop.app import build_app  # noqa: E402
from facilitator_desktop.crash_log import CrashReport  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE  # noqa: E402
from facilitator_desktop.paths import DATABASE_NAME  # noqa: E402
from facilitator_desktop.services import backups  # noqa: E402
from facilitator_desktop.ui.crash_dialog import CrashBox  # noqa: E402
from facilitator_desktop.ui.single_instance import (  # noqa: E402
    LockHolder,
    ask_open_anyway,
    tell_cannot_start,
)
from tests.helpers.old_workspaces import workspace_at_revision  # noqa: E402


def shoot_start(app: QApplication, folder: Path, out: Path) -> None:
    _when_shown(out / "start-open-elsewhere.png", "Quit")
    ask_open_anyway(LockHolder(4242, "office-pc", "facilitator-desktop"))
    _when_shown(out / "start-read-only.png", "Close")
    tell_cannot_start(
        "The data folder is read-only, so Facilitator Desktop cannot work in it.",
        "Folder: /media/usb/facilitator-desktop\n\nChange the folder's permissions, or start "
        "the app with --data-dir and a folder you can write to. Nothing has been changed.",
    )
    log = Path("/home/you/.local/state/facilitator-desktop/log/crash.log")
    box = CrashBox(CrashReport("KeyError", "main thread", log))
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    box.happened_again()
    save(box, out / "crash-box.png")
    box.close()
    _when_shown(out / "crash-at-start.png", "Close")
    CrashBox(CrashReport("RuntimeError", "start", log), at_start=True).exec()
    _shoot_upgrade_without_room(app, folder, out)


def _shoot_upgrade_without_room(app: QApplication, folder: Path, out: Path) -> None:
    """An older workspace, and no room for the backup made before upgrading it."""
    pristine = workspace_at_revision(folder / "old", "0004", DEMO_PASSPHRASE)
    data = folder / "upgrade"
    data.mkdir()
    shutil.copyfile(pristine, data / DATABASE_NAME)
    real_fsync = backups.fsync_path

    def no_space(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    backups.fsync_path = no_space  # type: ignore[assignment]
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    fa = build_app(data, kdf_params=FLOOR, settings=settings, qapp=app)
    try:
        dialog = fa.unlock_dialog
        assert dialog is not None
        QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        save(dialog, out / "unlock-upgrade-no-room.png")
    finally:
        backups.fsync_path = real_fsync  # type: ignore[assignment]
        fa.shutdown()


def _when_shown(path: Path, click: str) -> None:
    """Save the next message box once it is up, then click `click` in it."""

    def attempt(tries: list[int]) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] += 1
            if tries[0] < 200:
                QTimer.singleShot(10, lambda: attempt(tries))
            return
        save(box, path)
        for button in box.buttons():
            if button.text().replace("&", "") == click:
                button.click()
                return
        box.reject()

    later: Callable[[], None] = lambda: attempt([0])  # noqa: E731
    QTimer.singleShot(0, later)


if __name__ == "__main__":
    sys.exit(run_shoots(sys.argv[1:], shoot_start))
