"""The Notes page's search finds notes by the members they are about: typing a member's full
name lists the notes about them (none of which holds the name), the row says whom they were
found by, and a search that finds nothing says where it looked."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from facilitator_desktop.services.members import MemberDraft
from tests.gui import notes_driving
from tests.gui.drivers.notes import NotesDriver
from tests.gui.driving import stored, unlock
from tests.gui.notes_driving import ClockedLaunch, seed

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
    notes = NotesDriver.open(qtbot, unlock(qtbot, clocked_launch()))

    notes.search("lindqvist")
    assert set(notes.ids()) == {seeded.notes["anna"], seeded.notes["both"]}  # no name inside
    text, marked = notes.excerpt_marked(seeded.notes["both"])
    assert text.startswith("About Anna (Anna Lindqvist) · Anna and Ben argued")  # why
    assert marked == ["Lindqvist"]
    assert "Anna, Ben" in notes.meta(seeded.notes["both"])
    assert notes.hint() == "2 matching notes, from all groups."

    # A name in another script, and a word of the text, together.
    notes.search("смирнов hospital")
    assert notes.ids() == [seeded.notes["dmitri"]]
    text, marked = notes.excerpt_marked(seeded.notes["dmitri"])
    assert text.startswith("About Dmitri (Дмитрий Смирнов) · Dmitri spoke")
    assert marked == ["Смирнов", "hospital"]  # both words marked

    notes.search("lindqvist respite")
    assert notes.ids() == [seeded.notes["anna"]]

    notes.search("lindqvist rain")
    assert notes.ids() == []
    assert notes.hint() == (
        "No note holds all of these words, in its text or in the names of the members it is about."
    )
