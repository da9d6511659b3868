"""Notes page: write with autosave, filter, search with highlights, links, delete, damage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.errors import StorageFull
from facilitator_desktop.paths import DATABASE_NAME
from facilitator_desktop.services.notes import NoteDraft
from facilitator_desktop.ui.notes.highlight import highlight_html
from facilitator_desktop.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.gui import notes_driving
from tests.gui.drivers.notes import NotesDriver
from tests.gui.driving import PromptAnswerer, stored, unlock
from tests.gui.notes_driving import ClockedLaunch, seed, stored_body

clock = notes_driving.clock
clocked_launch = notes_driving.clocked_launch


def test_a_new_note_is_saved_encrypted_within_two_seconds_of_typing(
    qtbot: QtBot, clocked_launch: ClockedLaunch, clock: FakeClock, data_dir: Path
) -> None:
    seed(data_dir)
    notes = NotesDriver.open(qtbot, unlock(qtbot, clocked_launch()))
    notes.new_note()
    assert notes.editor_has_focus()
    notes.type("Ben seemed tired")
    assert notes.pending()
    assert notes.save_state() == "Editing…"

    # Nothing is written before it is due.
    clock.advance(0.5)
    assert not notes.autosave_due()
    with stored(data_dir) as ws:
        assert len(ws.notes.find()) == 5

    # One quiet second after the last keystroke: saved.
    clock.advance(0.5)
    assert notes.autosave_due()
    assert not notes.pending()
    assert notes.save_state() == "Saved · encrypted"
    note_id = notes.ids()[0]  # the new note leads the list, selected
    assert notes.selected_row() == 0
    assert notes.titles()[0] == "Ben seemed tired"
    assert stored_body(data_dir, note_id) == "Ben seemed tired"

    # Typing without a pause is still saved two seconds after the first unsaved key.
    for word in (" and", " quiet", " today", " — ask", " after"):
        notes.type(word)
        clock.advance(0.45)
        notes.autosave_due()
    assert not notes.pending()
    assert stored_body(data_dir, note_id) == "Ben seemed tired and quiet today — ask after"
    assert notes.due_at() is None


def test_leaving_the_editor_saves_at_once(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    notes = NotesDriver.open(qtbot, unlock(qtbot, clocked_launch()))
    notes.select(seeded.notes["group"])
    notes.type_at_end(" Ελένη joined late.")
    assert notes.pending()
    notes.leave_editor()  # focus-out, no clock involved
    assert not notes.pending()
    assert stored_body(data_dir, seeded.notes["group"]) == (
        "Quiet session, rain outside. Ελένη joined late."
    )

    # Edits then undo: the undone text is what is saved.
    notes.type_at_end(" typo")
    notes.undo()
    notes.save()
    assert "typo" not in stored_body(data_dir, seeded.notes["group"])


def test_list_is_newest_first_and_filters_by_group_member_and_follow_up(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    window = unlock(qtbot, clocked_launch())
    notes = NotesDriver.open(qtbot, window)
    assert window.ctx.current_group().name == "Carers — Wednesdays"  # first by name
    window.ctx.request_group(seeded.groups["grief"])
    assert notes.titles() == ["Dmitri spoke about the hospital for the first time."]

    window.ctx.request_group(seeded.groups["carers"])
    assert notes.titles() == [
        "Chloé wants to talk about the hôpital next week.",
        "Quiet session, rain outside.",
        "Anna and Ben argued about the hospital visits.",
        "Anna slept badly again",
    ]
    assert "Carers — Wednesdays" in notes.subtitle()

    # About a member.
    notes.about(seeded.members["Anna"])
    assert notes.titles() == [
        "Anna and Ben argued about the hospital visits.",
        "Anna slept badly again",
    ]
    meta = notes.meta(seeded.notes["both"])
    assert "Anna, Ben" in meta and "Follow up by" in meta

    # Follow-up open, then done.
    notes.show_follow_ups("open")
    assert notes.titles() == ["Anna and Ben argued about the hospital visits."]
    notes.show_follow_ups("done")
    assert notes.titles() == []
    assert notes.hint() == "No notes here yet."

    # All groups: every note, with the group named; the member filter does not apply.
    notes.show_follow_ups("any")
    notes.all_groups()
    assert not notes.member_filter_enabled()
    assert len(notes.titles()) == 5
    assert "Grief circle — Thursdays" in notes.meta_at(0)


def test_search_covers_every_group_ignores_accents_and_marks_matches(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    with stored(data_dir) as ws:
        tricky = ws.notes.create(
            NoteDraft("<b>Not bold</b> & the HOSPITAL car park", seeded.groups["carers"])
        ).id
    notes = NotesDriver.open(qtbot, unlock(qtbot, clocked_launch()))
    notes.search("hospital")
    assert set(notes.ids()) == {seeded.notes["both"], seeded.notes["dmitri"], tricky}
    assert notes.hint() == "3 matching notes, from all groups."
    assert not notes.filters_enabled()

    text, spans = notes.excerpt(tricky)
    assert [text[s:e] for s, e in spans] == ["HOSPITAL"]
    html = highlight_html(text, spans, QApplication.palette())
    assert "&lt;b&gt;Not bold&lt;/b&gt; &amp; the " in html
    assert 'font-weight:bold;">HOSPITAL</span>' in html
    assert "<b>" not in html

    # Accents and case do not matter; opening a hit marks the matches in the editor too.
    notes.search("HOPITAL")
    assert notes.ids() == [seeded.notes["chloe"]]
    notes.select(seeded.notes["chloe"])
    assert notes.marked() == ["hôpital"]

    # Clearing the search returns to the filtered list, the note still open.
    notes.clear_search()
    assert notes.filters_enabled()
    assert len(notes.titles()) == 5  # the current group's notes
    assert notes.body().startswith("Chloé wants")


def test_member_links_and_follow_up_are_saved_from_the_side_panel(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    window = unlock(qtbot, clocked_launch())
    window.ctx.request_group(seeded.groups["carers"])
    notes = NotesDriver.open(qtbot, window)
    notes.select(seeded.notes["group"])
    assert notes.about_choices() == ["Anna", "Ben", "Chloé"]
    notes.link(seeded.members["Ben"])
    notes.link(seeded.members["Chloé"])
    notes.tick_follow_up()
    assert notes.due_choices_enabled() == (True, False)
    notes.tick_due()
    with stored(data_dir) as ws:
        note = ws.notes.get(seeded.notes["group"])
        assert note.member_ids == (seeded.members["Ben"], seeded.members["Chloé"])
        assert note.follow_up and note.due_on is not None and not note.done
    notes.tick_done()
    with stored(data_dir) as ws:
        assert ws.notes.get(seeded.notes["group"]).done
    assert "Followed up" in notes.meta(seeded.notes["group"])

    # A new note ticked before a word is typed is stored with its link.
    notes.new_note()
    notes.link(seeded.members["Anna"])
    new_id = notes.ids()[0]
    with stored(data_dir) as ws:
        assert ws.notes.get(new_id).member_ids == (seeded.members["Anna"],)


def test_delete_asks_and_explains_it_is_permanent(
    qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    window = unlock(qtbot, clocked_launch())
    window.ctx.request_group(seeded.groups["carers"])
    notes = NotesDriver.open(qtbot, window)
    notes.select(seeded.notes["anna"])

    cancel = PromptAnswerer("Cancel").arm()
    notes.delete()
    assert cancel.question == "Delete this note?"
    assert notes.is_listed(seeded.notes["anna"])

    sure = PromptAnswerer("Delete for good").arm()
    notes.delete()
    assert sure.answered
    assert not notes.is_listed(seeded.notes["anna"])
    with stored(data_dir) as ws:
        assert seeded.notes["anna"] not in {n.id for n in ws.notes.find()}
    # The neighbouring note opens.
    assert notes.body() == "Anna and Ben argued about the hospital visits."


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
    notes = NotesDriver.open(qtbot, window)
    assert notes.row_title(seeded.notes["group"]) == "⚠ Damaged note"
    notes.select(seeded.notes["group"])
    assert notes.damaged_shown()
    assert "This note is damaged" in notes.damaged_text()
    assert notes.body() == ""
    assert not notes.editable()
    assert not notes.details_enabled()
    assert notes.delete_enabled()  # it can still be removed

    notes.select(seeded.notes["anna"])
    assert not notes.damaged_shown()
    assert notes.body().startswith("Anna slept badly again")
    assert notes.editable()


def test_a_100000_character_body_round_trips_exactly_through_the_editor(
    qtbot: QtBot, clocked_launch: ClockedLaunch, clock: FakeClock, data_dir: Path
) -> None:
    seeded = seed(data_dir)
    line = "Ωραία\u00a0μέρα — naïve café 😀\ttabs\u2028and a line separator.\n"
    body = (line * (100_000 // len(line) + 1))[:100_000]
    with Workspace.open(data_dir, PASSPHRASE) as ws:
        ws.notes.save_body(seeded.notes["chloe"], body)
    notes = NotesDriver.open(qtbot, unlock(qtbot, clocked_launch()))
    notes.select(seeded.notes["chloe"])
    assert notes.body() == body

    notes.type_at_end("!")
    clock.advance(2.0)
    assert notes.autosave_due()
    assert stored_body(data_dir, seeded.notes["chloe"]) == body + "!"

    # Read back into the editor after a round trip through the database.
    notes.reopen(seeded.notes["chloe"])
    assert notes.body() == body + "!"
    assert len(notes.body()) == 100_001


def test_a_failed_save_keeps_the_text_says_so_and_retries(
    qtbot: QtBot,
    clocked_launch: ClockedLaunch,
    clock: FakeClock,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seeded = seed(data_dir)
    app = clocked_launch()
    notes = NotesDriver.open(qtbot, unlock(qtbot, app))
    notes.select(seeded.notes["group"])
    assert app.workspace is not None
    service = app.workspace.notes
    real_save = service.save_body

    def disk_full(_note_id: int, _body: str) -> None:
        raise StorageFull()

    monkeypatch.setattr(service, "save_body", disk_full)
    notes.focus_editor()
    notes.type("Kept in memory. ")  # where the cursor is: at the start
    clock.advance(2.0)
    assert not notes.autosave_due()
    assert notes.pending()
    assert notes.save_state().startswith("Not saved yet: The disk is full")
    assert notes.body().startswith("Kept in memory. ")

    monkeypatch.setattr(service, "save_body", real_save)
    clock.advance(5.0)
    assert notes.autosave_due()  # the retry
    assert notes.save_state() == "Saved · encrypted"
    assert stored_body(data_dir, seeded.notes["group"]).startswith("Kept in memory. ")
