"""The Notes page: the facilitator's private notes, newest first, with an editor.

Everything typed is saved encrypted by the Autosaver: within two seconds, when the editor
loses the focus, before another note opens and before the workspace locks. Nothing is
kept anywhere else — no draft file, no QSettings, no temporary file. On lock the list,
the editor (with its undo history), the search box and the member names are emptied;
only ids are remembered, so unlocking reopens the same note. A note the disk would not
take at the lock is sealed in memory with the data key (see held.py) and saved after the
next unlock, or put back in the editor when the disk still refuses it.

Search covers every note of the workspace, whatever the filters; the filters (all
groups, member, follow-up) shape the list when nothing is searched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

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
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_desktop.domain.text_search import Query, match_spans
from facilitator_desktop.errors import FacilitatorError, NotFound
from facilitator_desktop.services.notes import NoteDraft, NoteFilter, NoteInfo
from facilitator_desktop.ui.context import NO_GROUP, UiContext
from facilitator_desktop.ui.formatting import short_date, short_time
from facilitator_desktop.ui.notes.autosave import Autosaver
from facilitator_desktop.ui.notes.delegate import NoteItemDelegate
from facilitator_desktop.ui.notes.details import MemberChoice, NoteDetails, from_qdate
from facilitator_desktop.ui.notes.editor import NoteEditor
from facilitator_desktop.ui.notes.held import (
    HeldText,
    kept_while_locked,
    lost_while_locked,
    saved_after_unlock,
    still_not_saved,
    why_not_saved,
)
from facilitator_desktop.ui.notes.models import NoteListModel, NoteRow, local_time
from facilitator_desktop.ui.page import Page
from facilitator_desktop.ui.signals import emit
from facilitator_desktop.ui.widgets.headings import PageHeader
from facilitator_desktop.ui.widgets.prompts import confirm
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

LIST_LIMIT = 500
SEARCH_LIMIT = 200
SEARCH_DELAY_MS = 250
FOLLOW_UP_FILTERS = ("any", "open", "done")


@dataclass(frozen=True, slots=True)
class _Place:
    """Where the user was when the workspace locked: ids and positions only."""

    note_id: int | None
    cursor: int
    all_groups: bool
    member_id: int | None
    follow_up: str


@dataclass(frozen=True, slots=True)
class _HeldNote:
    """A note the disk would not take when the workspace locked: its text sealed with the
    data key, and where it belongs."""

    text: HeldText
    note_id: int | None  # None: a new note, not stored yet
    group_id: int | None
    member_ids: tuple[int, ...]
    follow_up: bool
    due_on: date | None
    cursor: int


class NotesPage(Page):
    key = "notes"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._note_id: int | None = None  # the note in the editor (None: none, or new)
        self._new = False  # the editor holds a new note not stored yet
        self._note_group: int | None = None  # the group of the note in the editor
        self._loading = False
        self._searching = False
        self._place: _Place | None = None
        self._save_failed = False
        self._save_error: FacilitatorError | None = None  # why the last save failed
        self._held: _HeldNote | None = None  # sealed while locked (see workspace_locked)
        self.autosaver = Autosaver(self._save_now, monotonic=ctx.monotonic, parent=self)

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
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(self._on_search_edited)
        self.search_edit.returnPressed.connect(self.run_search)
        self.new_button = QPushButton(self.tr("&New note"), self)
        self.new_button.setToolTip(self.tr("Start a new note in this group (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_note)
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.delete_button.setToolTip(self.tr("Delete this note for good"))
        self.delete_button.clicked.connect(self._on_delete)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)

        # --- filters ---------------------------------------------------------------------------
        self.all_groups_box = QCheckBox(self.tr("All &groups"), self)
        self.all_groups_box.setToolTip(self.tr("List the notes of every group"))
        self.all_groups_box.toggled.connect(self._on_all_groups_toggled)
        self.member_combo = QComboBox(self)
        self.member_combo.setAccessibleName(self.tr("Notes about"))
        self.member_combo.setMinimumContentsLength(14)
        self.member_combo.activated.connect(self._on_filter_activated)
        self.follow_combo = QComboBox(self)
        self.follow_combo.setAccessibleName(self.tr("Follow-up"))
        self.follow_combo.addItem(self.tr("All notes"), "any")
        self.follow_combo.addItem(self.tr("Follow-up open"), "open")
        self.follow_combo.addItem(self.tr("Follow-up done"), "done")
        self.follow_combo.activated.connect(self._on_filter_activated)
        member_label = QLabel(self.tr("A&bout:"), self)
        member_label.setBuddy(self.member_combo)
        follow_label = QLabel(self.tr("S&how:"), self)
        follow_label.setBuddy(self.follow_combo)
        self.filters = QWidget(self)
        filter_row = QHBoxLayout(self.filters)
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.setSpacing(8)
        filter_row.addWidget(self.all_groups_box)
        filter_row.addSpacing(12)
        filter_row.addWidget(member_label)
        filter_row.addWidget(self.member_combo)
        filter_row.addSpacing(12)
        filter_row.addWidget(follow_label)
        filter_row.addWidget(self.follow_combo)
        filter_row.addStretch(1)

        # --- list ------------------------------------------------------------------------------
        self.model = NoteListModel(self)
        self.list_view = QListView(self)
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(NoteItemDelegate(self.list_view))
        self.list_view.setAccessibleName(self.tr("Notes, newest first"))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setWordWrap(True)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_hint = ToneLabel("", Tone.MUTED, self)
        list_panel = QWidget(self)
        list_column = QVBoxLayout(list_panel)
        list_column.setContentsMargins(0, 0, 0, 0)
        list_column.setSpacing(6)
        list_column.addWidget(self.list_view, 1)
        list_column.addWidget(self.list_hint)

        # --- editor ----------------------------------------------------------------------------
        self.editor = NoteEditor(self)
        self.editor.setPlaceholderText(self.tr("Write here. It is saved as you type, encrypted."))
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.focusLost.connect(self._on_editor_focus_lost)
        self.damaged_label = ToneLabel(
            self.tr(
                "This note is damaged and cannot be shown. The other notes are fine; you can "
                "delete this one."
            ),
            Tone.ERROR,
            self,
        )
        self.damaged_label.setObjectName("damagedNote")
        self.damaged_label.hide()
        self.save_state = ToneLabel("", Tone.MUTED, self)
        # Wrapped: why a save failed can be long, and must not widen the editor's column.
        self.save_state.setWordWrap(True)
        editor_panel = QWidget(self)
        editor_column = QVBoxLayout(editor_panel)
        editor_column.setContentsMargins(0, 0, 0, 0)
        editor_column.setSpacing(6)
        editor_column.addWidget(self.damaged_label)
        editor_column.addWidget(self.editor, 1)
        editor_column.addWidget(self.save_state)
        self.details = NoteDetails(self)
        self.details.setFixedWidth(230)
        self.details.membersChanged.connect(self._on_members_changed)
        self.details.followUpChanged.connect(self._on_follow_up_changed)
        self.details.doneChanged.connect(self._on_done_changed)
        note_panel = QWidget(self)
        note_row = QHBoxLayout(note_panel)
        note_row.setContentsMargins(0, 0, 0, 0)
        note_row.setSpacing(16)
        note_row.addWidget(editor_panel, 1)
        note_row.addWidget(self.details)
        self.empty_editor = ToneLabel(
            self.tr("Choose a note on the left, or start a new one with New note (Ctrl+N)."),
            Tone.MUTED,
            self,
        )
        self.empty_editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_stack = QStackedWidget(self)
        self.editor_stack.addWidget(self.empty_editor)
        self.editor_stack.addWidget(note_panel)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_panel)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([370, 630])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        for sequence, slot in (
            (QKeySequence.StandardKey.New, self.new_note),
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.Save, self.save_now),
        ):
            self.page_shortcut(sequence, slot)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.list_view,
            self._on_delete,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        ctx.currentGroupChanged.connect(self._on_group_changed)
        ctx.groupsChanged.connect(self._update_header)
        ctx.noteRequested.connect(self._on_note_requested)
        self._fill_member_filter()
        self._reload()

    def title(self) -> str:
        return self.tr("Notes")

    # --- Page contract -------------------------------------------------------------------------

    def unsaved_what(self) -> str | None:
        pending = self.autosaver.pending or self._held is not None
        return self.tr("this note") if pending else None

    def held_notice(self) -> str | None:
        """For the lock screen: why a note is held sealed instead of saved (None: none is)."""
        return kept_while_locked(self._held.text.why) if self._held is not None else None

    def may_leave(self) -> bool:
        # Autosave: leaving saves; only a failed save (disk full…) asks.
        self.autosaver.flush()
        return super().may_leave()

    def save_changes(self) -> bool:
        return self.autosaver.flush()

    def discard_changes(self) -> None:
        self.autosaver.forget()
        if self._note_id is not None:
            self.open_note(self._note_id)
        else:
            self._show_nothing()

    def workspace_locked(self) -> bool:
        """Save what is pending (or, when the disk refuses it, seal it in memory while the
        key is still here), then drop every decrypted text and its undo history."""
        if not self.autosaver.flush():
            self._held = self._hold()
        dropped = self.autosaver.pending and self._held is None
        self.autosaver.forget()
        self.search_timer.stop()
        keep_note = self._note_id if not self._new else None
        self._place = _Place(
            keep_note,
            self.editor.cursor_position() if keep_note is not None else 0,
            self.all_groups_box.isChecked(),
            self._member_filter(),
            self._follow_filter(),
        )
        self._loading = True
        try:
            with QSignalBlocker(self.search_edit):
                self.search_edit.setText("")  # setText also resets the line's undo history
            self._searching = False
            self.editor.wipe()
            self.details.clear()
            self.model.clear()
            with QSignalBlocker(self.member_combo):
                self.member_combo.clear()
            self.list_hint.setText("")
            self.save_state.setText("")
            self.damaged_label.hide()
        finally:
            self._loading = False
        self._note_id = None
        self._new = False
        self.editor_stack.setCurrentWidget(self.empty_editor)
        return dropped

    def workspace_unlocked(self) -> None:
        place, self._place = self._place, None
        held, self._held = self._held, None
        # The held note first: then the list and the editor show what is stored now.
        saved_id, unsaved = self._save_held(held) if held is not None else (None, None)
        if place is None:
            self._fill_member_filter()
            self._reload()
        else:
            with QSignalBlocker(self.all_groups_box):
                self.all_groups_box.setChecked(place.all_groups)
            self._fill_member_filter(select=place.member_id)
            self.follow_combo.setCurrentIndex(max(0, self.follow_combo.findData(place.follow_up)))
            self._reload(select=saved_id if saved_id is not None else place.note_id)
            if place.note_id is not None and self._note_id == place.note_id:
                self.editor.set_cursor_position(place.cursor)
        if held is not None and saved_id is not None and self._note_id == saved_id:
            self.editor.set_cursor_position(held.cursor)
        if held is not None and unsaved is not None:
            self._put_back(held, unsaved)

    def focus_first(self) -> None:
        if self._note_id is not None or self._new:
            self.editor.setFocus()
        elif self.model.rowCount():
            self.list_view.setFocus()
        else:
            self.new_button.setFocus()

    # --- public actions ------------------------------------------------------------------------

    @Slot()
    def new_note(self) -> None:
        """Empty editor for a new note of the current group; stored once something is in it."""
        if not self.autosaver.flush() or self.ctx.workspace.locked:
            return
        group_id = self.ctx.current_group_id()
        self._start_new(group_id if group_id != NO_GROUP else None)
        self.editor.setFocus()

    def _start_new(
        self,
        group_id: int | None,
        body: str = "",
        member_ids: tuple[int, ...] = (),
        follow_up: bool = False,
        due_on: date | None = None,
    ) -> None:
        self._select_row(-1)
        self._note_id = None
        self._new = True
        self._note_group = group_id
        self._loading = True
        try:
            self.editor.show_body(body)
            self.details.show_details(
                self._choices(group_id, member_ids),
                list(member_ids),
                follow_up=follow_up,
                due_on=due_on,
                done=False,
                times=self.tr("New note — saved as soon as you type."),
                editable=True,
            )
        finally:
            self._loading = False
        self.damaged_label.hide()
        self.save_state.setText("")
        self.editor_stack.setCurrentIndex(1)
        self._update_buttons()

    @Slot()
    def save_now(self) -> None:
        if self.autosaver.pending and self.autosaver.flush():
            emit(self.ctx.statusMessage, self.tr("Note saved."))

    @Slot()
    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def open_note(self, note_id: int) -> bool:
        """Show a stored note in the editor (search matches marked). False if it is gone."""
        try:
            note = self.ctx.workspace.notes.get(note_id)
        except NotFound as exc:
            emit(self.ctx.statusMessage, exc.message)
            self.model.remove(note_id)
            self._show_nothing()
            return False
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
            return False
        self._show(note)
        return True

    @Slot()
    def run_search(self) -> None:
        self.search_timer.stop()
        if self.ctx.workspace.locked:
            return
        text = self.search_edit.text().strip()
        if not text:
            if self._searching:
                self._searching = False
                self._reload(select=self._note_id)
            return
        if not self.autosaver.flush():
            return
        self._searching = True
        try:
            hits = self.ctx.workspace.notes.search(text, NoteFilter(), limit=SEARCH_LIMIT + 1)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
            return
        shown = hits[:SEARCH_LIMIT]
        query = Query.parse(text)
        rows = [NoteRow.of_hit(hit, query) for hit in shown]
        group_ids = {row.group_id for row in rows if row.group_id is not None}
        self.model.set_rows(
            rows,
            aliases=self._aliases(group_ids),
            groups=self._group_names(),
            show_group=True,
        )
        if not rows:
            self.list_hint.setText(
                self.tr(
                    "No note holds all of these words, in its text or in the names of the "
                    "members it is about."
                )
            )
        elif len(hits) > SEARCH_LIMIT:
            self.list_hint.setText(
                self.tr(
                    "The newest %Ln matching notes, from all groups. Add a word to narrow.",
                    "",
                    SEARCH_LIMIT,
                )
            )
        else:
            self.list_hint.setText(self.tr("%Ln matching notes, from all groups.", "", len(rows)))
        self.filters.setEnabled(False)
        self._update_header()
        keep = self.model.row_of(self._note_id) if self._note_id is not None else -1
        self._select_row(keep)
        if keep >= 0:
            self.editor.highlight(self.search_spans())
        self._update_buttons()

    def search_spans(self) -> tuple[tuple[int, int], ...]:
        """Where the search matches the text in the editor (to mark it there)."""
        text = self.search_edit.text().strip()
        if not self._searching or not text:
            return ()
        return tuple(match_spans(self.editor.body(), Query.parse(text)))

    # --- loading -------------------------------------------------------------------------------

    def _member_filter(self) -> int | None:
        value = self.member_combo.currentData()
        return int(value) if isinstance(value, int) and value >= 0 else None

    def _follow_filter(self) -> str:
        value = self.follow_combo.currentData()
        return str(value) if value in FOLLOW_UP_FILTERS else "any"

    def _fill_member_filter(self, select: int | None = None) -> None:
        keep = select if select is not None else self._member_filter()
        group_id = self.ctx.current_group_id()
        all_groups = self.all_groups_box.isChecked()
        with QSignalBlocker(self.member_combo):
            self.member_combo.clear()
            self.member_combo.addItem(self.tr("Anyone"), -1)
            if group_id != NO_GROUP and not all_groups and not self.ctx.workspace.locked:
                try:
                    members = self.ctx.workspace.members.list(group_id, include_left=True)
                except FacilitatorError:
                    members = []
                for member in members:
                    if member.damaged:
                        continue
                    label = (
                        member.alias
                        if member.active
                        else self.tr("{alias} (left)").format(alias=member.alias)
                    )
                    self.member_combo.addItem(label, member.id)
            row = self.member_combo.findData(keep) if keep is not None else 0
            self.member_combo.setCurrentIndex(max(0, row))
        self.member_combo.setEnabled(not all_groups and group_id != NO_GROUP)

    def _reload(self, select: int | None = None) -> None:
        """Re-read the list with the filters; reopen `select` when given."""
        workspace = self.ctx.workspace
        if workspace.locked:
            return
        if self._searching:
            self.run_search()
            if select is not None and select != self._note_id:
                self.open_note(select)
            return
        self.filters.setEnabled(True)
        group_id = self.ctx.current_group_id()
        all_groups = self.all_groups_box.isChecked()
        where = NoteFilter(
            group_id=None if all_groups else group_id,
            member_id=None if all_groups else self._member_filter(),
            follow_up=self._follow_filter(),  # type: ignore[arg-type]
        )
        if not all_groups and group_id == NO_GROUP:
            notes: list[NoteInfo] = []
        else:
            try:
                notes = workspace.notes.find(where, limit=LIST_LIMIT + 1)
            except FacilitatorError as exc:
                emit(self.ctx.statusMessage, exc.message)
                notes = []
        shown = notes[:LIST_LIMIT]
        group_ids = {n.group_id for n in shown if n.group_id is not None}
        self.model.set_rows(
            [NoteRow.of(n) for n in shown],
            aliases=self._aliases(group_ids),
            groups=self._group_names() if all_groups else {},
            show_group=all_groups,
        )
        if not all_groups and group_id == NO_GROUP:
            hint = self.tr("Create a group on the Groups page to write notes about it.")
        elif len(notes) > LIST_LIMIT:
            hint = self.tr("The newest %Ln notes. Search to find older ones.", "", LIST_LIMIT)
        elif not shown:
            hint = self.tr("No notes here yet.")
        else:
            hint = ""
        self.list_hint.setText(hint)
        self._update_header()
        target = select if select is not None else self._note_id
        self._select_row(self.model.row_of(target) if target is not None else -1)
        if select is not None and (select != self._note_id or self._new):
            self.open_note(select)
        elif self._note_id is None and not self._new:
            self._show_nothing()
        self._update_buttons()

    def _aliases(self, group_ids: set[int]) -> dict[int, str]:
        aliases: dict[int, str] = {}
        for group_id in group_ids:
            try:
                members = self.ctx.workspace.members.list(group_id, include_left=True)
            except FacilitatorError:
                continue
            aliases.update({m.id: m.alias for m in members if not m.damaged})
        return aliases

    def _group_names(self) -> dict[int, str]:
        try:
            groups = self.ctx.workspace.groups.list(include_archived=True)
        except FacilitatorError:
            return {}
        return {g.id: g.name for g in groups}

    def _choices(self, group_id: int | None, linked: tuple[int, ...]) -> list[MemberChoice]:
        """The group's current members, and anyone linked who has left since."""
        if group_id is None:
            return []
        try:
            members = self.ctx.workspace.members.list(group_id, include_left=True)
        except FacilitatorError:
            return []
        return [
            MemberChoice(m.id, m.alias, m.active)
            for m in members
            if not m.damaged and (m.active or m.id in linked)
        ]

    def _show(self, note: NoteInfo) -> None:
        self._note_id = note.id
        self._new = False
        self._note_group = note.group_id
        self._loading = True
        try:
            if note.damaged:
                self.editor.show_body("", read_only=True)
                self.editor.setPlaceholderText("")
            else:
                self.editor.show_body(note.body)
                self.editor.setPlaceholderText(
                    self.tr("Write here. It is saved as you type, encrypted.")
                )
            self.details.show_details(
                self._choices(note.group_id, note.member_ids),
                note.member_ids,
                follow_up=note.follow_up,
                due_on=note.due_on,
                done=note.done,
                times=self._times(note),
                editable=not note.damaged,
            )
        finally:
            self._loading = False
        self.damaged_label.setVisible(note.damaged)
        self.editor.setEnabled(not note.damaged)
        self.save_state.setText("" if note.damaged else self.tr("Saved · encrypted"))
        self.save_state.set_tone(Tone.MUTED)
        self.editor_stack.setCurrentIndex(1)
        if self._searching and not note.damaged:
            self.editor.highlight(self.search_spans())
        self._update_buttons()

    def _times(self, note: NoteInfo) -> str:
        written = _when(note.created_at)
        changed = _when(note.updated_at)
        if written == changed:
            return self.tr("Written {when}").format(when=written)
        return self.tr("Written {when}\nChanged {changed}").format(when=written, changed=changed)

    def _show_nothing(self) -> None:
        self._note_id = None
        self._new = False
        self._loading = True
        try:
            self.editor.wipe()
            self.details.clear()
        finally:
            self._loading = False
        self.damaged_label.hide()
        self.editor_stack.setCurrentWidget(self.empty_editor)
        self._update_buttons()

    def _select_row(self, row: int, *, reopen: bool = False) -> None:
        """Select a row without the selection signal; `reopen` also opens its note."""
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
        if reopen and row >= 0:
            item = self.model.item(row)
            if item is not None:
                self.open_note(item.id)

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self._note_id is not None or self._new)
        self.new_button.setEnabled(not self.ctx.workspace.locked)

    @Slot()
    def _update_header(self) -> None:
        if self._searching:
            self.header.set_subtitle(self.tr("Search in every group · encrypted"))
            return
        if self.all_groups_box.isChecked():
            self.header.set_subtitle(self.tr("All groups · newest first · encrypted"))
            return
        group = self.ctx.current_group()
        self.header.set_subtitle(
            self.tr("{group} · newest first · encrypted").format(group=group.name)
            if group is not None
            else ""
        )

    # --- saving --------------------------------------------------------------------------------

    def _save_now(self) -> bool:
        """The Autosaver's save: store the editor's text encrypted. False when it failed."""
        if self.ctx.workspace.locked:
            return False
        body = self.editor.body()
        notes = self.ctx.workspace.notes
        try:
            if self._new:
                info = notes.create(self._draft(body))
                self._note_id = info.id
                self._new = False
                self.model.insert_first(NoteRow.of(info))
                self._select_row(0)
                self.details.times.setText(self._times(info))
            elif self._note_id is not None:
                info = notes.save_body(self._note_id, body)
                self.model.replace(info)
            else:
                return True
        except FacilitatorError as exc:
            self._show_not_saved(exc)
            return False
        self._save_failed = False
        self._save_error = None
        self.save_state.set_tone(Tone.MUTED)
        self.save_state.setText(self.tr("Saved · encrypted"))
        self._update_buttons()
        return True

    def _show_not_saved(self, error: FacilitatorError) -> None:
        self._save_failed = True
        self._save_error = error
        self.save_state.set_tone(Tone.ERROR)
        self.save_state.setText(self.tr("Not saved yet: {reason}").format(reason=error.message))

    # --- a note held across a lock ---------------------------------------------------------------

    def _hold(self) -> _HeldNote | None:
        """Seal the editor's unsaved text with the data key (still here: the lock calls us
        first). None when there is nothing to hold or it cannot be sealed."""
        if self._note_id is None and not self._new:
            return None
        text = HeldText.seal(
            self.ctx.workspace.keyring, self.editor.body(), why_not_saved(self._save_error)
        )
        if text is None:
            return None
        return _HeldNote(
            text,
            None if self._new else self._note_id,
            self._note_group,
            tuple(self.details.linked_ids()),
            self.details.follow_up_box.isChecked(),
            self.details.due_on(),
            self.editor.cursor_position(),
        )

    def _save_held(self, held: _HeldNote) -> tuple[int | None, tuple[str, FacilitatorError] | None]:
        """Save the note held while locked. Returns the id saved, or the text and the error
        when the disk still refuses it (the text then goes back into the editor)."""
        body = held.text.open(self.ctx.workspace.keyring)
        if body is None:
            emit(self.ctx.statusMessage, lost_while_locked())
            return None, None
        notes = self.ctx.workspace.notes
        try:
            if held.note_id is None:
                draft = NoteDraft(
                    body=body,
                    group_id=held.group_id,
                    member_ids=held.member_ids,
                    follow_up=held.follow_up,
                    due_on=held.due_on,
                )
                info = notes.create(draft)
            else:
                info = notes.save_body(held.note_id, body)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, still_not_saved(why_not_saved(exc)))
            return None, (body, exc)
        emit(self.ctx.statusMessage, saved_after_unlock())
        return info.id, None

    def _put_back(self, held: _HeldNote, unsaved: tuple[str, FacilitatorError]) -> None:
        """The disk still refuses the held note: show it as typed, pending, saying why; the
        Autosaver keeps trying."""
        body, error = unsaved
        if held.note_id is None:
            self._start_new(held.group_id, body, held.member_ids, held.follow_up, held.due_on)
        else:
            if self._note_id != held.note_id and not self.open_note(held.note_id):
                # Gone meanwhile (deleted on another screen): keep the text as a new note.
                self._start_new(held.group_id, body)
            self._loading = True
            try:
                self.editor.show_body(body)
            finally:
                self._loading = False
        self.editor.set_cursor_position(held.cursor)
        self._show_not_saved(error)
        self.autosaver.changed()

    def _draft(self, body: str) -> NoteDraft:
        return NoteDraft(
            body=body,
            group_id=self._note_group,
            member_ids=tuple(self.details.linked_ids()),
            follow_up=self.details.follow_up_box.isChecked(),
            due_on=self.details.due_on(),
        )

    def _ensure_stored(self) -> bool:
        """A new note is stored before its links or follow-up are changed."""
        if not self._new:
            return self._note_id is not None
        self.autosaver.forget()
        if self._save_now() and self._note_id is not None:
            return True
        self.autosaver.changed()  # still not stored: pending, retried, kept at a lock
        return False

    # --- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_text_changed(self) -> None:
        if self._loading or (self._note_id is None and not self._new):
            return
        if self.editor.isReadOnly():
            return
        self.autosaver.changed()
        if not self._save_failed:
            self.save_state.set_tone(Tone.MUTED)
            self.save_state.setText(self.tr("Editing…"))

    @Slot()
    def _on_editor_focus_lost(self) -> None:
        self.autosaver.flush()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, previous: QModelIndex
    ) -> None:
        item = self.model.item(current.row()) if current.isValid() else None
        if item is None or item.id == self._note_id:
            return
        if not self.may_leave():
            with QSignalBlocker(self.list_view.selectionModel()):
                self.list_view.setCurrentIndex(previous)
            return
        self.open_note(item.id)

    @Slot()
    def _on_search_edited(self) -> None:
        if not self._loading:
            self.search_timer.start()

    @Slot(bool)
    def _on_all_groups_toggled(self, _checked: bool) -> None:
        if self._loading or not self.autosaver.flush():
            return
        self._fill_member_filter()
        self._reload()

    @Slot(int)
    def _on_filter_activated(self, _row: int) -> None:
        if self._loading or not self.autosaver.flush():
            return
        self._reload()

    @Slot(int)
    def _on_group_changed(self, _group_id: int) -> None:
        if self.ctx.workspace.locked:
            return
        self._fill_member_filter(select=-1)
        if not self.all_groups_box.isChecked():
            self._show_nothing()
        self._reload()

    @Slot(int)
    def _on_note_requested(self, note_id: int) -> None:
        if not self.autosaver.flush():
            return
        if self.search_edit.text():
            with QSignalBlocker(self.search_edit):
                self.search_edit.setText("")
            self._searching = False
        if self.model.row_of(note_id) < 0:
            with QSignalBlocker(self.all_groups_box):
                self.all_groups_box.setChecked(True)
            self.follow_combo.setCurrentIndex(0)
            self._fill_member_filter()
        self._reload(select=note_id)
        self.ctx.request_page(self.key)
        self.editor.setFocus()

    @Slot(list)
    def _on_members_changed(self, member_ids: list[int]) -> None:
        if not self._ensure_stored() or self._note_id is None:
            return
        try:
            info = self.ctx.workspace.notes.set_members(self._note_id, member_ids)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
            return
        self.model.add_aliases(self._aliases({info.group_id} if info.group_id else set()))
        self.model.replace(info)

    @Slot(bool, QDate)
    def _on_follow_up_changed(self, follow_up: bool, due: QDate) -> None:
        if not self._ensure_stored() or self._note_id is None:
            return
        due_on: date | None = from_qdate(due) if due.isValid() else None
        try:
            info = self.ctx.workspace.notes.set_follow_up(self._note_id, follow_up, due_on)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
            return
        self.model.replace(info)
        if not follow_up:
            with QSignalBlocker(self.details.done_box):
                self.details.done_box.setChecked(False)

    @Slot(bool)
    def _on_done_changed(self, done: bool) -> None:
        if not self._ensure_stored() or self._note_id is None:
            return
        try:
            info = self.ctx.workspace.notes.set_done(self._note_id, done)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
            return
        self.model.replace(info)
        emit(
            self.ctx.statusMessage,
            self.tr("Follow-up marked done.") if done else self.tr("Follow-up open again."),
        )

    @Slot()
    def _on_delete(self) -> None:
        if self._note_id is None and not self._new:
            return
        if self._new and not self.editor.body().strip():
            self.autosaver.forget()
            self._show_nothing()
            return
        if not confirm(
            self,
            self.tr("Delete note"),
            self.tr("Delete this note?"),
            self.tr(
                "It is removed from the workspace for good, together with its follow-up. "
                "This cannot be undone."
            ),
            self.tr("&Delete for good"),
        ):
            return
        self.autosaver.forget()
        if self._new:
            self._show_nothing()
            return
        note_id = self._note_id
        assert note_id is not None
        try:
            self.ctx.workspace.notes.delete(note_id)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, exc.message)
            return
        row = self.model.remove(note_id)
        self._show_nothing()
        emit(self.ctx.statusMessage, self.tr("Note deleted."))
        next_row = min(row, self.model.rowCount() - 1)
        if next_row >= 0:
            self._select_row(next_row, reopen=True)
        self.list_view.setFocus()


def _when(moment: datetime) -> str:
    """A stored (UTC) time as the user reads it: their date format, their clock."""
    local = local_time(moment)
    return f"{short_date(local)} {short_time(local)}"
