#!/usr/bin/env python3
"""Screenshots of the Session page meeting a full disk and a laptop that slept: the calm
note while changes wait for the disk, the line that says they are saved, an end that waits,
and the question after a sleep (and the page once it is answered).

    python scripts/screenshots_room_faults.py [OUTPUT_FOLDER]    (default: docs/screenshots/)

`shoot_room_faults(app, folder, out)` renders them all. The full disk is the storage
layer's (SQLite refusing writes as it does on a full disk); the clocks are fake, so every
picture shows the same times.
"""

from __future__ import annotations

import os
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import WINDOW_SIZE, run_shoots, save, settle  # noqa: E402
from screenshots_runner import save_with_popup  # noqa: E402

from facilitator_desktop.app import build_app  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from facilitator_desktop.domain.clock import FakeClock  # noqa: E402
from facilitator_desktop.ui.runner.page import RunnerPage  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402
from tests.helpers import faults  # noqa: E402


def shoot_room_faults(app: QApplication, folder: Path, out: Path) -> None:
    data = folder / "room-faults"
    with Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR) as ws:
        populate(ws)
    settings = QSettings(str(folder / "room-faults.ini"), QSettings.Format.IniFormat)
    fa = build_app(data, kdf_params=FLOOR, settings=settings, qapp=app)
    try:
        dialog = fa.unlock_dialog
        assert dialog is not None
        QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
        QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        window = fa.window
        assert window is not None and fa.workspace is not None
        window.resize(*WINDOW_SIZE)
        window.show_page(RunnerPage.key)
        page = window.pages[RunnerPage.key]
        assert isinstance(page, RunnerPage)

        monotonic = FakeClock(0.0)
        boot = FakeClock(datetime(2026, 5, 4, 18, 30).timestamp())  # also the wall clock
        # What the session stores as wall time follows the same clock (naive UTC).
        object.__setattr__(
            fa.workspace.context,
            "now",
            lambda: datetime.fromtimestamp(boot(), UTC).replace(tzinfo=None),
        )
        page.use_clock(
            monotonic,
            rng=random.Random(7),
            wall=boot,
            suspend_aware=boot,
            monotonic_counts_sleep=False,
        )

        def awake(seconds: int) -> None:
            for _ in range(seconds):
                monotonic.advance(1)
                boot.advance(1)
                page.tick()

        page.presenter.lifecycle.open_session()
        live = page.live
        assert live is not None
        seats = sorted(live.seats, key=live.seats.__getitem__)
        late = seats[3]
        for member_id in seats:
            if member_id != late:
                live.mark(member_id, "present")
        page.room_actions.toggle()
        page.room_actions.queue_digit(1)
        awake(95)

        # The disk fills: the late arrival and a guest are shown and kept, said once.
        stop = faults.failing_writes(fa.workspace.engine)
        page.presenter.attendance.mark(late, "late")
        page.presenter.attendance.set_guests(1)
        awake(20)
        save(window, out / "runner-not-saved.png")
        stop()
        page.heartbeat()
        save(window, out / "runner-saved-again.png")

        # The lid closes for 14 minutes while member 1 speaks.
        boot.advance(14 * 60)
        page.tick()
        question = page.dialogs.sleep_question
        assert question is not None
        settle(app)
        save(question, out / "runner-sleep-question.png")
        save_with_popup(window, question, out / "runner-sleep-question-window.png")
        awake(2)
        QTest.mouseClick(question.count_button, Qt.MouseButton.LeftButton)
        awake(3)
        save(window, out / "runner-sleep-counted.png")

        # An end the disk refuses waits with everything before it.
        stop = faults.failing_writes(fa.workspace.engine)
        page.controller.end()
        page.tick()
        save(window, out / "runner-end-waits.png")
        stop()
        page.heartbeat()
        if page.dialogs.summary_dialog is not None:
            page.dialogs.summary_dialog.close()
    finally:
        fa.shutdown()


def main(argv: list[str]) -> int:
    return run_shoots(argv, shoot_room_faults)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
