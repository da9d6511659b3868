#!/usr/bin/env python3
"""Screenshots of a large group's session on laptop screens, and of what a quick note leads
to: the Session page of a 12-member group at 1366×768 and 1280×720 (over time, with a long
quick note being typed, just after a save), the end-of-session summary with its notes and
a notes search by a member's full name.

    python scripts/screenshots_laptop.py [OUTPUT_FOLDER]    (default: docs/screenshots/)

`shoot_laptop(app, folder, out)` is what scripts/screenshots.py can call. The session runs
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
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import save, settle  # noqa: E402

from facilitator_desktop.app import build_app  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE  # noqa: E402
from facilitator_desktop.domain.clock import FakeClock  # noqa: E402
from facilitator_desktop.domain.validation import SegmentSpec  # noqa: E402
from facilitator_desktop.services.groups import GroupDraft  # noqa: E402
from facilitator_desktop.services.members import MemberDraft  # noqa: E402
from facilitator_desktop.services.rules import RuleCardDraft  # noqa: E402
from facilitator_desktop.ui.notes import NotesPage  # noqa: E402
from facilitator_desktop.ui.runner.page import RunnerPage  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402

LAPTOPS = ((1366, 768), (1280, 720))
# Twelve members as they write their names, some long, in three scripts.
MEMBERS = (
    ("Małgorzata", "Małgorzata Kowalska"),
    ("Ελένη", "Ελένη Παπαδοπούλου"),
    ("Дмитрий", "Дмитрий Смирнов"),
    ("Anna-Katharina", "Anna-Katharina Berg"),
    ("José", "José García"),
    ("Jürgen", "Jürgen Müller"),
    ("Zoë", "Zoë Nilsen"),
    ("Søren", "Søren Lindqvist"),
    ("Ayşe", "Ayşe Yılmaz"),
    ("Łukasz", "Łukasz Nowak"),
    ("Siobhán", "Siobhán O'Brien"),
    ("Bartholomew", "Bartholomew Okafor"),
)
AGENDA = (
    SegmentSpec("Check-in", 15, "round"),
    SegmentSpec("Open discussion", 60, "open"),
    SegmentSpec("Check-out", 10, "round"),
)
RULES = (
    RuleCardDraft("One voice at a time", "One person speaks; everyone else listens."),
    RuleCardDraft("What is said here stays here", "Nothing said in the group leaves it."),
    RuleCardDraft("The right to pass", "Anyone may pass in a round, no reason needed."),
)
LONG_NOTE = (
    "Night shifts again, and sleep is still hard. Asked whether the group could meet "
    "earlier in winter. Next week: ask how the new rota went, and bring the leaflet about "
    "the sleep clinic."
)


def shoot_laptop(app: QApplication, folder: Path, out: Path) -> None:
    data = folder / "laptop"
    ws = Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR)
    group = ws.groups.create(
        GroupDraft("Thursday Evening Circle", speaker_soft_limit_min=3, agenda=AGENDA)
    )
    ids = [ws.members.add(group.id, MemberDraft(a, f)).id for a, f in MEMBERS]
    ws.rules.save(group.id, RULES)
    ws.close()
    settings = QSettings(str(folder / "laptop-settings.ini"), QSettings.Format.IniFormat)
    fa = build_app(data, kdf_params=FLOOR, settings=settings, qapp=app)
    dialog = fa.unlock_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
    QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    window = fa.window
    assert window is not None and fa.ctx is not None
    fa.ctx.reload_groups(select=group.id)
    window.show_page(RunnerPage.key)
    page = window.pages[RunnerPage.key]
    assert isinstance(page, RunnerPage)

    clock = FakeClock(0.0)
    page.use_clock(clock, rng=random.Random(3))
    page.presenter.lifecycle.open_session()
    live = page.live
    assert live is not None
    for member_id in ids:
        live.mark(member_id, "present")
    page.room_actions.toggle()  # Space: the clock starts
    page.room_actions.queue_digit(4)  # the round starts with Anna-Katharina
    for seconds in (70, 55, 40, 95, 30, 45, 60, 20):
        clock.advance(seconds)
        page.room_actions.next_speaker()
    clock.advance(540)  # Bartholomew speaks long; the check-in runs over
    page.tick()
    for width, height in LAPTOPS:
        window.resize(width, height)
        save(window, out / f"laptop-{width}x{height}-over-time.png")

    # A long quick note about him grows into the room its column has, at each size.
    page.room_actions.focus_note()
    for width, height in LAPTOPS:
        page.panels.note_panel.box.setText("")
        for _ in range(4):  # the window's minimum follows the box up through each parent
            settle(app)
        window.resize(width, height)
        settle(app)
        QTest.keyClicks(page.panels.note_panel.box, LONG_NOTE)
        save(window, out / f"laptop-{width}x{height}-quick-note.png")
    QTest.keyClick(page.panels.note_panel.box, Qt.Key.Key_Return)
    save(window, out / "laptop-quick-note-saved.png")

    clock.advance(60)
    page.room_actions.next_segment()  # open discussion
    clock.advance(3000)
    page.room_actions.next_segment()  # check-out
    page.room_actions.queue_digit(1)
    for _ in ids:
        clock.advance(40)
        page.room_actions.next_speaker()
    session_id = page.controller.end()
    assert session_id is not None
    page.presenter.lifecycle.show_summary(session_id)
    summary = page.dialogs.summary_dialog
    assert summary is not None
    summary.resize(860, 680)
    settle(app)
    save(summary, out / "session-summary-notes.png")
    summary.close()

    window.resize(1366, 768)
    window.show_page(NotesPage.key)
    notes = window.pages[NotesPage.key]
    assert isinstance(notes, NotesPage)
    QTest.keyClicks(notes.search_edit, "Okafor")
    notes.run_search()
    save(window, out / "notes-search-by-member.png")
    fa.shutdown()


def main(argv: list[str]) -> int:
    from screenshots import run_shoots

    return run_shoots(argv, shoot_laptop)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
