"""Large type, the last clips at 16 pt: History's attendance grid keeps its day numbers
apart, and the text fields (an agenda segment's name, a rule card's title) are wide enough
for their text or say it in their tooltip (the checks and fixtures are test_large_font's)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_desktop.ui.history.charts.attendance_grid import AttendanceGridView, GridRow
from tests.gui.laptop_room import settle
from tests.gui.test_large_font import large_font  # noqa: F401 - fixture used by name

# Half a year of weekly sessions from 10 September: two-digit days side by side.
WEEKLY = tuple((n + 1, datetime(2026, 9, 10, 17) + timedelta(weeks=n)) for n in range(26))
STATUSES = ("present", "late", "left_early", "excused", "absent", None)


def attendance_grid(qtbot: QtBot) -> AttendanceGridView:
    grid = AttendanceGridView()
    qtbot.addWidget(grid)
    rows = [
        GridRow(1, "Γιώργος", tuple(STATUSES[n % 6] for n in range(26)), True),
        GridRow(2, "Agata", ("left_early",) * 26, False),
    ]
    grid.set_grid(WEEKLY, rows)
    grid.show()
    settle(qtbot)
    return grid


def overlapping_days(grid: AttendanceGridView) -> list[str]:
    """Painted day numbers closer than a space to the one before."""
    gap = QFontMetrics(grid.font()).horizontalAdvance(" ")
    labels = grid.day_labels()
    return [
        f"{left_day} and {right_day}"
        for (left, left_day), (right, right_day) in zip(labels, labels[1:], strict=False)
        if right.left() < left.right() + gap
    ]


def test_the_day_numbers_never_run_together_at_16_pt(
    qtbot: QtBot,
    large_font: QFont,  # noqa: F811 - the imported fixture
) -> None:
    """At 16 pt "10 17 24" stays three numbers (or fewer, every other one), never "101724";
    each number is whole under its own column and the letters ("LE") fit their cells."""
    grid = attendance_grid(qtbot)
    labels = grid.day_labels()
    assert not overlapping_days(grid)
    assert len(labels) >= len(WEEKLY) // 2  # every other day at least
    metrics = QFontMetrics(grid.font())
    cell_w = grid.cell_size().width()
    for rect, day in labels:
        assert rect.width() >= metrics.horizontalAdvance(day)
        assert rect.right() <= grid.width()
        column = int((rect.center().x() - grid.cell_rect(0, 0).left()) // cell_w)
        assert day == str(WEEKLY[column][1].day)  # under its own session
    letters = QFontMetrics(grid.letter_font())
    assert letters.horizontalAdvance("LE") < grid.cell_rect(0, 0).width()
    assert metrics.height() <= grid.cell_size().height()
    # Every column still opens its session, labelled or not.
    assert all(grid.hit_at(grid.cell_rect(0, c).center()) for c in range(len(WEEKLY)))


def test_the_grid_grows_with_the_font_and_back(
    qtbot: QtBot,
    qapp: QApplication,
    large_font: QFont,  # noqa: F811 - the imported fixture
) -> None:
    """A font change while History is open re-sizes the grid; at the usual size it is as
    compact as before and shows every day."""
    grid = attendance_grid(qtbot)
    large = grid.size()
    usual = QFont(large_font)
    usual.setPointSizeF(9.0)
    grid.setFont(usual)
    settle(qtbot)
    assert grid.size() == grid.sizeHint()
    assert grid.width() < large.width() and grid.height() < large.height()
    assert grid.cell_size().width() == AttendanceGridView.CELL_W
    assert len(grid.day_labels()) == len(WEEKLY)
    assert not overlapping_days(grid)
