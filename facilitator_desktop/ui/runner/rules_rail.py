"""The group's current rule cards beside the session, numbered: a click, or R then the
card's number, shows it on the room display (R alone: the selected card); Esc hides it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.ui.runner.panel import Panel, action_button
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel


class RulesRail(Panel):
    # Row of the card to show on the room display.
    showRequested = Signal(int)
    hideRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Rule cards"), parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Rule cards"))
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(56)
        self.list.itemClicked.connect(self._on_item_clicked)
        self.show_button = action_button(
            self.tr("Show  R"),
            self.tr("Show the selected card on the room display (R then its number)"),
            self,
        )
        self.hide_button = action_button(
            self.tr("Hide  Esc"), self.tr("Hide the card from the room display (Esc)"), self
        )
        self.show_button.clicked.connect(self._on_show)
        self.hide_button.clicked.connect(self.hideRequested)
        self.showing_label = ToneLabel("", Tone.MUTED, self)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.hide_button)
        self.body.addWidget(self.list, 1)
        self.body.addLayout(buttons)
        self.body.addWidget(self.showing_label)
        self._cards: tuple[RuleCardDraft, ...] = ()
        self._showing: int | None = None
        self.set_showing(None)

    def cards(self) -> tuple[RuleCardDraft, ...]:
        return self._cards

    def set_cards(self, cards: Sequence[RuleCardDraft]) -> None:
        new = tuple(cards)
        if new == self._cards and self.list.count() == len(new):
            return
        self._cards = new
        self.list.clear()
        for number, card in enumerate(new, start=1):
            item = QListWidgetItem(f"{number}  {card.title}", self.list)
            item.setToolTip(card.statement)
        if not new:
            item = QListWidgetItem(self.tr("No rule cards yet (Rules page)."), self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        elif self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self._showing = None
        self.set_showing(None)

    def selected_row(self) -> int:
        row = self.list.currentRow()
        return row if 0 <= row < len(self._cards) else (0 if self._cards else -1)

    def select_row(self, row: int) -> None:
        if 0 <= row < len(self._cards):
            self.list.setCurrentRow(row)

    def set_showing(self, row: int | None) -> None:
        """Mark the card that the room display shows (None: no card)."""
        self._showing = row
        for index in range(self.list.count()):
            item = self.list.item(index)
            font = QFont(item.font())
            font.setBold(index == row)
            item.setFont(font)
        if row is not None and 0 <= row < len(self._cards):
            self.showing_label.setText(
                self.tr("On the room display: {title}").format(title=self._cards[row].title)
            )
        else:
            self.showing_label.setText(self.tr("No card on the room display."))
        self.hide_button.setEnabled(row is not None)
        self.show_button.setEnabled(bool(self._cards))

    @Slot(QListWidgetItem)
    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self._cards):
            emit(self.showRequested, row)

    @Slot()
    def _on_show(self) -> None:
        row = self.selected_row()
        if row >= 0:
            emit(self.showRequested, row)
