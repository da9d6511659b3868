"""The session notes open in one UiContext: one editor per session, wherever it was opened
from (the end of a session, History, Follow-ups), so two editors never write over each
other. An editor that holds lines the disk refused stays here until its note is opened
again. Owned by the context (a child QObject), not a module-level singleton.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.session_note.editor import SessionNoteDialog


class SessionNoteWindows(QObject):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.setObjectName("sessionNoteWindows")
        self._ctx = ctx
        self._open: dict[int, SessionNoteDialog] = {}

    @staticmethod
    def of(ctx: UiContext) -> SessionNoteWindows:
        found = ctx.findChild(SessionNoteWindows, "sessionNoteWindows")
        return found if isinstance(found, SessionNoteWindows) else SessionNoteWindows(ctx)

    def dialog(self, session_id: int) -> SessionNoteDialog | None:
        return self._open.get(session_id)

    def open(self, session_id: int, parent: QWidget | None = None) -> SessionNoteDialog | None:
        """Show the session's note (raised when it is open already); None when it cannot
        open (the reason goes to the status bar)."""
        dialog = self._open.get(session_id)
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        if dialog is None:
            dialog = SessionNoteDialog(self._ctx, session_id, parent)
            dialog.finished.connect(self._on_finished)
            self._open[session_id] = dialog
        if not dialog.load():
            self._drop(session_id)
            return None
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()  # the keys (Tab, Ctrl+S) are the note's at once
        return dialog

    @Slot()
    def _on_finished(self) -> None:
        for session_id, dialog in list(self._open.items()):
            if not dialog.isVisible() and not dialog.holds_text:
                self._drop(session_id)

    def _drop(self, session_id: int) -> None:
        dialog = self._open.pop(session_id, None)
        if dialog is not None:
            dialog.deleteLater()


def open_session_note(
    ctx: UiContext, session_id: int, parent: QWidget | None = None
) -> SessionNoteDialog | None:
    """Open the note of a finished session (see SessionNoteWindows.open)."""
    return SessionNoteWindows.of(ctx).open(session_id, parent)
