"""What adding an addendum hands back is the addendum as the note will show it: its id,
the member it is about (none: the group narrative), the text word for word and when it was
written by the workspace clock."""

from __future__ import annotations

from facilitator_desktop.services.session_note_views import AddendumInfo
from facilitator_desktop.workspace import Workspace
from tests.helpers.measures_setup import NOW
from tests.helpers.session_notes import small_group, typical_session


def test_an_added_addendum_is_returned_as_the_note_shows_it(ws: Workspace) -> None:
    """One to Anna's entry, one to the narrative: each returned as the reopened note reads."""
    group = small_group(ws)
    session_id = typical_session(ws, group)
    ws.session_notes.save(session_id, entries={group.anna: "Spoke first."})
    ws.session_notes.sign(session_id)
    to_anna = ws.session_notes.add_addendum(session_id, "Anna rang after.", group.anna)
    to_group = ws.session_notes.add_addendum(session_id, "The room was cold.")
    assert (to_anna.member_id, to_anna.text, to_anna.created_at) == (
        group.anna,
        "Anna rang after.",
        NOW,
    )
    assert to_group == AddendumInfo(to_anna.id + 1, None, "The room was cold.", NOW)
    assert ws.session_notes.open(session_id).addenda == (to_anna, to_group)
