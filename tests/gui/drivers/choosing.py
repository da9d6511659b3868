"""Clicks and keys the between-sessions drivers share: a row of a list or table, a tab, an
item of a combo box, the part of a chart that stands for something."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QTabWidget

from facilitator_desktop.ui.history.charts.base import ChartBase

LEFT = Qt.MouseButton.LeftButton


def click(button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    QTest.mouseClick(button, LEFT)


def tick(box: QAbstractButton) -> None:
    """Click a check box on its box (a click beside the label does nothing)."""
    assert box.isEnabled(), f"{box.text()!r} is disabled"
    QTest.mouseClick(box, LEFT, Qt.KeyboardModifier.NoModifier, QPoint(6, box.height() // 2))


def click_row(view: QAbstractItemView, index: QModelIndex) -> None:
    """Scroll the row into view and click it, as a mouse would."""
    assert index.isValid(), "no such row"
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())


def click_tab(tabs: QTabWidget, index: int) -> None:
    bar = tabs.tabBar()
    QTest.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())


def pick(combo: QComboBox, data: object) -> None:
    """Choose the item holding `data` with the arrow keys, as a keyboard user does."""
    target = combo.findData(data)
    assert target >= 0, f"{data!r} is not offered"
    combo.setFocus()
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        before = combo.currentIndex()
        QTest.keyClick(combo, key)
        assert combo.currentIndex() != before, "the combo box did not move"


def click_chart(chart: ChartBase, payload: int) -> None:
    """Click the part of a chart that stands for `payload` (a member, session or turn)."""
    hit = next((h for h in chart.hits() if h.payload == payload), None)
    assert hit is not None, f"nothing on the chart stands for {payload}"
    QTest.mouseClick(chart, LEFT, pos=hit.rect.center().toPoint())
