"""Groups for the shared selector and the Groups page list (one model, two views)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from facilitator_desktop.services.groups import GroupInfo

GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class GroupListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[GroupInfo] = []

    def set_groups(self, groups: Sequence[GroupInfo]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def groups(self) -> list[GroupInfo]:
        return list(self._groups)

    def row_of(self, group_id: int) -> int:
        for row, group in enumerate(self._groups):
            if group.id == group_id:
                return row
        return -1

    def group_at(self, row: int) -> GroupInfo | None:
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self._groups[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if group.archived:
                return self.tr("{name} (archived)").format(name=group.name)
            return group.name
        if role == Qt.ItemDataRole.ForegroundRole and group.archived:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == GROUP_ID_ROLE:
            return group.id
        return None
