"""The "session notes to sign" lines of Follow-ups: notes begun and not signed more than the
set number of days after their session (Settings; 3 by default). Opening one opens the
note. The line names the group and the day, never a member."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from facilitator_desktop.services.context import to_local
from facilitator_desktop.services.settings import UNSIGNED_NOTE_DAYS
from facilitator_desktop.ui import formatting
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.session_note.windows import open_session_note
from facilitator_desktop.workspace import Workspace

KIND = "unsigned_note"


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SessionNote", text, None, n)


@dataclass(frozen=True, slots=True)
class UnsignedLine:
    group_id: int
    session_id: int
    days: int
    text: str  # the whole sentence
    label: str  # what the list shows under its section heading


def heading() -> str:
    return _tr("Session notes to sign")


def unsigned_lines(ws: Workspace, group_id: int | None = None) -> list[UnsignedLine]:
    """Every group not archived (or only `group_id`), the oldest session first; raises
    FacilitatorError as the services do."""
    days = ws.settings.get(UNSIGNED_NOTE_DAYS)
    found = ws.session_notes.unsigned(days, group_id=group_id)
    lines = []
    for note in found:
        day = formatting.short_date(to_local(note.started_at))
        label = _tr("Session of {date}").format(date=day)
        text = _tr(
            "The note of the session of {date} is not signed, %Ln day(s) on.", note.days
        ).format(date=day)
        lines.append(UnsignedLine(note.group_id, note.session_id, note.days, text, label))
    return lines


def open_hint() -> str:
    return _tr("Open the session note")


def open_text() -> str:
    return _tr("&Open the note")


def open_note(ctx: UiContext, session_id: int, parent: QWidget | None) -> bool:
    return open_session_note(ctx, session_id, parent.window() if parent else None) is not None
