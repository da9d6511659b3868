#!/usr/bin/env python3
"""Screenshots at a 16 pt application font (150 % text scaling) on a 1280×800 window: the
Session page mid-round, the keys list, the Members, Groups, Rules, Handouts and History
pages (its Group insights too), Settings and the room display.

    python scripts/screenshots_large_font.py [OUTPUT_FOLDER]    (default: docs/screenshots/)

`shoot_large_font(app, folder, out)` is what scripts/screenshots.py can call; it puts the
application font back as it found it.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402
from screenshots import WINDOW_SIZE, save, settle  # noqa: E402

from facilitator_desktop.app import build_app  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from facilitator_desktop.domain.clock import FakeClock  # noqa: E402
from facilitator_desktop.ui.groups_page import GroupsPage  # noqa: E402
from facilitator_desktop.ui.history.page import HistoryPage  # noqa: E402
from facilitator_desktop.ui.runner.page import RunnerPage  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402

LARGE_PT = 16.0
ROOM_SIZE = (1280, 720)


def shoot_large_font(app: QApplication, folder: Path, out: Path) -> None:
    before = app.font()
    font = app.font()
    font.setPointSizeF(LARGE_PT)
    app.setFont(font)
    try:
        _shoot(app, folder, out)
    finally:
        app.setFont(before)


def _shoot(app: QApplication, folder: Path, out: Path) -> None:
    data = folder / "large-font"
    ws = Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR)
    populate(ws)
    ws.close()
    settings = QSettings(str(folder / "large-font-settings.ini"), QSettings.Format.IniFormat)
    fa = build_app(data, kdf_params=FLOOR, settings=settings, qapp=app)
    dialog = fa.unlock_dialog
    assert dialog is not None
    save(dialog, out / "large-font-unlock.png")
    QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
    QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    window = fa.window
    assert window is not None
    window.resize(*WINDOW_SIZE)

    window.show_page("members")
    save(window, out / "large-font-members.png")
    window.show_page("groups")
    save(window, out / "large-font-groups.png")
    groups = window.pages["groups"]
    assert isinstance(groups, GroupsPage)
    for area in groups.findChildren(QScrollArea):  # down to the agenda, its names stacked
        area.ensureWidgetVisible(groups.agenda_editor)
    save(window, out / "large-font-groups-agenda.png")
    window.show_page("rules")
    save(window, out / "large-font-rules.png")
    window.show_page("handouts")
    save(window, out / "large-font-handouts.png")
    window.show_page("history")
    save(window, out / "large-font-history.png")
    history = window.pages["history"]
    assert isinstance(history, HistoryPage)
    history.tabs.setCurrentWidget(history.insights)
    save(window, out / "large-font-history-insights.png")
    history.tabs.setCurrentIndex(0)

    window.show_page(RunnerPage.key)
    page = window.pages[RunnerPage.key]
    assert isinstance(page, RunnerPage)
    clock = FakeClock(0.0)
    page.use_clock(clock, rng=random.Random(7))
    page.presenter.lifecycle.open_session()
    live = page.live
    assert live is not None
    for member_id in live.seats:
        live.mark(member_id, "present")
    page.room_actions.toggle()  # Space: the clock starts
    page.room_actions.queue_digit(1)  # the round starts with member 1
    clock.advance(95)
    page.room_actions.next_speaker()
    clock.advance(130)
    page.tick()
    save(window, out / "large-font-runner-round.png")

    page.room_actions.show_keys()
    keys = page.dialogs.keys_dialog
    assert keys is not None
    save(keys, out / "large-font-keys.png")
    keys.close()

    page.room_actions.toggle_room()
    room = page.room
    assert room is not None
    room.showNormal()
    room.show_hint("")
    room.resize(*ROOM_SIZE)
    page.tick()
    save(room, out / "large-font-room-display.png")
    room.close()

    settings_dialog = window.open_settings()
    settle(app)
    save(settings_dialog, out / "large-font-settings.png")
    settings_dialog.reject()
    fa.shutdown()


def main(argv: list[str]) -> int:
    from screenshots import run_shoots

    return run_shoots(argv, shoot_large_font)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
