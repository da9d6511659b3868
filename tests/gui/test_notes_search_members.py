"""The Notes page's search finds notes by the members they are about: typing a member's full
name lists the notes about them (none of which holds the name), the row says whom they were
found by, and a search that finds nothing says where it looked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.ui.notes.models import META_ROLE, SNIPPET_ROLE
from tests.gui import notes_driving
from tests.gui.driving import stored, unlock
from tests.gui.notes_driving import ClockedLaunch, notes_page, seed

clock = notes_driving.clock
clocked_launch = notes_driving.clocked_launch


def test_a_full_name_finds_the_notes_about_that_member(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    with stored(data_dir) as ws:
        anna = seeded.members["Anna"]
        ws.members.update(anna, MemberDraft("Anna", "Anna Lindqvist"))
        dmitri = seeded.members["Dmitri"]
        ws.members.update(dmitri, MemberDraft("Dmitri", "Дмитрий Смирнов"))
    page = notes_page(qtbot, unlock(qtbot, clocked_launch()))

    qtbot.keyClicks(page.search_edit, "lindqvist")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    found = {page.model.item(row).id for row in range(page.model.rowCount())}
    assert found == {seeded.notes["anna"], seeded.notes["both"]}  # neither holds the name
    row = page.model.row_of(seeded.notes["both"])
    text, spans = page.model.index(row, 0).data(SNIPPET_ROLE)
    assert text.startswith("About Anna (Anna Lindqvist) · Anna and Ben argued")  # why
    assert [text[s:e] for s, e in spans] == ["Lindqvist"]
    assert "Anna, Ben" in page.model.index(row, 0).data(META_ROLE)
    assert page.list_hint.text() == "2 matching notes, from all groups."

    # A name in another script, and a word of the text, together.
    page.search_edit.setText("смирнов hospital")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    (only,) = [page.model.item(row) for row in range(page.model.rowCount())]
    assert only is not None and only.id == seeded.notes["dmitri"]
    text, spans = page.model.index(0, 0).data(SNIPPET_ROLE)
    assert text.startswith("About Dmitri (Дмитрий Смирнов) · Dmitri spoke")
    assert [text[s:e] for s, e in spans] == ["Смирнов", "hospital"]  # both words marked

    page.search_edit.setText("lindqvist respite")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert [page.model.item(r).id for r in range(page.model.rowCount())] == [seeded.notes["anna"]]

    page.search_edit.setText("lindqvist rain")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == 0
    assert page.list_hint.text() == (
        "No note holds all of these words, in its text or in the names of the members it is about."
    )
