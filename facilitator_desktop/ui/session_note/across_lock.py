"""What closing a session note, or a lock, does to its text: the lines the disk refused are
sealed and held in memory (with the key still there) and come back when the note opens
again; then every typed word leaves the screen, with its undo history.

Part of SessionNoteDialog, kept apart as its own job: it works on that dialog's widgets and
state directly, for that one dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from facilitator_desktop.domain.session_note import body_from_json, body_to_json
from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.ui.notes.held import HeldText

if TYPE_CHECKING:
    from facilitator_desktop.ui.session_note.editor import SessionNoteDialog


def _tr(text: str) -> str:
    # The dialog's own context: these words were its own, and their translations stay.
    return QCoreApplication.translate("SessionNoteDialog", text)


class NoteAcrossLock:
    def __init__(self, note: SessionNoteDialog) -> None:
        self._note = note
        self._held: dict[str, HeldText] = {}  # "body" or a member id: text the disk refused

    def __bool__(self) -> bool:
        """Lines are held, waiting for the note to open again."""
        return bool(self._held)

    def __repr__(self) -> str:  # what is held shows sealed, never in plain text
        return f"NoteAcrossLock(held={self._held!r})"

    def hold(self) -> None:
        """Seal what is unsaved, to be held while the note is closed."""
        note = self._note
        sealer = note.ctx.workspace.keyring
        why = note.state_label.text()
        try:
            if note._body_dirty or note._template_pending is not None:
                held = HeldText.seal(sealer, body_to_json(note.current_body()), why)
                if held is not None:
                    self._held["body"] = held
            for member_id in note._dirty:
                if member_id in note.entries:
                    held = HeldText.seal(sealer, note.entries[member_id].text(), why)
                    if held is not None:
                        self._held[str(member_id)] = held
        except FacilitatorError:
            pass  # locked already: there is nothing left to seal with

    def take_back(self) -> None:
        """Put the held lines back into the note just opened; the autosave keeps them."""
        note = self._note
        view = note.view
        if not self._held or view is None or view.read_only:
            self._held.clear()
            return
        sealer = note.ctx.workspace.keyring
        held, self._held = self._held, {}
        body = held.pop("body", None)
        if body is not None and (text := body.open(sealer)) is not None:
            try:
                kept = body_from_json(text)
            except ValueError:
                kept = None
            if kept is not None:
                note._filling = True
                note.themes_edit.setText(", ".join(kept.themes))
                note._show_sections(kept, view)
                note._filling = False
                note._body_dirty = True
        for key, piece in held.items():
            entry = note.entries.get(int(key))
            text = piece.open(sealer)
            if entry is not None and text is not None:
                note._filling = True
                entry.editor.setPlainText(text)
                note._filling = False
                note._dirty.add(entry.member_id)
        if note._body_dirty or note._dirty:
            note.autosaver.changed()
            note._show_state()

    def tell(self) -> None:
        """Say, once the note has closed, that its last lines are held (not while locked)."""
        note = self._note
        if note.ctx.workspace.locked or not self._held:
            return
        QMessageBox.warning(
            note.parentWidget(),
            _tr("Session note not saved"),
            _tr(
                "The last lines of this session note could not be saved. They are kept, "
                "sealed, until you open this note again; it saves them then."
            ),
        )

    def forget_text(self) -> None:
        """Every typed word off the screen, with its undo history."""
        note = self._note
        note._filling = True
        note.themes_edit.setText("")  # setText, unlike clear(), also drops the undo history
        for section in note.section_editors:
            section.editor.clear()
            section.editor.document().clearUndoRedoStacks()
        for entry in note.entries.values():
            entry.forget()
        # The members' names go with their rows: nothing private stays in a hidden widget.
        for section in note.section_editors:
            note.sections_box.removeWidget(section)
            section.deleteLater()
        for entry in note.entries.values():
            note.entries_box.removeWidget(entry)
            entry.deleteLater()
        note.section_editors = []
        note.entries = {}
        note.group_addenda.show_addenda(())
        note.facts.clear()
        note.subtitle.clear()
        note._filling = False
        note.view = None
