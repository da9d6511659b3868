"""The charts a facilitator looks at between sessions carry their data in words for a screen
reader: a summary as the accessible description, and named cells where they are tables.
On a small demo workspace (one group, twelve weeks)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.demo import populate
from facilitator_desktop.ui.accessibility.chart_words import (
    LATEST_SHOWN,
    SeriesPoint,
    series_summary,
)
from facilitator_desktop.ui.history import look
from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.workspace import Workspace
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.drivers.follow_ups import FollowUpsDriver
from tests.gui.drivers.history import HistoryDriver
from tests.gui.driving import Launch, unlock

Text = QAccessible.Text
Role = QAccessible.Role


@pytest.fixture
def window(qtbot: QtBot, launch: Launch, data_dir: Path) -> MainWindow:
    with Workspace.create(data_dir, PASSPHRASE, kdf_params=FAST_KDF) as ws:
        populate(ws, groups=1, weeks=12)
    app: FacilitatorApp = launch()
    unlock(qtbot, app)
    assert app.window is not None
    return app.window


def description(widget: QWidget) -> str:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None
    return str(found.text(Text.Description))


def cell_names(table: QWidget) -> list[str]:
    found = QAccessible.queryAccessibleInterface(table)
    assert found is not None
    children = [found.child(i) for i in range(found.childCount())]
    cells: list[QAccessibleInterface] = [
        c for c in children if c is not None and c.role() in (Role.Cell, Role.ColumnHeader)
    ]
    return [str(c.text(Text.Name)) for c in cells]


def test_a_members_share_chart_says_its_sessions_in_words(qtbot: QtBot, window: MainWindow) -> None:
    history = HistoryDriver.open(qtbot, window)
    entry = history.session.attendance()[0]
    history.session.click_member(entry.member_id)
    bars = history.member.bars()
    said = description(history.member.view.chart)
    first, last = look.session_date(bars[0].started_at), look.session_date(bars[-1].started_at)
    assert said.startswith(f"{len(bars)} sessions from {first} to {last}.")
    latest = bars[-1]
    if latest.status in ("present", "late", "left_early"):
        assert f"Latest first: {last} {look.percent(latest.share)}" in said
    else:
        assert f"Latest first: {last} {look.status_word(latest.status)}" in said


def test_the_equity_trend_and_the_overrun_table_read_in_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    history = HistoryDriver.open(qtbot, window)
    history.show_tab("insights")
    view = history.insights.view
    points = view.equity_chart.points()
    said = description(view.equity_chart)
    assert said.startswith(f"top speaker: {len(points)} sessions from ")
    assert "Lowest " in said and "highest " in said
    top = max(points, key=lambda p: p.value)
    assert f"highest {look.percent(top.value)} ({look.session_date(top.started_at)})" in said
    history.insights.show_measure("gini")
    assert description(view.equity_chart).startswith("Gini: ")

    names = cell_names(view.overrun_table)
    assert "Share that ran over" in names  # the bars' column is named, not blank
    assert "" not in names  # no cell without words
    rows = view.overrun_rows()
    assert rows and all(any(n.startswith(r[0]) for n in names) for r in rows)
    assert sum(n.endswith("of the sessions ran over") for n in names) == len(rows)
    assert description(view.overrun_table)


def test_follow_ups_bars_say_the_members_recent_sessions(qtbot: QtBot, window: MainWindow) -> None:
    follow_ups = FollowUpsDriver.open(qtbot, window)
    line = next(x for x in follow_ups.lines() if x.kind == "silence")
    follow_ups.select(line)
    bars = follow_ups.detail_bars()
    assert bars
    said = description(follow_ups.page.detail_chart)
    assert f"{len(bars)} sessions from " in said or said.startswith("One session")


def test_a_summary_reads_the_latest_few_lowest_and_highest(qtbot: QtBot) -> None:
    points = [SeriesPoint(f"day {n}", n / 100, f"{n}%") for n in (30, 5, 41, 12)]
    points += [SeriesPoint(f"day {n}", None, "absent") for n in range(50, 60)]
    said = series_summary(points, what="share")
    assert said.startswith("share: 14 sessions from day 30 to day 59.")
    assert "Lowest 5% (day 5), highest 41% (day 41)." in said
    latest = said.split("Latest first: ")[1]
    assert latest.count(";") == LATEST_SHOWN - 1 and latest.startswith("day 59 absent")
    assert series_summary([]) == "No sessions to show."
    assert series_summary([SeriesPoint("Mon", 0.5, "50%")]) == (
        "One session, Mon. Latest first: Mon 50%."
    )
