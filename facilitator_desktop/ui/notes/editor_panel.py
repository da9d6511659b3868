"""The right side of the Notes page: the open note (its text, whether it is saved, whom it is
about and its follow-up), or a hint when no note is open.

A view only: the presenter says what to show; nothing here reads or writes a note.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from facilitator_desktop.services.notes import NoteInfo
from facilitator_desktop.ui.formatting import short_date, short_time
from facilitator_desktop.ui.notes.details import MemberChoice, NoteDetails
from facilitator_desktop.ui.notes.editor import NoteEditor
from facilitator_desktop.ui.notes.models import local_time
from facilitator_desktop.ui.widgets.tone import Tone, ToneLabel

DETAILS_WIDTH = 230


def _tr(text: str) -> str:
    # Under the page's name: these strings were the page's, and are translated there.
    return QCoreApplication.translate("NotesPage", text)


def _write_here() -> str:
    return _tr("Write here. It is saved as you type, encrypted.")


class EditorPanel(QStackedWidget):
    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = NoteEditor(self)
        self.editor.setPlaceholderText(_write_here())
        self.damaged_label = ToneLabel(
            _tr(
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
        self.details = NoteDetails(today, self)
        self.details.setFixedWidth(DETAILS_WIDTH)
        self.note_panel = QWidget(self)
        note_row = QHBoxLayout(self.note_panel)
        note_row.setContentsMargins(0, 0, 0, 0)
        note_row.setSpacing(16)
        note_row.addWidget(editor_panel, 1)
        note_row.addWidget(self.details)
        self.empty_editor = ToneLabel(
            _tr("Choose a note on the left, or start a new one with New note (Ctrl+N)."),
            Tone.MUTED,
            self,
        )
        self.empty_editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.empty_editor)
        self.addWidget(self.note_panel)

    def showing_note(self) -> bool:
        return self.currentWidget() is self.note_panel

    # --- what is shown -------------------------------------------------------------------------

    def show_note(self, note: NoteInfo, choices: Sequence[MemberChoice]) -> None:
        """A stored note; a damaged one says so and can only be deleted."""
        if note.damaged:
            self.editor.show_body("", read_only=True)
            self.editor.setPlaceholderText("")
        else:
            self.editor.show_body(note.body)
            self.editor.setPlaceholderText(_write_here())
        self.details.show_details(
            choices,
            note.member_ids,
            follow_up=note.follow_up,
            due_on=note.due_on,
            done=note.done,
            times=_times(note),
            editable=not note.damaged,
        )
        self.damaged_label.setVisible(note.damaged)
        self.editor.setEnabled(not note.damaged)
        if note.damaged:
            self.save_state.setText("")
            self.save_state.set_tone(Tone.MUTED)
        else:
            self.show_saved()
        self.setCurrentWidget(self.note_panel)

    def show_new(
        self,
        body: str,
        choices: Sequence[MemberChoice],
        linked: Sequence[int],
        *,
        follow_up: bool,
        due_on: date | None,
    ) -> None:
        """A new note, not stored yet (empty, or put back after a lock)."""
        self.editor.show_body(body)
        self.details.show_details(
            choices,
            list(linked),
            follow_up=follow_up,
            due_on=due_on,
            done=False,
            times=_tr("New note — saved as soon as you type."),
            editable=True,
        )
        self.damaged_label.hide()
        self.save_state.setText("")
        self.setCurrentWidget(self.note_panel)

    def show_nothing(self) -> None:
        """No note open: the text, its undo history and every alias leave the widgets."""
        self.editor.wipe()
        self.details.clear()
        self.damaged_label.hide()
        self.setCurrentWidget(self.empty_editor)

    def wipe(self) -> None:
        """On lock: as `show_nothing`, and the save line too."""
        self.show_nothing()
        self.save_state.setText("")

    def show_times(self, note: NoteInfo) -> None:
        self.details.times.setText(_times(note))

    # --- the save line ---------------------------------------------------------------------------

    def show_saved(self) -> None:
        self.save_state.set_tone(Tone.MUTED)
        self.save_state.setText(_tr("Saved · encrypted"))

    def show_editing(self) -> None:
        self.save_state.set_tone(Tone.MUTED)
        self.save_state.setText(_tr("Editing…"))

    def show_not_saved(self, reason: str) -> None:
        self.save_state.set_tone(Tone.ERROR)
        self.save_state.setText(_tr("Not saved yet: {reason}").format(reason=reason))


def _times(note: NoteInfo) -> str:
    written = _when(note.created_at)
    changed = _when(note.updated_at)
    if written == changed:
        return _tr("Written {when}").format(when=written)
    return _tr("Written {when}\nChanged {changed}").format(when=written, changed=changed)


def _when(moment: datetime) -> str:
    """A stored (UTC) time as the user reads it: their date format, their clock."""
    local = local_time(moment)
    return f"{short_date(local)} {short_time(local)}"
