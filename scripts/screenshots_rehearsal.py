#!/usr/bin/env python3
"""Screenshots of a rehearsal and of deleting a test session: the speed question, the
Session page with its "Rehearsal" banner in a round at 60×, the room display with its band
(with a rule card too), the rehearsal's summary, and History's question before a delete.

    python scripts/screenshots_rehearsal.py [OUTPUT_FOLDER]    (default: docs/screenshots/)

`shoot_rehearsal(app, folder, out)` is what scripts/screenshots.py can call. The rehearsal
runs on a fake clock, so every picture shows the same times.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402
from screenshots import WINDOW_SIZE, save, settle  # noqa: E402

from facilitator_desktop.app import build_app  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from facilitator_desktop.domain.clock import FakeClock  # noqa: E402
from facilitator_desktop.ui.history import HistoryPage  # noqa: E402
from facilitator_desktop.ui.runner.page import RunnerPage  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402

ROOM_SIZE = (1280, 720)


def answer_next_box(label: str, shot: Path | None = None) -> None:
    """When the next question box shows: save it to `shot`, then click `label`."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        if shot is not None:
            save(box, shot)
        for button in box.buttons():
            if button.text().replace("&", "") == label:
                button.click()
                return

    QTimer.singleShot(0, answer)


def shoot_rehearsal(app: QApplication, folder: Path, out: Path) -> None:
    data = folder / "rehearsal"
    ws = Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR)
    populate(ws)
    ws.close()
    settings = QSettings(str(folder / "rehearsal-settings.ini"), QSettings.Format.IniFormat)
    fa = build_app(data, kdf_params=FLOOR, settings=settings, qapp=app)
    dialog = fa.unlock_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
    QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    window = fa.window
    assert window is not None
    window.resize(*WINDOW_SIZE)
    window.show_page(RunnerPage.key)
    page = window.pages[RunnerPage.key]
    assert isinstance(page, RunnerPage)

    clock = FakeClock(0.0)
    page.use_clock(clock, rng=random.Random(7))
    page.presenter.rehearsal.ask()
    speed = page.dialogs.speed_dialog
    assert speed is not None
    speed.speed_buttons[60].setChecked(True)
    settle(app)
    save(speed, out / "rehearsal-speed.png")
    speed.accept()
    live = page.live
    assert live is not None
    seats = sorted(live.seats, key=live.seats.__getitem__)
    for member_id in seats[:-1]:
        live.mark(member_id, "present")
    page.room_actions.toggle()
    page.room_actions.queue_digit(2)  # the round starts with member 2
    if live.snapshot().talk.speaker is None:
        page.room_actions.next_speaker()
    clock.advance(1.5)  # 90 s at 60×
    page.room_actions.next_speaker()
    clock.advance(2.25)
    page.tick()
    save(window, out / "rehearsal-round.png")
    fa.theme.force(Qt.ColorScheme.Dark)
    save(window, out / "rehearsal-round-dark.png")
    fa.theme.force(Qt.ColorScheme.Light)

    page.room_actions.toggle_room()
    room = page.room
    assert room is not None
    room.resize(*ROOM_SIZE)
    page.tick()
    save(room, out / "rehearsal-room-display.png")
    page.panels.rules_rail.select_row(0)
    page.room_actions.show_card()
    save(room, out / "rehearsal-room-display-card.png")
    page.room_actions.hide_card()

    answer_next_box("End rehearsal")
    page.presenter.lifecycle.end_session()
    summary = page.dialogs.summary_dialog
    assert summary is not None
    settle(app)
    save(summary, out / "rehearsal-summary.png")
    summary.close()
    room.close()

    window.show_page(HistoryPage.key)
    history = window.pages[HistoryPage.key]
    assert isinstance(history, HistoryPage)
    settle(app)
    answer_next_box("Cancel", out / "history-delete-question.png")
    history.delete_session()
    fa.shutdown()


def main(argv: list[str]) -> int:
    from screenshots import run_shoots

    return run_shoots(argv, shoot_rehearsal)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
