"""Driving History as a user would, and reading what it shows.

    history = HistoryDriver.open(qtbot, window)     # a click on History in the navigation
    history.select_row(3)                           # a click on the fourth session
    assert history.session.totals().startswith("1:30")
    history.session.click_member(member_id)         # a click on a name: their page
    assert history.tab() == "member" and history.member.shown() == member_id

Tests say what a user does and sees; how the screen is built stays here, so the screen can
change shape without its tests changing (public names only: no `page._x`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.history import SessionRow
from facilitator_desktop.ui.history import HistoryPage
from facilitator_desktop.ui.history.charts.attendance_grid import GridRow
from facilitator_desktop.ui.history.charts.attendance_list import AttendanceEntry
from facilitator_desktop.ui.history.charts.base import Hit
from facilitator_desktop.ui.history.charts.plan_actual import SegmentBar
from facilitator_desktop.ui.history.charts.share_history import ShareBar
from facilitator_desktop.ui.history.charts.turn_timeline import TimelineTurn
from facilitator_desktop.ui.history.member_view import MemberView, StatTile
from facilitator_desktop.ui.history.page import INSIGHTS_TAB, MEMBER_TAB, SESSIONS_TAB
from facilitator_desktop.ui.history.session_view import SessionView
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.runner.airtime_bars import Bar
from tests.gui.drivers.choosing import click, click_chart, click_row, click_tab, pick
from tests.gui.driving import go_to

TABS = {"sessions": SESSIONS_TAB, "insights": INSIGHTS_TAB, "member": MEMBER_TAB}
COLUMNS = ("date", "length", "attended", "segments", "overruns")


def with_dialog(kind: type[QDialog], act: Callable[[QDialog], None]) -> list[QDialog]:
    """Run `act` on the next modal dialog of `kind` once it is open; the list it returns
    holds the dialog once that happened."""
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


class SessionDriver:
    """The summary of the session shown next to the list."""

    def __init__(self, view: SessionView) -> None:
        self.view = view

    def shown(self) -> int | None:
        return self.view.session_id()

    def is_empty(self) -> bool:
        """Nothing shown: the hint to pick a session instead."""
        return self.view.session_id() is None and self.view.empty_label.isVisible()

    def title(self) -> str:
        return self.view.title.text()

    def subtitle(self) -> str:
        return self.view.subtitle.text()

    def totals(self) -> str:
        return self.view.totals_label.text()

    def corrected(self) -> str:
        return self.view.corrected_label.text()

    def corrections(self) -> str:
        return self.view.corrections_label.text()

    def notes(self) -> str:
        return self.view.notes_label.text()

    def segments(self) -> tuple[SegmentBar, ...]:
        return self.view.segment_bars.rows()

    def attendance(self) -> tuple[AttendanceEntry, ...]:
        return self.view.attendance_list.entries()

    def airtime(self) -> tuple[Bar, ...]:
        return self.view.airtime.bars()

    def turns(self) -> tuple[TimelineTurn, ...]:
        return self.view.timeline.turns()

    def turn_hits(self) -> list[Hit]:
        """Where the timeline draws each turn, with its tooltip."""
        return self.view.timeline.hits()

    def turn_hit_at(self, x: float, y: float) -> Hit | None:
        return self.view.timeline.hit_at(QPointF(x, y))

    def show_turn_tooltip(self, hit: Hit) -> None:
        """Hover the turn until its tooltip asks to be shown."""
        timeline = self.view.timeline
        event = QHelpEvent(
            QHelpEvent.Type.ToolTip,
            hit.rect.center().toPoint(),
            timeline.mapToGlobal(QPoint(0, 0)),
        )
        QApplication.sendEvent(timeline, event)

    # --- what the user does --------------------------------------------------------------------

    def click_member(self, member_id: int) -> None:
        click_chart(self.view.attendance_list, member_id)

    def click_turn(self, turn_id: int) -> None:
        click_chart(self.view.timeline, turn_id)

    def correct_attendance(self) -> None:
        click(self.view.attendance_button)

    def correct_a_turn(self) -> None:
        click(self.view.turn_button)

    def print_summary(self) -> None:
        click(self.view.print_button)


class MemberDriver:
    """A member's page (the Member tab)."""

    def __init__(self, view: MemberView) -> None:
        self.view = view

    def shown(self) -> int | None:
        return self.view.member_id()

    def title(self) -> str:
        return self.view.title.text()

    def tile(self, name: str) -> tuple[str, str]:
        """(big value, line under it) of the tile: attendance, streak, absence, passes,
        quiet."""
        tile = getattr(self.view, f"{name}_tile")
        assert isinstance(tile, StatTile), name
        return tile.value.text(), tile.detail.text()

    def bars(self) -> tuple[ShareBar, ...]:
        """Every session since they joined, as the chart holds them."""
        return self.view.chart.bars()

    def shown_bars(self) -> tuple[ShareBar, ...]:
        """The bars that fit the chart's width."""
        return self.view.chart.shown()

    def click_bar(self, session_id: int) -> None:
        click_chart(self.view.chart, session_id)

    def note_count(self) -> int:
        return self.view.notes_list.count()

    def note_text(self) -> str:
        return self.view.note_text.toPlainText()

    def picker_count(self) -> int:
        """Members offered by the picker (its "Choose a member…" line included)."""
        return self.view.picker.count()


