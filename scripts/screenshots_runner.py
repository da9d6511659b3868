#!/usr/bin/env python3
"""Screenshots of the in-room screens with demo data: the runner in round and open mode,
the room display (aliases, initials, a rule card, blanked) and the end-of-session summary.

    python scripts/screenshots_runner.py [OUTPUT_FOLDER]    (default: docs/screenshots/)

`shoot_runner(app, folder, out)` is what scripts/screenshots.py can call. The session runs
on a fake clock, so every picture shows the same times.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from screenshots import WINDOW_SIZE, save, settle  # noqa: E402

from facilitator_desktop.app import build_app  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from facilitator_desktop.domain.clock import FakeClock  # noqa: E402
from facilitator_desktop.ui.runner.names import NameMode  # noqa: E402
from facilitator_desktop.ui.runner.page import RunnerPage  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402

DEFAULT_OUTPUT = Path("docs/screenshots")
ROOM_SIZE = (1280, 720)


def shoot_runner(app: QApplication, folder: Path, out: Path) -> None:
    data = folder / "runner"
    ws = Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR)
    populate(ws)
    ws.close()
    settings = QSettings(str(folder / "runner-settings.ini"), QSettings.Format.IniFormat)
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
    save(window, out / "runner-idle.png")

    clock = FakeClock(0.0)
    page.use_clock(clock, rng=random.Random(7))
    page.presenter.lifecycle.open_session()
    live = page.live
    assert live is not None
    seats = sorted(live.seats, key=live.seats.__getitem__)
    late, excused, absent = seats[3], seats[-1], seats[-2]
    live.mark(excused, "excused")
    live.mark(absent, "absent")
    for member_id in seats:
        if member_id not in (late, excused, absent):
            live.mark(member_id, "present")
    live.set_guests(1)
    page.room_actions.toggle()  # Space: the clock starts
    page.room_actions.queue_digit(1)  # the round starts with member 1
    page.room_actions.next_speaker()
    clock.advance(95)
    page.presenter.attendance.mark(late, "late")  # a late arrival joins the round
    page.room_actions.next_speaker()
    clock.advance(130)
    page.room_actions.next_speaker()
    clock.advance(4)
    page.room_actions.pass_turn()  # "pass": the next member starts
    clock.advance(266)
    page.tick()
    save(window, out / "runner-round.png")
    # Airtime is one Tab stop; the arrows walk its rows (a frame shows where).
    airtime = page.panels.airtime
    airtime.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(airtime, Qt.Key.Key_Down)
    save(window, out / "runner-airtime-focus.png")
    page.focus_page()

    fa.theme.force(Qt.ColorScheme.Dark)
    save(window, out / "runner-round-dark.png")
    fa.theme.force(Qt.ColorScheme.Light)

    page.room_actions.toggle_room()
    room = page.room
    assert room is not None
    # The offscreen platform has one screen, so F11 fills it with the room view and says
    # how to get back; shown once, then as a TV shows it (a window of the TV's shape).
    page.tick()
    save(room, out / "room-display-one-screen.png")
    room.showNormal()
    room.show_hint("")
    room.resize(*ROOM_SIZE)
    page.tick()
    save(room, out / "room-display-names.png")
    page.set_name_mode(NameMode.INITIALS)
    save(room, out / "room-display-initials.png")
    page.set_name_mode(NameMode.ALIASES)

    clock.advance(240)
    page.room_actions.next_segment()  # open discussion
    for digit in (3, 6, 2):
        page.room_actions.queue_digit(digit)
    page.room_actions.next_speaker()
    clock.advance(150)
    page.room_actions.next_speaker()
    clock.advance(75)
    page.room_actions.queue_digit(5)
    page.room_actions.queue_digit(4)
    page.tick()
    save(window, out / "runner-open.png")

    # Attendance changes only by an explicit choice: Enter on a row, or M then a number.
    page.room_actions.mark_member_number(4)
    menu = page.panels.attendance_panel.status_menu
    assert menu is not None
    save_with_popup(window, menu, out / "runner-attendance-choice.png")
    page.panels.attendance_panel.close_status_menu()

    page.room_actions.show_keys()
    keys = page.dialogs.keys_dialog
    assert keys is not None
    save(keys, out / "runner-keys.png")
    keys.close()

    page.panels.rules_rail.select_row(0)
    page.room_actions.show_card()
    save(room, out / "room-display-rule-card.png")
    page.room_actions.hide_card()
    page.room_actions.toggle_blank()
    save(room, out / "room-display-blank.png")
    page.room_actions.toggle_blank()

    clock.advance(2400)
    page.room_actions.next_segment()  # check-out round
    page.room_actions.queue_digit(2)
    for _ in range(len(page.controller.snapshot.talk.present) if page.controller.snapshot else 0):
        page.room_actions.next_speaker()
        clock.advance(50)
    page.room_actions.next_speaker()
    clock.advance(30)
    session_id = page.controller.end()
    assert session_id is not None
    page.presenter.lifecycle.show_summary(session_id)
    summary = page.dialogs.summary_dialog
    assert summary is not None
    settle(app)
    save(summary, out / "session-summary.png")
    summary.close()
    room.close()
    fa.shutdown()


def save_with_popup(window: QWidget, popup: QWidget, path: Path) -> None:
    """The window with an open popup (a menu is a window of its own) drawn where it is."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settle(app)
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(popup.pos()), popup.grab())
    painter.end()
    if not picture.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path}")


def main(argv: list[str]) -> int:
    from screenshots import run_shoots

    return run_shoots(argv, shoot_runner)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
