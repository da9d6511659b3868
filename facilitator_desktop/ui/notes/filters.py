"""The row of filters over the notes list: every group or this one, about whom, follow-up.

The filters shape the list when nothing is searched; a search covers every note whatever
they say (the page disables them meanwhile).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from facilitator_desktop.services.notes import FollowUpFilter
from facilitator_desktop.ui.notes.details import MemberChoice
from facilitator_desktop.ui.signals import emit

FOLLOW_UP_FILTERS: tuple[FollowUpFilter, ...] = ("any", "open", "done")
ANYONE = -1


def _tr(text: str) -> str:
    # Under the page's name: these strings were the page's, and are translated there.
    return QCoreApplication.translate("NotesPage", text)


class NoteFilters(QWidget):
    # "All groups" was ticked or unticked by the user.
    allGroupsToggled = Signal(bool)
    # A member or a follow-up state was chosen by the user.
    filterChosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_groups_box = QCheckBox(_tr("All &groups"), self)
        self.all_groups_box.setToolTip(_tr("List the notes of every group"))
        self.all_groups_box.toggled.connect(self._on_all_groups_toggled)
        self.member_combo = QComboBox(self)
        self.member_combo.setAccessibleName(_tr("Notes about"))
        self.member_combo.setMinimumContentsLength(14)
        self.member_combo.activated.connect(self._on_activated)
        self.follow_combo = QComboBox(self)
        self.follow_combo.setAccessibleName(_tr("Follow-up"))
        self.follow_combo.addItem(_tr("All notes"), "any")
        self.follow_combo.addItem(_tr("Follow-up open"), "open")
        self.follow_combo.addItem(_tr("Follow-up done"), "done")
        self.follow_combo.activated.connect(self._on_activated)
        member_label = QLabel(_tr("A&bout:"), self)
        member_label.setBuddy(self.member_combo)
        follow_label = QLabel(_tr("S&how:"), self)
        follow_label.setBuddy(self.follow_combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.all_groups_box)
        row.addSpacing(12)
        row.addWidget(member_label)
        row.addWidget(self.member_combo)
        row.addSpacing(12)
        row.addWidget(follow_label)
        row.addWidget(self.follow_combo)
        row.addStretch(1)

    # --- reading -------------------------------------------------------------------------------

    def all_groups(self) -> bool:
        return self.all_groups_box.isChecked()

    def member_id(self) -> int | None:
        """The member the list is about; None for anyone."""
        value = self.member_combo.currentData()
        return int(value) if isinstance(value, int) and value >= 0 else None

    def follow_up(self) -> FollowUpFilter:
        value = self.follow_combo.currentData()
        return next((choice for choice in FOLLOW_UP_FILTERS if choice == value), "any")

    # --- setting (as a program does: no signal) -------------------------------------------------

    def set_all_groups(self, checked: bool) -> None:
        with QSignalBlocker(self.all_groups_box):
            self.all_groups_box.setChecked(checked)

    def set_follow_up(self, value: str) -> None:
        self.follow_combo.setCurrentIndex(max(0, self.follow_combo.findData(value)))

    def show_members(
        self, members: Sequence[MemberChoice], select: int | None, *, enabled: bool
    ) -> None:
        """Anyone first, then `members` (those who left say so); `select` chosen if listed."""
        with QSignalBlocker(self.member_combo):
            self.member_combo.clear()
            self.member_combo.addItem(_tr("Anyone"), ANYONE)
            for member in members:
                label = (
                    member.alias
                    if member.active
                    else _tr("{alias} (left)").format(alias=member.alias)
                )
                self.member_combo.addItem(label, member.id)
            row = self.member_combo.findData(select) if select is not None else 0
            self.member_combo.setCurrentIndex(max(0, row))
        self.member_combo.setEnabled(enabled)

    def forget_members(self) -> None:
        """Drop every alias (on lock)."""
        with QSignalBlocker(self.member_combo):
            self.member_combo.clear()

    # --- slots ---------------------------------------------------------------------------------

    @Slot(bool)
    def _on_all_groups_toggled(self, checked: bool) -> None:
        emit(self.allGroupsToggled, checked)

    @Slot(int)
    def _on_activated(self, _row: int) -> None:
        emit(self.filterChosen)
