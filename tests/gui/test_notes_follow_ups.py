"""Follow-ups: open follow-ups of every group, due soonest first; mark done; open the note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.ui.notes.models import FollowUpModel
from tests.gui import notes_driving
from tests.gui.driving import click, stored, unlock
from tests.gui.notes_driving import ClockedLaunch, follow_ups_page, seed

clock = notes_driving.clock
clocked_launch = notes_driving.clocked_launch


def column(page: object, col: int) -> list[str]:
    model = page.model  # type: ignore[attr-defined]
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_open_follow_ups_across_groups_by_due_date_and_mark_done(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    window = unlock(qtbot, clocked_launch())
    page = follow_ups_page(qtbot, window)
    # Due soonest first (both dates have passed), then the one without a date.
    assert column(page, FollowUpModel.NOTE) == [
        "Chloé wants to talk about the hôpital next week.",
        "Anna and Ben argued about the hospital visits.",
        "Dmitri spoke about the hospital for the first time.",
    ]
    assert column(page, FollowUpModel.GROUP) == [
        "Carers — Wednesdays",
        "Carers — Wednesdays",
        "Grief circle — Thursdays",
    ]
    assert column(page, FollowUpModel.ABOUT) == ["Chloé", "Anna, Ben", "Dmitri"]
    due = column(page, FollowUpModel.DUE)
    assert due[0].endswith("overdue") and due[2] == "No date"
    assert page.empty_hint.text() == "3 open, 2 overdue."

    # Mark the first done: it leaves the list, and the next one is selected.
    assert page.table.currentIndex().row() == 0
    click(qtbot, page.done_button)
    assert len(column(page, FollowUpModel.NOTE)) == 2
    assert page.table.currentIndex().row() == 0
    with stored(data_dir) as ws:
        assert ws.notes.get(seeded.notes["chloe"]).done

    # Enter opens the selected note on the Notes page.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    notes = window.pages["notes"]
    assert window.current_page() is notes
    assert notes.editor.body() == "Dmitri spoke about the hospital for the first time."  # type: ignore[attr-defined]
    assert notes.list_view.currentIndex().isValid()  # type: ignore[attr-defined]

    # Back on Follow-ups, the list is read again.
    page = follow_ups_page(qtbot, window)
    assert len(column(page, FollowUpModel.NOTE)) == 2
    click(qtbot, page.done_button)
    click(qtbot, page.done_button)
    assert page.empty_hint.text() == "Nothing to follow up. Well done."
    assert not page.done_button.isEnabled()
