"""Entering a measure as a facilitator does: the dialog opened from the Members page, each
answer typed and Tab to the next, Enter to save."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from facilitator_desktop.ui.measures.entry_dialog import MeasureEntryDialog
from facilitator_desktop.ui.members_page import MembersPage
from tests.gui.drivers.widgets import active, click, pick, wait_until


def open_from_members(page: MembersPage) -> MeasureEntryDialog:
    click(page.measure_button)
    wait_until(
        lambda: isinstance(QApplication.activeModalWidget(), MeasureEntryDialog),
        5000,
        "the measure dialog opening",
    )
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, MeasureEntryDialog)
    wait_until(active(dialog), 5000, "the measure dialog taking the keyboard")
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_answers(dialog: MeasureEntryDialog, answers: Sequence[str]) -> None:
    """From item 1 on: each answer typed where the focus is, then Tab (an empty answer only
    moves on). The focus arrives at item 1 as it would by Tab from the choices above."""
    dialog.item_boxes[0].setFocus(Qt.FocusReason.TabFocusReason)
    wait_until(lambda: dialog.item_boxes[0].hasFocus(), 2000, "item 1 taking the focus")
    for number, answer in enumerate(answers, start=1):
        box = dialog.item_boxes[number - 1]
        assert focused() in (box, box.lineEdit()), f"the focus is not on item {number}"
        if answer:
            QTest.keyClicks(focused(), answer)
        QTest.keyClick(focused(), Qt.Key.Key_Tab)


def choose_measure(dialog: MeasureEntryDialog, name: str) -> None:
    target = next(
        i
        for i in range(dialog.instrument_combo.count())
        if dialog.instrument_combo.itemText(i) == name
    )
    pick(dialog.instrument_combo, dialog.instrument_combo.itemData(target))


def press_enter() -> None:
    QTest.keyClick(focused(), Qt.Key.Key_Return)
