"""What the Notes page does, apart from its widgets: the list (filtered, or searched), the
page's answers to the rest of the app, and what a lock keeps. The note in the editor is
`OpenNote`'s (open_note.py).

On lock the list, the editor (with its undo history), the search box and the member names
are emptied; only ids are remembered, so unlocking reopens the same note. A note the disk
would not take at the lock is sealed in memory with the data key (see held.py) and saved
after the next unlock, or put back in the editor when the disk still refuses it.

Search covers every note of the workspace, whatever the filters; the filters (all groups,
member, follow-up) shape the list when nothing is searched. The presenters read and write
through the services and tell the page (a `NotesView`) what to show; they hold no widget.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

from facilitator_desktop.domain.text_search import Query, match_spans
from facilitator_desktop.ui.context import NO_GROUP, UiContext
from facilitator_desktop.ui.notes.autosave import Autosaver
from facilitator_desktop.ui.notes.details import MemberChoice
from facilitator_desktop.ui.notes.held import (
    kept_while_locked,
    lost_while_locked,
    saved_after_unlock,
    still_not_saved,
    why_not_saved,
)
from facilitator_desktop.ui.notes.keeping import HeldNote, HeldOutcome, Place, save_held
from facilitator_desktop.ui.notes.listing import Listing, NoteLister
from facilitator_desktop.ui.notes.models import NoteListModel
from facilitator_desktop.ui.notes.open_note import OpenNote
from facilitator_desktop.ui.notes.view import NotesView
from facilitator_desktop.ui.signals import emit

SEARCH_DELAY_MS = 250


def _tr(text: str) -> str:
    # Under the page's name: these strings were the page's, and are translated there.
    return QCoreApplication.translate("NotesPage", text)


class NotesPresenter(QObject):
    def __init__(self, ctx: UiContext, view: NotesView, *, page_key: str, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self._page_key = page_key
        self.lister = NoteLister(ctx.workspace)
        self.model = NoteListModel(self)
        self.note = OpenNote(ctx, view, self.model, self.lister, self.search_spans, self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self._searching = False
        self._place: Place | None = None
        self._held: HeldNote | None = None  # sealed while locked (see lock)

    def start(self) -> None:
        self.fill_member_filter()
        self.reload()

    @property
    def autosaver(self) -> Autosaver:
        return self.note.autosaver

    @property
    def searching(self) -> bool:
        return self._searching

    @property
    def held(self) -> HeldNote | None:
        """The note sealed across the current lock, if the disk refused it."""
        return self._held

    def unsaved(self) -> bool:
        return self.autosaver.pending or self._held is not None

    def held_notice(self) -> str | None:
        """For the lock screen: why a note is held sealed instead of saved (None: none is)."""
        return kept_while_locked(self._held.text.why) if self._held is not None else None

    @Slot()
    def save_now(self) -> None:
        if self.autosaver.pending and self.autosaver.flush():
            emit(self.ctx.statusMessage, _tr("Note saved."))

    def discard(self) -> None:
        self.autosaver.forget()
        if self.note.id is not None:
            self.note.open(self.note.id)
        else:
            self.note.show_nothing()

    def choose_row(self, row: int) -> bool:
        """The user picked a row of the list: open its note. False when they chose to stay
        (the page then puts the selection back)."""
        item = self.model.item(row)
        if item is None or item.id == self.note.id:
            return True
        if not self.view.may_leave():
            return False
        self.note.open(item.id)
        return True

    # --- locking -------------------------------------------------------------------------------

    def lock(self) -> bool:
        """Save what is pending (or, when the disk refuses it, seal it in memory while the
        key is still here), then drop every decrypted text and its undo history. True when
        unsaved text was dropped."""
        if not self.autosaver.flush():
            self._held = self.note.hold()
        dropped = self.autosaver.pending and self._held is None
        self.autosaver.forget()
        self.search_timer.stop()
        keep_note = self.note.id if not self.note.new else None
        self._place = Place(
            keep_note,
            self.view.cursor_position() if keep_note is not None else 0,
            self.view.all_groups(),
            self.view.member_filter(),
            self.view.follow_filter(),
        )
        with self.note.filling():
            self._searching = False
            self.model.clear()
            self.view.forget_everything()
        self.note.forget()
        return dropped

    def unlock(self) -> None:
        place, self._place = self._place, None
        held, self._held = self._held, None
        # The held note first: then the list and the editor show what is stored now.
        outcome = self._save_held(held) if held is not None else HeldOutcome()
        if place is None:
            self.fill_member_filter()
            self.reload()
        else:
            self.view.restore_filters(place.all_groups, place.follow_up)
            self.fill_member_filter(select=place.member_id)
            saved_id = outcome.saved_id
            self.reload(select=saved_id if saved_id is not None else place.note_id)
            if place.note_id is not None and self.note.id == place.note_id:
                self.view.set_cursor_position(place.cursor)
        if held is None:
            return
        if outcome.saved_id is not None and self.note.id == outcome.saved_id:
            self.view.set_cursor_position(held.cursor)
        if outcome.body is not None and outcome.error is not None:
            self.note.put_back(held, outcome.body, outcome.error)

    def _save_held(self, held: HeldNote) -> HeldOutcome:
        outcome = save_held(held, self.ctx.workspace.keyring, self.ctx.workspace.notes)
        if outcome.saved_id is not None:
            emit(self.ctx.statusMessage, saved_after_unlock())
        elif outcome.error is not None:
            emit(self.ctx.statusMessage, still_not_saved(why_not_saved(outcome.error)))
        else:
            emit(self.ctx.statusMessage, lost_while_locked())
        return outcome

    # --- the list ------------------------------------------------------------------------------

    @Slot()
    def run_search(self) -> None:
        self.search_timer.stop()
        if self.ctx.workspace.locked:
            return
        text = self.view.search_text().strip()
        if not text:
            if self._searching:
                self._searching = False
                self.reload(select=self.note.id)
            return
        if not self.autosaver.flush():
            return
        self._searching = True
        listing = self.lister.search(text)
        if listing.error is not None:
            emit(self.ctx.statusMessage, listing.error)
            return
        self._show_listing(listing)
        self.view.set_filters_enabled(False)
        self.update_header()
        keep = self.model.row_of(self.note.id) if self.note.id is not None else -1
        self.view.select_row(keep)
        if keep >= 0:
            self.view.highlight(self.search_spans())
        self.note.update_buttons()

    def search_spans(self) -> tuple[tuple[int, int], ...]:
        """Where the search matches the text in the editor (to mark it there)."""
        text = self.view.search_text().strip()
        if not self._searching or not text:
            return ()
        return tuple(match_spans(self.view.body(), Query.parse(text)))

    def fill_member_filter(self, select: int | None = None) -> None:
        keep = select if select is not None else self.view.member_filter()
        group_id = self.ctx.current_group_id()
        all_groups = self.view.all_groups()
        members: list[MemberChoice] = []
        if group_id != NO_GROUP and not all_groups and not self.ctx.workspace.locked:
            members = self.lister.members(group_id)
        self.view.show_members_filter(
            members, keep, enabled=not all_groups and group_id != NO_GROUP
        )

    def reload(self, select: int | None = None) -> None:
        """Re-read the list with the filters; reopen `select` when given."""
        if self.ctx.workspace.locked:
            return
        if self._searching:
            self.run_search()
            if select is not None and select != self.note.id:
                self.note.open(select)
            return
        self.view.set_filters_enabled(True)
        group_id = self.ctx.current_group_id()
        if self.view.all_groups():
            listing = self.lister.notes(None, None, self.view.follow_filter())
        elif group_id == NO_GROUP:
            listing = self.lister.no_group()
        else:
            listing = self.lister.notes(
                group_id, self.view.member_filter(), self.view.follow_filter()
            )
        if listing.error is not None:
            emit(self.ctx.statusMessage, listing.error)
        self._show_listing(listing)
        self.update_header()
        target = select if select is not None else self.note.id
        self.view.select_row(self.model.row_of(target) if target is not None else -1)
        if select is not None and (select != self.note.id or self.note.new):
            self.note.open(select)
        elif not self.note.editing:
            self.note.show_nothing()
        self.note.update_buttons()

    def _show_listing(self, listing: Listing) -> None:
        self.model.set_rows(
            listing.rows,
            aliases=listing.aliases,
            groups=listing.groups,
            show_group=listing.show_group,
        )
        self.view.show_list_hint(listing.hint)

    @Slot()
    def update_header(self) -> None:
        group = self.ctx.current_group()
        self.view.show_subtitle(
            searching=self._searching,
            all_groups=self.view.all_groups(),
            group=group.name if group is not None else None,
        )

    # --- what the user did, what the app asked -------------------------------------------------

    @Slot()
    def search_edited(self) -> None:
        if not self.note.is_filling:
            self.search_timer.start()

    @Slot()
    def all_groups_toggled(self) -> None:
        if self.note.is_filling or not self.autosaver.flush():
            return
        self.fill_member_filter()
        self.reload()

    @Slot()
    def filter_chosen(self) -> None:
        if self.note.is_filling or not self.autosaver.flush():
            return
        self.reload()

    @Slot(int)
    def group_changed(self, _group_id: int) -> None:
        if self.ctx.workspace.locked:
            return
        self.fill_member_filter(select=-1)
        if not self.view.all_groups():
            self.note.show_nothing()
        self.reload()

    @Slot(int)
    def note_requested(self, note_id: int) -> None:
        """Open this note (from Follow-ups): the search is cleared, and the filters widen
        when the list does not hold it."""
        if not self.autosaver.flush():
            return
        if self.view.search_text():
            self.view.clear_search()
            self._searching = False
        if self.model.row_of(note_id) < 0:
            self.view.restore_filters(True, "any")
            self.fill_member_filter()
        self.reload(select=note_id)
        self.ctx.request_page(self._page_key)
        self.view.focus_editor()
