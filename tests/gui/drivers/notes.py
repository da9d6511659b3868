"""Driving the Notes page as a user would, and reading what it shows.

    notes = NotesDriver.open(qtbot, window)
    notes.select(note_id)                  # a click on its row
    notes.type_at_end(" and more")         # keys, in any script
    notes.autosave_due()                   # the Autosaver's timer firing (fake clock)
    assert notes.save_state() == "Saved · encrypted"

Tests say what a user does and sees; how the page is built stays here, so the page can
change shape without its tests changing (public names only: no `page._x`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from facilitator_desktop.ui.main_window import MainWindow
from facilitator_desktop.ui.notes import NotesPage
from facilitator_desktop.ui.notes.keeping import HeldNote
from facilitator_desktop.ui.notes.models import META_ROLE, SNIPPET_ROLE, TITLE_ROLE
from tests.gui.drivers.widgets import LEFT, NONE, click, pick, tick, type_into
from tests.gui.driving import go_to

CTRL = Qt.KeyboardModifier.ControlModifier


class NotesDriver:
    def __init__(self, page: NotesPage) -> None:
        self.page = page

    @classmethod
    def open(cls, qtbot: QtBot, window: MainWindow) -> NotesDriver:
        """Click Notes in the navigation."""
        go_to(qtbot, window, NotesPage.key)
        page = window.pages[NotesPage.key]
        assert isinstance(page, NotesPage) and window.current_page() is page
        return cls(page)

    @classmethod
    def of(cls, window: MainWindow) -> NotesDriver:
        """The window's Notes page, wherever the window is."""
        page = window.pages[NotesPage.key]
        assert isinstance(page, NotesPage)
        return cls(page)

    # --- the list ------------------------------------------------------------------------------

    def ids(self) -> list[int]:
        return self.page.model.ids()

    def titles(self) -> list[str]:
        """The first line of each listed note, newest first (as stored, not as drawn)."""
        titles = []
        for row in range(self.page.model.rowCount()):
            item = self.page.model.item(row)
            assert item is not None
            titles.append(item.title)
        return titles

    def is_listed(self, note_id: int) -> bool:
        return self.page.model.row_of(note_id) >= 0

    def row_index(self, note_id: int) -> QModelIndex:
        row = self.page.model.row_of(note_id)
        assert row >= 0, f"note {note_id} is not listed"
        return self.page.model.index(row, 0)

    def row_title(self, note_id: int) -> str:
        """The row's title as drawn ("⚠ Damaged note" for a damaged one)."""
        return str(self.row_index(note_id).data(TITLE_ROLE))

    def meta(self, note_id: int) -> str:
        """The line under a row's title: date, group, whom it is about, follow-up."""
        return str(self.row_index(note_id).data(META_ROLE))

    def meta_at(self, row: int) -> str:
        return str(self.page.model.index(row, 0).data(META_ROLE))

    def excerpt(self, note_id: int) -> tuple[str, tuple[tuple[int, int], ...]]:
        """A search hit's excerpt, and where words are marked in it."""
        found = self.row_index(note_id).data(SNIPPET_ROLE)
        assert found is not None, f"note {note_id} has no excerpt"
        text, spans = found
        return str(text), tuple(spans)

    def excerpt_marked(self, note_id: int) -> tuple[str, list[str]]:
        """A search hit's excerpt, and the words marked in it."""
        text, spans = self.excerpt(note_id)
        return text, [text[start:end] for start, end in spans]

    def hint(self) -> str:
        """The line under the list."""
        return self.page.list_hint.text()

    def subtitle(self) -> str:
        return self.page.header.subtitle.text()

    def selected_row(self) -> int:
        return self.page.list_view.currentIndex().row()

    def select(self, note_id: int) -> None:
        """Click the note's row; its note opens."""
        view = self.page.list_view
        index = self.row_index(note_id)
        view.scrollTo(index)
        QTest.mouseClick(view.viewport(), LEFT, NONE, view.visualRect(index).center())
        assert view.currentIndex().row() == index.row(), "the row was not selected"
        assert self.showing_note(), "no note opened"

    def focus_list(self) -> None:
        self.page.list_view.setFocus()

    # --- filters -------------------------------------------------------------------------------

    def filters_enabled(self) -> bool:
        return self.page.filters.isEnabled()

    def member_filter_enabled(self) -> bool:
        return self.page.filters.member_combo.isEnabled()

    def member_filter_count(self) -> int:
        return self.page.filters.member_combo.count()

    def about(self, member_id: int | None) -> None:
        """Show the notes about this member (None: anyone)."""
        pick(self.page.filters.member_combo, -1 if member_id is None else member_id)

    def show_follow_ups(self, which: str) -> None:
        """ "any", "open" or "done"."""
        pick(self.page.filters.follow_combo, which)

    def all_groups(self, checked: bool = True) -> None:
        box = self.page.filters.all_groups_box
        if box.isChecked() != checked:
            tick(box)
        assert box.isChecked() == checked

    # --- search --------------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Type into the search box (replacing what it holds) and press Enter."""
        edit = self.page.search_edit
        edit.selectAll()
        QTest.keyClick(edit, Qt.Key.Key_Delete)
        type_into(edit, text)
        QTest.keyClick(edit, Qt.Key.Key_Return)

    def type_search(self, text: str) -> None:
        """Type into the search box without pressing Enter (the search follows a pause)."""
        type_into(self.page.search_edit, text)

    def search_text(self) -> str:
        return self.page.search_edit.text()

    def search_undo_available(self) -> bool:
        return self.page.search_edit.isUndoAvailable()

    def focus_search(self) -> None:
        self.page.search_edit.setFocus()

    def clear_search(self) -> None:
        """Empty the search box and press Enter: the filtered list comes back."""
        self.search("")

    def marked(self) -> list[str]:
        """The words marked in the editor (search matches)."""
        return [s.cursor.selectedText() for s in self.page.editor.extraSelections()]

    # --- the note ------------------------------------------------------------------------------

    def new_note(self) -> None:
        """Click New note."""
        click(self.page.new_button)

    def showing_note(self) -> bool:
        return self.page.editor_stack.showing_note()

    def body(self) -> str:
        return self.page.editor.body()

    def cursor(self) -> int:
        return self.page.editor.cursor_position()

    def type(self, text: str) -> None:
        type_into(self.page.editor, text)

    def type_at_end(self, text: str) -> None:
        """Click into the text, go to its end and type."""
        self.end_of_text()
        self.type(text)

    def focus_editor(self) -> None:
        """Give the editor the keyboard focus (the cursor stays where it was)."""
        self.page.editor.setFocus()

    def end_of_text(self) -> None:
        editor = self.page.editor
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)

    def undo(self) -> None:
        QTest.keyClick(self.page.editor, Qt.Key.Key_Z, CTRL)

    def press_ctrl_l(self) -> None:
        """Lock the workspace with its key, typing in the editor."""
        QTest.keyClick(self.page.editor, Qt.Key.Key_L, CTRL)

    def editor_has_focus(self) -> bool:
        return self.page.editor.hasFocus()

    def leave_editor(self) -> None:
        """Move the focus away from the editor (to the search box)."""
        self.page.search_edit.setFocus()

    def undo_available(self) -> bool:
        return self.page.editor.document().isUndoAvailable()

    def redo_available(self) -> bool:
        return self.page.editor.document().isRedoAvailable()

    def editable(self) -> bool:
        editor = self.page.editor
        return editor.isEnabled() and not editor.isReadOnly()

    def damaged_shown(self) -> bool:
        return self.page.damaged_label.isVisibleTo(self.page)

    def damaged_text(self) -> str:
        return self.page.damaged_label.text()

    def reopen(self, note_id: int) -> None:
        """Open the note again from what is stored (as the Follow-ups page does)."""
        assert self.page.open_note(note_id)

    def delete(self) -> None:
        """Click Delete… (a question follows for a stored note)."""
        click(self.page.delete_button)

    def delete_enabled(self) -> bool:
        return self.page.delete_button.isEnabled()

    # --- saving --------------------------------------------------------------------------------

    def save_state(self) -> str:
        """The line under the editor: saved, editing, or why it is not saved."""
        return self.page.save_state.text()

    def pending(self) -> bool:
        """Typed and not saved yet."""
        return self.page.autosaver.pending

    def autosave_due(self) -> bool:
        """What the Autosaver's timer does when it fires: save if due. True when it saved."""
        return self.page.autosaver.check()

    def due_at(self) -> float | None:
        return self.page.autosaver.due_at()

    def save(self) -> None:
        """Ctrl+S."""
        self.page.save_now()

    def unsaved_what(self) -> str | None:
        return self.page.unsaved_what()

    def held(self) -> HeldNote | None:
        """The note sealed in memory across a lock, when the disk would not take it."""
        return self.page.presenter.held

    def cleared(self) -> bool:
        """Nothing of a note is left in the page: no text, no undo, no row."""
        return (
            self.body() == ""
            and not self.undo_available()
            and not self.redo_available()
            and not self.page.model.rowCount()
        )

    # --- whom it is about, its follow-up ---------------------------------------------------------

    def about_choices(self) -> list[str]:
        members = self.page.details.members
        return [members.item(row).text() for row in range(members.count())]

    def link(self, member_id: int, linked: bool = True) -> None:
        """Tick (or untick) a member in "About"."""
        self.page.details.set_member_checked(member_id, linked)

    def linked_ids(self) -> list[int]:
        return self.page.details.linked_ids()

    def details_enabled(self) -> bool:
        return self.page.details.isEnabled()

    def tick_follow_up(self) -> None:
        tick(self.page.details.follow_up_box)

    def tick_due(self) -> None:
        tick(self.page.details.due_box)

    def tick_done(self) -> None:
        tick(self.page.details.done_box)

    def due_choices_enabled(self) -> tuple[bool, bool]:
        """Whether "Due by" and its date can be changed."""
        details = self.page.details
        return details.due_box.isEnabled(), details.due_edit.isEnabled()
