"""The measures a session note shows for a member: those taken that day and those recorded
with the session on another day, earliest first, each with the day it was taken; and a
member who has since left the group keeps their alias in the note."""

from __future__ import annotations

from datetime import date, datetime

from facilitator_desktop.domain.session_note import MeasureFact
from facilitator_desktop.models import MeasureEntry
from facilitator_desktop.workspace import Workspace
from tests.helpers.session_notes import phq9_row, small_group, typical_session

NOW = datetime(2026, 3, 9, 12, 0)
SESSION_DAY = date(2026, 3, 5)
BEFORE = date(2026, 3, 3)


def test_measures_that_day_and_with_the_session_come_earliest_first(ws: Workspace) -> None:
    """Stored: that day's first, then one recorded with the session two days before, then
    one of another session two days before (not shown)."""
    group = small_group(ws)
    session_id = typical_session(ws, group)
    other_session = typical_session(ws, group)
    cipher = ws.keyring.cipher
    with ws.context.sessions.begin() as s:
        phq = phq9_row(s, NOW)
        for taken_on, with_session, total in (
            (SESSION_DAY, None, 4),
            (BEFORE, session_id, 7),
            (BEFORE, other_session, 9),
        ):
            entry = MeasureEntry(
                member_id=group.anna,
                instrument_id=phq.id,
                taken_on=taken_on,
                session_id=with_session,
                rev=0,
                created_at=NOW,
            )
            s.add(entry)
            s.flush()
            entry.answers_ct = cipher.encrypt(
                "measure_entries", entry.id, "answers", 0, f'{{"total": {total}}}'
            )
    anna = ws.session_notes.open(session_id).facts.member(group.anna)
    assert anna is not None
    assert anna.measures == (
        MeasureFact("PHQ-9", 7.0, BEFORE),
        MeasureFact("PHQ-9", 4.0, SESSION_DAY),
    )


def test_a_member_who_left_since_keeps_their_alias_in_the_note(ws: Workspace) -> None:
    """Anna left three days after the session; the note still names her."""
    group = small_group(ws)
    session_id = typical_session(ws, group)
    ws.members.set_left(group.anna, date(2026, 3, 8))
    facts = ws.session_notes.open(session_id).facts
    assert [(a.member_id, a.alias) for a in facts.present if a.member_id == group.anna] == [
        (group.anna, "Anna")
    ]
