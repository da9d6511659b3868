"""Follow-ups: open note follow-ups of every group, due soonest first; mark done; open the
note. (The same page also lists absences and quiet members: tests/gui/test_history_attention.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from facilitator_desktop.ui.history.attention import AttentionPage
from tests.gui import notes_driving
from tests.gui.drivers.notes import NotesDriver
from tests.gui.driving import click, stored, unlock
from tests.gui.notes_driving import ClockedLaunch, follow_ups_page, seed

clock = notes_driving.clock
clocked_launch = notes_driving.clocked_launch


def note_lines(page: AttentionPage) -> list[QTreeWidgetItem]:
    for index in range(page.tree.topLevelItemCount()):
        section = page.tree.topLevelItem(index)
        if section.text(0).startswith("Notes to follow up"):
            return [section.child(i) for i in range(section.childCount())]
    return []


def test_open_follow_ups_across_groups_by_due_date_and_mark_done(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    window = unlock(qtbot, clocked_launch())
    page = follow_ups_page(qtbot, window)
    assert page.title() == "Follow-ups"
    lines = note_lines(page)
    # Due soonest first (both dates have passed), then the one without a date.
    assert [line.text(0) for line in lines] == [
        "Chloé: Chloé wants to talk about the hôpital next week.",
        "Anna: Anna and Ben argued about the hospital visits.",
        "Dmitri: Dmitri spoke about the hospital for the first time.",
    ]
    assert [line.text(2) for line in lines] == [
        "Carers — Wednesdays",
        "Carers — Wednesdays",
        "Grief circle — Thursdays",
    ]
    assert lines[0].text(3).endswith("overdue") and lines[2].text(3) == ""

    # Mark the first done: it leaves the list and is stored as done.
    page.tree.setCurrentItem(lines[0])
    click(qtbot, page.done_button)
    assert len(note_lines(page)) == 2
    with stored(data_dir) as ws:
        assert ws.notes.get(seeded.notes["chloe"]).done

    # Enter opens the selected note on the Notes page.
    page.tree.setFocus()
    page.tree.setCurrentItem(note_lines(page)[1])
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    notes = NotesDriver.of(window)
    assert window.current_page() is notes.page
    assert notes.body() == "Dmitri spoke about the hospital for the first time."

    # Back on Follow-ups, the list is read again.
    page = follow_ups_page(qtbot, window)
    assert len(note_lines(page)) == 2
