"""How the session controller reads the live session for the page: which values are shown
(a repaint is due only when one of them changes)."""

from __future__ import annotations

from facilitator_desktop.domain.clock import ceil_seconds, floor_seconds
from facilitator_desktop.domain.session_state import SessionSnapshot


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
