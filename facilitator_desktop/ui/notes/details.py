"""The side panel of a note: which members it is about, and its follow-up."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.headings import heading
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

MEMBER_ID = Qt.ItemDataRole.UserRole + 1
DEFAULT_DUE_DAYS = 7


@dataclass(frozen=True, slots=True)
class MemberChoice:
    id: int
    alias: str
    active: bool


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class NoteDetails(QWidget):
    # The ticked member ids, after the user ticked or unticked one.
    membersChanged = Signal(list)
    # (follow up, due date — an invalid QDate for none)
    followUpChanged = Signal(bool, QDate)
    doneChanged = Signal(bool)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today  # the app's injected clock: a new follow-up is due in a week
        self._loading = False

        about = heading(self.tr("About"), 3, self)
        self.members = QListWidget(self)
        self.members.setAccessibleName(self.tr("Members this note is about"))
        self.members.setMinimumHeight(120)
        self.members.setMaximumHeight(260)
        self.members_hint = ToneLabel(
            self.tr("Tick the members this note is about."), Tone.MUTED, self
        )
        self.members.itemChanged.connect(self._on_member_ticked)

        follow = heading(self.tr("Follow-up"), 3, self)
        self.follow_up_box = QCheckBox(self.tr("&Follow up"), self)
        self.follow_up_box.setToolTip(self.tr("List this note under Follow-ups"))
        self.due_box = QCheckBox(self.tr("D&ue by"), self)
        self.due_edit = QDateEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setDate(self._default_due())
        self.done_box = QCheckBox(self.tr("&Done"), self)
        self.done_box.setToolTip(self.tr("The follow-up has been done"))
        self.follow_up_box.toggled.connect(self._on_follow_up_edited)
        self.due_box.toggled.connect(self._on_follow_up_edited)
        self.due_edit.dateChanged.connect(self._on_due_date_edited)
        self.done_box.toggled.connect(self._on_done_toggled)
        due_row = QHBoxLayout()
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.due_box)
        due_row.addWidget(self.due_edit, 1)

        self.times = ToneLabel("", Tone.MUTED, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(about)
        layout.addWidget(self.members)
        layout.addWidget(self.members_hint)
        layout.addSpacing(8)
        layout.addWidget(follow)
        layout.addWidget(self.follow_up_box)
        layout.addLayout(due_row)
        layout.addWidget(self.done_box)
        layout.addSpacing(8)
        layout.addWidget(self.times)
        layout.addStretch(1)
        self._sync_enabled()

    # --- showing -------------------------------------------------------------------------------

    def show_details(
        self,
        choices: Sequence[MemberChoice],
        linked: Sequence[int],
        *,
        follow_up: bool,
        due_on: date | None,
        done: bool,
        times: str,
        editable: bool,
    ) -> None:
        self._loading = True
        try:
            self.members.clear()
            for choice in choices:
                text = (
                    choice.alias
                    if choice.active
                    else self.tr("{alias} (left)").format(alias=choice.alias)
                )
                item = QListWidgetItem(text, self.members)
                item.setData(MEMBER_ID, choice.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if choice.id in linked else Qt.CheckState.Unchecked
                )
            self.members_hint.setText(
                self.tr("Tick the members this note is about.")
                if choices
                else self.tr("This group has no members yet.")
            )
            self.follow_up_box.setChecked(follow_up)
            self.due_box.setChecked(due_on is not None)
            if due_on is not None:
                self.due_edit.setDate(to_qdate(due_on))
            else:
                self.due_edit.setDate(self._default_due())
            self.done_box.setChecked(done)
            self.times.setText(times)
            self.setEnabled(editable)
        finally:
            self._loading = False
        self._sync_enabled()

    def clear(self) -> None:
        """Forget every alias (on lock) and show an empty panel."""
        self.show_details(
            [], [], follow_up=False, due_on=None, done=False, times="", editable=False
        )

    def linked_ids(self) -> list[int]:
        ids = []
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(MEMBER_ID)))
        return ids

    def set_member_checked(self, member_id: int, checked: bool) -> None:
        """Tick or untick a member as a click would (tests, keyboard)."""
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.data(MEMBER_ID) == member_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def due_on(self) -> date | None:
        if not (self.follow_up_box.isChecked() and self.due_box.isChecked()):
            return None
        return from_qdate(self.due_edit.date())

    def _default_due(self) -> QDate:
        return to_qdate(self._today() + timedelta(days=DEFAULT_DUE_DAYS))

    def _sync_enabled(self) -> None:
        flagged = self.follow_up_box.isChecked()
        self.due_box.setEnabled(flagged)
        self.due_edit.setEnabled(flagged and self.due_box.isChecked())
        self.done_box.setEnabled(flagged)

    # --- slots ---------------------------------------------------------------------------------

    @Slot(QListWidgetItem)
    def _on_member_ticked(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            emit(self.membersChanged, self.linked_ids())

    @Slot()
    def _on_follow_up_edited(self) -> None:
        self._sync_enabled()
        if self._loading:
            return
        due = self.due_on()
        emit(
            self.followUpChanged,
            self.follow_up_box.isChecked(),
            to_qdate(due) if due is not None else QDate(),
        )

    @Slot(QDate)
    def _on_due_date_edited(self, _date: QDate) -> None:
        if self.due_box.isChecked():
            self._on_follow_up_edited()

    @Slot(bool)
    def _on_done_toggled(self, done: bool) -> None:
        if not self._loading:
            emit(self.doneChanged, done)
