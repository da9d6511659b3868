"""The current-group picker shared by every page, with a "show archived" switch."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QVBoxLayout, QWidget

from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.widgets.eliding_combo import ElidingComboBox


class GroupSelector(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.combo = ElidingComboBox(self)
        self.combo.setModel(ctx.groups)
        self.combo.setPlaceholderText(self.tr("No groups yet"))
        self.combo.setAccessibleName(self.tr("Current group"))
        self.combo.setMinimumContentsLength(12)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        label = QLabel(self.tr("Gro&up:"), self)
        label.setBuddy(self.combo)
        self.show_archived_box = QCheckBox(self.tr("Show ar&chived"), self)
        self.show_archived_box.setToolTip(self.tr("List archived groups too"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.show_archived_box)

        self.combo.activated.connect(self._on_activated)
        self.show_archived_box.toggled.connect(self._on_show_archived)
        ctx.currentGroupChanged.connect(self._sync)
        ctx.groupsChanged.connect(self._sync)
        self._sync()

    @Slot(int)
    def _on_activated(self, row: int) -> None:
        group = self._ctx.groups.group_at(row)
        if group is None or not self._ctx.request_group(group.id):
            self._sync()  # the user stayed: show the group they stayed on

    @Slot(bool)
    def _on_show_archived(self, show: bool) -> None:
        if not self._ctx.set_show_archived(show):
            self.show_archived_box.blockSignals(True)
            self.show_archived_box.setChecked(not show)
            self.show_archived_box.blockSignals(False)

    @Slot()
    def _sync(self) -> None:
        self.combo.setCurrentIndex(self._ctx.groups.row_of(self._ctx.current_group_id()))
