"""A list view whose rows are reordered by drag and drop or with Alt+Up / Alt+Down."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from facilitator_desktop.ui.qmodels.reorderable import ReorderableListModel


class ReorderListView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)
        self.setUniformItemSizes(True)
        self._reorder_enabled = True

    def set_reorder_enabled(self, enabled: bool) -> None:
        """Read-only views (an earlier rule set version) keep selection but refuse moves."""
        self._reorder_enabled = enabled
        mode = (
            QAbstractItemView.DragDropMode.InternalMove
            if enabled
            else QAbstractItemView.DragDropMode.NoDragDrop
        )
        self.setDragDropMode(mode)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            self.clearSelection()
            self.setCurrentIndex(self.rootIndex())
            return
        self.setCurrentIndex(model.index(row, 0))

    def move_current(self, delta: int) -> bool:
        model = self.model()
        row = self.current_row()
        if not self._reorder_enabled or row < 0 or not isinstance(model, ReorderableListModel):
            return False
        moved = model.move(row, delta)
        if moved:
            self.scrollTo(self.currentIndex())
        return moved

    @Slot()
    def move_current_up(self) -> None:
        self.move_current(-1)

    @Slot()
    def move_current_down(self) -> None:
        self.move_current(+1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Arrow keys carry KeypadModifier on some platforms; only Alt matters here.
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else +1)
            event.accept()
            return
        super().keyPressEvent(event)
