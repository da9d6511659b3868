"""The ways into a session note: the summary at the end of a session (never a rehearsal's),
a past session in History, and Follow-ups once a note is left unsigned longer than the
setting; the group editor's template picker and the Settings' session-note box."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.session_note import NoteBody, Section
from facilitator_desktop.services.settings import MEMBER_COPY_OTHERS, UNSIGNED_NOTE_DAYS
from facilitator_desktop.ui.groups_page import GroupsPage
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.runner.page import RunnerPage
from facilitator_desktop.ui.session_note.editor import SessionNoteDialog
from facilitator_desktop.ui.session_note.settings_box import SessionNoteSettings
from facilitator_desktop.ui.session_note.windows import SessionNoteWindows
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.follow_ups import FollowUpsDriver
from tests.gui.drivers.history import HistoryDriver
from tests.gui.driving import Launch, click, go_to, stored, unlock
from tests.helpers.session_notes import small_group, typical_session


def started(
    qtbot: QtBot, launch: Launch, data_dir: Path, *, days_ago: int = 1
) -> tuple[MainWindow, int]:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = small_group(ws)
        started_at = ws.context.now() - timedelta(days=days_ago)
        session_id = typical_session(ws, group, started_at=started_at)
    return unlock(qtbot, launch()), session_id


def note_of(window: MainWindow, session_id: int) -> SessionNoteDialog | None:
    return SessionNoteWindows.of(window.ctx).dialog(session_id)


def test_the_summary_at_the_end_offers_the_note(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    window, session_id = started(qtbot, launch, data_dir)
    runner = window.pages.build(RunnerPage.key)
    assert isinstance(runner, RunnerPage)
    ws = window.ctx.workspace
    runner.dialogs.show_summary(ws.sessions.summary(session_id), rehearsal=False)
    summary = runner.dialogs.summary_dialog
    assert summary is not None and summary.note_button.isVisible()
    click(qtbot, summary.note_button)
    assert not summary.isVisible()
    note = note_of(window, session_id)
    assert note is not None and note.isVisible()


def test_a_rehearsals_summary_offers_no_note(qtbot: QtBot, launch: Launch, data_dir: Path) -> None:
    window, session_id = started(qtbot, launch, data_dir)
    runner = window.pages.build(RunnerPage.key)
    assert isinstance(runner, RunnerPage)
    runner.dialogs.show_summary(window.ctx.workspace.sessions.summary(session_id), rehearsal=True)
    summary = runner.dialogs.summary_dialog
    assert summary is not None and not summary.note_button.isVisible()
    summary.reject()


def test_history_opens_a_past_sessions_note(qtbot: QtBot, launch: Launch, data_dir: Path) -> None:
    window, session_id = started(qtbot, launch, data_dir)
    history = HistoryDriver.open(qtbot, window)
    history.wait_for_rows()
    history.select_row(0)
    view = history.page.session_view
    assert view.session_id() == session_id
    click(qtbot, view.note_button)
    note = note_of(window, session_id)
    assert note is not None and note.isVisible()


def test_an_unsigned_note_older_than_the_setting_is_a_follow_up(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = small_group(ws)
        now = ws.context.now()
        old = typical_session(ws, group, started_at=now - timedelta(days=5))
        recent = typical_session(ws, group, started_at=now - timedelta(days=1))
        for session_id in (old, recent):
            ws.session_notes.save(session_id, body=NoteBody((Section("Note", "Begun."),)))
    window = unlock(qtbot, launch())
    follow_ups = FollowUpsDriver.open(qtbot, window)
    lines = [line for line in follow_ups.lines() if line.kind == "unsigned_note"]
    assert [line.session_id for line in lines] == [old]
    assert "Session notes to sign (1)" in follow_ups.headings()
    assert "not signed, 5 days on" in lines[0].text
    follow_ups.select(lines[0])
    assert follow_ups.detail_title() == lines[0].text
    follow_ups.click_open()
    note = note_of(window, old)
    assert note is not None and note.isVisible()
    assert note is not None
    note.reject()

    window.ctx.workspace.settings.set(UNSIGNED_NOTE_DAYS, 7)
    follow_ups.reload()
    assert not [line for line in follow_ups.lines() if line.kind == "unsigned_note"]


def test_the_group_editor_picks_the_template(qtbot: QtBot, launch: Launch, data_dir: Path) -> None:
    window, _session_id = started(qtbot, launch, data_dir)
    go_to(qtbot, window, GroupsPage.key)
    page = window.pages[GroupsPage.key]
    assert isinstance(page, GroupsPage)
    picker = page.template_picker
    assert picker.isEnabled() and picker.box.currentText() == "Free text"
    dap = picker.box.findText("DAP (Data, Assessment, Plan)")
    picker.box.setCurrentIndex(dap)
    picker.box.activated.emit(dap)
    assert page.unsaved_what() is None  # kept at once, not part of the form
    with stored(data_dir) as ws:
        group = ws.groups.list()[0].id
        assert ws.note_templates.for_group(group).builtin_key == "dap"


def test_settings_keep_the_days_and_how_the_others_show(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    window, _session_id = started(qtbot, launch, data_dir)
    box = SessionNoteSettings(window.ctx, window)
    qtbot.addWidget(box)
    assert box.days.value() == 3 and box.others.currentData() == "initials"
    box.days.setValue(10)
    box.others.setCurrentIndex(box.others.findData("removed"))
    with stored(data_dir) as ws:
        assert ws.settings.get(UNSIGNED_NOTE_DAYS) == 10
        assert ws.settings.get(MEMBER_COPY_OTHERS) == "removed"
