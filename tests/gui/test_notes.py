"""Notes page: write with autosave, filter, search with highlights, links, delete, damage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.errors import StorageFull
from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.ui.notes.highlight import highlight_html
from facilitator_desktop.ui.notes.models import META_ROLE, SNIPPET_ROLE, TITLE_ROLE
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui import notes_driving
from tests.gui.driving import PromptAnswerer, click, stored, type_text, unlock
from tests.gui.notes_driving import (
    ClockedLaunch,
    listed_titles,
    notes_page,
    seed,
    select_note,
    stored_body,
    tick,
)

clock = notes_driving.clock
clocked_launch = notes_driving.clocked_launch


def test_a_new_note_is_saved_encrypted_within_two_seconds_of_typing(
    qtbot: QtBot, clocked_launch: ClockedLaunch, clock: FakeClock, data_dir: Path
) -> None:
    seed(data_dir)
    page = notes_page(qtbot, unlock(qtbot, clocked_launch()))
    click(qtbot, page.new_button)
    assert page.editor.hasFocus()
    type_text(qtbot, page.editor, "Ben seemed tired")
    assert page.autosaver.pending
    assert page.save_state.text() == "Editing…"

    # Nothing is written before it is due.
    clock.advance(0.5)
    assert not page.autosaver.check()
    with stored(data_dir) as ws:
        assert len(ws.notes.find()) == 5

    # One quiet second after the last keystroke: saved.
    clock.advance(0.5)
    assert page.autosaver.check()
    assert not page.autosaver.pending
    assert page.save_state.text() == "Saved · encrypted"
    note_id = page.model.item(0).id  # the new note leads the list, selected
    assert page.list_view.currentIndex().row() == 0
    assert listed_titles(page)[0] == "Ben seemed tired"
    assert stored_body(data_dir, note_id) == "Ben seemed tired"

    # Typing without a pause is still saved two seconds after the first unsaved key.
    for word in (" and", " quiet", " today", " — ask", " after"):
        type_text(qtbot, page.editor, word)
        clock.advance(0.45)
        page.autosaver.check()
    assert not page.autosaver.pending
    assert stored_body(data_dir, note_id) == "Ben seemed tired and quiet today — ask after"
    assert page.autosaver.due_at() is None


def test_leaving_the_editor_saves_at_once(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    page = notes_page(qtbot, unlock(qtbot, clocked_launch()))
    select_note(page, seeded.notes["group"])
    page.editor.setFocus()
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    type_text(qtbot, page.editor, " Ελένη joined late.")
    assert page.autosaver.pending
    page.search_edit.setFocus()  # focus-out, no clock involved
    assert not page.autosaver.pending
    assert stored_body(data_dir, seeded.notes["group"]) == (
        "Quiet session, rain outside. Ελένη joined late."
    )

    # Edits then undo: the undone text is what is saved.
    page.editor.setFocus()
    type_text(qtbot, page.editor, " typo")
    qtbot.keyClick(page.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    page.save_now()
    assert "typo" not in stored_body(data_dir, seeded.notes["group"])


def test_list_is_newest_first_and_filters_by_group_member_and_follow_up(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    window = unlock(qtbot, clocked_launch())
    page = notes_page(qtbot, window)
    assert window.ctx.current_group().name == "Carers — Wednesdays"  # first by name
    window.ctx.request_group(seeded.groups["grief"])
    assert listed_titles(page) == ["Dmitri spoke about the hospital for the first time."]

    window.ctx.request_group(seeded.groups["carers"])
    assert listed_titles(page) == [
        "Chloé wants to talk about the hôpital next week.",
        "Quiet session, rain outside.",
        "Anna and Ben argued about the hospital visits.",
        "Anna slept badly again",
    ]
    assert "Carers — Wednesdays" in page.header.subtitle.text()

    # About a member.
    page.member_combo.setCurrentIndex(page.member_combo.findText("Anna"))
    page.member_combo.activated.emit(page.member_combo.currentIndex())
    assert listed_titles(page) == [
        "Anna and Ben argued about the hospital visits.",
        "Anna slept badly again",
    ]
    meta = page.model.index(0, 0).data(META_ROLE)
    assert "Anna, Ben" in meta and "Follow up by" in meta

    # Follow-up open, then done.
    page.follow_combo.setCurrentIndex(page.follow_combo.findData("open"))
    page.follow_combo.activated.emit(page.follow_combo.currentIndex())
    assert listed_titles(page) == ["Anna and Ben argued about the hospital visits."]
    page.follow_combo.setCurrentIndex(page.follow_combo.findData("done"))
    page.follow_combo.activated.emit(page.follow_combo.currentIndex())
    assert listed_titles(page) == []
    assert page.list_hint.text() == "No notes here yet."

    # All groups: every note, with the group named; the member filter does not apply.
    page.follow_combo.setCurrentIndex(page.follow_combo.findData("any"))
    page.all_groups_box.setChecked(True)
    assert not page.member_combo.isEnabled()
    assert len(listed_titles(page)) == 5
    assert "Grief circle — Thursdays" in page.model.index(0, 0).data(META_ROLE)


def test_search_covers_every_group_ignores_accents_and_marks_matches(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    with stored(data_dir) as ws:
        tricky = ws.notes.create(
            NoteDraft("<b>Not bold</b> & the HOSPITAL car park", seeded.groups["carers"])
        ).id
    page = notes_page(qtbot, unlock(qtbot, clocked_launch()))
    qtbot.keyClicks(page.search_edit, "hospital")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    found = {page.model.item(row).id for row in range(page.model.rowCount())}
    assert found == {seeded.notes["both"], seeded.notes["dmitri"], tricky}  # both groups
    assert page.list_hint.text() == "3 matching notes, from all groups."
    assert not page.filters.isEnabled()

    row = page.model.row_of(tricky)
    text, spans = page.model.index(row, 0).data(SNIPPET_ROLE)
    assert [text[s:e] for s, e in spans] == ["HOSPITAL"]
    html = highlight_html(text, spans, QApplication.palette())
    assert "&lt;b&gt;Not bold&lt;/b&gt; &amp; the " in html
    assert 'font-weight:bold;">HOSPITAL</span>' in html
    assert "<b>" not in html

    # Accents and case do not matter; opening a hit marks the matches in the editor too.
    page.search_edit.setText("HOPITAL")
    page.run_search()
    assert [page.model.item(r).id for r in range(page.model.rowCount())] == [seeded.notes["chloe"]]
    select_note(page, seeded.notes["chloe"])
    marked = [s.cursor.selectedText() for s in page.editor.extraSelections()]
    assert marked == ["hôpital"]

    # Clearing the search returns to the filtered list, the note still open.
    page.search_edit.clear()
    page.run_search()
    assert page.filters.isEnabled()
    assert len(listed_titles(page)) == 5  # the current group's notes
    assert page.editor.body().startswith("Chloé wants")


def test_member_links_and_follow_up_are_saved_from_the_side_panel(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    window = unlock(qtbot, clocked_launch())
    window.ctx.request_group(seeded.groups["carers"])
    page = notes_page(qtbot, window)
    select_note(page, seeded.notes["group"])
    assert [page.details.members.item(r).text() for r in range(3)] == ["Anna", "Ben", "Chloé"]
    page.details.set_member_checked(seeded.members["Ben"], True)
    page.details.set_member_checked(seeded.members["Chloé"], True)
    tick(qtbot, page.details.follow_up_box)
    assert page.details.due_box.isEnabled() and not page.details.due_edit.isEnabled()
    tick(qtbot, page.details.due_box)
    with stored(data_dir) as ws:
        note = ws.notes.get(seeded.notes["group"])
        assert note.member_ids == (seeded.members["Ben"], seeded.members["Chloé"])
        assert note.follow_up and note.due_on is not None and not note.done
    tick(qtbot, page.details.done_box)
    with stored(data_dir) as ws:
        assert ws.notes.get(seeded.notes["group"]).done
    assert "Followed up" in page.model.index(1, 0).data(META_ROLE)

    # A new note ticked before a word is typed is stored with its link.
    click(qtbot, page.new_button)
    page.details.set_member_checked(seeded.members["Anna"], True)
    new_id = page.model.item(0).id
    with stored(data_dir) as ws:
        assert ws.notes.get(new_id).member_ids == (seeded.members["Anna"],)


def test_delete_asks_and_explains_it_is_permanent(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    window = unlock(qtbot, clocked_launch())
    window.ctx.request_group(seeded.groups["carers"])
    page = notes_page(qtbot, window)
    select_note(page, seeded.notes["anna"])

    cancel = PromptAnswerer("Cancel").arm()
    click(qtbot, page.delete_button)
    assert cancel.question == "Delete this note?"
    assert page.model.row_of(seeded.notes["anna"]) >= 0

    sure = PromptAnswerer("Delete for good").arm()
    click(qtbot, page.delete_button)
    assert sure.answered
    assert page.model.row_of(seeded.notes["anna"]) < 0
    with stored(data_dir) as ws:
        assert seeded.notes["anna"] not in {n.id for n in ws.notes.find()}
    # The neighbouring note opens.
    assert page.editor.body() == "Anna and Ben argued about the hospital visits."


def test_a_damaged_note_says_so_while_the_others_open(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    with sqlite3.connect(data_dir / DATABASE_NAME) as db:
        (blob,) = db.execute(
            "SELECT body_ct FROM notes WHERE id = ?", (seeded.notes["group"],)
        ).fetchone()
        tampered = bytes(blob[:-1]) + bytes([blob[-1] ^ 0x01])
        db.execute("UPDATE notes SET body_ct = ? WHERE id = ?", (tampered, seeded.notes["group"]))
    window = unlock(qtbot, clocked_launch())
    window.ctx.request_group(seeded.groups["carers"])
    page = notes_page(qtbot, window)
    damaged_row = page.model.row_of(seeded.notes["group"])
    assert page.model.index(damaged_row, 0).data(TITLE_ROLE) == "⚠ Damaged note"
    select_note(page, seeded.notes["group"])
    assert page.damaged_label.isVisibleTo(page)
    assert "This note is damaged" in page.damaged_label.text()
    assert page.editor.body() == ""
    assert not page.editor.isEnabled() and page.editor.isReadOnly()
    assert not page.details.isEnabled()
    assert page.delete_button.isEnabled()  # it can still be removed

    select_note(page, seeded.notes["anna"])
    assert not page.damaged_label.isVisibleTo(page)
    assert page.editor.body().startswith("Anna slept badly again")
    assert page.editor.isEnabled()


def test_a_100000_character_body_round_trips_exactly_through_the_editor(
    qtbot: QtBot, clocked_launch: ClockedLaunch, clock: FakeClock, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    line = "Ωραία\u00a0μέρα — naïve café 😀\ttabs\u2028and a line separator.\n"
    body = (line * (100_000 // len(line) + 1))[:100_000]
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        ws.notes.save_body(seeded.notes["chloe"], body)
    page = notes_page(qtbot, unlock(qtbot, clocked_launch()))
    select_note(page, seeded.notes["chloe"])
    assert page.editor.body() == body

    page.editor.setFocus()
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    type_text(qtbot, page.editor, "!")
    clock.advance(2.0)
    assert page.autosaver.check()
    assert stored_body(data_dir, seeded.notes["chloe"]) == body + "!"

    # Read back into the editor after a round trip through the database.
    page.open_note(seeded.notes["chloe"])
    assert page.editor.body() == body + "!"
    assert len(page.editor.body()) == 100_001


def test_a_failed_save_keeps_the_text_says_so_and_retries(
    qtbot: QtBot,
    clocked_launch: ClockedLaunch,
    clock: FakeClock,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seeded = seed(data_dir)
    app = clocked_launch()
    page = notes_page(qtbot, unlock(qtbot, app))
    select_note(page, seeded.notes["group"])
    assert app.workspace is not None
    service = app.workspace.notes
    real_save = service.save_body

    def disk_full(_note_id: int, _body: str) -> None:
        raise StorageFull()

    monkeypatch.setattr(service, "save_body", disk_full)
    page.editor.setFocus()
    type_text(qtbot, page.editor, "Kept in memory. ")
    clock.advance(2.0)
    assert not page.autosaver.check()
    assert page.autosaver.pending
    assert page.save_state.text().startswith("Not saved yet: The disk is full")
    assert page.editor.body().startswith("Kept in memory. ")

    monkeypatch.setattr(service, "save_body", real_save)
    clock.advance(5.0)
    assert page.autosaver.check()  # the retry
    assert page.save_state.text() == "Saved · encrypted"
    assert stored_body(data_dir, seeded.notes["group"]).startswith("Kept in memory. ")
