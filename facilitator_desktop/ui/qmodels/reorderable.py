"""A flat list model whose rows can be moved by drag and drop, buttons or keyboard.

QListView (Qt 6) performs an internal drag-and-drop move through `moveRows`, so
implementing it here gives drag, button and keyboard moves a single code path, and
persistent indexes (current item, selection) follow the moved row.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from facilitator_desktop.ui.signals import emit

T = TypeVar("T")
ItemData = Qt.ItemDataRole
AnyIndex = QModelIndex | QPersistentModelIndex


class ReorderableListModel(QAbstractListModel, Generic[T]):
    # (old row, new row) after a move has happened, in final positions.
    rowMoved = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[T] = []

    # --- content ---------------------------------------------------------------------------

    def items(self) -> list[T]:
        return list(self._items)

    def item(self, row: int) -> T:
        return self._items[row]

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def replace(self, row: int, item: T) -> None:
        self._items[row] = item
        index = self.index(row, 0)
        emit(self.dataChanged, index, index)

    def append(self, item: T) -> int:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> T:
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self._items.pop(row)
        self.endRemoveRows()
        return item

    # --- moving ----------------------------------------------------------------------------

    def can_move(self, row: int) -> bool:
        """Subclasses fence rows that must stay put (e.g. members who left)."""
        return 0 <= row < len(self._items)

    def movable_range(self) -> range:
        """Positions a movable row may take; everything after it is fixed."""
        return range(len(self._items))

    def move(self, row: int, delta: int) -> bool:
        """Move one row up (-1) or down (+1); returns whether it moved."""
        target = row + delta
        if not self.can_move(row) or target not in self.movable_range():
            return False
        # moveRows' destination is "insert before this row" in the old numbering.
        destination = target + 1 if delta > 0 else target
        return self.moveRow(QModelIndex(), row, QModelIndex(), destination)

    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        if not self.can_move(source_row):
            return False
        final = destination_child - 1 if destination_child > source_row else destination_child
        if final == source_row or final not in self.movable_range():
            return False
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row, QModelIndex(), destination_child
        ):
            return False
        self._items.insert(final, self._items.pop(source_row))
        self.endMoveRows()
        emit(self.rowMoved, source_row, final)
        return True

    # --- Qt model plumbing -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land *between* rows, never onto one.
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.can_move(index.row()):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def data(self, index: AnyIndex, role: int = ItemData.DisplayRole) -> Any:
        """What a row shows: each list (members, rule cards) defines it. Abstract by
        convention (Qt's metaclass does not combine with ABCMeta)."""
        raise NotImplementedError
