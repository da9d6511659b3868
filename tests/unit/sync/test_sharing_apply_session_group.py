"""A record bound to a session may only reach a session of the shared group: an event
written (by a laptop gone wrong) for a session of a group this laptop keeps to itself is
refused and listed, and that session gains nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from facilitator_desktop.models import GroupSession, SessionEvent
from facilitator_desktop.services.groups import GroupDraft
from facilitator_desktop.services.members import MemberDraft
from tests.unit.sync.handoff import Handoff, ana_group, unusable
from tests.unit.sync.laptops import run_session


def test_an_event_for_a_session_of_a_group_not_shared_is_refused(handoff: Handoff) -> None:
    h = handoff
    assert h.apply(*h.captured()) == [True]
    run_session(h.ana, ana_group(h))
    event = next(r for ch in h.captured() for r in ch.body["records"] if r["t"] == "session_events")
    own = h.ben.ws.groups.create(GroupDraft("Ben's own group"))
    h.ben.ws.members.add(own.id, MemberDraft("Zed"))
    own_session = run_session(h.ben, own.id)
    with h.ben.ws.context.sessions.begin() as s:
        own_key = s.scalar(select(GroupSession.uuid).where(GroupSession.id == own_session))
        before = s.scalar(
            select(func.count())
            .select_from(SessionEvent)
            .where(SessionEvent.session_id == own_session)
        )
    change = h.written([dict(event, f=dict(event["f"], session_id=own_key))])
    assert h.apply(change) == [True]
    with h.ben.ws.context.sessions.begin() as s:
        after = s.scalar(
            select(func.count())
            .select_from(SessionEvent)
            .where(SessionEvent.session_id == own_session)
        )
    assert after == before
    assert h.ben.sharing.problems() == unusable(h, change)
