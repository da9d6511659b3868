"""History screen on demo data: the paged session list, a session's summary, corrections,
a member's page, CSV and PDF export, and what locking clears."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, QTime
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.demo import populate
from facilitator_desktop.services.notes import NoteFilter
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.history.corrections import AttendanceDialog, TurnDialog
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.follow_ups import FollowUpsDriver
from tests.gui.drivers.history import TABS, HistoryDriver, with_dialog
from tests.gui.driving import Launch, PromptAnswerer, unlock

WEEKS = 120  # more than two pages of the list


@pytest.fixture
def demo_folder(data_dir: Path) -> Path:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        populate(ws, groups=2, weeks=WEEKS)
    return data_dir


@pytest.fixture
def opened(qtbot: QtBot, launch: Launch, demo_folder: Path) -> FacilitatorApp:
    app = launch()
    unlock(qtbot, app)
    return app


@pytest.fixture
def window(opened: FacilitatorApp) -> Iterator[MainWindow]:
    assert opened.window is not None
    yield opened.window


def test_history_lists_sessions_newest_first_and_loads_more_on_scroll(
    qtbot: QtBot, window: MainWindow
) -> None:
    history = HistoryDriver.open(qtbot, window)
    ws = window.ctx.workspace
    group_id = window.ctx.current_group_id()
    first_page = ws.history.sessions(group_id)
    assert history.row_count() == len(first_page) == 50
    assert history.ids() == [s.id for s in first_page]
    # The newest session is open next to the list.
    assert history.session.shown() == first_page[0].id
    assert history.cell(0, "date").startswith(look.session_date(first_page[0].started_at))
    assert history.cell(0, "length") == look.minutes(first_page[0].elapsed_seconds)

    history.scroll_to_end()
    assert history.row_count() == 100
    history.scroll_to_end()
    assert history.row_count() == WEEKS
    assert history.pages_fetched() == 3
    every = ws.history.sessions(group_id, limit=1000)
    assert history.ids() == [s.id for s in every]


def test_the_list_filters_by_date_range(qtbot: QtBot, window: MainWindow) -> None:
    history = HistoryDriver.open(qtbot, window)
    ws = window.ctx.workspace
    group_id = window.ctx.current_group_id()
    newest = ws.history.sessions(group_id, limit=1)[0].started_at.date()
    since = newest.replace(day=1)
    assert not history.dates_offered()
    history.show_period("custom")
    assert history.dates_offered()
    history.set_dates(since, newest)
    expected = ws.history.sessions(group_id, since=since, until=newest)
    assert 1 <= history.row_count() == len(expected) < 10
    assert history.ids() == [s.id for s in expected]
    history.show_period("all")
    assert not history.dates_offered()
    assert history.row_count() == 50


def test_the_date_range_starts_a_year_back_from_the_workspace_clocks_today(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, settings_path: Path
) -> None:
    from facilitator_desktop.app import build_app
    from facilitator_desktop.services.context import to_local
    from facilitator_desktop.services.groups import GroupDraft

    noon = datetime(2024, 2, 29, 12, 0)  # a leap day, so a year back has no 29th
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        ws.groups.create(GroupDraft("Leap Year Circle"))
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    app = build_app(
        data_dir, kdf_params=FAST_KDF, settings=settings, qapp=qapp, wall_clock=lambda: noon
    )
    try:
        history = HistoryDriver.open(qtbot, unlock(qtbot, app))
        history.show_period("custom")
        today = to_local(noon).date()
        year_back = QDate(today.year, today.month, today.day).addYears(-1)
        assert history.date_range() == (
            date(year_back.year(), year_back.month(), year_back.day()),
            today,
        )
    finally:
        app.shutdown()


def test_a_session_summary_shows_what_the_service_reports(qtbot: QtBot, window: MainWindow) -> None:
    history = HistoryDriver.open(qtbot, window)
    ws = window.ctx.workspace
    history.select_row(3)
    session_id = history.ids()[3]
    assert history.session.shown() == session_id
    summary = ws.sessions.summary(session_id)
    view = history.session

    assert [(r.name, r.planned, r.actual) for r in view.segments()] == [
        (s.name, s.planned_seconds, s.actual_seconds) for s in summary.segments
    ]
    assert [(e.member_id, e.alias, e.status) for e in view.attendance()] == [
        (a.member_id, a.alias, a.status) for a in summary.attendance
    ]
    spoke = [a for a in summary.airtime if a.turns or a.passes or a.seconds]
    assert [(b.label, b.share) for b in view.airtime()] == [(a.alias, a.share) for a in spoke]
    assert len(view.turns()) == len(summary.turns)
    assert [(t.member_id, t.duration, t.passed) for t in view.turns()] == [
        (t.member_id, t.duration, t.passed) for t in summary.turns
    ]
    totals = view.totals()
    assert f"{summary.attended} attended" in totals
    assert f"{summary.turn_count} turns" in totals
    assert look.minutes(summary.actual_seconds) in totals
    assert view.subtitle().startswith(f"{summary.group_name} · ")
    # Its notes, readable while unlocked.
    notes = ws.notes.find(NoteFilter(session_id=session_id))
    for note in notes:
        assert note.body in view.notes()


def test_correcting_attendance_is_stored_recorded_and_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    history = HistoryDriver.open(qtbot, window)
    ws = window.ctx.workspace
    history.select_row(1)
    session_id = history.ids()[1]
    target = next(a for a in ws.sessions.summary(session_id).attendance if a.status == "present")

    def mark_excused(dialog: QDialog) -> None:
        assert isinstance(dialog, AttendanceDialog)
        assert not dialog.save_button.isEnabled()  # nothing changed yet
        box = dialog.boxes[target.member_id]
        box.setCurrentIndex(box.findData("excused"))
        dialog.save_button.click()

    seen = with_dialog(AttendanceDialog, mark_excused)
    history.session.correct_attendance()
    assert seen

    stored = {a.member_id: a.status for a in ws.sessions.summary(session_id).attendance}
    assert stored[target.member_id] == "excused"
    assert any("excused" in what for _, what in ws.history.corrections(session_id))
    view = history.session
    entry = next(e for e in view.attendance() if e.member_id == target.member_id)
    assert entry.status == "excused" and entry.corrected
    assert view.corrected().startswith("✎ Corrected on ")
    assert f"{target.alias}: attendance present → excused" in view.corrections()
    assert history.cell(1, "date").endswith("✎")


def test_a_correction_cancelled_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    history = HistoryDriver.open(qtbot, window)
    ws = window.ctx.workspace
    session_id = history.session.shown()
    assert session_id is not None
    before = ws.sessions.summary(session_id).attendance

    def change_then_cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, AttendanceDialog)
        box = next(iter(dialog.boxes.values()))
        box.setCurrentIndex(box.findData("absent"))
        dialog.reject()  # Escape, or Cancel

    seen = with_dialog(AttendanceDialog, change_then_cancel)
    history.session.correct_attendance()
    assert seen
    assert ws.sessions.summary(session_id).attendance == before
    assert ws.history.corrections(session_id) == []
    assert history.session.corrected() == "" and history.session.corrections() == ""


def test_correcting_a_turn_from_the_timeline(qtbot: QtBot, window: MainWindow) -> None:
    history = HistoryDriver.open(qtbot, window)
    ws = window.ctx.workspace
    session_id = history.session.shown()
    assert session_id is not None
    turn = next(t for t in history.session.turns() if not t.passed)

    def shorten(dialog: QDialog) -> None:
        assert isinstance(dialog, TurnDialog)
        assert dialog.current_turn() == turn  # the clicked turn is the one picked
        dialog.length_edit.setTime(QTime(0, 1, 30))
        dialog.save_button.click()

    seen = with_dialog(TurnDialog, shorten)
    history.session.click_turn(turn.turn_id)
    assert seen
    stored = {t[0]: t[4] for t in ws.history.turns_of(session_id)}
    assert stored[turn.turn_id] == 90.0
    assert any(f"turn {turn.turn_id}:" in what for _, what in ws.history.corrections(session_id))
    assert "length" in history.session.corrections()


def test_a_members_page_shows_their_record(qtbot: QtBot, window: MainWindow) -> None:
    history = HistoryDriver.open(qtbot, window)
    ws = window.ctx.workspace
    entry = history.session.attendance()[0]
    history.session.click_member(entry.member_id)
    assert history.tab() == "member"
    member = history.member
    assert member.shown() == entry.member_id
    record = ws.history.member_record(entry.member_id)
    att = record.attendance
    assert member.title() == record.member.alias
    value, detail = member.tile("attendance")
    assert value == look.percent(att.rate)
    assert f"{att.attended} of {att.sessions} sessions" in detail
    assert member.tile("streak")[0] == str(att.current_streak)
    assert member.tile("absence")[0] == str(att.consecutive_unexcused_absences)
    assert member.tile("passes")[0] == str(record.passes)
    assert member.tile("quiet")[0] == str(ws.history.quiet_streak(entry.member_id))
    bars = member.bars()  # every session since they joined; the chart shows what fits
    assert [(b.session_id, b.status, b.share) for b in bars] == [
        (s.session_id, s.status, s.share) for s in record.sessions
    ]
    assert 0 < len(member.shown_bars()) <= len(bars)
    assert member.note_count() == len(record.notes)

    # Clicking a bar opens that session.
    shown = member.shown_bars()[-2]
    member.click_bar(shown.session_id)
    assert history.tab() == "sessions"
    assert history.session.shown() == shown.session_id


def test_group_insights_show_the_grid_equity_and_overruns(qtbot: QtBot, window: MainWindow) -> None:
    history = HistoryDriver.open(qtbot, window)
    ws = window.ctx.workspace
    group_id = window.ctx.current_group_id()
    history.show_tab("insights")
    insights = history.insights
    grid = ws.history.attendance_grid(group_id)
    shown = insights.grid()
    assert [(r.member_id, r.statuses) for r in shown] == [(m.id, s) for m, s in grid.rows]
    equity = [p for p in ws.history.equity(group_id) if p.top_share > 0]
    assert insights.equity() == [p.top_share for p in equity]
    insights.show_measure("gini")
    assert insights.equity() == [p.gini for p in equity]
    overruns = ws.history.overruns(group_id)
    rows = insights.overruns()
    assert [r[0] for r in rows] == [o.segment_name for o in overruns]
    assert all(
        r[1].startswith(f"{o.overran} of {o.sessions}") for r, o in zip(rows, overruns, strict=True)
    )
    # A name leads to the member's page.
    first = shown[0]
    insights.click_grid_member(first.member_id)
    assert history.tab() == "member"
    assert history.member.shown() == first.member_id


def test_csv_export_warns_first_then_writes_the_file(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: Callable[[str], PromptAnswerer],
) -> None:
    history = HistoryDriver.open(qtbot, window)
    ws = window.ctx.workspace
    group_id = window.ctx.current_group_id()
    asked: list[str] = []
    target = tmp_path / "exports" / "attendance"
    target.parent.mkdir()

    def save_as(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), ""

    monkeypatch.setattr(
        "facilitator_desktop.ui.history.export.QFileDialog.getSaveFileName", save_as
    )
    declined = answer("Cancel")
    history.export("attendance")
    assert declined.answered and asked == []  # no file dialog without agreeing first

    warned = answer("Choose where to save…")
    history.export("attendance")
    assert "names in plain text" in warned.question
    assert len(asked) == 1 and asked[0].endswith(".csv")
    written = target.with_name("attendance.csv")
    assert written.read_bytes() == ws.exports.attendance_csv(group_id)
    assert not list(target.parent.glob(".*partial"))

    answer("Choose where to save…")
    history.export("airtime")
    assert written.read_bytes() == ws.exports.airtime_csv(group_id)


def test_summary_pdf_is_saved_without_notes_unless_asked(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: Callable[[str], PromptAnswerer],
) -> None:
    history = HistoryDriver.open(qtbot, window)
    ws = window.ctx.workspace
    group = window.ctx.current_group()
    assert group is not None
    session_id, note = next(
        (row.id, found[0].body)
        for row in ws.history.sessions(group.id, limit=WEEKS)
        if (found := ws.notes.find(NoteFilter(session_id=row.id)))
    )
    targets = iter([tmp_path / "without.pdf", tmp_path / "with.pdf"])
    monkeypatch.setattr(
        "facilitator_desktop.ui.history.export.QFileDialog.getSaveFileName",
        lambda *_args: (str(next(targets)), ""),
    )

    history.open_session(session_id)
    asked = answer("Choose where to save…")
    history.export("summary")
    without = tmp_path / "without.pdf"
    assert asked.answered and without.exists()
    text = squeezed_pdf_text(without.read_bytes())
    assert squeezed(group.name) in text  # it is this session's summary
    assert "Privatenotes" not in text
    assert squeezed(note[:40]) not in text

    ticked = PromptAnswerer("Choose where to save…", tick_box=True).arm()
    history.export("summary")
    with_notes = tmp_path / "with.pdf"
    assert ticked.answered and with_notes.exists()
    text = squeezed_pdf_text(with_notes.read_bytes())
    assert "Privatenotes" in text
    assert squeezed(note[:40]) in text  # the check above could have failed


def squeezed(text: str) -> str:
    return "".join(text.split())


def squeezed_pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return squeezed("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def test_print_summary_opens_the_handouts_screen(qtbot: QtBot, window: MainWindow) -> None:
    history = HistoryDriver.open(qtbot, window)
    history.session.print_summary()
    qtbot.waitUntil(lambda: window.current_page().key == "handouts")


def test_locking_clears_aliases_and_notes_from_the_history_screen(
    qtbot: QtBot, opened: FacilitatorApp
) -> None:
    window = opened.window
    assert window is not None
    history = HistoryDriver.open(qtbot, window)
    session_id = history.session.shown()
    member_id = history.session.attendance()[0].member_id
    assert history.session.notes()
    history.show_tab("insights")
    assert history.insights.grid()
    history.open_member(member_id)
    assert history.member.picker_count() > 1 and history.member.note_text()

    window.lock_action.trigger()
    view = history.session
    assert view.shown() is None and not view.attendance()
    assert not view.airtime() and not view.turns()
    assert view.notes() == "" and view.corrections() == ""
    assert view.title() == "" and view.subtitle() == ""
    member = history.member
    assert member.shown() is None and member.picker_count() == 0
    assert member.title() == "" and member.note_text() == ""
    assert member.note_count() == 0 and not member.bars()
    assert not history.insights.grid()
    assert history.row_count() == 0

    assert unlock(qtbot, opened) is window
    qtbot.waitUntil(lambda: history.member.shown() == member_id)
    history.show_tab("sessions")
    assert history.session.shown() == session_id


def test_charts_answer_tooltips_from_their_geometry(qtbot: QtBot, window: MainWindow) -> None:
    history = HistoryDriver.open(qtbot, window)
    hit = history.session.turn_hits()[0]
    centre = hit.rect.center()
    assert history.session.turn_hit_at(centre.x(), centre.y()) == hit
    assert "Click to correct" in hit.tip
    assert history.session.turn_hit_at(-5, -5) is None
    # Tooltips are shown from the same geometry (no crash, no Qt warning).
    history.session.show_turn_tooltip(hit)


def test_a_group_without_sessions_shows_calm_empty_states(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    from facilitator_desktop.services.groups import GroupDraft
    from facilitator_desktop.services.members import MemberDraft

    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = ws.groups.create(GroupDraft("Wednesday Caregivers"))
        member = ws.members.add(group.id, MemberDraft("Søren"))
    window = unlock(qtbot, launch())
    history = HistoryDriver.open(qtbot, window)
    assert history.row_count() == 0
    assert history.session.is_empty()
    assert "No finished sessions yet" in history.hint()
    assert not history.can_delete()
    history.show_tab("insights")
    assert not history.insights.grid() and history.insights.overruns() == []
    assert history.open_member(member.id)
    assert history.member.tile("attendance")[0] == "—"  # no sessions: no rate
    assert history.member.tile("streak")[0] == "0"
    follow_ups = FollowUpsDriver.open(qtbot, window)
    assert follow_ups.lines() == []
    assert follow_ups.headings() == ["Nothing needs following up right now."]


def test_locking_closes_an_open_correction_dialog_unsaved(
    qtbot: QtBot, opened: FacilitatorApp
) -> None:
    window = opened.window
    assert window is not None
    history = HistoryDriver.open(qtbot, window)
    session_id = history.session.shown()
    assert session_id is not None
    before = window.ctx.workspace.sessions.summary(session_id).attendance

    def change_then_lock(dialog: QDialog) -> None:
        assert isinstance(dialog, AttendanceDialog)
        box = next(iter(dialog.boxes.values()))
        box.setCurrentIndex(box.findData("absent"))
        window.lock_action.trigger()  # e.g. the idle lock while the dialog is open

    seen = with_dialog(AttendanceDialog, change_then_lock)
    history.session.correct_attendance()
    assert seen
    assert not any(
        isinstance(w, AttendanceDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert history.session.shown() is None
    unlock(qtbot, opened)
    assert window.ctx.workspace.sessions.summary(session_id).attendance == before
    assert window.ctx.workspace.history.corrections(session_id) == []


def test_a_forgotten_tab_is_read_again_when_next_shown(qtbot: QtBot, window: MainWindow) -> None:
    history = HistoryDriver.open(qtbot, window)
    history.show_tab("insights")
    shown = history.insights.grid()
    assert shown
    for tab in ("sessions", "insights", "member"):
        history.page.forget_tab(TABS[tab])
    assert history.insights.grid() == () and history.row_count() == 0
    assert history.session.shown() is None
    history.show_tab("sessions")
    history.wait_for_rows()
    history.show_tab("insights")
    assert history.insights.grid() == shown
    with pytest.raises(ValueError):
        history.page.forget_tab(7)
