"""The Notes page: the facilitator's private notes, newest first, with an editor.

This module holds the widgets and forwards what the user does to the `NotesPresenter`
(presenter.py), which holds the logic: autosave, the list and its search, links and
follow-ups, and what a lock keeps. The page shows what the presenter tells it (the
`NotesView` methods below) and answers its questions about what the user put in.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.services.notes import FollowUpFilter, NoteInfo
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.notes.autosave import Autosaver
from facilitator_desktop.ui.notes.delegate import NoteItemDelegate
from facilitator_desktop.ui.notes.details import MemberChoice, from_qdate
from facilitator_desktop.ui.notes.editor_panel import EditorPanel
from facilitator_desktop.ui.notes.filters import NoteFilters
from facilitator_desktop.ui.notes.models import NoteListModel
from facilitator_desktop.ui.notes.presenter import NotesPresenter
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.sharing.note_share import NoteShareBox
from facilitator_desktop.ui.widgets.headings import PageHeader
from facilitator_desktop.ui.widgets.prompts import confirm
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

LIST_WIDTH, EDITOR_WIDTH = 370, 630


class NotesPage(Page):
    key = "notes"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.header = PageHeader(self.title(), self)

        # --- search and actions ----------------------------------------------------------------
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Search all notes, or who they are about (Ctrl+F)")
        )
        self.search_edit.setAccessibleName(self.tr("Search all notes"))
        self.search_edit.setToolTip(
            self.tr(
                "Finds the notes that hold every word, in their text or in the alias or full "
                "name of a member they are about."
            )
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(320)
        self.new_button = QPushButton(self.tr("&New note"), self)
        self.new_button.setToolTip(self.tr("Start a new note in this group (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.delete_button.setToolTip(self.tr("Delete this note for good"))
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)

        self.filters = NoteFilters(self)

        # --- list ------------------------------------------------------------------------------
        self.list_view = QListView(self)
        self.list_view.setItemDelegate(NoteItemDelegate(self.list_view))
        self.list_view.setAccessibleName(self.tr("Notes, newest first"))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setWordWrap(True)
        self.list_hint = ToneLabel("", Tone.MUTED, self)
        list_panel = QWidget(self)
        list_column = QVBoxLayout(list_panel)
        list_column.setContentsMargins(0, 0, 0, 0)
        list_column.setSpacing(6)
        list_column.addWidget(self.list_view, 1)
        list_column.addWidget(self.list_hint)

        # --- the open note ---------------------------------------------------------------------
        self.editor_stack = EditorPanel(ctx.today, self)
        self.editor = self.editor_stack.editor
        self.details = self.editor_stack.details
        # A note of a shared group may go to its co-facilitators (under the follow-up).
        self.share_box = NoteShareBox(ctx, self.details)
        details_layout = self.details.layout()
        assert isinstance(details_layout, QVBoxLayout)
        details_layout.insertWidget(details_layout.count() - 2, self.share_box)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_panel)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([LIST_WIDTH, EDITOR_WIDTH])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        self.presenter = NotesPresenter(ctx, self, page_key=self.key, parent=self)
        self.list_view.setModel(self.presenter.model)
        self._connect()
        self.presenter.start()

    def _connect(self) -> None:
        presenter, note = self.presenter, self.presenter.note
        self.search_edit.textChanged.connect(presenter.search_edited)
        self.search_edit.returnPressed.connect(presenter.run_search)
        self.new_button.clicked.connect(note.start_new_in_group)
        self.delete_button.clicked.connect(note.delete)
        self.filters.allGroupsToggled.connect(presenter.all_groups_toggled)
        self.filters.filterChosen.connect(presenter.filter_chosen)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.focusLost.connect(self._on_editor_left)
        self.details.membersChanged.connect(self._on_members_changed)
        self.details.followUpChanged.connect(self._on_follow_up_changed)
        self.details.doneChanged.connect(self._on_done_changed)
        for sequence, slot in (
            (QKeySequence.StandardKey.New, note.start_new_in_group),
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.Save, presenter.save_now),
        ):
            self.page_shortcut(sequence, slot)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.list_view,
            note.delete,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.ctx.currentGroupChanged.connect(presenter.group_changed)
        self.ctx.groupsChanged.connect(presenter.update_header)
        self.ctx.noteRequested.connect(presenter.note_requested)

    def title(self) -> str:
        return self.tr("Notes")

    # --- what other screens and tests use --------------------------------------------------------

    @property
    def model(self) -> NoteListModel:
        return self.presenter.model

    @property
    def autosaver(self) -> Autosaver:
        return self.presenter.autosaver

    @property
    def search_timer(self) -> QTimer:
        return self.presenter.search_timer

    @property
    def all_groups_box(self) -> QCheckBox:
        return self.filters.all_groups_box

    @property
    def member_combo(self) -> QComboBox:
        return self.filters.member_combo

    @property
    def follow_combo(self) -> QComboBox:
        return self.filters.follow_combo

    @property
    def save_state(self) -> ToneLabel:
        return self.editor_stack.save_state

    @property
    def damaged_label(self) -> ToneLabel:
        return self.editor_stack.damaged_label

    def new_note(self) -> None:
        self.presenter.note.start_new_in_group()

    def open_note(self, note_id: int) -> bool:
        return self.presenter.note.open(note_id)

    def run_search(self) -> None:
        self.presenter.run_search()

    def save_now(self) -> None:
        self.presenter.save_now()

    def held_notice(self) -> str | None:
        """For the lock screen: why a note is held sealed instead of saved (None: none is)."""
        return self.presenter.held_notice()

    @Slot()
    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # --- Page contract -------------------------------------------------------------------------

    def unsaved_what(self) -> str | None:
        return self.tr("this note") if self.presenter.unsaved() else None

    def may_leave(self) -> bool:
        # Autosave: leaving saves; only a failed save (disk full…) asks.
        self.presenter.autosaver.flush()
        return super().may_leave()

    def save_changes(self) -> bool:
        return self.presenter.autosaver.flush()

    def discard_changes(self) -> None:
        self.presenter.discard()

    def workspace_locked(self) -> bool:
        return self.presenter.lock()

    def workspace_unlocked(self) -> None:
        self.presenter.unlock()

    def focus_first(self) -> None:
        if self.presenter.note.editing:
            self.editor.setFocus()
        elif self.model.rowCount():
            self.list_view.setFocus()
        else:
            self.new_button.setFocus()

    # --- NotesView: what the user put in ---------------------------------------------------------

    def body(self) -> str:
        return self.editor.body()

    def cursor_position(self) -> int:
        return self.editor.cursor_position()

    def search_text(self) -> str:
        return self.search_edit.text()

    def all_groups(self) -> bool:
        return self.filters.all_groups()

    def member_filter(self) -> int | None:
        return self.filters.member_id()

    def follow_filter(self) -> FollowUpFilter:
        return self.filters.follow_up()

    def linked_ids(self) -> tuple[int, ...]:
        return tuple(self.details.linked_ids())

    def follow_up_ticked(self) -> bool:
        return self.details.follow_up_box.isChecked()

    def due_on(self) -> date | None:
        return self.details.due_on()

    # --- NotesView: the list ---------------------------------------------------------------------

    def show_members_filter(
        self, members: Sequence[MemberChoice], select: int | None, *, enabled: bool
    ) -> None:
        self.filters.show_members(members, select, enabled=enabled)

    def restore_filters(self, all_groups: bool, follow_up: FollowUpFilter) -> None:
        self.filters.set_all_groups(all_groups)
        self.filters.set_follow_up(follow_up)

    def set_filters_enabled(self, enabled: bool) -> None:
        self.filters.setEnabled(enabled)

    def show_list_hint(self, text: str) -> None:
        self.list_hint.setText(text)

    def show_subtitle(self, *, searching: bool, all_groups: bool, group: str | None) -> None:
        if searching:
            self.header.set_subtitle(self.tr("Search in every group · encrypted"))
        elif all_groups:
            self.header.set_subtitle(self.tr("All groups · newest first · encrypted"))
        elif group is not None:
            self.header.set_subtitle(
                self.tr("{group} · newest first · encrypted").format(group=group)
            )
        else:
            self.header.set_subtitle("")

    def select_row(self, row: int) -> None:
        selection = self.list_view.selectionModel()
        with QSignalBlocker(selection):
            if row >= 0:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list_view.scrollTo(index)
            else:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.list_view.viewport().update()

    def clear_search(self) -> None:
        with QSignalBlocker(self.search_edit):
            self.search_edit.setText("")  # setText also resets the line's undo history

    # --- NotesView: the note -------------------------------------------------------------------

    def show_note(self, note: NoteInfo, choices: Sequence[MemberChoice]) -> None:
        self.editor_stack.show_note(note, choices)
        self.share_box.show_note(note)

    def show_new_note(
        self,
        body: str,
        choices: Sequence[MemberChoice],
        linked: Sequence[int],
        *,
        follow_up: bool,
        due_on: date | None,
    ) -> None:
        self.editor_stack.show_new(body, choices, linked, follow_up=follow_up, due_on=due_on)
        self.share_box.show_note(None)

    def show_no_note(self) -> None:
        self.editor_stack.show_nothing()
        self.share_box.show_note(None)

    def show_body(self, body: str) -> None:
        self.editor.show_body(body)

    def show_times(self, note: NoteInfo) -> None:
        self.editor_stack.show_times(note)
        self.share_box.note_saved(note)

    def untick_done(self) -> None:
        with QSignalBlocker(self.details.done_box):
            self.details.done_box.setChecked(False)

    def highlight(self, spans: tuple[tuple[int, int], ...]) -> None:
        self.editor.highlight(spans)

    def set_cursor_position(self, position: int) -> None:
        self.editor.set_cursor_position(position)

    def show_saved(self) -> None:
        self.editor_stack.show_saved()

    def show_editing(self) -> None:
        self.editor_stack.show_editing()

    def show_not_saved(self, reason: str) -> None:
        self.editor_stack.show_not_saved(reason)

    def set_buttons(self, *, delete: bool, new: bool) -> None:
        self.delete_button.setEnabled(delete)
        self.new_button.setEnabled(new)

    def forget_everything(self) -> None:
        self.clear_search()
        self.editor_stack.wipe()
        self.filters.forget_members()
        self.list_hint.setText("")

    # --- NotesView: asking and moving on ---------------------------------------------------------

    def confirm_delete(self) -> bool:
        return confirm(
            self,
            self.tr("Delete note"),
            self.tr("Delete this note?"),
            self.tr(
                "It is removed from the workspace for good, together with its follow-up. "
                "This cannot be undone."
            ),
            self.tr("&Delete for good"),
        )

    def focus_editor(self) -> None:
        self.editor.setFocus()

    def focus_list(self) -> None:
        self.list_view.setFocus()

    # --- slots: what the user did --------------------------------------------------------------

    @Slot()
    def _on_text_changed(self) -> None:
        if not self.editor.isReadOnly():
            self.presenter.note.text_changed()

    @Slot()
    def _on_editor_left(self) -> None:
        self.autosaver.flush()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, previous: QModelIndex
    ) -> None:
        if not self.presenter.choose_row(current.row() if current.isValid() else -1):
            with QSignalBlocker(self.list_view.selectionModel()):
                self.list_view.setCurrentIndex(previous)

    @Slot(list)
    def _on_members_changed(self, member_ids: list[int]) -> None:
        self.presenter.note.set_members(member_ids)

    @Slot(bool, QDate)
    def _on_follow_up_changed(self, follow_up: bool, due: QDate) -> None:
        self.presenter.note.set_follow_up(follow_up, from_qdate(due) if due.isValid() else None)

    @Slot(bool)
    def _on_done_changed(self, done: bool) -> None:
        self.presenter.note.set_done(done)
