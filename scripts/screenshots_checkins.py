#!/usr/bin/env python3
"""Screenshots of check-in scores between sessions, with a year of sample scores: the group
editor's Check-in section (and a narrower scale refused in words), a member's check-in line
on their History page (light and dark), and the group's average line in Group insights.

    python scripts/screenshots_checkins.py [OUTPUT_FOLDER]    (default: docs/screenshots/)

`shoot_checkins(app, folder, out)` is what scripts/screenshots.py calls.
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
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget  # noqa: E402
from screenshots import WINDOW_SIZE, run_shoots, save, settle  # noqa: E402

from facilitator_desktop.app import build_app  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from facilitator_desktop.demo_data.checkins import write_checkins  # noqa: E402
from facilitator_desktop.services.checkin_scores import CheckinScoreService  # noqa: E402
from facilitator_desktop.ui.groups_page import GroupsPage  # noqa: E402
from facilitator_desktop.ui.history import HistoryPage  # noqa: E402
from facilitator_desktop.ui.history.page import INSIGHTS_TAB, MEMBER_TAB  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402

WEEKS = 52  # a year of weekly check-ins
QUESTION = "How are you arriving today?"


def _prepare(data: Path) -> tuple[int, int]:
    """Demo data with a year of check-in scores; (group, member with the most) ids."""
    ws = Workspace.create(data, DEMO_PASSPHRASE, kdf_params=FLOOR)
    group_ids = populate(ws, weeks=WEEKS)
    scores = CheckinScoreService(ws.context)
    for index, group_id in enumerate(group_ids):
        scores.set_scale(group_id, 0, 10, QUESTION)
        write_checkins(ws, group_id, random.Random(f"shots-{index}"))
    group_id = group_ids[0]
    member_id = max(
        (m.id for m in ws.members.list(group_id)),
        key=lambda m: len(scores.member_series(m).points),
    )
    ws.close()
    return group_id, member_id


def _show_in_scroll(widget: QWidget) -> None:
    scroll = widget.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(widget, 0, 0)


def _retype(widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)


def shoot_checkins(app: QApplication, folder: Path, out: Path) -> None:
    data = folder / "checkins"
    group_id, member_id = _prepare(data)
    settings = QSettings(str(folder / "checkins-settings.ini"), QSettings.Format.IniFormat)
    fa = build_app(data, kdf_params=FLOOR, settings=settings, qapp=app)
    dialog = fa.unlock_dialog
    assert dialog is not None
    QTest.keyClicks(dialog.passphrase, DEMO_PASSPHRASE)
    QTest.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    window = fa.window
    assert window is not None
    window.resize(*WINDOW_SIZE)

    # The group editor: the Check-in section, then a narrower scale refused in words.
    window.show_page(GroupsPage.key)
    groups = window.pages[GroupsPage.key]
    assert isinstance(groups, GroupsPage)
    editor = groups.checkin_editor
    settle(app)
    _show_in_scroll(editor)
    save(window, out / "groups-checkin-scale.png")
    _retype(editor.high_spin, "5")
    groups.save_button.click()
    settle(app)
    _show_in_scroll(editor)
    save(window, out / "groups-checkin-scale-refused.png")
    groups.discard_changes()

    # A member's check-ins on their History page.
    window.show_page(HistoryPage.key)
    history = window.pages[HistoryPage.key]
    assert isinstance(history, HistoryPage)
    history.open_member(member_id, group_id)
    history.tabs.setCurrentIndex(MEMBER_TAB)
    line = history.member_view.checkins
    settle(app)
    _show_in_scroll(line)
    save(window, out / "history-member-checkins.png")
    save(line, out / "checkin-line.png")
    fa.theme.force(Qt.ColorScheme.Dark)
    save(line, out / "checkin-line-dark.png")
    fa.theme.force(Qt.ColorScheme.Light)

    # The group's average per session in Group insights.
    history.tabs.setCurrentIndex(INSIGHTS_TAB)
    group_line = history.insights.checkins
    settle(app)
    _show_in_scroll(group_line)
    save(window, out / "history-insights-checkins.png")
    fa.shutdown()


def main(argv: list[str]) -> int:
    return run_shoots(argv, shoot_checkins)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
