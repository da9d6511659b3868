"""Rule cards: the group's working rule set (reorderable) and the built-in library."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from facilitator_desktop.domain.validation import validate_rule_card
from facilitator_desktop.errors import ValidationError
from facilitator_desktop.services.rule_library import LibraryCard
from facilitator_desktop.services.rules import RuleCardDraft
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.qmodels.reorderable import ReorderableListModel
from facilitator_desktop.ui.signals import emit

AnyIndex = QModelIndex | QPersistentModelIndex


def card_problem(card: RuleCardDraft) -> ValidationError | None:
    try:
        validate_rule_card(card.title, card.statement, card.why)
    except ValidationError as exc:
        return exc
    return None


class RuleCardListModel(ReorderableListModel[RuleCardDraft]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._movable = True

    def set_movable(self, movable: bool) -> None:
        """An earlier version is shown read-only: no drags, no moves."""
        self._movable = movable

    def can_move(self, row: int) -> bool:
        return self._movable and super().can_move(row)

    def library_keys(self) -> set[str]:
        return {card.library_key for card in self._items if card.library_key}

    def row_of_key(self, key: str) -> int:
        for row, card in enumerate(self._items):
            if card.library_key == key:
                return row
        return -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title = card.title.strip() or self.tr("(untitled card)")
            marker = "⚠ " if card_problem(card) else ""
            return f"{index.row() + 1}.  {marker}{title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = card_problem(card)
            return error_text(problem) if problem else card.statement
        return None


class LibraryListModel(QAbstractListModel):
    """The built-in cards; those already in the working set are ticked and muted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: list[LibraryCard] = []
        self._in_set: set[str] = set()

    def set_cards(self, cards: Sequence[LibraryCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def card(self, row: int) -> LibraryCard:
        return self._cards[row]

    def row_of(self, key: str) -> int:
        for row, card in enumerate(self._cards):
            if card.key == key:
                return row
        return -1

    def set_in_set(self, keys: set[str]) -> None:
        if keys != self._in_set:
            self._in_set = set(keys)
            if self._cards:
                emit(self.dataChanged, self.index(0, 0), self.index(len(self._cards) - 1, 0))

    def is_in_set(self, row: int) -> bool:
        return self._cards[row].key in self._in_set

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self._cards[index.row()]
        in_set = card.key in self._in_set
        if role == Qt.ItemDataRole.DisplayRole:
            return f"✓  {card.title}" if in_set else card.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                self.tr("{title}, in the rule set").format(title=card.title)
                if in_set
                else (card.title)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.statement
        if role == Qt.ItemDataRole.ForegroundRole and in_set:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None
