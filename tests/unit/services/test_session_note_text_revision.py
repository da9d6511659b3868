"""A sealed text whose revision was stored as text (a hand-edited or foreign copy) next to
an intact sealed value does not open, and the note still does: the body reads as damaged,
the entry is listed among the damaged ones, the addendum shows as damaged and empty; what
else the note holds reads as written."""

from __future__ import annotations

from facilitator_desktop.domain.session_note import NoteBody, Section
from facilitator_desktop.services.session_note_views import AddendumInfo
from facilitator_desktop.workspace import Workspace
from tests.helpers.measures_setup import NOW
from tests.helpers.session_notes import SmallGroup, small_group, typical_session

BODY = NoteBody((Section("Data", "Anna spoke first."),))


def _signed(ws: Workspace) -> tuple[SmallGroup, int]:
    group = small_group(ws)
    session_id = typical_session(ws, group)
    ws.session_notes.save(
        session_id, body=BODY, entries={group.anna: "Anna's line", group.bo: "Bo's line"}
    )
    ws.session_notes.sign(session_id)
    ws.session_notes.add_addendum(session_id, "The room was cold.")
    return group, session_id


def _text_revision(ws: Workspace, sql: str, *params: object) -> None:
    with ws.engine.begin() as conn:
        conn.exec_driver_sql(sql, params)


def test_a_body_with_a_text_revision_reads_as_damaged(ws: Workspace) -> None:
    """Damaged and read-only; both entries still read."""
    group, session_id = _signed(ws)
    _text_revision(ws, "UPDATE session_notes SET rev = 'x'")
    view = ws.session_notes.open(session_id)
    assert view.damaged and view.read_only
    assert dict(view.entries) == {group.anna: "Anna's line", group.bo: "Bo's line"}


def test_an_entry_with_a_text_revision_is_listed_as_damaged(ws: Workspace) -> None:
    """Anna's entry is damaged; the body and Bo's entry read as written."""
    group, session_id = _signed(ws)
    _text_revision(ws, "UPDATE progress_entries SET rev = 'x' WHERE member_id = ?", group.anna)
    view = ws.session_notes.open(session_id)
    assert (view.damaged, view.body) == (False, BODY)
    assert view.damaged_entries == {group.anna}
    assert dict(view.entries) == {group.bo: "Bo's line"}


def test_an_addendum_with_a_text_revision_shows_damaged_and_empty(ws: Workspace) -> None:
    """Still listed, with its date, to the group narrative."""
    _, session_id = _signed(ws)
    _text_revision(ws, "UPDATE note_addenda SET rev = 'x'")
    (addendum,) = ws.session_notes.open(session_id).addenda
    assert addendum == AddendumInfo(addendum.id, None, "", NOW, damaged=True)
