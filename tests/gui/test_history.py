"""History screen on demo data: the paged session list, a session's summary, corrections,
a member's page, CSV and PDF export, and what locking clears."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.demo import populate
from facilitator_desktop.services.notes import NoteFilter
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.history.charts.base import ChartBase
from facilitator_desktop.ui.history.corrections import AttendanceDialog, TurnDialog
from facilitator_desktop.ui.history.page import (
    INSIGHTS_TAB,
    MEMBER_TAB,
    SESSIONS_TAB,
    HistoryPage,
)
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.driving import Launch, PromptAnswerer, click, go_to, unlock

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


def history_page(qtbot: QtBot, window: MainWindow) -> HistoryPage:
    go_to(qtbot, window, HistoryPage.key)
    page = window.pages[HistoryPage.key]
    assert isinstance(page, HistoryPage) and window.current_page() is page
    return page


def scroll_to_end(qtbot: QtBot, page: HistoryPage) -> None:
    """Drag the list's scroll bar to the bottom, as a user scrolling down would."""
    before = page.model.rowCount()
    bar = page.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > bar.value())  # the layout caught up
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: page.model.rowCount() > before)


def click_hit(qtbot: QtBot, chart: ChartBase, payload: int) -> None:
    """Click the part of a chart that stands for `payload` (a member, session or turn)."""
    hit = next(h for h in chart.hits() if h.payload == payload)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=hit.rect.center().toPoint())


