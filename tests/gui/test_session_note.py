"""The session note as the facilitator meets it: opened pre-filled, the group written once
and a line per member, saved within two seconds, signed read-only with dated addenda,
laid out in another template without losing a word, a member's copy with the others as
initials, and nothing left on the screen after a lock."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.domain.clock import FakeClock
from facilitator_desktop.domain.session_note import NoteBody, Section
from facilitator_desktop.errors import StorageFull
from facilitator_desktop.services.session_notes import SessionNoteService
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.session_note.addendum_dialog import AddendumDialog
from facilitator_desktop.ui.session_note.editor import SessionNoteDialog
from facilitator_desktop.ui.session_note.member_copy import MemberCopyDialog
from facilitator_desktop.ui.session_note.windows import SessionNoteWindows, open_session_note
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui import notes_driving
from tests.gui.driving import PromptAnswerer, click, stored, type_text, unlock
from tests.gui.notes_driving import ClockedLaunch
from tests.helpers.session_notes import SmallGroup, small_group, typical_session

clock = notes_driving.clock
clocked_launch = notes_driving.clocked_launch


@dataclass(frozen=True)
class Opened:
    app: FacilitatorApp
    window: MainWindow
    note: SessionNoteDialog
    group: SmallGroup
    session_id: int


@pytest.fixture
def opened(qtbot: QtBot, clocked_launch: ClockedLaunch, data_dir: Path) -> Opened:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = small_group(ws)
        ws.note_templates.set_for_group(group.group_id, ws.note_templates.builtin("dap").id)
        session_id = typical_session(ws, group)
    app = clocked_launch()
    window = unlock(qtbot, app)
    note = open_session_note(window.ctx, session_id, window)
    assert note is not None and note.isVisible()
    return Opened(app, window, note, group, session_id)


def saved_after_typing(note: SessionNoteDialog, clock: FakeClock) -> None:
    clock.advance(2.1)
    assert note.autosaver.check()


def test_the_note_opens_with_the_facts_beside_the_templates_sections(opened: Opened) -> None:
    note, group = opened.note, opened.group
    facts = note.facts.values()
    view = note.view
    assert view is not None
    bo_came = formatting.local_time(view.facts.late[0].arrived_at)  # type: ignore[arg-type]
    cleo_left = formatting.local_time(view.facts.left_early[0].left_at)  # type: ignore[arg-type]
    assert facts["Present"] == f"Anna, Bo (late, came {bo_came}), Cleo (left {cleo_left})"
    assert facts["Excused"] == "Dan" and facts["Absent without notice"] == "Eve"
    assert facts["Guests"] == "1"
    assert facts["Rounds"] == (
        "Check-in: 2 turns; passed: Cleo\nCheck-out: 1 turns; passed: Bo".replace(
            "1 turns", formatting.turns(1)
        )
    )
    assert [s.label.text() for s in note.section_editors] == ["Data", "Assessment", "Plan"]
    assert note.section_editors[0].editor.placeholderText().startswith("What was said")
    assert list(note.entries) == [group.anna, group.bo, group.cleo]  # present only
    assert "late" in note.entries[group.bo].facts_label.text()
    assert note.state_label.text() == "Not written yet"
    assert note.windowTitle() == "Session note"  # no group or member in a window title


def test_what_is_typed_is_saved_within_two_seconds(
    qtbot: QtBot, opened: Opened, clock: FakeClock, data_dir: Path
) -> None:
    note, group = opened.note, opened.group
    type_text(qtbot, note.themes_edit, "sleep, Sleep, work")
    type_text(qtbot, note.section_editors[0].editor, "Zoë's group talked about sleep.")
    type_text(qtbot, note.entries[group.anna].editor, "Slept better.")
    assert note.autosaver.pending and note.state_label.text() == "Saving…"
    clock.advance(0.5)
    assert not note.autosaver.check()  # not yet
    saved_after_typing(note, clock)
    assert note.state_label.text().startswith("Saved")
    with stored(data_dir) as ws:
        view = ws.session_notes.open(opened.session_id)
    assert view.body.themes == ("sleep", "work")
    assert view.body.sections[0] == Section("Data", "Zoë's group talked about sleep.")
    assert dict(view.entries) == {group.anna: "Slept better."}


def test_the_keyboard_goes_from_section_to_section_and_member_to_member(
    qtbot: QtBot, opened: Opened, clock: FakeClock, data_dir: Path
) -> None:
    note, group = opened.note, opened.group
    chain = [note.themes_edit, *(s.editor for s in note.section_editors)]
    chain += [note.entries[m].editor for m in (group.anna, group.bo, group.cleo)]
    chain[0].setFocus()
    for here, there in zip(chain, chain[1:], strict=False):
        assert here.hasFocus() or QApplication.focusWidget() is here
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is there
    type_text(qtbot, chain[-1], "Left early, as planned.")
    qtbot.keyClick(chain[-1], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # save now
    assert not note.autosaver.pending
    with stored(data_dir) as ws:
        assert ws.session_notes.open(opened.session_id).entry(group.cleo) == (
            "Left early, as planned."
        )


def test_opening_the_same_note_twice_shows_one_editor(opened: Opened) -> None:
    again = open_session_note(opened.window.ctx, opened.session_id, opened.window)
    assert again is opened.note
    assert SessionNoteWindows.of(opened.window.ctx).dialog(opened.session_id) is opened.note


def test_another_template_keeps_every_word(
    qtbot: QtBot, opened: Opened, clock: FakeClock, data_dir: Path
) -> None:
    note = opened.note
    type_text(qtbot, note.section_editors[0].editor, "What happened.")
    type_text(qtbot, note.section_editors[2].editor, "Call Eve.")
    soap = note.template_box.findText("SOAP (Subjective, Objective, Assessment, Plan)")
    note.template_box.setCurrentIndex(soap)
    note.template_box.activated.emit(soap)
    assert [s.title for s in note.section_editors] == [
        "Subjective",
        "Objective",
        "Assessment",
        "Plan",
        "Data",
    ]
    assert note.section_editors[3].editor.toPlainText() == "Call Eve."
    assert note.section_editors[4].editor.toPlainText() == "What happened."
    saved_after_typing(note, clock)
    with stored(data_dir) as ws:
        view = ws.session_notes.open(opened.session_id)
    assert view.template.builtin_key == "soap"
    assert view.body.sections[-1] == Section("Data", "What happened.")


def test_signing_makes_it_read_only_and_addenda_are_dated_under_it(
    qtbot: QtBot, opened: Opened, clock: FakeClock, data_dir: Path
) -> None:
    note, group = opened.note, opened.group
    type_text(qtbot, note.section_editors[0].editor, "Calm session.")
    answer = PromptAnswerer("Sign").arm()
    click(qtbot, note.sign_button)
    answer.check()
    assert note.state_label.text().startswith("Signed") and not note.sign_button.isVisible()
    assert note.section_editors[0].editor.isReadOnly()
    assert note.section_editors[0].editor.toPlainText() == "Calm session."  # saved first
    assert all(e.editor.isReadOnly() for e in note.entries.values())
    assert note.themes_edit.isReadOnly() and not note.template_row.isVisible()

    click(qtbot, note.entries[group.bo].addendum_button)
    dialog = note.addendum_dialog
    assert isinstance(dialog, AddendumDialog) and dialog.isVisible()
    click(qtbot, dialog.add_button)  # nothing written
    assert dialog.isVisible() and dialog.error_label.text() == "Write the addendum first."
    type_text(qtbot, dialog.editor, "Bo phoned; he is fine.")
    click(qtbot, dialog.add_button)
    assert not dialog.isVisible()
    assert note.entries[group.bo].addenda.texts() == ["Bo phoned; he is fine."]
    with stored(data_dir) as ws:
        view = ws.session_notes.open(opened.session_id)
    assert view.signed and [(a.member_id, a.text) for a in view.addenda] == [
        (group.bo, "Bo phoned; he is fine.")
    ]


def test_a_refused_save_keeps_the_lines_and_closing_holds_them_for_the_next_opening(
    qtbot: QtBot,
    opened: Opened,
    clock: FakeClock,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    note, group = opened.note, opened.group
    real_save = SessionNoteService.save

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise StorageFull()

    monkeypatch.setattr(SessionNoteService, "save", full_disk)
    type_text(qtbot, note.entries[group.anna].editor, "Not lost.")
    clock.advance(2.1)
    assert not note.autosaver.check()
    assert note.state_label.text().startswith("Not saved:")
    assert note.entries[group.anna].text() == "Not lost."  # still on the screen
    told = PromptAnswerer("OK").arm()
    note.reject()  # closed while the disk still refuses
    assert not note.isVisible() and note.holds_text
    assert note.entries == {}  # off the screen
    qtbot.waitUntil(lambda: told.answered)
    assert told.question.startswith("The last lines of this session note could not be saved.")
    monkeypatch.setattr(SessionNoteService, "save", real_save)
    again = open_session_note(opened.window.ctx, opened.session_id, opened.window)
    assert again is note
    assert note.entries[group.anna].text() == "Not lost."
    saved_after_typing(note, clock)
    with stored(data_dir) as ws:
        assert ws.session_notes.open(opened.session_id).entry(group.anna) == "Not lost."


def test_a_lock_saves_then_leaves_nothing_on_the_screen(
    qtbot: QtBot, opened: Opened, data_dir: Path
) -> None:
    note, group = opened.note, opened.group
    type_text(qtbot, note.section_editors[0].editor, "Said before the lock.")
    type_text(qtbot, note.entries[group.bo].editor, "Bo, before the lock.")
    editors = [s.editor for s in note.section_editors]
    window = opened.window
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.ctx.workspace.locked
    assert not note.isVisible()
    # Emptied with its undo history, then deleted (when the event loop next turns).
    assert not isValid(editors[0]) or not (
        editors[0].toPlainText() or editors[0].document().isUndoAvailable()
    )
    assert note.section_editors == [] and note.entries == {}  # names gone with their rows
    assert note.view is None and not note.facts.values()
    assert not note.holds_text
    with stored(data_dir) as ws:
        view = ws.session_notes.open(opened.session_id)
    assert view.body.sections[0].text == "Said before the lock."
    assert view.entry(group.bo) == "Bo, before the lock."


def test_a_members_copy_has_everyone_else_as_initials(
    qtbot: QtBot, opened: Opened, clock: FakeClock, tmp_path: Path
) -> None:
    note, group = opened.note, opened.group
    type_text(qtbot, note.section_editors[0].editor, "Anna comforted Bo. Cleo Ames left.")
    type_text(qtbot, note.entries[group.bo].editor, "Bo thanked Anna.")
    click(qtbot, note.print_button)
    copy = note.copy_dialog
    assert isinstance(copy, MemberCopyDialog) and copy.isVisible()
    assert copy.session_radio.isChecked() and copy.initials_radio.isChecked()
    copy.member_box.setCurrentIndex(copy.member_box.findData(group.bo))
    path = copy.save_to(tmp_path / "copy")
    assert path == tmp_path / "copy.pdf" and path.stat().st_mode & 0o077 == 0
    text = " ".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages
    )
    assert "A.K. comforted Bo. C.A. left." in text and "Bo thanked A.K." in text
    for name in ("Anna", "Cleo", "Kowalska", "Dan", "Eve"):
        assert name not in text
    # On the round button itself (a click beyond the words misses a radio button).
    radio = copy.removed_radio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
    assert radio.isChecked()
    path = copy.save_to(tmp_path / "removed.pdf")
    assert path is not None
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert "Bo thanked [another member]." in " ".join(text.split())


def test_a_copy_over_a_backwards_period_is_refused_in_words(
    qtbot: QtBot, opened: Opened, tmp_path: Path
) -> None:
    copy = MemberCopyDialog(opened.window.ctx, opened.group.group_id, opened.note)
    assert copy.range_radio.isChecked() and not copy.session_radio.isVisible()
    copy.first_edit.setDate(copy.last_edit.date().addDays(1))
    assert copy.save_to(tmp_path / "x.pdf") is None
    assert copy.error_label.text() == "The first day is after the last. Nothing was made."
    assert not (tmp_path / "x.pdf").exists()


def test_an_empty_note_and_a_member_with_no_session_still_print(
    qtbot: QtBot, opened: Opened, tmp_path: Path
) -> None:
    copy = MemberCopyDialog(opened.window.ctx, opened.group.group_id, opened.note)
    copy.member_box.setCurrentIndex(copy.member_box.findData(opened.group.eve))
    path = copy.save_to(tmp_path / "eve.pdf")
    assert path is not None
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert "No session in this period." in " ".join(text.split())


def test_a_note_written_elsewhere_is_what_the_editor_shows(
    qtbot: QtBot, opened: Opened, data_dir: Path
) -> None:
    ws = opened.window.ctx.workspace
    ws.session_notes.save(
        opened.session_id, body=NoteBody((Section("Data", "From the service."),), ("loss",))
    )
    opened.note.load()
    assert opened.note.section_editors[0].editor.toPlainText() == "From the service."
    assert opened.note.themes_edit.text() == "loss"
    assert not opened.note.autosaver.pending  # loading is not an edit


def test_lines_the_disk_refuses_at_a_lock_are_held_sealed_and_come_back(
    qtbot: QtBot,
    opened: Opened,
    clock: FakeClock,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    note, group = opened.note, opened.group
    real_save = SessionNoteService.save

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise StorageFull()

    monkeypatch.setattr(SessionNoteService, "save", full_disk)
    type_text(qtbot, note.entries[group.cleo].editor, "Typed as the lid closed.")
    qtbot.keyClick(opened.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert opened.window.ctx.workspace.locked and not note.isVisible()
    assert note.holds_text and note.entries == {}
    assert "Typed as the lid closed." not in repr(note.across_lock)  # sealed, never plain
    monkeypatch.setattr(SessionNoteService, "save", real_save)
    window = unlock(qtbot, opened.app)
    again = open_session_note(window.ctx, opened.session_id, window)
    assert again is note and note.entries[group.cleo].text() == "Typed as the lid closed."
    saved_after_typing(note, clock)
    with stored(data_dir) as ws:
        assert ws.session_notes.open(opened.session_id).entry(group.cleo) == (
            "Typed as the lid closed."
        )


def test_a_damaged_entry_is_said_and_the_rest_of_the_note_stays_writable(
    qtbot: QtBot, opened: Opened, data_dir: Path
) -> None:
    ws = opened.window.ctx.workspace
    group = opened.group
    ws.session_notes.save(opened.session_id, entries={group.anna: "Fine.", group.bo: "Fine too."})
    with ws.context.sessions.begin() as s:
        from facilitator_desktop.models import ProgressEntry

        row = s.query(ProgressEntry).filter_by(member_id=group.bo).one()
        row.rev = row.rev + 3  # its text no longer opens
    opened.note.load()
    bo = opened.note.entries[group.bo]
    QApplication.processEvents()  # widgets added to a shown dialog show on the next turn
    assert bo.damaged_label is not None and bo.damaged_label.isVisibleTo(opened.note)
    assert bo.editor.isReadOnly() and bo.text() == ""
    anna = opened.note.entries[group.anna]
    assert not anna.editor.isReadOnly() and anna.text() == "Fine."
    assert not opened.note.section_editors[0].editor.isReadOnly()
