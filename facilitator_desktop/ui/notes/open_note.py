"""The note in the Notes page's editor: which one it is, saving it as it is typed, whom it is
about, its follow-up, deleting it, and sealing it when a lock comes before the disk took it.

Everything typed is saved encrypted by the Autosaver: within two seconds, when the editor
loses the focus, before another note opens and before the workspace locks. Nothing is
kept anywhere else — no draft file, no QSettings, no temporary file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Slot

from facilitator_desktop.errors import FacilitatorError, NotFound
from facilitator_desktop.services.notes import NoteDraft, NoteInfo
from facilitator_desktop.ui.context import NO_GROUP, UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.notes.autosave import Autosaver
from facilitator_desktop.ui.notes.keeping import HeldNote, seal_note
from facilitator_desktop.ui.notes.listing import NoteLister
from facilitator_desktop.ui.notes.models import NoteListModel, NoteRow
from facilitator_desktop.ui.notes.view import NotesView
from facilitator_desktop.ui.signals import emit

# Where the current search matches the editor's text (empty when nothing is searched).
Marks = Callable[[], tuple[tuple[int, int], ...]]


def _tr(text: str) -> str:
    # Under the page's name: these strings were the page's, and are translated there.
    return QCoreApplication.translate("NotesPage", text)


class OpenNote(QObject):
    def __init__(
        self,
        ctx: UiContext,
        view: NotesView,
        model: NoteListModel,
        lister: NoteLister,
        marks: Marks,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.model = model
        self.lister = lister
        self._marks = marks
        self.autosaver = Autosaver(self._save_now, monotonic=ctx.monotonic, parent=self)
        self._id: int | None = None  # the stored note in the editor (None: none, or new)
        self._new = False  # the editor holds a new note not stored yet
        self._group: int | None = None  # the group of the note in the editor
        self._filling = False  # the page is being filled: its signals are not the user's
        self._save_error: FacilitatorError | None = None  # why the last save failed

    @property
    def id(self) -> int | None:
        return self._id

    @property
    def new(self) -> bool:
        return self._new

    @property
    def editing(self) -> bool:
        """A note is open in the editor, stored or new."""
        return self._id is not None or self._new

    @property
    def is_filling(self) -> bool:
        return self._filling

    @contextmanager
    def filling(self) -> Iterator[None]:
        """While the page is filled by the presenters, its text changes are not typing."""
        self._filling = True
        try:
            yield
        finally:
            self._filling = False

    # --- showing -------------------------------------------------------------------------------

    @Slot()
    def start_new_in_group(self) -> None:
        """Empty editor for a new note of the current group; stored once something is in it."""
        if not self.autosaver.flush() or self.ctx.workspace.locked:
            return
        group_id = self.ctx.current_group_id()
        self.start_new(group_id if group_id != NO_GROUP else None)
        self.view.focus_editor()

    def start_new(
        self,
        group_id: int | None,
        body: str = "",
        member_ids: tuple[int, ...] = (),
        follow_up: bool = False,
        due_on: date | None = None,
    ) -> None:
        self.view.select_row(-1)
        self._id = None
        self._new = True
        self._group = group_id
        with self.filling():
            self.view.show_new_note(
                body,
                self.lister.choices(group_id, member_ids),
                member_ids,
                follow_up=follow_up,
                due_on=due_on,
            )
        self.update_buttons()

    def open(self, note_id: int) -> bool:
        """Show a stored note in the editor (search matches marked). False if it is gone."""
        try:
            note = self.ctx.workspace.notes.get(note_id)
        except NotFound as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            self.model.remove(note_id)
            self.show_nothing()
            return False
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return False
        self._show(note)
        return True

    def _show(self, note: NoteInfo) -> None:
        self._id = note.id
        self._new = False
        self._group = note.group_id
        with self.filling():
            self.view.show_note(note, self.lister.choices(note.group_id, note.member_ids))
        spans = self._marks()
        if spans and not note.damaged:
            self.view.highlight(spans)
        self.update_buttons()

    def show_nothing(self) -> None:
        self._id = None
        self._new = False
        with self.filling():
            self.view.show_no_note()
        self.update_buttons()

    def forget(self) -> None:
        """No note is open any more (the lock emptied the editor)."""
        self._id = None
        self._new = False

    def update_buttons(self) -> None:
        self.view.set_buttons(delete=self.editing, new=not self.ctx.workspace.locked)

    # --- saving --------------------------------------------------------------------------------

    @Slot()
    def text_changed(self) -> None:
        if self._filling or not self.editing:
            return
        self.autosaver.changed()
        if self._save_error is None:
            self.view.show_editing()

    def _save_now(self) -> bool:
        """The Autosaver's save: store the editor's text encrypted. False when it failed."""
        if self.ctx.workspace.locked:
            return False
        body = self.view.body()
        notes = self.ctx.workspace.notes
        try:
            if self._new:
                info = notes.create(self._draft(body))
                self._id = info.id
                self._new = False
                self.model.insert_first(NoteRow.of(info))
                self.view.select_row(0)
                self.view.show_times(info)
            elif self._id is not None:
                info = notes.save_body(self._id, body)
                self.model.replace(info)
            else:
                return True
        except FacilitatorError as exc:
            self.show_not_saved(exc)
            return False
        self._save_error = None
        self.view.show_saved()
        self.update_buttons()
        return True

    def show_not_saved(self, error: FacilitatorError) -> None:
        self._save_error = error
        self.view.show_not_saved(error_text(error))

    def _draft(self, body: str) -> NoteDraft:
        return NoteDraft(
            body=body,
            group_id=self._group,
            member_ids=self.view.linked_ids(),
            follow_up=self.view.follow_up_ticked(),
            due_on=self.view.due_on(),
        )

    def _ensure_stored(self) -> bool:
        """A new note is stored before its links or follow-up are changed."""
        if not self._new:
            return self._id is not None
        self.autosaver.forget()
        if self._save_now() and self._id is not None:
            return True
        self.autosaver.changed()  # still not stored: pending, retried, kept at a lock
        return False

    # --- across a lock -------------------------------------------------------------------------

    def hold(self) -> HeldNote | None:
        """Seal the editor's unsaved text with the data key (still here: the lock calls us
        first). None when there is nothing to hold or it cannot be sealed."""
        if not self.editing:
            return None
        return seal_note(
            self.ctx.workspace.keyring,
            self.view.body(),
            self._save_error,
            note_id=None if self._new else self._id,
            draft=self._draft(""),
            cursor=self.view.cursor_position(),
        )

    def put_back(self, held: HeldNote, body: str, error: FacilitatorError) -> None:
        """The disk still refuses the held note: show it as typed, pending, saying why; the
        Autosaver keeps trying."""
        if held.note_id is None:
            self.start_new(held.group_id, body, held.member_ids, held.follow_up, held.due_on)
        else:
            if self._id != held.note_id and not self.open(held.note_id):
                # Gone meanwhile (deleted on another screen): keep the text as a new note.
                self.start_new(held.group_id, body)
            with self.filling():
                self.view.show_body(body)
        self.view.set_cursor_position(held.cursor)
        self.show_not_saved(error)
        self.autosaver.changed()

    # --- whom it is about, its follow-up -------------------------------------------------------

    def set_members(self, member_ids: list[int]) -> None:
        if not self._ensure_stored() or self._id is None:
            return
        try:
            info = self.ctx.workspace.notes.set_members(self._id, member_ids)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return
        self.model.add_aliases(self.lister.aliases({info.group_id} if info.group_id else set()))
        self.model.replace(info)

    def set_follow_up(self, follow_up: bool, due_on: date | None) -> None:
        if not self._ensure_stored() or self._id is None:
            return
        try:
            info = self.ctx.workspace.notes.set_follow_up(self._id, follow_up, due_on)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return
        self.model.replace(info)
        if not follow_up:
            self.view.untick_done()

    def set_done(self, done: bool) -> None:
        if not self._ensure_stored() or self._id is None:
            return
        try:
            info = self.ctx.workspace.notes.set_done(self._id, done)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return
        self.model.replace(info)
        emit(
            self.ctx.statusMessage,
            _tr("Follow-up marked done.") if done else _tr("Follow-up open again."),
        )

    # --- deleting ------------------------------------------------------------------------------

    @Slot()
    def delete(self) -> None:
        """Delete the open note for good, after asking (a new empty one goes unasked); the
        next note of the list opens."""
        if not self.editing:
            return
        if self._new and not self.view.body().strip():
            self.autosaver.forget()
            self.show_nothing()
            return
        if not self.view.confirm_delete():
            return
        self.autosaver.forget()
        if self._id is None:  # new, never stored
            self.show_nothing()
            return
        note_id = self._id
        try:
            self.ctx.workspace.notes.delete(note_id)
        except FacilitatorError as exc:
            emit(self.ctx.statusMessage, error_text(exc))
            return
        row = self.model.remove(note_id)
        self.show_nothing()
        emit(self.ctx.statusMessage, _tr("Note deleted."))
        next_row = min(row, self.model.rowCount() - 1)
        following = self.model.item(next_row)
        if following is not None:
            self.view.select_row(next_row)
            self.open(following.id)
        self.view.focus_list()
