"""Large type, the panes inside pages: at 16 pt on a 1280×800 laptop a list, a table or a
panel wraps, stacks or shortens with "…" rather than scroll sideways (the checks and
fixtures are tests/gui/test_large_font.py's)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QBoxLayout, QComboBox, QListView, QStyle, QTableView
from pytestqt.qtbot import QtBot

from facilitator_desktop.app import FacilitatorApp
from facilitator_desktop.domain.validation import RULE_TITLE_MAX
from facilitator_desktop.ui.history.charts.status_legend import StatusLegend
from facilitator_desktop.ui.history.page import HistoryPage
from facilitator_desktop.ui.history.session_split import table_width
from facilitator_desktop.ui.widgets.eliding_combo import ElidingComboBox
from facilitator_desktop.ui.widgets.roomy_delegate import RoomyItemDelegate
from facilitator_desktop.ui.widgets.wrapped_list import wrap_items
from tests.gui.driving import go_to, unlock
from tests.gui.laptop_room import settle
from tests.gui.test_large_font import (  # noqa: F401 - fixtures used by name
    SCREEN,
    Clipped,
    combo_problem,
    demo_app,
    header_problems,
    large_font,
    sideways_scrolling,
)


@pytest.mark.parametrize(
    "title",
    [
        "When confidentiality has limits, and who decides where they lie",  # words
        "Ｗｉｄｅ" * 15,  # sixty wide letters without a space to break at
    ],
)
def test_a_rule_card_title_wraps_in_a_narrow_list(
    qtbot: QtBot,
    large_font: QFont,  # noqa: F811 - the imported fixture
    title: str,
) -> None:
    """A rule card's longest title in the Rules page's narrow columns takes more lines,
    all of it in view; the list never scrolls sideways and the next item starts below it."""
    title = title[:RULE_TITLE_MAX]
    model = QStringListModel([title, "Phones on silent"])
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(RoomyItemDelegate(view))
    wrap_items(view)
    view.resize(287, 400)
    view.show()
    settle(qtbot)
    assert not sideways_scrolling(view)
    first = view.visualRect(model.index(0, 0))
    one_line = QFontMetrics(view.font()).height()
    assert first.width() <= view.viewport().width()
    assert first.height() >= 2 * one_line  # wrapped, not cut
    assert view.visualRect(model.index(1, 0)).top() >= first.bottom()
    view.resize(180, 400)  # narrower still: the rows are laid out again
    settle(qtbot)
    assert not sideways_scrolling(view)
    assert view.visualRect(model.index(0, 0)).height() > first.height()


def test_the_session_list_is_as_wide_as_its_table_or_above_the_session(
    qtbot: QtBot,
    demo_app: FacilitatorApp,  # noqa: F811 - the imported fixture
) -> None:
    """History's list of sessions shows every date and column title whole: beside the
    chosen session when both fit, as wide as its table needs; at 16 pt on the laptop it
    goes above the session. Neither pane scrolls sideways, either way."""
    window = unlock(qtbot, demo_app)
    go_to(qtbot, window, "history")
    page = window.pages["history"]
    assert isinstance(page, HistoryPage)
    split = page.sessions_tab
    window.resize(*SCREEN)
    settle(qtbot)
    assert split.orientation() == Qt.Orientation.Vertical
    assert not sideways_scrolling(window)
    assert page.table.width() >= table_width(page.table)
    assert not list(header_problems(page.table.horizontalHeader()))
    assert not list(whole_cells_problems(page.table))  # "26 Nov 2026", never "26 No…"

    window.resize(1900, 1000)  # a wide screen: the list goes back beside the session
    settle(qtbot)
    assert split.orientation() == Qt.Orientation.Horizontal
    assert split.sizes()[0] == table_width(page.table)
    assert not sideways_scrolling(window)
    assert not list(whole_cells_problems(page.table))

    window.resize(*SCREEN)  # and back above it
    settle(qtbot)
    assert split.orientation() == Qt.Orientation.Vertical
    assert not sideways_scrolling(window)


def whole_cells_problems(view: QTableView) -> Iterator[Clipped]:
    """Cells that do not show their whole text, tooltip or not."""
    model = view.model()
    metrics = QFontMetrics(view.font())
    focus = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            needed = metrics.horizontalAdvance(text) + 2 * (focus + 1)
            if text and needed > view.columnWidth(column):
                yield Clipped(view, text, f"needs {needed}, has {view.columnWidth(column)}")


def test_group_insights_stack_their_panels_rather_than_scroll_sideways(
    qtbot: QtBot,
    demo_app: FacilitatorApp,  # noqa: F811 - the imported fixture
) -> None:
    """Group insights at 16 pt: the legend's entries take two rows and the overrun table
    goes under the airtime chart, whole; on a wide screen it sits beside the chart again."""
    window = unlock(qtbot, demo_app)
    go_to(qtbot, window, "history")
    page = window.pages["history"]
    assert isinstance(page, HistoryPage)
    page.tabs.setCurrentWidget(page.insights)
    window.resize(*SCREEN)
    settle(qtbot)
    insights = page.insights
    assert insights.lower_row.direction() == QBoxLayout.Direction.TopToBottom
    assert not sideways_scrolling(window)
    table = insights.overrun_table
    assert table.width() >= table_width(table)
    assert not list(header_problems(table.horizontalHeader()))
    legend = insights.findChild(StatusLegend)
    assert legend is not None and legend.height() >= legend.heightForWidth(legend.width())
    assert legend.heightForWidth(legend.minimumSizeHint().width()) > legend.sizeHint().height()

    window.resize(1900, 1000)
    settle(qtbot)
    assert insights.lower_row.direction() == QBoxLayout.Direction.LeftToRight
    assert not sideways_scrolling(window)
    assert table.width() >= table_width(table)


def test_a_shortened_combo_box_keeps_its_own_hint(
    qtbot: QtBot,
    large_font: QFont,  # noqa: F811 - the imported fixture
) -> None:
    """The group form's template box shortens a long name with "…" rather than widen the
    form: its tooltip then holds the whole name and still the box's own hint."""
    box = ElidingComboBox()
    qtbot.addWidget(box)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    name = "Group therapy progress note with every section a funder may ask for"
    box.addItems(["Free text", name])
    box.set_hint("How this group's session notes are laid out")
    box.resize(260, box.sizeHint().height())
    box.show()
    settle(qtbot)
    assert box.toolTip() == "How this group's session notes are laid out"
    box.setCurrentIndex(1)
    assert box.shown_text().endswith("…")
    assert name in box.toolTip() and "laid out" in box.toolTip()
    assert combo_problem(box) is None
