#!/usr/bin/env python3
"""Screenshots of the between-sessions screens with demo data: History (a session's
summary next to the list), a member's page, the group insights (attendance grid, airtime
equity, overruns) and Needs attention; light, and the summary and insights in dark.

    python scripts/screenshots_history.py [OUTPUT_FOLDER]    (default: docs/screenshots/)

`shoot_history(app, folder, out)` is what scripts/screenshots.py calls.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import WINDOW_SIZE, save  # noqa: E402

from facilitator_desktop.app import build_app  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from facilitator_desktop.ui.history import AttentionPage, HistoryPage  # noqa: E402
from facilitator_desktop.ui.history.page import INSIGHTS_TAB  # noqa: E402
from facilitator_desktop.ui.history.period_filter import ALL, CUSTOM  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402

DEFAULT_OUTPUT = Path("docs/screenshots")
WEEKS = 26  # half a year: a full attendance grid, and every kind of follow-up


def _prepare(data: Path) -> tuple[int, int]:
    """Demo data, one corrected attendance and a signed rule set; (session, member) ids."""
    ws = Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR)
    populate(ws, weeks=WEEKS)
    group = ws.groups.list()[0]
    sessions = ws.history.sessions(group.id, limit=3)
    session = sessions[1]
    summary = ws.sessions.summary(session.id)
    absent = next((a for a in summary.attendance if a.status == "absent"), None)
    if absent is not None:  # they had phoned ahead after all
        ws.history.correct_attendance(session.id, absent.member_id, "excused")
    members = ws.members.list(group.id)

    # Someone whose record has a bit of everything: statuses, passes, notes.
    def variety(member_id: int) -> tuple[int, int]:
        record = ws.history.member_record(member_id)
        return len({x.status for x in record.sessions}) + min(record.passes, 3), len(record.notes)

    member = max(members[:8], key=lambda m: variety(m.id))
    versions = ws.rules.versions(group.id)
    for version in sorted(versions, key=lambda v: v.version):
        ws.acknowledgements.record(
            member.id, version.id, member.joined_on + timedelta(days=7 * version.version)
        )
    ws.close()
    return session.id, member.id


def shoot_history(app: QApplication, folder: Path, out: Path) -> None:
    data = folder / "history"
    session_id, member_id = _prepare(data)
    settings = QSettings(str(folder / "history-settings.ini"), QSettings.Format.IniFormat)
    fa = build_app(data, kdf_params=FLOOR, settings=settings, qapp=app)
    dialog = fa.unlock_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
    QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    window = fa.window
    assert window is not None
    window.resize(*WINDOW_SIZE)
    window.show_page(HistoryPage.key)
    page = window.pages[HistoryPage.key]
    assert isinstance(page, HistoryPage)

    page.open_session(session_id)
    save(window, out / "history.png")
    page.period.box.setCurrentIndex(page.period.box.findData(CUSTOM))  # the two dates shown
    save(window, out / "history-between-dates.png")
    page.period.box.setCurrentIndex(page.period.box.findData(ALL))
    page.open_member(member_id)
    save(window, out / "history-member.png")
    page.tabs.setCurrentIndex(INSIGHTS_TAB)
    save(window, out / "history-insights.png")
    window.show_page(AttentionPage.key)
    attention = window.pages[AttentionPage.key]
    assert isinstance(attention, AttentionPage)
    quiet = next((line for line in attention.lines() if line.kind == "silence"), None)
    if quiet is not None:  # the bars tell the story of someone gone quiet
        attention.tree.setCurrentItem(attention.item_for(quiet))
    save(window, out / "follow-ups.png")

    fa.theme.force(Qt.ColorScheme.Dark)
    window.show_page(HistoryPage.key)
    page.open_session(session_id)
    save(window, out / "history-dark.png")
    page.tabs.setCurrentIndex(INSIGHTS_TAB)
    save(window, out / "history-insights-dark.png")
    fa.theme.force(Qt.ColorScheme.Light)
    fa.shutdown()


def main(argv: list[str]) -> int:
    from screenshots import run_shoots

    return run_shoots(argv, shoot_history)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
