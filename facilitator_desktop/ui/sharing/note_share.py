"""The note's "For co-facilitators" box: enabled only for a stored note of a shared group;
ticked, the note goes to that group's co-facilitators sealed with the group's key; unticked
again, it is taken back from their laptops. Every other note stays on this laptop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QCheckBox, QWidget

from facilitator_desktop.errors import FacilitatorError
from facilitator_desktop.services.notes import NoteInfo
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.error_text import error_text
from facilitator_desktop.ui.formatting import number
from facilitator_desktop.ui.signals import emit


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoteShareBox", text)


def is_shared(note: NoteInfo) -> bool:
    """Whether the note is marked for co-facilitators."""
    return note.shared


class NoteShareBox(QCheckBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(_tr("For &co-facilitators"), parent)
        self.setObjectName("noteShareBox")
        self.ctx = ctx
        self._note_id: int | None = None
        self._loading = False
        self.toggled.connect(self._on_toggled)
        self.show_for(None, None, shared=False)

    def show_note(self, note: NoteInfo | None) -> None:
        """The open note (None: a new note not stored yet, or no note)."""
        if note is None or note.damaged:
            self.show_for(None, None, shared=False)
        else:
            self.show_for(note.id, note.group_id, shared=is_shared(note))

    def note_saved(self, note: NoteInfo) -> None:
        """A save: a new note, stored at last, may now be shared."""
        if note.id != self._note_id:
            self.show_note(note)

    def show_for(self, note_id: int | None, group_id: int | None, *, shared: bool) -> None:
        """The open note (None: a new note not stored yet, or none)."""
        self._note_id = note_id
        others = self._co_facilitators(group_id) if note_id is not None else None
        self._loading = True
        try:
            self.setChecked(shared and others is not None)
        finally:
            self._loading = False
        self.setEnabled(others is not None)
        if others is None:
            self.setToolTip(
                _tr(
                    "Only a note of a shared group can go to its co-facilitators. This note "
                    "stays on this laptop."
                )
            )
        else:
            self.setToolTip(
                _tr(
                    "Ticked, this note is read by this group's co-facilitators (other laptops: "
                    "{count}), sealed with the group's key. Unticked, it stays on this laptop "
                    "and is taken back from theirs."
                ).format(count=number(others))
            )

    def _co_facilitators(self, group_id: int | None) -> int | None:
        """How many other laptops read the group's notes (None: the group is not shared)."""
        if group_id is None:
            return None
        from facilitator_desktop.ui.sharing.host import sync_host

        try:
            groups = sync_host(self.ctx).sharing().shared_groups()
        except FacilitatorError:
            return None
        for info in groups:
            if info.group_id == group_id and info.state == "active":
                return sum(1 for p in info.co_facilitators if p.state in ("trusted", "introduced"))
        return None

    @Slot(bool)
    def _on_toggled(self, checked: bool) -> None:
        if self._loading or self._note_id is None:
            return
        from facilitator_desktop.ui.sharing.host import sync_host

        try:
            sync_host(self.ctx).sharing().set_note_shared(self._note_id, checked)
        except FacilitatorError as exc:
            self._loading = True
            try:
                self.setChecked(not checked)
            finally:
                self._loading = False
            emit(self.ctx.statusMessage, error_text(exc))
            return
        emit(
            self.ctx.statusMessage,
            _tr("This note goes to the co-facilitators at the next sync.")
            if checked
            else _tr("This note is taken back from the co-facilitators at the next sync."),
        )
