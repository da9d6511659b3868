"""Follow-ups: every open follow-up of every group, due soonest first; mark them done.

The list shows the first line of each note and who it is about, so it is private text:
it is emptied when the workspace locks and read again after unlocking.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.notes.models import FollowUpModel, FollowUpRow
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.headings import PageHeader
from facilitator_desktop.ui.widgets.roomy_delegate import RoomyItemDelegate
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

ABOUT_MAX = 4


class FollowUpsPage(Page):
    key = "follow_ups"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._selected_before_lock: int | None = None
        self.header = PageHeader(self.title(), self)
        self.header.set_subtitle(self.tr("Open follow-ups of every group, due soonest first"))

        self.model = FollowUpModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(RoomyItemDelegate(self.table))
        self.table.setAccessibleName(self.tr("Open follow-ups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FollowUpModel.DUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FollowUpModel.GROUP, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FollowUpModel.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FollowUpModel.ABOUT, QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.resizeSection(FollowUpModel.GROUP, 200)
        header.resizeSection(FollowUpModel.ABOUT, 180)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)

        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.setToolTip(self.tr("The follow-up has been done (Ctrl+D)"))
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton(self.tr("&Open note"), self)
        self.open_button.setToolTip(self.tr("Read or edit the note (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        self.empty_hint = ToneLabel("", Tone.MUTED, self)
        self.empty_hint.setWordWrap(False)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.done_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.empty_hint, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        QShortcut(
            QKeySequence("Ctrl+D"),
            self,
            self.mark_done,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.table,
                self.open_current,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.reload()

    def title(self) -> str:
        return self.tr("Follow-ups")

    # --- Page contract -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # Notes change on other pages; the list is read again whenever it comes into view.
        super().showEvent(event)
        if not self.ctx.workspace.locked:
            self.reload(select=self._current_id())

    def workspace_locked(self) -> bool:
        self._selected_before_lock = self._current_id()
        self.model.clear()
        self.empty_hint.setText("")
        self._update_buttons()
        return False

    def workspace_unlocked(self) -> None:
        self.reload(select=self._selected_before_lock)
        self._selected_before_lock = None

    def focus_first(self) -> None:
        self.table.setFocus()

    # --- loading -------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        workspace = self.ctx.workspace
        if workspace.locked:
            return
        try:
            notes = workspace.notes.follow_ups()
            groups = {g.id: g.name for g in workspace.groups.list(include_archived=True)}
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
            return
        aliases: dict[int, str] = {}
        for group_id in {n.group_id for n in notes if n.group_id is not None}:
            try:
                members = workspace.members.list(group_id, include_left=True)
            except FacilitatorError:
                continue
            aliases.update({m.id: m.alias for m in members if not m.damaged})
        rows = []
        for note in notes:
            names = [aliases[m] for m in note.member_ids if m in aliases]
            about = ", ".join(names[:ABOUT_MAX])
            if len(names) > ABOUT_MAX:
                about += self.tr(" +{n}").format(n=len(names) - ABOUT_MAX)
            rows.append(
                FollowUpRow(
                    note.id,
                    note.due_on,
                    groups.get(note.group_id, "") if note.group_id is not None else "",
                    note.title,
                    about,
                    note.created_at,
                    note.damaged,
                )
            )
        self.model.set_rows(rows, date.today())
        overdue = sum(1 for row in rows if self.model.overdue(row))
        if not rows:
            self.empty_hint.setText(self.tr("Nothing to follow up. Well done."))
        elif overdue:
            self.empty_hint.setText(
                self.tr("{n} open, {late} overdue.").format(n=len(rows), late=overdue)
            )
        else:
            self.empty_hint.setText(self.tr("{n} open.").format(n=len(rows)))
        row = self.model.row_of(select) if select is not None else -1
        if row < 0 and rows:
            row = 0
        self._select_row(row)

    def _select_row(self, row: int) -> None:
        if row >= 0:
            index = self.model.index(row, FollowUpModel.NOTE)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        self._update_buttons()

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        item = self.model.item(index.row()) if index.isValid() else None
        return item.id if item is not None else None

    def _update_buttons(self) -> None:
        has = self._current_id() is not None
        self.done_button.setEnabled(has)
        self.open_button.setEnabled(has)

    # --- actions -------------------------------------------------------------------------------

    @Slot()
    def mark_done(self) -> None:
        note_id = self._current_id()
        if note_id is None:
            return
        try:
            self.ctx.workspace.notes.set_done(note_id, True)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
            return
        row = self.model.remove(note_id)
        self._select_row(min(row, self.model.rowCount() - 1))
        if not self.model.rowCount():
            self.empty_hint.setText(self.tr("Nothing to follow up. Well done."))
        emit(
            self.ctx.statusMessage,
            self.tr("Marked done. Untick “Done” on the note to open it again."),
        )
        self.table.setFocus()

    @Slot()
    def open_current(self) -> None:
        note_id = self._current_id()
        if note_id is not None:
            self.ctx.open_note(note_id)

    @Slot(QModelIndex)
    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self.open_current()

    @Slot(QModelIndex, QModelIndex)
    def _on_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