class InsightsDriver:
    def __init__(self, page: HistoryPage) -> None:
        self.view = page.insights

    def grid(self) -> tuple[GridRow, ...]:
        return self.view.grid.rows()

    def click_grid_member(self, member_id: int) -> None:
        click_chart(self.view.grid, member_id)

    def show_measure(self, measure: str) -> None:
        """The equity chart's measure: "top" (top speaker's share) or "gini"."""
        pick(self.view.measure_box, measure)

    def equity(self) -> list[float]:
        return [p.value for p in self.view.equity_chart.points()]

    def overruns(self) -> list[tuple[str, ...]]:
        return self.view.overrun_rows()


class HistoryDriver:
    def __init__(self, page: HistoryPage, qtbot: QtBot) -> None:
        self.page = page
        self.qtbot = qtbot
        self.session = SessionDriver(page.session_view)
        self.member = MemberDriver(page.member_view)
        self.insights = InsightsDriver(page)

    @classmethod
    def open(cls, qtbot: QtBot, window: MainWindow) -> HistoryDriver:
        """Click History in the navigation."""
        go_to(qtbot, window, HistoryPage.key)
        driver = cls.of(qtbot, window)
        assert driver.in_view()
        return driver

    @classmethod
    def of(cls, qtbot: QtBot, window: MainWindow) -> HistoryDriver:
        """The window's History page, wherever the window is."""
        page = window.pages[HistoryPage.key]
        assert isinstance(page, HistoryPage)
        return cls(page, qtbot)

    def in_view(self) -> bool:
        window = self.page.window()
        return isinstance(window, MainWindow) and window.current_page() is self.page

    # --- the list of sessions ------------------------------------------------------------------

    def row_count(self) -> int:
        return self.page.model.rowCount()

    def rows(self) -> list[SessionRow]:
        """The sessions listed so far, newest first."""
        model = self.page.model
        rows = [model.row_at(r) for r in range(model.rowCount())]
        return [row for row in rows if row is not None]

    def ids(self) -> list[int]:
        return [row.id for row in self.rows()]

    def cell(self, row: int, column: str) -> str:
        return str(self.page.model.index(row, COLUMNS.index(column)).data())

    def pages_fetched(self) -> int:
        return self.page.model.pages_fetched

    def wait_for_rows(self) -> None:
        self.qtbot.waitUntil(lambda: self.page.model.rowCount() > 0)

    def scroll_to_end(self) -> None:
        """Drag the list's scroll bar to the bottom, as a user scrolling down would, and wait
        for the next sessions."""
        before = self.page.model.rowCount()
        bar = self.page.table.verticalScrollBar()
        self.qtbot.waitUntil(lambda: bar.maximum() > bar.value())  # the layout caught up
        bar.setValue(bar.maximum())
        self.qtbot.waitUntil(lambda: self.page.model.rowCount() > before)

    def select_row(self, row: int) -> None:
        click_row(self.page.table, self.page.model.index(row, 0))

    def show_period(self, period: str) -> None:
        """ "all", "3m", "12m" or "custom" (between two dates)."""
        pick(self.page.period.box, period)

    def dates_offered(self) -> bool:
        return self.page.period.since_edit.isVisible() and self.page.period.until_edit.isVisible()

    def set_dates(self, since: date, until: date) -> None:
        """Pick the dates as the calendar pop-ups do: the end first, then the start."""
        self.page.period.until_edit.setDate(QDate(until.year, until.month, until.day))
        self.page.period.since_edit.setDate(QDate(since.year, since.month, since.day))

    def date_range(self) -> tuple[date, date]:
        period = self.page.period
        since, until = period.since_edit.date(), period.until_edit.date()
        return (
            date(since.year(), since.month(), since.day()),
            date(until.year(), until.month(), until.day()),
        )

    def hint(self) -> str:
        return self.page.list_hint.text()

    # --- deleting ------------------------------------------------------------------------------

    def can_delete(self) -> bool:
        return self.page.delete_button.isEnabled()

    def click_delete(self) -> None:
        click(self.page.delete_button)

    def press_delete(self) -> None:
        """The Delete key in the list."""
        self.page.table.setFocus()
        QTest.keyClick(self.page.table, Qt.Key.Key_Delete)

    # --- tabs, and opening things --------------------------------------------------------------

    def tab(self) -> str:
        index = self.page.tabs.currentIndex()
        return next(name for name, tab in TABS.items() if tab == index)

    def show_tab(self, name: str) -> None:
        click_tab(self.page.tabs, TABS[name])
        assert self.tab() == name

    def open_member(self, member_id: int) -> bool:
        """As another screen does (Follow-ups): the member's page."""
        return self.page.open_member(member_id)

    def open_session(self, session_id: int) -> None:
        self.page.open_session(session_id)

    # --- export --------------------------------------------------------------------------------

    def export(self, what: str) -> None:
        """Choose "attendance", "airtime" or "summary" in the Export menu."""
        action = {
            "attendance": self.page.export_attendance_action,
            "airtime": self.page.export_airtime_action,
            "summary": self.page.export_summary_action,
        }[what]
        assert action.isEnabled(), f"exporting {what} is not offered"
        action.trigger()
