"""The sidebar's group box at a large font: a group name wider than the box ends in "…",
the whole name in its tooltip and in what assistive technology reads; never cut mid-letter."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from facilitator_desktop.ui.widgets.eliding_combo import ElidingComboBox

LONG = "Caregivers' Thursday evening group (the one upstairs)"


def shown_box(qtbot: QtBot, width: int) -> ElidingComboBox:
    box = ElidingComboBox()
    qtbot.addWidget(box)
    box.addItems([LONG, "Bo"])
    box.setMinimumWidth(0)
    box.resize(width, box.sizeHint().height())
    box.show()
    qtbot.waitExposed(box)
    return box


def fits(box: ElidingComboBox, text: str) -> bool:
    return box.fontMetrics().horizontalAdvance(text) <= box.text_room()


def test_a_long_name_is_shortened_with_its_whole_text_in_the_tooltip(qtbot: QtBot) -> None:
    box = shown_box(qtbot, 160)
    shown = box.shown_text()
    assert shown.endswith("…") and LONG.startswith(shown[:-1].rstrip())
    assert fits(box, shown) and not fits(box, LONG)
    assert box.toolTip() == LONG
    value = QAccessible.queryAccessibleInterface(box)
    assert value is not None
    assert LONG in value.text(QAccessible.Text.Value)


def test_a_short_name_is_whole_and_needs_no_tooltip(qtbot: QtBot) -> None:
    box = shown_box(qtbot, 160)
    qtbot.keyClick(box, "B")  # keyboard search picks "Bo"
    assert box.currentText() == "Bo"
    assert box.shown_text() == "Bo" and box.toolTip() == ""


def test_widening_the_box_gives_the_whole_name_back(qtbot: QtBot) -> None:
    box = shown_box(qtbot, 160)
    assert box.toolTip() == LONG
    box.resize(box.fontMetrics().horizontalAdvance(LONG) + 120, box.height())
    assert box.shown_text() == LONG and box.toolTip() == ""


def test_the_placeholder_is_shortened_too(qtbot: QtBot) -> None:
    box = shown_box(qtbot, 90)
    box.setPlaceholderText("No groups yet, create one first")
    box.setCurrentIndex(-1)
    assert box.full_text() == "No groups yet, create one first"
    assert box.shown_text().endswith("…") and fits(box, box.shown_text())
    box.grab()  # paints without a warning
