"""Emitting signals from Python must not eat references to True (PySide6 6.12.0 defect):
on Python < 3.12 that ends a long session in "Fatal Python error: bool_dealloc"."""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal, Slot
from pytestqt.qtbot import QtBot

from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.ui.qmodels.rule_cards import RuleCardListModel
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.reorder_list import ReorderListView

REPEATS = 500


class _Sender(QObject):
    changed = Signal(int, str)


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.received: list[int] = []

    @Slot(int, str)
    def on_changed(self, number: int, _text: str) -> None:
        self.received.append(number)


def test_emit_keeps_references_to_true_balanced() -> None:
    sender, receiver = _Sender(), _Receiver()
    sender.changed.connect(receiver.on_changed)
    before = sys.getrefcount(True)
    for number in range(REPEATS):
        emit(sender.changed, number, "x")
    assert len(receiver.received) == REPEATS
    assert abs(sys.getrefcount(True) - before) < 10


def test_moving_rows_many_times_keeps_references_balanced(qtbot: QtBot) -> None:
    model = RuleCardListModel()
    model.set_items([RuleCardDraft(f"Card {n}", "A rule.") for n in range(4)])
    view = ReorderListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.select_row(0)
    before = sys.getrefcount(True)
    for _ in range(REPEATS // 2):
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        model.moveRow(QModelIndex(), view.current_row(), QModelIndex(), 0)
    assert abs(sys.getrefcount(True) - before) < 10
