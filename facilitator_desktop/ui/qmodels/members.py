"""Members in seat order; members who left follow, greyed, and cannot be moved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from facilitator_desktop.services.members import MemberInfo
from facilitator_desktop.ui.formatting import short_date
from facilitator_desktop.ui.qmodels.reorderable import ReorderableListModel

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MemberListModel(ReorderableListModel[MemberInfo]):
    def active_count(self) -> int:
        return sum(1 for m in self._items if m.active)

    def active_ids(self) -> list[int]:
        return [m.id for m in self._items if m.active]

    def row_of(self, member_id: int) -> int:
        for row, member in enumerate(self._items):
            if member.id == member_id:
                return row
        return -1

    def can_move(self, row: int) -> bool:
        return super().can_move(row) and self._items[row].active

    def movable_range(self) -> range:
        return range(self.active_count())

    def clear(self) -> None:
        """Drop every decrypted alias (on lock)."""
        self.set_items([])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        member = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if member.left_on is None:
                return self.tr("{seat}.  {alias}").format(seat=index.row() + 1, alias=member.alias)
            left_on = short_date(member.left_on)
            return self.tr("{alias} — left {date}").format(alias=member.alias, date=left_on)
        if role == Qt.ItemDataRole.ForegroundRole and not member.active:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.ToolTipRole and member.damaged:
            return self.tr("This record is damaged and cannot be shown or edited.")
        if role == MEMBER_ID_ROLE:
            return member.id
        return None
