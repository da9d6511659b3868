"""A change naming a row that has not arrived yet, and was not deleted, waits: nothing of it
is applied and no problem is listed, and it applies whole once the row has come."""

from __future__ import annotations

from sqlalchemy import func, select

from facilitator_desktop.models import NoteAddendum
from tests.unit.sync.handoff import Handoff, ana_group, ana_member_key
from tests.unit.sync.laptops import run_session

ADDENDUM = "Ann rang on Friday: the move went well."


def _addenda(h: Handoff) -> int:
    with h.ben.ws.context.sessions.begin() as s:
        return int(s.scalar(select(func.count()).select_from(NoteAddendum)) or 0)


def test_an_addendum_whose_session_has_not_arrived_waits_for_it(handoff: Handoff) -> None:
    """The session is neither here nor deleted here: the addendum is held back, not moot."""
    h = handoff
    session_id = run_session(h.ana, ana_group(h))
    h.ana.ws.session_notes.save(session_id, entries={})
    h.ana.ws.session_notes.sign(session_id)
    session_changes = h.captured()
    ann_id, _ = ana_member_key(h, "Ann")
    h.ana.wall.advance(600)
    h.ana.ws.session_notes.add_addendum(session_id, ADDENDUM, ann_id)
    [addendum] = h.captured()
    assert h.apply(addendum) == [False]
    assert _addenda(h) == 0 and h.ben.sharing.problems() == []
    assert h.apply(*session_changes, addendum) == [True] * (len(session_changes) + 1)
    assert _addenda(h) == 1 and h.ben.sharing.problems() == []
