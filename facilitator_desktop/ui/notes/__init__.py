"""Private notes: the Notes page (list, editor with autosave, search) and Follow-ups."""

from facilitator_desktop.ui.notes.page import NotesPage

__all__ = ["NotesPage"]
