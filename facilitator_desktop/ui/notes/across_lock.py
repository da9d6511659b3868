"""What app.py asks of the main window around a lock for note text the disk would not take.

The Notes page seals its own unsaved note in `workspace_locked` and saves it in
`workspace_unlocked`. The Session page's quick-note box is emptied by its page's
`workspace_locked`, so it is sealed just before that (`hold_quick_notes`) and returned
after the unlock (`take_back_quick_notes`). The lock screen then says what is kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from facilitator_desktop.ui.notes.held import Sealer
from facilitator_desktop.ui.notes.page import NotesPage
from facilitator_desktop.ui.runner.note_panel import NotePanel


def hold_quick_notes(window: QWidget, sealer: Sealer) -> None:
    """Before the pages drop their text: seal what every quick-note box holds."""
    for panel in window.findChildren(NotePanel):
        panel.hold(sealer)


def take_back_quick_notes(window: QWidget, sealer: Sealer) -> None:
    """After the pages are back: every quick note returns (and a failed one is resent)."""
    for panel in window.findChildren(NotePanel):
        panel.take_back(sealer)


def held_notices(window: QWidget) -> list[str]:
    """For the lock screen: one sentence per note kept sealed in memory."""
    notices = [page.held_notice() for page in window.findChildren(NotesPage)]
    notices += [panel.held_notice() for panel in window.findChildren(NotePanel)]
    return [notice for notice in notices if notice]


def holds_quick_note(window: QWidget) -> bool:
    """A quick note is kept sealed: quitting from the lock screen would lose it."""
    return any(panel.holds_text for panel in window.findChildren(NotePanel))
