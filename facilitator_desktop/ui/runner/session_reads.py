"""How the session controller reads the live session for the page: which values are shown
(a repaint is due only when one of them changes), and a domain refusal in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator_desktop.domain.clock import ceil_seconds, floor_seconds
from facilitator_desktop.domain.session_state import SessionSnapshot


def _tr(text: str) -> str:
    # The controller's context, under which these words are translated.
    return QCoreApplication.translate("SessionController", text)


def friendly(error: ValueError) -> str:
    """A domain refusal as a sentence (the domain's messages are plain but terse)."""
    text = str(error).replace("not_started", "not started yet").strip()
    if not text:
        return _tr("That is not possible right now.")
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def display_key(snapshot: SessionSnapshot) -> tuple[object, ...]:
    """Every clock-driven value the page shows, in whole seconds as shown. Between actions
    the page needs a repaint only when this changes (about once a second)."""
    agenda = snapshot.agenda
    speaker = snapshot.talk.speaker
    planned_end = agenda.planned_end
    return (
        agenda.phase,
        agenda.index,
        ceil_seconds(agenda.current.remaining_seconds),
        floor_seconds(agenda.session_elapsed),
        floor_seconds(planned_end) if planned_end is not None else None,
        (speaker.member_id, floor_seconds(speaker.speaking_seconds)) if speaker else None,
    )