def with_dialog(kind: type[QDialog], act: Callable[[QDialog], None]) -> list[QDialog]:
    """Run `act` on the next modal dialog of `kind` once it is open."""
    seen: list[QDialog] = []

    def poll(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            seen.append(dialog)
            act(dialog)
        elif tries < 200:
            QTimer.singleShot(5, lambda: poll(tries + 1))

    QTimer.singleShot(0, poll)
    return seen


def test_history_lists_sessions_newest_first_and_loads_more_on_scroll(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = history_page(qtbot, window)
    ws = window.ctx.workspace
    group_id = window.ctx.current_group_id()
    first_page = ws.history.sessions(group_id)
    assert page.model.rowCount() == len(first_page) == 50
    assert [page.model.row_at(r).id for r in range(50)] == [s.id for s in first_page]
    # The newest session is open next to the list.
    assert page.session_view.session_id() == first_page[0].id
    date_cell = page.model.index(0, 0).data()
    assert date_cell.startswith(look.session_date(first_page[0].started_at))
    assert page.model.index(0, 1).data() == look.minutes(first_page[0].elapsed_seconds)

    scroll_to_end(qtbot, page)
    assert page.model.rowCount() == 100
    scroll_to_end(qtbot, page)
    assert page.model.rowCount() == WEEKS
    assert page.model.pages_fetched == 3
    every = ws.history.sessions(group_id, limit=1000)
    assert [page.model.row_at(r).id for r in range(WEEKS)] == [s.id for s in every]


def test_the_list_filters_by_date_range(qtbot: QtBot, window: MainWindow) -> None:
    page = history_page(qtbot, window)
    ws = window.ctx.workspace
    group_id = window.ctx.current_group_id()
    newest = ws.history.sessions(group_id, limit=1)[0].started_at.date()
    since = newest.replace(day=1)
    page.period_box.setCurrentIndex(page.period_box.findData("custom"))
    assert page.since_edit.isVisible() and page.until_edit.isVisible()
    page.until_edit.setDate(newest)
    page.since_edit.setDate(since)
    expected = ws.history.sessions(group_id, since=since, until=newest)
    assert 1 <= page.model.rowCount() == len(expected) < 10
    assert [page.model.row_at(r).id for r in range(len(expected))] == [s.id for s in expected]
    page.period_box.setCurrentIndex(page.period_box.findData("all"))
    assert page.model.rowCount() == 50


def test_a_session_summary_shows_what_the_service_reports(qtbot: QtBot, window: MainWindow) -> None:
    page = history_page(qtbot, window)
    ws = window.ctx.workspace
    page.table.selectRow(3)
    session_id = page.model.row_at(3).id
    assert page.session_view.session_id() == session_id
    summary = ws.sessions.summary(session_id)
    view = page.session_view

    assert [(r.name, r.planned, r.actual) for r in view.segment_bars.rows()] == [
        (s.name, s.planned_seconds, s.actual_seconds) for s in summary.segments
    ]
    assert [(e.member_id, e.alias, e.status) for e in view.attendance_list.entries()] == [
        (a.member_id, a.alias, a.status) for a in summary.attendance
    ]
    spoke = [a for a in summary.airtime if a.turns or a.passes or a.seconds]
    assert [(b.label, b.share) for b in view.airtime.bars()] == [(a.alias, a.share) for a in spoke]
    assert len(view.timeline.turns()) == len(summary.turns)
    assert [(t.member_id, t.duration, t.passed) for t in view.timeline.turns()] == [
        (t.member_id, t.duration, t.passed) for t in summary.turns
    ]
    totals = view.totals_label.text()
    assert f"{summary.attended} attended" in totals
    assert f"{summary.turn_count} turns" in totals
    assert look.minutes(summary.actual_seconds) in totals
    # Its notes, readable while unlocked.
    notes = ws.notes.find(NoteFilter(session_id=session_id))
    for note in notes:
        assert note.body in view.notes_label.text()


def test_correcting_attendance_is_stored_recorded_and_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = history_page(qtbot, window)
    ws = window.ctx.workspace
    page.table.selectRow(1)
    session_id = page.model.row_at(1).id
    target = next(a for a in ws.sessions.summary(session_id).attendance if a.status == "present")

    def mark_excused(dialog: QDialog) -> None:
        assert isinstance(dialog, AttendanceDialog)
        assert not dialog.save_button.isEnabled()  # nothing changed yet
        box = dialog.boxes[target.member_id]
        box.setCurrentIndex(box.findData("excused"))
        dialog.save_button.click()

    seen = with_dialog(AttendanceDialog, mark_excused)
    click(qtbot, page.session_view.attendance_button)
    assert seen

    stored = {a.member_id: a.status for a in ws.sessions.summary(session_id).attendance}
    assert stored[target.member_id] == "excused"
    assert any("excused" in what for _, what in ws.history.corrections(session_id))
    view = page.session_view
    entry = next(e for e in view.attendance_list.entries() if e.member_id == target.member_id)
    assert entry.status == "excused" and entry.corrected
    assert view.corrected_label.text().startswith("✎ Corrected on ")
    assert f"{target.alias}: attendance present → excused" in view.corrections_label.text()
    assert page.model.index(1, 0).data().endswith("✎")


def test_correcting_a_turn_from_the_timeline(qtbot: QtBot, window: MainWindow) -> None:
    page = history_page(qtbot, window)
    ws = window.ctx.workspace
    session_id = page.session_view.session_id()
    assert session_id is not None
    turn = next(t for t in page.session_view.timeline.turns() if not t.passed)

    def shorten(dialog: QDialog) -> None:
        assert isinstance(dialog, TurnDialog)
        assert dialog.current_turn() == turn  # the clicked turn is the one picked
        dialog.length_edit.setTime(QTime(0, 1, 30))
        dialog.save_button.click()

    seen = with_dialog(TurnDialog, shorten)
    click_hit(qtbot, page.session_view.timeline, turn.turn_id)
    assert seen
    stored = {t[0]: t[4] for t in ws.history.turns_of(session_id)}
    assert stored[turn.turn_id] == 90.0
    assert any(f"turn {turn.turn_id}:" in what for _, what in ws.history.corrections(session_id))
    assert "length" in page.session_view.corrections_label.text()


def test_a_members_page_shows_their_record(qtbot: QtBot, window: MainWindow) -> None:
    page = history_page(qtbot, window)
    ws = window.ctx.workspace
    entry = page.session_view.attendance_list.entries()[0]
    click_hit(qtbot, page.session_view.attendance_list, entry.member_id)
    assert page.tabs.currentIndex() == MEMBER_TAB
    view = page.member_view
    assert view.member_id() == entry.member_id
    record = ws.history.member_record(entry.member_id)
    att = record.attendance
    assert view.title.text() == record.member.alias
    assert view.attendance_tile.value.text() == look.percent(att.rate)
    assert f"{att.attended} of {att.sessions} sessions" in view.attendance_tile.detail.text()
    assert view.streak_tile.value.text() == str(att.current_streak)
    assert view.absence_tile.value.text() == str(att.consecutive_unexcused_absences)
    assert view.passes_tile.value.text() == str(record.passes)
    assert view.quiet_tile.value.text() == str(ws.history.quiet_streak(entry.member_id))
    bars = view.chart._bars  # every session since they joined; the chart shows what fits
    assert [(b.session_id, b.status, b.share) for b in bars] == [
        (s.session_id, s.status, s.share) for s in record.sessions
    ]
    assert 0 < len(view.chart.shown()) <= len(bars)
    assert view.notes_list.count() == len(record.notes)

    # Clicking a bar opens that session.
    shown = view.chart.shown()[-2]
    click_hit(qtbot, view.chart, shown.session_id)
    assert page.tabs.currentIndex() == SESSIONS_TAB
    assert page.session_view.session_id() == shown.session_id


def test_group_insights_show_the_grid_equity_and_overruns(qtbot: QtBot, window: MainWindow) -> None:
    page = history_page(qtbot, window)
    ws = window.ctx.workspace
    group_id = window.ctx.current_group_id()
    page.tabs.setCurrentIndex(INSIGHTS_TAB)
    grid = ws.history.attendance_grid(group_id)
    shown = page.insights.grid.rows()
    assert [(r.member_id, r.statuses) for r in shown] == [(m.id, s) for m, s in grid.rows]
    equity = [p for p in ws.history.equity(group_id) if p.top_share > 0]
    assert [p.value for p in page.insights.equity_chart.points()] == [p.top_share for p in equity]
    page.insights.measure_box.setCurrentIndex(page.insights.measure_box.findData("gini"))
    assert [p.value for p in page.insights.equity_chart.points()] == [p.gini for p in equity]
    overruns = ws.history.overruns(group_id)
    rows = page.insights.overrun_rows()
    assert [r[0] for r in rows] == [o.segment_name for o in overruns]
    assert all(
        r[1].startswith(f"{o.overran} of {o.sessions}") for r, o in zip(rows, overruns, strict=True)
    )
    # A name leads to the member's page.
    first = shown[0]
    click_hit(qtbot, page.insights.grid, first.member_id)
    assert page.tabs.currentIndex() == MEMBER_TAB
    assert page.member_view.member_id() == first.member_id


def test_csv_export_warns_first_then_writes_the_file(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: Callable[[str], PromptAnswerer],
) -> None:
    page = history_page(qtbot, window)
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
    page.export_attendance_action.trigger()
    assert declined.answered and asked == []  # no file dialog without agreeing first

    warned = answer("Choose where to save…")
    page.export_attendance_action.trigger()
    assert "names in plain text" in warned.question
    assert len(asked) == 1 and asked[0].endswith(".csv")
    written = target.with_name("attendance.csv")
    assert written.read_bytes() == ws.exports.attendance_csv(group_id)
    assert not list(target.parent.glob(".*partial"))

    answer("Choose where to save…")
    page.export_airtime_action.trigger()
    assert written.read_bytes() == ws.exports.airtime_csv(group_id)


def test_summary_pdf_is_saved_without_notes_unless_asked(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: Callable[[str], PromptAnswerer],
) -> None:
    from facilitator_desktop.ui.history.export import save_summary_pdf

    history_page(qtbot, window)
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

    asked = answer("Choose where to save…")
    without = save_summary_pdf(window, window.ctx, session_id)
    assert asked.answered and without == tmp_path / "without.pdf"
    text = squeezed_pdf_text(without.read_bytes())
    assert squeezed(group.name) in text  # it is this session's summary
    assert "Privatenotes" not in text
    assert squeezed(note[:40]) not in text

    ticked = PromptAnswerer("Choose where to save…", tick_box=True).arm()
    with_notes = save_summary_pdf(window, window.ctx, session_id)
    assert ticked.answered and with_notes == tmp_path / "with.pdf"
    text = squeezed_pdf_text(with_notes.read_bytes())
    assert "Privatenotes" in text
    assert squeezed(note[:40]) in text  # the check above could have failed


def squeezed(text: str) -> str:
    return "".join(text.split())


def squeezed_pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    return squeezed("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def test_print_summary_opens_the_handouts_screen(qtbot: QtBot, window: MainWindow) -> None:
    page = history_page(qtbot, window)
    click(qtbot, page.session_view.print_button)
    qtbot.waitUntil(lambda: window.current_page().key == "handouts")


def test_locking_clears_aliases_and_notes_from_the_history_screen(
    qtbot: QtBot, opened: FacilitatorApp
) -> None:
    window = opened.window
    assert window is not None
    page = history_page(qtbot, window)
    session_id = page.session_view.session_id()
    member_id = page.session_view.attendance_list.entries()[0].member_id
    assert page.session_view.notes_label.text()
    page.tabs.setCurrentIndex(INSIGHTS_TAB)
    assert page.insights.grid.rows()
    page.open_member(member_id)
    assert page.member_view.picker.count() > 1 and page.member_view.note_text.toPlainText()

    window.lock_action.trigger()
    view = page.session_view
    assert view.summary is None and not view.attendance_list.entries()
    assert not view.airtime.bars() and not view.timeline.turns()
    assert view.notes_label.text() == "" and view.corrections_label.text() == ""
    assert view.title.text() == "" and view.subtitle.text() == ""
    member = page.member_view
    assert member.record is None and member.picker.count() == 0
    assert member.title.text() == "" and member.note_text.toPlainText() == ""
    assert member.notes_list.count() == 0 and not member.chart._bars
    assert not page.insights.grid.rows()
    assert page.model.rowCount() == 0

    assert unlock(qtbot, opened) is window
    qtbot.waitUntil(lambda: page.member_view.member_id() == member_id)
    page.tabs.setCurrentIndex(SESSIONS_TAB)
    assert page.session_view.session_id() == session_id


def test_charts_answer_tooltips_from_their_geometry(qtbot: QtBot, window: MainWindow) -> None:
    page = history_page(qtbot, window)
    timeline = page.session_view.timeline
    hit = timeline.hits()[0]
    assert timeline.hit_at(QPointF(hit.rect.center())) == hit
    assert "Click to correct" in hit.tip
    assert timeline.hit_at(QPointF(-5, -5)) is None
    # Tooltips are shown from the same geometry (no crash, no Qt warning).
    from PySide6.QtGui import QHelpEvent

    event = QHelpEvent(
        QHelpEvent.Type.ToolTip, hit.rect.center().toPoint(), timeline.mapToGlobal(QPoint(0, 0))
    )
    QApplication.sendEvent(timeline, event)


def test_a_group_without_sessions_shows_calm_empty_states(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    from facilitator_desktop.services.groups import GroupDraft
    from facilitator_desktop.services.members import MemberDraft
    from facilitator_desktop.ui.history import AttentionPage

    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = ws.groups.create(GroupDraft("Wednesday Caregivers"))
        member = ws.members.add(group.id, MemberDraft("Søren"))
    window = unlock(qtbot, launch())
    page = history_page(qtbot, window)
    assert page.model.rowCount() == 0
    assert page.session_view.session_id() is None and page.session_view.empty_label.isVisible()
    assert "No finished sessions yet" in page.list_hint.text()
    page.tabs.setCurrentIndex(INSIGHTS_TAB)
    assert not page.insights.grid.rows() and page.insights.overrun_rows() == []
    assert page.open_member(member.id)
    assert page.member_view.attendance_tile.value.text() == "—"  # no sessions: no rate
    assert page.member_view.streak_tile.value.text() == "0"
    go_to(qtbot, window, AttentionPage.key)
    attention = window.pages[AttentionPage.key]
    assert isinstance(attention, AttentionPage)
    assert attention.lines() == []
    assert attention.tree.topLevelItem(0).text(0) == "Nothing needs following up right now."


def test_locking_closes_an_open_correction_dialog_unsaved(
    qtbot: QtBot, opened: FacilitatorApp
) -> None:
    window = opened.window
    assert window is not None
    page = history_page(qtbot, window)
    session_id = page.session_view.session_id()
    assert session_id is not None
    before = window.ctx.workspace.sessions.summary(session_id).attendance

    def change_then_lock(dialog: QDialog) -> None:
        assert isinstance(dialog, AttendanceDialog)
        box = next(iter(dialog.boxes.values()))
        box.setCurrentIndex(box.findData("absent"))
        window.lock_action.trigger()  # e.g. the idle lock while the dialog is open

    seen = with_dialog(AttendanceDialog, change_then_lock)
    click(qtbot, page.session_view.attendance_button)
    assert seen
    assert not any(
        isinstance(w, AttendanceDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert page.session_view.summary is None
    unlock(qtbot, opened)
    assert window.ctx.workspace.sessions.summary(session_id).attendance == before
    assert window.ctx.workspace.history.corrections(session_id) == []
