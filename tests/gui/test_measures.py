"""Outcome measures as a facilitator meets them: a PHQ-9 typed in from paper by keyboard,
item 9 above 0 told at once and again after saving, every time; a skipped item refused with
nothing lost; a total alone; a measure of their own defined and used; a member's trajectory
and its summary; their scores exported as CSV after a warning; not-on-track in Follow-ups."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from facilitator_desktop.domain.measures import Change, PaperTotal
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.measures import MeasureService
from facilitator_desktop.services.members import MemberDraft
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.history import HistoryPage
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.measures.entry_dialog import MeasureEntryDialog
from facilitator_desktop.ui.measures.instruments_dialog import InstrumentsDialog
from facilitator_desktop.ui.measures.trajectory_panel import MeasuresPanel
from facilitator_desktop.ui.members_page import MembersPage
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers import measures as driver
from tests.gui.drivers.follow_ups import FollowUpsDriver
from tests.gui.drivers.widgets import click, tick, type_into, wait_until
from tests.gui.driving import Launch, PromptAnswerer, go_to, stored, unlock

Answer = Callable[[str], PromptAnswerer]
NOW = datetime(2026, 3, 10, 12, 0)
ITEM_9 = "Thoughts that you would be better off dead or of hurting yourself in some way"


def group_of(data_dir: Path, *aliases: str) -> dict[str, int]:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        group = ws.groups.create(GroupDraft("Tuesday Circle"))
        return {alias: ws.members.add(group.id, MemberDraft(alias)).id for alias in aliases}


def members_page(qtbot: QtBot, window: MainWindow) -> MembersPage:
    go_to(qtbot, window, "members")
    page = window.pages["members"]
    assert isinstance(page, MembersPage) and window.current_page() is page
    return page


def closed(dialog: MeasureEntryDialog) -> bool:
    return QApplication.activeModalWidget() is not dialog


def wait_closed(dialog: MeasureEntryDialog) -> None:
    wait_until(lambda: closed(dialog), 5000, "the dialog closing")


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def stored_totals(data_dir: Path, member_id: int) -> list[tuple[str, float | None]]:
    with stored(data_dir) as ws:
        return [
            (e.instrument_name, e.score.total if e.score else None)
            for e in MeasureService(ws.context).entries(member_id)
        ]


# --- entering a measure ---------------------------------------------------------------------


def test_phq9_by_keyboard_tells_item_9_at_once_and_after_saving(
    qtbot: QtBot, launch: Launch, data_dir: Path, answer: Answer
) -> None:
    ids = group_of(data_dir, "Anna", "Ελένη")
    page = members_page(qtbot, unlock(qtbot, launch()))
    assert page.measure_button.isVisible()
    dialog = driver.open_from_members(page)
    assert dialog.windowTitle() == "Enter a measure — Anna"
    assert dialog.instrument_combo.currentText() == "PHQ-9"
    assert dialog.items_radio.isChecked() and dialog.items_scroll.isVisible()
    assert dialog.instructions.text() == (
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    )
    assert dialog.legend.text() == (
        "0 Not at all · 1 Several days · 2 More than half the days · 3 Nearly every day"
    )
    assert dialog.item_boxes[8].accessibleDescription() == ITEM_9

    driver.type_answers(dialog, ["1", "2", "1", "3", "0", "1", "2", "0"])
    assert dialog.result_label.text() == "Answered 8 of 9 · total so far 10"
    assert not dialog.safety.isVisible()
    assert driver.focused() in (dialog.item_boxes[8], dialog.item_boxes[8].lineEdit())
    QTest.keyClicks(driver.focused(), "2")
    # At once, before anything is saved.
    assert dialog.safety.isVisible()
    notice = dialog.safety.whole_text()
    assert notice.startswith("Item 9 was answered above 0\n")
    assert "Anna marked “More than half the days” for thoughts that they would be better" in notice
    assert "not a diagnosis" in notice
    assert "your own service's safety procedures" in notice
    assert dialog.result_label.text() == "Total 12 (moderate) of 27"

    told = answer("I have read this")
    driver.press_enter()
    told.check()
    assert told.question.startswith("Anna marked “More than half the days”")
    wait_closed(dialog)
    assert stored_totals(data_dir, ids["Anna"]) == [("PHQ-9", 12)]


def test_item_9_is_told_every_time(
    qtbot: QtBot, launch: Launch, data_dir: Path, answer: Answer
) -> None:
    ids = group_of(data_dir, "Anna")
    page = members_page(qtbot, unlock(qtbot, launch()))
    for item_9 in ("1", "3"):
        dialog = driver.open_from_members(page)
        driver.type_answers(dialog, ["0"] * 8 + [item_9])
        assert dialog.safety.isVisible()
        told = answer("I have read this")
        driver.press_enter()
        told.check()
        wait_closed(dialog)
    assert stored_totals(data_dir, ids["Anna"]) == [("PHQ-9", 1), ("PHQ-9", 3)]


def test_a_skipped_item_is_refused_and_nothing_typed_is_lost(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    ids = group_of(data_dir, "Anna")
    page = members_page(qtbot, unlock(qtbot, launch()))
    dialog = driver.open_from_members(page)
    driver.type_answers(dialog, ["1", "1", "1", "", "1", "1", "1", "1", "0"])
    driver.press_enter()
    assert dialog.isVisible()
    assert dialog.error.message() == (
        "Item 4 has no answer yet. Type it, or enter only the total from the paper."
    )
    assert driver.focused() in (dialog.item_boxes[3], dialog.item_boxes[3].lineEdit())
    assert dialog.answers() == [1, 1, 1, None, 1, 1, 1, 1, 0]
    assert stored_totals(data_dir, ids["Anna"]) == []
    # A 0 is an answer, not a blank; and an answer out of range cannot be typed.
    QTest.keyClicks(driver.focused(), "7")
    assert dialog.item_boxes[3].answer() is None
    QTest.keyClicks(driver.focused(), "0")
    assert dialog.item_boxes[3].answer() == 0
    driver.press_enter()
    wait_closed(dialog)
    assert stored_totals(data_dir, ids["Anna"]) == [("PHQ-9", 7)]


def test_a_total_from_paper(qtbot: QtBot, launch: Launch, data_dir: Path) -> None:
    ids = group_of(data_dir, "Anna")
    page = members_page(qtbot, unlock(qtbot, launch()))
    dialog = driver.open_from_members(page)
    tick(dialog.total_radio)
    assert dialog.total_note.text().startswith("With the total only, item 9")
    driver.choose_measure(dialog, "GAD-7")
    assert dialog.total_radio.isChecked() and not dialog.items_scroll.isVisible()
    assert dialog.total_note.text() == "The total is from 0 to 21."
    dialog.total_box.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClicks(driver.focused(), "15")
    assert dialog.result_label.text() == "Total 15 (severe) of 21"
    assert not dialog.safety.isVisible()
    driver.press_enter()
    wait_closed(dialog)
    assert stored_totals(data_dir, ids["Anna"]) == [("GAD-7", 15)]


# --- a measure of their own -----------------------------------------------------------------


def test_define_a_measure_and_enter_it_in_tenths(qtbot: QtBot, workspace: Workspace) -> None:
    ctx = UiContext(workspace, demo=False)
    member = workspace.members.add(workspace.groups.create(GroupDraft("G")).id, MemberDraft("Kai"))
    dialog = InstrumentsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "PHQ-9 (shipped)",
        "GAD-7 (shipped)",
    ]
    click(dialog.new_button)
    type_into(dialog.name_edit, "ORS")
    dialog.items_spin.setValue(4)
    dialog.high_spin.setValue(10)
    tick(dialog.tenths_box)
    dialog.direction_combo.setCurrentIndex(1)  # higher is better
    for low, high, name in (("0", "24.9", "clinical range"), ("20", "40", "non-clinical")):
        click(dialog.add_band_button)
        row = dialog.bands_table.rowCount() - 1
        for column, text in enumerate((low, high, name)):
            cell(dialog.bands_table, row, column).setText(text)
    dialog.threshold_spin.setValue(5)
    click(dialog.save_button)
    # Refused with the reason under the bands; everything typed stays.
    assert dialog.bands_error.message() == "The bands “clinical range” and “non-clinical” overlap."
    assert dialog.name_edit.text() == "ORS" and dialog.bands_table.rowCount() == 2
    cell(dialog.bands_table, 1, 0).setText("25")
    click(dialog.save_button)
    assert dialog.state_label.text() == "Saved."
    assert dialog.list.currentItem().text() == "ORS"
    saved = dialog.last_saved
    assert saved is not None
    assert dialog.items_spin.isEnabled()  # no entries yet: its shape may still change

    entry = MeasureEntryDialog(ctx, member.id, "Kai", instrument_id=saved)
    qtbot.addWidget(entry)
    entry.show()
    assert entry.total_radio.isChecked()  # one's own paper forms come scored
    entry.total_box.setValue(23.4)
    assert entry.result_label.text() == "Total 23.4 (clinical range) of 40.0"
    click(entry.save_button)
    assert entry.entry is not None and entry.entry.score is not None
    assert entry.entry.score.total == 23.4

    dialog._reload(select=saved)
    assert not dialog.items_spin.isEnabled()
    assert dialog.state_label.text() == "In use: its items and their range stay as they are."


def test_shipped_measures_are_read_only_but_can_be_archived(
    qtbot: QtBot, workspace: Workspace
) -> None:
    dialog = InstrumentsDialog(UiContext(workspace, demo=False))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(0)
    assert dialog.form_title.text() == "PHQ-9"
    assert not dialog.name_edit.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.shipped_note.text() == (
        "Scored as published; shipped with its questions. A change of 6 points or more counts "
        "as reliable."
    )
    click(dialog.archive_button)
    assert dialog.list.currentItem().text() == "PHQ-9 (shipped) (archived)"
    assert [i.name for i in MeasureService(workspace.context).instruments()] == ["GAD-7"]


# --- a member's trajectory ------------------------------------------------------------------


@pytest.fixture
def measured(data_dir: Path) -> Workspace:
    ws = Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF, now=lambda: NOW)
    group = ws.groups.create(GroupDraft("G"))
    anna = ws.members.add(group.id, MemberDraft("Anna"))
    service = MeasureService(ws.context)
    phq9, gad7 = (i.id for i in service.instruments())
    for day, total in ((5, 8), (12, 3)):
        service.record(anna.id, phq9, PaperTotal(total), date(2026, 1, day))
    service.record(anna.id, phq9, [2, 2, 2, 2, 2, 2, 1, 0, 1], date(2026, 3, 2))
    service.record(anna.id, gad7, PaperTotal(6), date(2026, 2, 2))
    return ws


def test_the_trajectory_and_its_summary(qtbot: QtBot, measured: Workspace) -> None:
    ctx = UiContext(measured, demo=False)
    panel = MeasuresPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    (anna,) = measured.members.list(1)
    panel.set_member(anna.id, anna.alias)
    assert [panel.picker.itemText(i) for i in range(panel.picker.count())] == ["PHQ-9", "GAD-7"]
    markers = panel.chart.markers()
    assert [(m.point.total, m.change, m.flagged) for m in markers] == [
        (8, Change.WITHIN_ERROR, False),
        (3, Change.WITHIN_ERROR, False),
        (14, Change.DETERIORATED, True),
    ]
    assert markers[0].at.x() < markers[1].at.x() < markers[2].at.x()
    assert markers[2].at.y() < markers[0].at.y() < markers[1].at.y()  # higher total, higher up
    assert panel.chart.tip(markers[2]).splitlines()[1:] == [
        "14 (moderate)",
        "Since the first: reliable deterioration",
        "Item 9 was answered above 0",
    ]
    summary = (
        "PHQ-9: 3 entries from 5 Jan 2026 to 2 Mar 2026. First 8 (mild), latest 14 (moderate): "
        "reliable deterioration. Lowest 3, highest 14. Item 9 answered above 0 in 1 of them, "
        "most recently 2 Mar 2026."
    )
    assert panel.summary.text() == summary
    assert panel.chart.accessibleDescription() == summary  # what a screen reader reads
    assert panel.entries.item(0).text() == (
        "2 Mar 2026 · 14 (moderate) · reliable deterioration · ⚑ Item 9 was answered above 0"
    )
    panel.picker.setCurrentIndex(1)
    panel.picker.activated.emit(1)
    assert panel.summary.text() == "GAD-7: one entry, 2 Feb 2026: 6 (mild)."
    panel.clear()  # as on a lock
    assert panel.summary.text() == "" and panel.chart.trajectory() is None
    assert panel.entries.count() == 0 and panel.picker.count() == 0


def test_scores_exported_after_a_warning(
    qtbot: QtBot,
    measured: Workspace,
    tmp_path: Path,
    answer: Answer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = UiContext(measured, demo=False)
    panel = MeasuresPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    (anna,) = measured.members.list(1)
    panel.set_member(anna.id, anna.alias)
    target = tmp_path / "out" / "anna-scores"
    target.parent.mkdir()
    monkeypatch.setattr(
        "facilitator_desktop.ui.measures.export.QFileDialog.getSaveFileName",
        lambda *_a, **_k: (str(target), "CSV files (*.csv)"),
    )
    warned = answer("Choose where to save…")
    click(panel.export_button)
    warned.check()
    assert warned.question == "The file will hold Anna's name and scores in plain text."
    written = target.with_name("anna-scores.csv")
    rows = list(csv.reader(io.StringIO(written.read_bytes().decode("utf-8-sig"))))
    assert [r[:6] for r in rows] == [
        ["date", "member", "measure", "total", "band", "change_from_first"],
        ["2026-01-05", "Anna", "PHQ-9", "8", "mild", "within_error"],
        ["2026-01-12", "Anna", "PHQ-9", "3", "minimal", "within_error"],
        ["2026-02-02", "Anna", "GAD-7", "6", "mild", "within_error"],
        ["2026-03-02", "Anna", "PHQ-9", "14", "moderate", "deteriorated"],
    ]
    assert written.stat().st_mode & 0o777 == 0o600

    # Cancelled at the warning: no file.
    written.unlink()
    no = answer("Cancel")
    click(panel.export_button)
    no.check()
    assert not written.exists()


def test_delete_an_entry(qtbot: QtBot, measured: Workspace, answer: Answer) -> None:
    panel = MeasuresPanel(UiContext(measured, demo=False))
    qtbot.addWidget(panel)
    panel.show()
    (anna,) = measured.members.list(1)
    panel.set_member(anna.id, anna.alias)
    panel.entries.setCurrentRow(0)  # the newest: 14
    sure = answer("Delete entry")
    click(panel.delete_button)
    sure.check()
    assert [p.total for p in panel.trajectories()[0].points] == [8, 3]


# --- not on track ---------------------------------------------------------------------------


def test_not_on_track_is_listed_in_follow_ups_and_leads_to_the_trajectory(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    ids = group_of(data_dir, "Anna", "Bea")
    with stored(data_dir) as ws:
        service = MeasureService(ws.context)
        phq9 = service.instruments()[0].id
        service.record(ids["Anna"], phq9, PaperTotal(8), date(2025, 1, 7))
        service.record(ids["Anna"], phq9, PaperTotal(15), date(2025, 3, 4))
        service.record(ids["Bea"], phq9, PaperTotal(8), date(2025, 1, 7))
        service.record(ids["Bea"], phq9, PaperTotal(12), date(2025, 3, 4))  # within error
    app = launch()
    window = unlock(qtbot, app)
    follow_ups = FollowUpsDriver.open(qtbot, window)
    assert "Not on track (1)" in follow_ups.headings()
    (line,) = [line for line in follow_ups.lines() if line.kind == "off_track"]
    assert (line.member_id, line.label) == (ids["Anna"], "Anna · PHQ-9 8 → 15")
    assert line.text == (
        "Anna: PHQ-9 reliably worse than at first — 8 on 7 Jan 2025, 15 on 4 Mar 2025 (a "
        "change of 6 or more is reliable)"
    )
    follow_ups.select(line)
    follow_ups.press_enter()
    history = window.pages[HistoryPage.key]
    assert isinstance(history, HistoryPage) and window.current_page() is history
    panel = history.member_view.measures
    assert panel.member_id == ids["Anna"]
    assert panel.summary.text().startswith("PHQ-9: 2 entries from 7 Jan 2025 to 4 Mar 2025.")
    assert [m.change for m in panel.chart.markers()] == [
        Change.WITHIN_ERROR,
        Change.DETERIORATED,
    ]
    app.lock()  # nothing private stays on screen
    assert panel.member_id is None and panel.summary.text() == ""
    assert panel.chart.trajectory() is None and panel.entries.count() == 0


def test_a_lock_closes_the_dialog_with_the_answers_typed(
    qtbot: QtBot, launch: Launch, data_dir: Path
) -> None:
    ids = group_of(data_dir, "Anna")
    app = launch()
    page = members_page(qtbot, unlock(qtbot, app))
    dialog = driver.open_from_members(page)
    driver.type_answers(dialog, ["3", "3", "3"])
    app.lock()
    wait_until(
        lambda: (
            not any(
                isinstance(w, MeasureEntryDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
        ),
        5000,
        "the dialog closing on the lock",
    )
    unlock(qtbot, app)
    assert not any(
        isinstance(w, MeasureEntryDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert stored_totals(data_dir, ids["Anna"]) == []
