"""`--self-test DIR`: prove a built bundle works without a person at the keyboard.

Creates a workspace in DIR, locks and unlocks it, fills sample data, builds a handout from
the bundled fonts and rules, shows the main window offscreen and quits. Used by
`make bundle-test`; prints one line per step and exits non-zero on the first failure.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PASSPHRASE = "self-test passphrase"


def run(data_dir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from facilitator_desktop import demo
    from facilitator_desktop.crypto.kdf import FLOOR
    from facilitator_desktop.workspace import Workspace

    def step(text: str) -> None:
        print(f"self-test: {text}", flush=True)

    ws = Workspace.create(data_dir, PASSPHRASE, kdf_params=FLOOR)
    step("workspace created")
    ws.close()
    ws = Workspace.open(data_dir, PASSPHRASE)
    ws.lock()
    ws.unlock(PASSPHRASE)
    step("workspace unlocked")
    (group_id, *_) = demo.populate(ws, groups=1, weeks=2)
    from facilitator_desktop.handouts import build_ground_rules

    result = build_ground_rules(ws.handout_data.ground_rules(group_id))
    if not result.pdf.startswith(b"%PDF") or result.page_count < 1:
        step("handout FAILED")
        return 1
    step(f"handout built ({result.page_count} page, {len(result.pdf)} bytes)")
    ws.create_backup()
    step("backup verified")
    ws.close()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator_desktop.ui.context import UiContext
    from facilitator_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ws = Workspace.open(data_dir, PASSPHRASE)
    from PySide6.QtCore import QSettings

    settings = QSettings(str(data_dir / "self-test.ini"), QSettings.Format.IniFormat)
    window = MainWindow(UiContext(ws, demo=False), settings)
    window.show()
    QTimer.singleShot(200, app.quit)
    app.exec()
    window.close()
    ws.close()
    step("main window shown and closed")
    return 0
